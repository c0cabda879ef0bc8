"""The side whose ground a weapon was fired from is the attacker (round 32).

"Shells fired from Russian-held positions hit a bus stop in Kherson"; "A drone launched from
Russian-occupied territory struck a market in Nikopol"; "Rockets fired from Houthi-controlled
areas hit Jizan"; "mortar rounds fired from positions held by the RSF". The attack's subject is
the weapon and its side stands only in the origin phrase, a shape the clause rules do not read:
the strike kept no attacker.

Only an empty attacker is filled, from the strike's own sentence before its place: "fired|
launched|shot|lobbed from" followed by "[side]-held|-controlled|-occupied [ground noun]",
"[ground noun] held|controlled|occupied by [side]" or "[side] positions"; the side (a state or an
armed group) must not be the country hit.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_GROUND = r"(?:positions?|territory|territories|areas?|lines|trenches|parts\s+of\s+[\w-]+)"
_FROM = r"\b(?:fired|launched|shot|lobbed|sent|flown)\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?"
_LAUNCH_SIDE = re.compile(
    rf"{_FROM}(?P<s1>[\w'’]+(?:\s+[\w'’]+)?)-(?:held|controlled|occupied)\s+{_GROUND}\b"
    rf"|{_FROM}{_GROUND}\s+(?:held|controlled|occupied)\s+by\s+(?:the\s+)?(?P<s2>[\w'’-]+)"
    rf"|{_FROM}(?P<s3>[\w'’-]+)\s+positions\b")


def _side_at(view: Any, at: int) -> str | None:
    """The state or armed group whose mention holds this offset."""
    for m in view.mentions:
        if m.start <= at < m.end:
            group = m.of_type("ArmedGroup")
            return m.state() or (group.key if group else None)
    return None


def launch_sides(strikes: list[Strike], views: list[Any]) -> None:
    """Give a strike with no attacker the side whose ground its weapon came from."""
    for s in strikes:
        i = s["_sent"]
        if s.get("attacker") is not None or not 0 <= i < len(views):
            continue
        v = views[i]
        if " from " not in v.text:
            continue
        place_text = s.get("_place_text")
        end = v.text.find(place_text) if place_text else len(v.text)
        m = _LAUNCH_SIDE.search(v.text, 0, end if end > 0 else len(v.text))
        if m is None:
            continue
        who = _side_at(v, m.start(m.lastgroup or "s1"))
        if who is not None and who != s.get("target_country"):
            s["attacker"] = who
