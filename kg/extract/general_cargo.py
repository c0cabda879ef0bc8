"""A general cargo, "weapons and ammunition", is no weapon system (round 29).

"A second vessel docked in Misrata carrying weapons and ammunition", "the UAE has sent weapons
and ammunition to the RSF": the lexicon knows "ammunition" as a category, so the rules told a
transfer of "ammunition", while the phrase names no system (GOLD.md: one fact per weapon
system; vague supplies are no transfer). Only the bare word paired with "weapons" or "arms"
("weapons and ammunition", "ammunition and weapons") is dropped; "artillery ammunition", "155mm
ammunition" or "ammunition" alone ("Eritrea has supplied ammunition") stay.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_PAIRED_BEFORE = re.compile(r"\b(?:weapons|arms)\s+and\s+$", re.I)
_PAIRED_AFTER = re.compile(r"\s+and\s+(?:weapons|arms)\b", re.I)


def _general(text: str, f: dict[str, Any]) -> bool:
    at = f.get("_at")
    if f.get("type") != "ArmsTransfer" or not isinstance(at, int) \
            or (f.get("weapon_text") or "").lower() != "ammunition":
        return False
    return bool(_PAIRED_BEFORE.search(text[max(0, at - 16):at])
                or _PAIRED_AFTER.match(text, at + len("ammunition")))


def drop_general_cargo(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` without the transfers of a bare "ammunition" paired with "weapons"/"arms"."""
    if "mmunition" not in view.text:
        return tfs
    return [f for f in tfs if not _general(view.text, f)]


__all__ = ["drop_general_cargo"]
