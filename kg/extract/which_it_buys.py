"""A purchase told in a relative clause on the weapon, with a pronoun buyer (round 21):

"... as the Belgian air force moves to the F-35, which it is buying from the United States",
"Poland is replacing its MiG-29s with the F-35, which it bought from the United States": the
weapon before ", which it ... from S" is bought by the state "it" stands for, the state (or
its demonym, "the Belgian air force") told last before the weapon in the sentence. Only weapons
without a complete transfer are given.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clause_parties import fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.sentences import DATELINE_RE

_WHICH_IT_BUYS = re.compile(
    r"\s*,\s*which\s+(?:it|they)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:also\s+)?"
    r"(?:buying|bought|ordered|ordering|purchasing|purchased|acquiring|acquired|importing|"
    r"imported)\s+from\s+(?:the\s+)?", re.I)


def _purchases(view: SentView, actors: list[Actor]):
    """(seller, buyer, weapons) of "W, which it is buying from S"."""
    text = view.text
    for w in view.mentions:
        m = _WHICH_IT_BUYS.match(text, w.end) if w.category else None
        if m is None:
            continue
        the = re.match(r"the\s+", text[m.end() - 4:m.end()], re.I)
        seller = next((a for a in actors if a.start in (m.end(), m.end() - 4 if the else -1)),
                      None)
        opening = DATELINE_RE.match(text)  # (not the dateline's city)
        buyer = next((a for a in reversed(actors) if a.end <= w.start and actor_state(a)
                      and (opening is None or a.start >= opening.end())), None)
        if actor_state(seller) and actor_state(buyer) and actor_state(seller) != actor_state(buyer):
            yield actor_state(seller), actor_state(buyer), [w]


def which_it_buys(view: SentView, actors: list[Actor],
                  found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "W, which it is buying from S" read as S -> the state "it" is."""
    if "which" not in view.text:
        return found
    return fill_incomplete(view, found, _purchases(view, actors), "WI", "bought")
