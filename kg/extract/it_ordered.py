""""It ordered N [weapons] from [state] in [year]": "It" is the state the sentence before is
about (round 23).

"The Philippine air force now flies a small fleet of FA-50 light fighters. It ordered 12 more
FA-50 jets from South Korea in 2025": no rule reads a pronoun buyer, and "ordered from" alone
names only the seller. The cue is narrow: the sentence opens on "It" and a purchase verb, the
seller follows "from", and the buyer is the state that opens the sentence just before in the
same paragraph (its subject, or the demonym of its subject: "The Philippine air force"). Only
weapons no transfer holds are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_IT_ORDERED = re.compile(r"^\s*It\s+(?:(?:has|had|also|then|later|first)\s+)*"
                         r"(?:ordered|bought|purchased|acquired)\s+")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?$")
# "Latvia ...", "The Philippine air force ...", "Chile's navy ...": the state opens the sentence
# (after a dateline: "CAIRO, Dec 1 (Staff) - Egypt ...")
_OPENING = re.compile(r"\s*(?:[A-Z][A-Z .'-]+,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s+\([^)]*\)\s+"
                      r"[-–—]\s+)?(?:The\s+)?")


def subject_state(view: SentView) -> str | None:
    """The state that opens ``view``'s sentence (its subject or its subject's demonym)."""
    first = min((m for m in view.mentions if m.state() or m.person()), key=lambda m: m.start,
                default=None)
    if first is None or first.person() or not _OPENING.fullmatch(view.text[:first.start]):
        return None
    return first.state()


def it_ordered_transfers(view: SentView, actors: list[Actor], prev_view: SentView | None,
                         tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the purchase of "It ordered W from S", bought by the state told before."""
    m = _IT_ORDERED.match(view.text)
    if m is None or prev_view is None:
        return tfs
    seller = next((a for a in actors if a.start > m.end() and actor_state(a)
                   and _FROM.search(view.text, 0, a.start)), None)
    buyer = subject_state(prev_view)
    if seller is None or buyer is None or buyer == actor_state(seller):
        return tfs
    told = {f.get("_at") for f in tfs if f.get("type") == "ArmsTransfer"}
    ws = [w for w in transfer_rules.weapons_in(view, m.end(), seller.start)
          if w.start not in told]
    return tfs + transfer_rules.transfer_facts(view, actor_state(seller), [buyer], ws, "IO",
                                               "ordered", 0.6)
