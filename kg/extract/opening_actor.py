"""The actor a sentence opens with, for rules that resolve "Its ..." or "them" in the sentence
after (round 30): the subject at the sentence's start or right after its dateline ("DUBAI, Dec 1
- The Houthis ..."), never the dateline's own upper-case city.
"""

from __future__ import annotations

import re

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

# the sentence's start, or the end of its dateline ("DUBAI, Dec 1 - Japan has ...")
_OPENS = re.compile(r"(?:^|\s[—–-])\s*(?:The\s+)?$")


def opening_actor(view: SentView, actors: list[Actor]) -> Actor | None:
    """The actor within the first 60 characters that nothing but a dateline (and "The")
    precedes, or None."""
    return next((a for a in actors if a.start <= 60
                 and _OPENS.search(view.text, 0, a.start)
                 and not view.text[a.start:a.end].isupper()), None)
