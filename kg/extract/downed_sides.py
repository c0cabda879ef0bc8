"""The side whose drones were shot down just before is the attacker of the drone that hit
(round 28).

"Russia's defence ministry said air defences had shot down 40 Ukrainian drones overnight.
Russian officials said a drone hit a chemical plant in Novomoskovsk." The officials of the state
hit tell the attack with a bare weapon and no side; the side is told a sentence before, as the
demonym of the drones or missiles the defenders downed. The attack then had no attacker (a miss
and a false alarm against a gold that names it).

Only an empty attacker is filled, and only from a strong cue: the strike's weapon is a drone,
missile or rocket; the sentence before (or the one before that in the same paragraph) says
"shot down|downed|intercepted|destroyed [up to four words] [demonym] drones|missiles|rockets";
the demonym is of one state only, not the state hit, and the strike's own sentence names no side.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless

Strike = dict[str, Any]

_DOWNED = caseless(r"\b(?:shot\s+down|downed|intercepted|destroyed)\b",
                   needs=("shot", "downed", "intercepted", "destroyed"))
_DOWNED_BEFORE = re.compile(
    r"\b(?:shot\s+down|downed|intercepted|destroyed)\s+(?:[\w,-]+\s+){0,4}$", re.I)
_WEAPON_AFTER = re.compile(r"^\s+(?:[\w-]+\s+)?(drones?|missiles?|rockets?)\b", re.I)
_KINDS = {"drone": "drone", "missile": "missile", "rocket": "rocket"}


def _kind(word: str | None) -> str | None:
    """"drone", "missile" or "rocket" for a weapon phrase ending in one of them."""
    if not word:
        return None
    m = re.search(r"(drone|missile|rocket)s?\b", word, re.I)
    return _KINDS[m.group(1).lower()] if m else None


def _downed_side(view: Any, kind: str, hit: str | None) -> str | None:
    """The one state whose drones (missiles, rockets) the sentence says were downed."""
    sides = set()
    for m in view.mentions:
        if not m.is_demonym or not m.state() or m.state() == hit:
            continue
        w = _WEAPON_AFTER.match(view.text[m.end:])
        if w is None or _kind(w.group(1)) != kind:
            continue
        if _DOWNED_BEFORE.search(view.text[max(0, m.start - 60):m.start]):
            sides.add(m.state())
    return sides.pop() if len(sides) == 1 else None


def downed_sides(strikes: list[Strike], views: list[Any], para: list[int], text: str) -> None:
    """Fill an empty attacker from the downed weapons told just before (see the module's doc)."""
    if _DOWNED.search(text) is None:
        return
    for s in strikes:
        i = s["_sent"]
        if s.get("attacker") or not 1 < i < len(views):
            continue
        kind = _kind(s.get("weapon")) or next(
            (k for k in (_kind(m.text) for m in views[i].mentions if m.category) if k), None)
        if kind is None or any(m.actor() for m in views[i].mentions
                               if m.actor() != s.get("target_country") and not m.place()):
            continue
        before = [i - 1] + ([i - 2] if para[i - 2] == para[i] and i - 2 > 0 else [])
        side = next((d for d in (_downed_side(views[j], kind, s.get("target_country"))
                                 for j in before) if d is not None), None)
        if side is not None:
            s["attacker"] = side
