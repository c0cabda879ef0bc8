"""The system a back-reference stands for, when the sentence right before names it: "Belgian
technicians finished overhauling the country's remaining F-16 fighters. Brussels will hand the
jets to Ukraine". The article-wide step of kg.extract.records takes the one system of that kind
among the article's transfers, which may be another supplier's (the Dutch F-16s told later);
the sentence just before, in the same paragraph, naming exactly one system of the kind is the
stronger cue, so it is asked first.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import Mention, SentView


# "Tornado jets": a proper name before the head noun (not "Israeli-made" or a demonym)
_PROPER = re.compile(r"\b[A-Z][A-Za-z0-9]+\s+(?:[\w-]+\s+)*[a-z][\w-]*$")


def _named(m: Mention) -> bool:
    """A system with a name or a designation, not a generic "jets"."""
    w = m.weapon()
    return bool(m.category) and m.state() is None and (
        (w is not None and not w.key.startswith("generic/")) or bool(re.search(r"\d", m.text))
        or bool(_PROPER.search(m.text)))


def just_before_named(views: list[SentView], v: SentView, para: list[int],
                      f: dict[str, Any]) -> list[tuple[str, str | None, str | None, str | None]]:
    """The one named system of the fact's kind the sentence before (same paragraph) tells, as
    (text, weapon key, category, head); empty when none or several."""
    if v.index == 0 or para[v.index] != para[v.index - 1] or not f.get("weapon_category"):
        return []
    ms = [m for m in views[v.index - 1].mentions if _named(m)
          and m.category == f["weapon_category"]]
    if len({m.text for m in ms}) != 1:
        return []
    m = ms[0]
    w = m.weapon()
    return [(m.text, w.key if w else None, m.category, m.head)]


def take_named(f: dict[str, Any], told: list[tuple[str, str | None, str | None, str | None]]
               ) -> None:
    """Give the back-referring fact the system told just before."""
    txt, key, cat, head = told[0]
    f["weapon"] = key if key and not key.startswith("generic/") else None
    f["weapon_text"] = re.sub(r"\s+", " ", re.sub(r"[“”\"‘’]", "", txt)).strip()
    f["weapon_category"], f["_head"] = cat, head
