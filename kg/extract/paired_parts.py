"""Launchers told together with their missiles are parts of one system (round 24).

"India shipped the launchers and missiles to the Philippines": the launchers belong to the
missile system the article names (GOLD keeps one fact per supplier, recipient and system); the
transfer rules gave the launchers a fact of their own beside the missiles'. Read only when a
bare launcher noun ("launchers", "launch units", "fire units"; not "HIMARS launchers") and a
missile noun ("missiles", "interceptors", "rockets") are joined by "and" with nothing else
between, and both have a transfer of this sentence with the same supplier and recipient; the
launchers' fact is dropped.

Round 25: "Germany will deliver seven IRIS-T SLM air defence systems and radars to Egypt": bare
"radars" right after counted "systems" (or "batteries") are the systems' own radars, read the
same way (only with "and" between, and the same supplier and recipient; "radars and drones" or
"Ground Master radars" stay items of their own).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

# bare parts only: "HIMARS launchers and ATACMS missiles" are two systems
_PARTS = re.compile(r"(?:launch(?:ers?|\s+units?|\s+vehicles?)|fire[-\s]units?)")
_AND = re.compile(r"\s+and\s+(?:the\s+|their\s+|its\s+)?")
_MISSILE_HEADS = {"missile", "missiles", "interceptor", "interceptors", "rocket", "rockets"}
_RADARS = re.compile(r"(?:the\s+)?radars?")
_SYSTEM_HEADS = {"systems", "batteries"}


def _joined(text: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a``'s noun is followed right away by "and" and ``b``'s noun."""
    end = a["_at"] + len(a.get("weapon_text") or "")
    m = _AND.match(text, end)
    return m is not None and m.end() == b["_at"]


def _same_parties(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return a["supplier"] == b.get("supplier") and a["recipient"] == b.get("recipient")


def _drop_system_radars(text: str, items: list[dict[str, Any]], tfs: list[dict[str, Any]]
                        ) -> list[dict[str, Any]]:
    """``tfs`` without bare radars told right after "[N] ... systems and"."""
    radars = [f for f in items if _RADARS.fullmatch(f.get("weapon_text") or "")]
    systems = [f for f in items if (f.get("_head") or "").lower().rpartition(" ")[2]
               in _SYSTEM_HEADS and f.get("quantity")]
    dropped = [r for r in radars if any(_same_parties(s, r) and _joined(text, s, r)
                                        for s in systems)]
    return [f for f in tfs if not any(f is d for d in dropped)]


def drop_paired_launchers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers without launchers joined by "and" to their missiles (nor
    radars joined to their systems)."""
    items = [f for f in tfs if f.get("type") == "ArmsTransfer" and "_at" in f]
    if "radar" in view.text:
        tfs = _drop_system_radars(view.text, items, tfs)
    parts = [f for f in items if _PARTS.fullmatch(f.get("weapon_text") or "")]
    if not parts:
        return tfs
    missiles = [f for f in items if f not in parts
                and (f.get("_head") or "").lower() in _MISSILE_HEADS]
    dropped = [p for p in parts if any(
        _same_parties(m, p) and (_joined(view.text, p, m) or _joined(view.text, m, p)) for m in missiles)]
    return [f for f in tfs if not any(f is d for d in dropped)]
