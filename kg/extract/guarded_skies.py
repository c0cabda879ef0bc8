"""A transfer told as a noun phrase whose recipient is only the sky it guards (round 22):
"the minister praised the transfer of Patriot systems from the United States and the
Netherlands, saying the batteries had made Romanian skies safer".

The suppliers are the states listed right after "from" ("A", "A and B", "A, B and C"); the
recipient is the state of the demonym before "skies" or "airspace" in the same sentence. Both
cues are required, the recipient must not be a supplier, and the facts other rules gave the
same weapons give way (they took the speaker's state as the supplier).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "the transfer of ", "the delivery of ", "deliveries of "
_TRANSFER_OF = re.compile(
    r"\bthe\s+(?:transfers?|deliver(?:y|ies)|handover)\s+of\s+", re.I)
# "... (systems) from ", then a list of states
_FROM = re.compile(transfer_rules.UNIT_NOUNS + r"\s+from\s+(?:the\s+)?", re.I)
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
# "Romanian| skies", "Polish| airspace"
_SKIES = re.compile(r"\s+(?:skies|airspace)\b", re.I)


def listed_states(text: str, actors: list[Actor], pos: int) -> list[str]:
    """States listed from ``pos`` on: "the United States and the Netherlands"."""
    out: list[str] = []
    while True:
        a = next((a for a in actors if a.start == pos and actor_state(a) and not a.demonym), None)
        if a is None:
            return out
        out.append(actor_state(a))
        glue = _LIST_GLUE.match(text, a.end)
        if glue is None:
            return out
        pos = glue.end()


def _guarded_state(text: str, actors: list[Actor]) -> str | None:
    """The state of the one "[demonym] skies" of the sentence."""
    states = {actor_state(a) for a in actors if a.demonym and actor_state(a) and _SKIES.match(text, a.end)}
    return states.pop() if len(states) == 1 else None


def guarded_skies_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "the transfer of W from A and B ... [demonym] skies" read as A, B -> the
    demonym's state."""
    text = view.text
    if "skies" not in text and "airspace" not in text:
        return found
    recipient = _guarded_state(text, actors)
    if recipient is None:
        return found
    for of in _TRANSFER_OF.finditer(text):
        weapons = []
        for w in transfer_rules.weapons_in(view, of.end(), len(text)):
            if weapons and not re.fullmatch(r"\s*(?:,\s*|,?\s+and\s+)", text[weapons[-1].end:w.start]):
                break
            weapons.append(w)
        if not weapons or text[of.end():weapons[0].start].strip():
            continue
        frm = _FROM.match(text, weapons[-1].end)
        suppliers = listed_states(text, actors, frm.end()) if frm else []
        if suppliers and recipient not in suppliers:
            found = replace_transfers(view, found, suppliers, recipient, weapons, "GS",
                                      "transfer")
    return found
