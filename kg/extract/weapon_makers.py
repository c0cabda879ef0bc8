"""The state whose weapon it was is not the attacker when the paragraph says who fires it
(round 21).

"Russia launched a new wave of attacks on the grid this week. Iranian Shahed drones hit a power
plant in Kyiv"; "North Korean KN-23 missiles hit Kharkiv ... Russia began firing the missiles
last year". The demonym before the weapon names its maker; read alone it is the only side of the
attack sentence and becomes the attacker. When a sentence of the same paragraph (up to two away)
opens with another state that launches or fires ("Russia launched ...", "Russia has launched
thousands of them", "Russia began firing the missiles"), that state is the attacker. Only for a
named model or an explicit "-made" ("Russian missiles struck Kharkiv" are Russia's); without
such a sentence the reading is left alone ("A Turkish drone struck ..." may well be Turkey's).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.possessed_fighters import opening_subject

Strike = dict[str, Any]

# "Iranian Shahed drones", "North Korean KN-23 missiles", "Iranian-designed drones"
# (a named model or an explicit "-made": "Russian missiles" are Russia's)
_BEFORE_WEAPON = re.compile(
    r"^(?:-(?:made|designed|built|supplied)\s+(?:[A-Z0-9][\w-]*\s+){0,2}|"
    r"\s+(?:[A-Z0-9][\w-]*\s+){1,2})(?:drones?|missiles?|rockets?|shells?|bombs?|jets?|"
    r"warplanes?)\b")
# "Russia launched ...", "Russia has launched thousands", "Russia began firing the missiles"
_FIRES = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+)?(?:launched|fired|"
    r"began\s+(?:firing|using|launching)|been\s+(?:firing|using|launching))\b")


def maker_only(view: Any, state: str, before_weapon: re.Pattern = _BEFORE_WEAPON) -> bool:
    """Whether the sentence names the state only as the demonym of a weapon (the words after
    the demonym matching ``before_weapon``)."""
    told = [m for m in view.mentions if m.state() == state]
    return bool(told) and all(
        m.is_demonym and before_weapon.match(view.text[m.end:]) for m in told)


def _firing_state(view: Any) -> str | None:
    """The state a sentence opens with, when it launches, fires or uses (weapons)."""
    who = opening_subject(view)
    if who is None or not who.startswith("state/"):
        return None
    first = next(m for m in view.mentions if m.state() == who)
    return who if _FIRES.match(view.text[first.end:]) else None


def maker_is_not_attacker(strikes: list[Strike], views: list[Any], para: list[int]) -> None:
    """Replace a weapon's maker by the state the paragraph says fires it (see the doc)."""
    for s in strikes:
        who, i = s.get("attacker"), s["_sent"]
        if not who or not who.startswith("state/") or not 0 < i < len(views):
            continue
        if not maker_only(views[i], who):
            continue
        near = [j for j in (i - 1, i + 1, i - 2, i + 2)
                if 0 < j < len(views) and para[j] == para[i]]
        firing = next((f for f in map(lambda j: _firing_state(views[j]), near)
                       if f is not None and f not in (who, s.get("target_country"))), None)
        if firing is not None:
            s["attacker"] = firing
