""""An air force strike on a school in Kyaukme" is by the state whose air force the article names
elsewhere ("The Myanmar military did not comment") (round 23).

A strike told as the work of bare forces ("an air force|army|military strike", "military jets
bombed") names no state; the rules give it the state hit only when the article is datelined
there (kg.extract.strike_sides.own_forces_attacker, kg.extract.own_army). Datelined in a
neighbour's capital, it kept no side. The state hit is the attacker when the article names that
state's own forces ("the Myanmar military", "Myanmar's air force", "the Sudanese army") and no
other state's: forces of the country they strike in, as in a civil war. Only an empty slot.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_FORCES = r"(?:army|military|air\s+force|armed\s+forces|junta)"
# "an air force strike", "the army's air strike", "military jets bombed"
_BARE_FORCES_STRIKE = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he)\s+{_FORCES}(?:['’]s)?\s+(?:drone\s+|air\s*|missile\s+|artillery\s+)?"
    r"(?:strikes?|airstrikes?|raids?|bombing)\b"
    rf"|(?:^|[^\w\s]\s*|\b[Aa]n?\s+|\b[Tt]he\s+)(?:[Aa]rmy|[Mm]ilitary|[Aa]ir\s+force)\s+"
    r"(?:aircraft|jets?|warplanes?|planes?|helicopters?|drones?)\s+(?:bombed|struck|hit|shelled)\b")
# right after a state's name: "Myanmar's military", "the Sudanese army"
_FORCES_AFTER = re.compile(rf"^(?:['’]s)?\s+(?:own\s+)?{_FORCES}\b")


def _states_with_forces(views: list[Any]) -> set[str]:
    """The states whose own forces the article names."""
    return {m.state() for v in views for m in v.mentions
            if m.state() and not m.place() and _FORCES_AFTER.match(v.text[m.end:])}


def state_of_named_forces(strikes: list[Strike], views: list[Any]) -> None:
    """Give a bare forces' strike with no side the state hit, when the article names that
    state's forces and no other's."""
    states = None
    for s in strikes:
        if s.get("attacker") is not None or not s.get("target_country"):
            continue
        told = s.get("_sents") or [s["_sent"]]
        if not any(0 <= i < len(views) and _BARE_FORCES_STRIKE.search(views[i].text)
                   for i in told):
            continue
        states = _states_with_forces(views) if states is None else states
        if states == {s["target_country"]}:
            s["attacker"] = s["target_country"]
