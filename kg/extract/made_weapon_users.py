"""The maker named before a weapon is not the attacker when the user of its "-made" weapons was
told just before (round 28).

"The Houthis have fired Iranian-made anti-ship missiles at ships for months. On Friday an
Iranian cruise missile struck a tanker in the Red Sea"; "Russia launched North Korean-made KN-23
missiles at Kharkiv on Tuesday. A North Korean missile struck a residential block". The demonym
before the weapon names its maker; read alone it is the only side of the attack sentence and
becomes the attacker (kg.extract.weapon_makers only reads a named model or an explicit "-made"
in the attack sentence itself, and a sentence that opens on a firing state). Here the cue is
the earlier sentence itself: a side (state or armed group) that fires, launches or uses
"[maker]-made" weapons, within three sentences before; that side is the attacker.

Kept narrow: the attack sentence names the maker only as a demonym right before a weapon noun,
the earlier sentence says "[user] (has) fired|launched|used [maker]-made", the user is not the
maker nor the country hit. "A Russian missile struck ..." after "Russia launched Iranian-made
drones" keeps Russia (the maker is another state).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.weapon_makers import maker_only

Strike = dict[str, Any]

_MADE = re.compile(r"-(?:made|built|designed)\b")
# "Iranian cruise missile", "North Korean missile", "Emirati-made drones", "Iranian Shahed drones"
_BEFORE_WEAPON = re.compile(
    r"^(?:-(?:made|built|designed))?\s+(?:(?:[A-Z0-9][\w-]*|cruise|ballistic|anti-ship|attack|"
    r"kamikaze|guided|long-range|short-range)\s+){0,3}(?:drones?|missiles?|rockets?|shells?|"
    r"bombs?|warplanes?|jets?)\b")
# "The Houthis have fired ", "Russia launched ", "Russia has used ", "The RSF has been using "
_USES = re.compile(
    r"^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|again\s+|long\s+|repeatedly\s+)?(?:fired|launched|"
    r"used|deployed|been\s+(?:firing|using|launching))\s+(?:[\w,]+\s+){0,3}$")


def _user_of_made(view: Any, maker: str) -> str | None:
    """The side a sentence says fires, launches or uses the maker's "-made" weapons."""
    for m in view.mentions:
        if m.state() != maker or not m.is_demonym or not _MADE.match(view.text[m.end:]):
            continue
        for u in view.mentions:
            side = u.actor()
            if (u.end <= m.start and side and side != maker
                    and _USES.match(view.text[u.end:m.start])):
                return side
    return None


def made_weapon_users(strikes: list[Strike], views: list[Any], text: str) -> None:
    """Give a strike read from a maker's demonym the user told before (see the module's doc)."""
    if _MADE.search(text) is None:
        return
    for s in strikes:
        who, i = s.get("attacker"), s["_sent"]
        if not who or not who.startswith("state/") or not 0 < i < len(views):
            continue
        if not maker_only(views[i], who, _BEFORE_WEAPON):
            continue
        user = next((u for u in map(lambda j: _user_of_made(views[j], who),
                                    range(i - 1, max(-1, i - 4), -1)) if u is not None), None)
        if user is not None and user != s.get("target_country"):
            s["attacker"] = user
