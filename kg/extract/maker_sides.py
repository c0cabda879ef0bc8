"""The state an article names only as a weapon's maker or supplier is not the side that fired it
(round 76).

"Ukraine urges break with Iran after kamikaze drones kill four in Kyiv" over "a day after waves
of Iranian-made drones dived into the capital. Four people were killed when one of the drones
smashed into a residential building": the context rules took Iran, the state the headline and
the lead name, as the side of the strike; the article names Iran only as the drones' maker
("Iranian-made") and supplier ("that Tehran had supplied to Moscow"). The same with "North
Korean missile hit Kharkiv" over missiles North Korea shipped to Russia, and with drones a state
is said to have re-exported to an armed group.

A strike's side that the article tells as a supplier (a transfer read with it as the supplier)
or a maker ("[S]-made / -built / -designed / -supplied"), and never as receiving weapons, is
replaced when no sentence of a strike of the article names that state other than as a maker and
no sentence accuses it of anything but supplying: by the one receiver of its transfers of the
strike's kind of weapon, else by none (an unknown side rather than a wrong one).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.strikes import weapon_family
from kg.extract.transfers import SUPPLIED_RE  # "Iranian-made", "Chinese-built", "-supplied"

Fact = dict[str, Any]

# an accusation ("Kyiv blamed Tehran for the attack") that is not one of supplying
_ACCUSED = re.compile(r"\b(?:accus\w*|blam\w*|responsib\w*|behind\s+the)\b", re.I)
# "The Emirati ministry rejected the accusation": a denial of the accusation told before
_DENIED = re.compile(r"\b(?:reject\w*|den(?:y|ies|ied)|dismiss\w*)\s+(?:the\s+|these\s+|such\s+|"
                     r"that\s+)?(?:accusations?|allegations?|charges?|claims?)\b", re.I)
_SUPPLY_WORD = re.compile(r"\b(?:suppl\w*|provid\w*|arm(?:s|ing|ed)|sen[dt]\w*|deliver\w*|"
                          r"sell\w*|sold|transfer\w*|ship\w*|export\w*)\b", re.I)


def _makers(raw: list[Fact], views: list[Any]) -> dict[str, set[tuple[str, str]]]:
    """Each state told as a supplier or maker, with the (receiver, weapon family) of its
    transfers."""
    makers: dict[str, set[tuple[str, str]]] = {}
    for f in raw:
        if f.get("type") == "ArmsTransfer" and (f.get("supplier") or "").startswith("state/"):
            makers.setdefault(f["supplier"], set())
            if f.get("recipient") and f["recipient"] != f["supplier"]:
                makers[f["supplier"]].add((f["recipient"], weapon_family(f.get("weapon_text"))))
    for v in views:
        if "-" not in v.text and "‑" not in v.text:
            continue
        for m in v.mentions:
            if m.state() and SUPPLIED_RE.match(v.text, m.end):
                makers.setdefault(m.state(), set())
    return makers


def _named_as_side(view: Any, state: str) -> bool:
    """The sentence names ``state`` other than as a maker ("Iran fired", "Iranian jets")."""
    return any(m.state() == state and not SUPPLIED_RE.match(view.text, m.end)
               for m in view.mentions)


def _accused_of_supplying(views: list[Any], state: str) -> bool:
    """No accusation of ``state`` in the body is one of anything but supplying."""
    return all(_SUPPLY_WORD.search(v.text) for v in views[1:] if _accuses(v, state))


def _accuses(view: Any, state: str) -> bool:
    """The sentence accuses ``state`` (of anything; not a denial of the accusation)."""
    return bool(_ACCUSED.search(view.text)) and not _DENIED.search(view.text) and any(
        m.state() == state for m in view.mentions)


def maker_not_attacker(strikes: list[Fact], raw: list[Fact], views: list[Any]) -> None:
    """Replace, in place, a strike side the article names only as maker or supplier."""
    sides = {s.get("attacker") for s in strikes if s.get("attacker")}
    if not sides:
        return
    makers = _makers(raw, views)
    # (a state told receiving weapons is a user: "North Korea's KN-23 missiles, fired by Russia")
    users = {f["recipient"] for f in raw if f.get("type") == "ArmsTransfer" and f.get("recipient")}
    for state in (sides & set(makers)) - users:
        # "Kamikaze drones hit Kyiv as West blames Iran" over "accused Tehran of supplying the
        # drones": the headline's blame is the body's, of supplying (round 78)
        first = 1 if _accused_of_supplying(views, state) else 0
        if any(s.get("attacker") == state and first <= s["_sent"] < len(views)
               and _named_as_side(views[s["_sent"]], state)
               # (not "accusing the UAE of arming the RSF that attacked X": of supplying)
               and not (_accuses(views[s["_sent"]], state)
                        and _SUPPLY_WORD.search(views[s["_sent"]].text)) for s in strikes):
            continue  # a strike of the article is told as this state's own
        if any(_accuses(v, state) and not _SUPPLY_WORD.search(v.text) for v in views[first:]):
            continue  # "Kyiv blamed Tehran for the attack": accused, a side after all (not
            # "accused Tehran of supplying the drones")
        for s in strikes:
            if s.get("attacker") != state or state == s.get("target_country"):
                continue  # (a side given its own country hit: kg.extract.victim_sides)
            # the receiver of this kind of weapon ("drones supplied to Russia" for a drone)
            family = weapon_family(s.get("weapon_text"))
            user = {u for u, kind in makers[state] if u != s.get("target_country")
                    and (kind == family or not kind or not family)}
            s["attacker"] = user.pop() if len(user) == 1 else None
