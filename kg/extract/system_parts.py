"""Launchers sent for a system already counted: "Germany will send four more launchers for the
IRIS-T system it has supplied to Ukraine". The launchers are parts of the IRIS-T system, and
GOLD.md keeps one fact per (supplier, recipient, weapon system); the system's own fact of the
same sentence stands for both. Only when "for the/its/their" joins the launchers to a weapon
that has a fact of its own in this sentence.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_PARTS = re.compile(r"(?:[\w-]+\s+)?(?:launch(?:ers?|\s+units?|\s+vehicles?)|fire[-\s]units?)",
                    re.I)
_FOR_THE = re.compile(r"\s+for\s+(?:the|its|their|each|every)\s+", re.I)


def _part_of_counted(text: str, f: dict[str, Any], at: set[int]) -> bool:
    """The fact's weapon is launchers "for the" system of another fact of the sentence."""
    if not _PARTS.fullmatch(f.get("weapon_text") or "") or "_at" not in f:
        return False
    end = f["_at"] + len(f["weapon_text"])
    joined = _FOR_THE.match(text, end) if text[f["_at"]:end] == f["weapon_text"] else None
    return joined is not None and joined.end() in at


def drop_system_parts(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers without launchers given for a system counted beside them."""
    at = {f["_at"] for f in tfs if f.get("type") == "ArmsTransfer" and "_at" in f}
    return [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                   and _part_of_counted(view.text, f, at - {f.get("_at")}))]
