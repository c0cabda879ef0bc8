"""Launchers sent for a system already counted: "Germany will send four more launchers for the
IRIS-T system it has supplied to Ukraine". The launchers are parts of the IRIS-T system, and
GOLD.md keeps one fact per (supplier, recipient, weapon system); the system's own fact of the
same sentence stands for both. Only when "for the/its/their/X's" joins the launchers to a
weapon; when that weapon has no fact of its own ("four launchers for Ukraine's IRIS-T
systems"), the launchers' fact becomes the system's.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_PARTS = re.compile(r"(?:[\w-]+\s+)?(?:launch(?:ers?|\s+units?|\s+vehicles?)|fire[-\s]units?)",
                    re.I)
_FOR_THE = re.compile(r"\s+for\s+(?:the|its|their|each|every|"
                      r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s)\s+")


def _system_start(text: str, f: dict[str, Any]) -> int | None:
    """Where the system the fact's launchers are "for" starts; None when they are not."""
    if not _PARTS.fullmatch(f.get("weapon_text") or "") or "_at" not in f:
        return None
    end = f["_at"] + len(f["weapon_text"])
    joined = _FOR_THE.match(text, end) if text[f["_at"]:end] == f["weapon_text"] else None
    return joined.end() if joined else None


def _name_the_system(view: SentView, f: dict[str, Any], at: int) -> None:
    """"four launchers for Ukraine's IRIS-T systems" with no fact of the system: the fact is
    the system's (the count is of launchers, not systems)."""
    m = next((m for m in view.mentions if m.start == at and m.category), None)
    if m is None:
        return
    w = m.weapon()
    f.update(weapon=w.key if w and not w.key.startswith("generic/") else None,
             weapon_text=m.text, weapon_category=m.category, _head=m.head, _at=m.start,
             quantity=None)


def drop_system_parts(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers without launchers given for a system counted beside them (a
    system not counted takes the launchers' fact)."""
    at = {f["_at"] for f in tfs if f.get("type") == "ArmsTransfer" and "_at" in f}
    out = []
    for f in tfs:
        start = _system_start(view.text, f) if f.get("type") == "ArmsTransfer" else None
        if start is not None and start in at:
            continue
        if start is not None:
            _name_the_system(view, f, start)
        out.append(f)
    return out
