"""The side whose ground a weapon was fired from is the attacker (round 32).

"Shells fired from Russian-held positions hit a bus stop in Kherson"; "A drone launched from
Russian-occupied territory struck a market in Nikopol"; "Rockets fired from Houthi-controlled
areas hit Jizan"; "mortar rounds fired from positions held by the RSF". The attack's subject is
the weapon and its side stands only in the origin phrase, a shape the clause rules do not read:
the strike kept no attacker.

Only an empty attacker, or one the sentence does not name (lent by the discourse pass), is
filled, from the strike's own sentence: "fired|launched|shot|lobbed from" followed by
"[side]-held|-controlled|-occupied [ground noun]", "[ground noun] held|controlled|occupied by
[side]" or "[side] positions"; the side (a state or an armed group) must not be the country hit.
A place read inside the origin phrase ("positions on the left bank of the Dnipro") is where the
weapon came from: the strike moves to the first place after the attack verb that follows.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract.added_strikes import names_side, side_at

Strike = dict[str, Any]

_GROUND = r"(?:positions?|territory|territories|areas?|lines|trenches|parts\s+of\s+[\w-]+)"
_FROM = r"\b(?:fired|launched|shot|lobbed|sent|flown)\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?"
_LAUNCH_SIDE = re.compile(
    rf"{_FROM}(?P<s1>[\w'’]+(?:\s+[\w'’]+)?)-(?:held|controlled|occupied)\s+{_GROUND}\b"
    rf"|{_FROM}{_GROUND}\s+(?:held|controlled|occupied)\s+by\s+(?:the\s+)?(?P<s2>[\w'’-]+)"
    rf"|{_FROM}(?P<s3>[\w'’-]+)\s+positions\b")
_HIT = re.compile(r"\b(?:hit|struck|slammed\s+into|landed\s+(?:on|in)|pounded|shelled|killed)\b")


def _target_after_origin(s: Strike, view: Any, origin_end: int,
                         state_of: Callable[[str], str | None]) -> None:
    """Move a strike placed inside the origin phrase to the place after the attack verb."""
    at = view.text.find(s.get("_place_text") or "\0")
    hit = _HIT.search(view.text, origin_end)
    if at < 0 or hit is None or at >= hit.start():
        return
    placed = next((x for x in view.mentions if x.start >= hit.end() and x.place()), None)
    if placed is not None:
        s["target_place"], s["_place_text"] = placed.place(), placed.text
        s["target_country"] = state_of(placed.place()) or s.get("target_country")


def launch_sides(strikes: list[Strike], views: list[Any],
                 state_of: Callable[[str], str | None]) -> None:
    """Give a strike the side whose ground its weapon came from (see the module's doc)."""
    for s in strikes:
        i = s["_sent"]
        if not 0 <= i < len(views) or " from " not in views[i].text:
            continue
        v = views[i]
        if names_side(v, s.get("attacker")):
            continue
        m = _LAUNCH_SIDE.search(v.text)
        if m is None:
            continue
        _target_after_origin(s, v, m.end(), state_of)
        who = side_at(v, m.start(m.lastgroup or "s1"))
        if who is not None and who != s.get("target_country"):
            s["attacker"] = who
