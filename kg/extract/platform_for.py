"""The platform a weapon is bought for is no transfer of its own (round 23).

"Brazil will buy 200 Spike missiles from Israel for its Guarani armoured vehicles", "Russia
agreed to supply R-37M missiles for India's Su-30MKI jets": the verb rules read every weapon of
the object as supplied, the platform after "for its" / "for [state]'s" ("for use on its", "to
arm its") too. The platform stays with its owner; only the weapon named first is supplied. Read
only when a transfer of the same supplier and recipient (or of none yet) names a weapon before
"for its" / "for X's" in the same clause (no comma or semicolon in between), and only that
platform's fact is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

# "... from Israel for its ", "... for Saudi Arabia's ", "... for the Indian navy's new ",
# "... for use on its ", "... to arm its "
_FOR_OWNER = re.compile(
    r"[^,;]{0,80}?\b(?:for(?:\s+use\s+(?:on|by|with|in|aboard))?|"
    r"to\s+(?:arm|equip|re-?arm|re-?equip))"
    r"\s+(?:its|their|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Za-z][\w.-]*){0,2}['’]s)"
    # ("for its navy's Hobart-class destroyers": the service that holds them; round 68)
    r"(?:\s+(?:navy|army|air\s+force|military|marines|coast\s+guard)['’]s)?"
    r"\s+(?:(?:new|ageing|aging|existing|own|fleet\s+of|current)\s+)*$")


def _platform(text: str, first: dict[str, Any], f: dict[str, Any]) -> bool:
    """Whether ``f``'s weapon follows ``first``'s weapon after "for its" / "for X's"."""
    lo, hi = first.get("_at"), f.get("_at")
    if not isinstance(lo, int) or not isinstance(hi, int) or lo >= hi:
        return False
    return bool(_FOR_OWNER.fullmatch(text, lo, hi))


def _same_or_open(first: dict[str, Any], f: dict[str, Any], role: str) -> bool:
    """Whether ``f`` has ``first``'s party in ``role``, or none yet (the context fills it)."""
    return f.get(role) is None or f.get(role) == first.get(role)


def drop_platforms(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the platforms a weapon is bought for (see module doc)."""
    arms = [f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("weapon_text")]
    dropped = {id(f) for f in arms for g in arms
               if g is not f and _same_or_open(g, f, "supplier")
               and _same_or_open(g, f, "recipient") and _platform(view.text, g, f)}
    return [f for f in tfs if id(f) not in dropped]
