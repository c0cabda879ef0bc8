""""Korean-built" weapons are South Korea's (round 28).

"Warsaw took delivery of another 18 Korean-built FA-50 light fighters": the maker adjective
names the supplier, but the gazetteer lists "Korean" under neither Korea (it is ambiguous), so
the transfer was read without a supplier and dropped. South Korea is the one that exports arms
under that adjective (K9 howitzers, K2 tanks, FA-50 jets); North Korea's are written "North
Korean". Read only in an article that never names North Korea, Pyongyang or the DPRK, for a
transfer with a recipient (not South Korea) and no supplier, whose weapon follows "Korean-built
(-made, -designed, -produced)" with at most two words between.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

CUE = re.compile(r"(?<![Nn]orth )(?<![Ss]outh )\bKorean[-‑](?:built|made|designed|produced|"
                 r"manufactured)\b")
NORTH = re.compile(r"\bNorth\s+Korea|\bPyongyang\b|\bDPRK\b")
_BEFORE_WEAPON = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
SOUTH_KOREA = "state/south-korea"


def korean_made_suppliers(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with South Korea supplying the "Korean-built" weapons no rule gave a supplier
    (the caller checks the article names no North Korea: see the module doc)."""
    text = view.text
    ends = [m.end() for m in CUE.finditer(text)]
    if not ends:
        return found
    for f in found:
        if f.get("type") != "ArmsTransfer" or f.get("supplier") or not f.get("recipient") \
                or f["recipient"] == SOUTH_KOREA or f.get("_at") is None:
            continue
        if any(e <= f["_at"] and _BEFORE_WEAPON.fullmatch(text, e, f["_at"]) for e in ends):
            f["supplier"] = SOUTH_KOREA
    return found


__all__ = ["CUE", "NORTH", "korean_made_suppliers"]
