""""A naval pact that Sudan struck with Moscow": a deal made, not an attack (round 30).

"Struck" is one of the strike verbs, and "struck a deal" was already kept out by the words after
it; a relative clause puts the deal before the verb instead ("the pact that Sudan struck with
Moscow", "the accord Ankara struck with Baghdad last year", "the truce struck between the two
sides"), and the verb was read as Sudan striking Moscow. Kept narrow: the verb is "struck" (or
"strike"), a deal noun ends the words before it with at most "that|which" and four words (no
punctuation) between, and the words after open on "with" or "between". "The drones struck with
precision" has no deal noun before it; "after the truce, Russia struck Kyiv" has a comma.
"""

from __future__ import annotations

import re

_DEAL_BEFORE = re.compile(
    r"\b(?:deal|pact|agreement|accord|bargain|compromise|truce|ceasefire|contract|partnership|"
    r"memorandum|treaty|alliance|arrangement)s?\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?:had|has|have|was|were)\s+)?$", re.I)
# ("the deal it struck in January with ...", "struck last year with": a time before "with";
# round 70)
_WITH_AFTER = re.compile(r"^\s+(?:(?:in|on|last|earlier|late|early)\s+(?:[\w-]+\s+){1,2}?)?"
                         r"(?:with|between)\b", re.I)


def deal_struck(word: str, before: str, after: str) -> bool:
    """Whether the strike verb `word` (lower case) makes a deal named before it."""
    return word in ("struck", "strike") and bool(_WITH_AFTER.match(after)) \
        and bool(_DEAL_BEFORE.search(before[-80:]))
