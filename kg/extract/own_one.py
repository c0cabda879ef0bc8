"""A second supplier that gives "one of its own": "Norway delivered a NASAMS battery to Ukraine
in the summer, and Lithuania will hand over one of its own early next year".

The weapon and recipient are the transfer told earlier in the same sentence; the new clause
names only its supplier (a state opening the clause after "and"/"while") and "one (or N) of
its own". Read only when the sentence's earlier transfer is complete and the new supplier is
another state; the number is the count given ("one", "two").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.numbers import parse_number

_OWN = re.compile(r"\s+(?:(?:will|would|is\s+to|has|had|plans\s+to|is\s+set\s+to|also|later|"
                  r"soon|then)\s+)*(?:hand(?:s|ed|ing)?\s+over|sen[dt]s?|give|gives|gave|supply|"
                  r"supplies|supplied|deliver(?:s|ed)?|provide[sd]?|donate[sd]?|transfer(?:s|red)?)"
                  r"\s+(?P<n>one|two|three|four|five|\d+)\s+of\s+its\s+own\b", re.I)
_OPENS = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas)\s+(?:the\s+)?$", re.I)


def own_one_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                      ) -> list[dict[str, Any]]:
    """``found`` with "S2 will hand over one of its own" as S2's transfer of the weapon told
    before it in the sentence."""
    text = view.text
    if "of its own" not in text:
        return found
    for s in actors:
        own = _OWN.match(text, s.end)
        if not (own and actor_state(s) and _OPENS.search(text[:s.start])):
            continue
        before = [f for f in found if f.get("type") == "ArmsTransfer" and f.get("supplier")
                  and f.get("recipient") and f.get("_at") is not None and f["_at"] < s.start]
        if not before:
            continue
        told = max(before, key=lambda f: f["_at"])
        if actor_state(s) in (told["supplier"], told["recipient"]):
            continue
        found = [*found, {**told, "supplier": actor_state(s), "quantity": parse_number(own.group("n")),
                          "_rule": "OWN", "confidence": 0.6}]
    return found
