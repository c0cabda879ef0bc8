"""Arms unloaded from a ship whose flag is the only supplier told: "A Turkish cargo ship
unloaded armoured vehicles and artillery pieces at Mogadishu on Tuesday", "An Iranian cargo ship
unloaded Mohajer-6 drones at Port Sudan".

No supply verb links two states: the ship's nationality (a demonym right before the ship noun)
supplies, and the state of the port city after "at" or "in" receives. The whole frame is required (the
demonym, the ship noun, "unloaded"/"offloaded"/"delivered", "at [place]"), and only weapons are
read, so "An Emirati cargo ship unloaded food aid at Bosaso" gives nothing ("A Russian-flagged
ship unloaded ... in Tartus" is read the same way). Read only to fill: a weapon another rule gave
both parties keeps them.

Round 29: the cargo told as "weapons" (arms, military equipment) and the systems only after the
port, "A Turkish warship unloaded weapons at the port of Tripoli on Thursday, including Kirpi
armoured vehicles and Korkut air defence guns": the weapons after ", including" up to the
clause's end are the cargo. The general noun must stand right after the verb, so a cargo of
"weapons and ammunition" with no "including" still gives nothing.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "Turkish| cargo ship unloaded ", "Iranian| vessel has offloaded "
_SHIP_UNLOADED = re.compile(
    r"(?:[-‑]flagged)?\s+(?:(?:cargo|container|transport|supply|navy|naval|military|"
    r"roll-on\s+roll-off)\s+)*"
    r"(?:ship|vessel|freighter|warship)\s+(?:has\s+|had\s+)?(?:unloaded|offloaded|off-loaded|"
    r"delivered)\s+", re.I)
# "... at Mogadishu", "... at the port of Mogadishu": where the cargo came ashore
# "unloaded| weapons at", "unloaded| military equipment in": a general cargo, named later
_GENERAL_CARGO = re.compile(r"(?:weapons|arms|military\s+equipment|military\s+hardware|"
                            r"military\s+supplies)\s+(?:at|in)\s", re.I)
_INCLUDING = re.compile(r",\s+(?:including|among\s+them)\s+")
_AT_PORT = re.compile(r"\s+(?:at|in)\s+(?:the\s+(?:port|harbou?r|docks)\s+(?:of|in)\s+)?", re.I)


def _port_state(view: SentView, actors: list[Actor], pos: int) -> tuple[int, str] | None:
    """(start, state) of the first "at [place]" after ``pos`` in the clause, where the place is
    a capital ("Mogadishu", read as its state) or a city or port of a known state."""
    text = view.text
    for at in _AT_PORT.finditer(text, pos):
        if re.search(r"[.;]", text[pos:at.start()]):
            return None
        capital = next((a for a in actors if a.start == at.end() and not a.demonym), None)
        place = next((m for m in view.mentions if m.start == at.end() and m.place()), None)
        state = actor_state(capital) or (transfer_rules._state_of_place(place)
                                    if place is not None else None)
        if state:
            return at.start(), state
    return None


def _included_weapons(view: SentView, pos: int, whole: set[int]) -> list[Any]:
    """The weapons of ", including A and B" after ``pos`` in the clause (the named part of a
    general cargo), none a complete transfer holds."""
    text = view.text
    inc = _INCLUDING.search(text, pos)
    if inc is None or re.search(r"[;]|\.\s", text[pos:inc.start()]):
        return []
    end = re.search(r"[;]|,\s+(?!and\b)|\.(?:\s|$)|$", text[inc.end():])
    hi = inc.end() + (end.start() if end is not None else len(text))
    return [w for w in transfer_rules.weapons_in(view, inc.end(), hi) if w.start not in whole]


def unloaded_ship_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "A [nationality] ship unloaded W at [port]" read (weapons without a
    complete transfer only)."""
    if "loaded" not in view.text and "delivered" not in view.text:
        return found
    text = view.text
    for s in actors:
        ship = _SHIP_UNLOADED.match(text, s.end)
        if ship is None or not s.demonym or not actor_state(s):
            continue
        port = _port_state(view, actors, ship.end())
        if port is None or port[1] == actor_state(s):
            continue
        whole = complete_weapons(found)
        weapons = [w for w in transfer_rules.weapons_in(view, ship.end(), port[0])
                   if w.start not in whole]
        if not weapons and _GENERAL_CARGO.match(text, ship.end()):
            weapons = _included_weapons(view, port[0], whole)
        if not weapons:
            continue
        span = {w.start for w in weapons}
        found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
        found += transfer_rules.transfer_facts(view, actor_state(s), [port[1]], weapons, "US",
                                               "unloaded", 0.7)
    return found
