"""Launchers told together with their missiles are parts of one system (round 24).

"India shipped the launchers and missiles to the Philippines": the launchers belong to the
missile system the article names (GOLD keeps one fact per supplier, recipient and system); the
transfer rules gave the launchers a fact of their own beside the missiles'. Read only when a
bare launcher noun ("launchers", "launch units", "fire units"; not "HIMARS launchers") and a
missile noun ("missiles", "interceptors", "rockets") are joined by "and" with nothing else
between, and both have a transfer of this sentence with the same supplier and recipient; the
launchers' fact is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

# bare parts only: "HIMARS launchers and ATACMS missiles" are two systems
_PARTS = re.compile(r"(?:launch(?:ers?|\s+units?|\s+vehicles?)|fire[-\s]units?)")
_AND = re.compile(r"\s+and\s+(?:the\s+|their\s+|its\s+)?")
_MISSILE_HEADS = {"missile", "missiles", "interceptor", "interceptors", "rocket", "rockets"}


def _joined(text: str, a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Whether ``a``'s noun is followed right away by "and" and ``b``'s noun."""
    end = a["_at"] + len(a.get("weapon_text") or "")
    m = _AND.match(text, end)
    return m is not None and m.end() == b["_at"]


def drop_paired_launchers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers without launchers joined by "and" to their missiles."""
    items = [f for f in tfs if f.get("type") == "ArmsTransfer" and "_at" in f]
    parts = [f for f in items if _PARTS.fullmatch(f.get("weapon_text") or "")]
    if not parts:
        return tfs
    missiles = [f for f in items if f not in parts
                and (f.get("_head") or "").lower() in _MISSILE_HEADS]
    dropped = [p for p in parts if any(
        m["supplier"] == p.get("supplier") and m["recipient"] == p.get("recipient")
        and (_joined(view.text, p, m) or _joined(view.text, m, p)) for m in missiles)]
    return [f for f in tfs if not any(f is d for d in dropped)]
