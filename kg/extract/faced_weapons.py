"""Weapons a sentence names beside two states without one giving them to the other.

- "Ukraine has used [the NASAMS] against Russian cruise missiles": the demonym names whose
  weapons were faced, not who supplied them; a fact whose supplier is that demonym's state and
  whose weapon follows "against" is dropped.
- "Beijing has sent warships and aircraft around Taiwan": ships and planes sent around (near,
  off, close to) a place are a show of force, not a delivery; the facts of the weapons between
  the verb and "around" are dropped ("sent two frigates to Pakistan near ...": a recipient
  named with "to" stays).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_AGAINST = re.compile(r"\bagainst\s+(?:the\s+)?$", re.I)
_AROUND = re.compile(r"\b(?:sent|sends|send|sending|flew|flown|sailed)\s+(?P<w>(?:(?!\bto\b)[^.;]){1,80}?)\s+"
                     r"(?:around|near|off|close\s+to|toward|towards)\s+"
                     r"(?!the\s+(?:end|start|beginning|close|middle)\b)", re.I)


def _faced(view: SentView, actors: list[Actor], f: dict[str, Any]) -> bool:
    text = view.text
    return any(a.demonym and a.key == f.get("supplier") and a.end < f["_at"] <= a.end + 40
               and _AGAINST.search(text[:a.start]) for a in actors)


def _shown(view: SentView, f: dict[str, Any]) -> bool:
    return any(m.start("w") <= f["_at"] < m.end("w") for m in _AROUND.finditer(view.text))


def drop_faced_weapons(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                       ) -> list[dict[str, Any]]:
    """``found`` without the weapons faced ("against Russian missiles") or shown ("sent
    warships around Taiwan")."""
    low = view.text.lower()
    if "against" not in low and "around" not in low and " near " not in low \
            and " off " not in low and "close to" not in low and "toward" not in low:
        return found
    return [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") is not None
                                     and (_faced(view, actors, f) or _shown(view, f)))]
