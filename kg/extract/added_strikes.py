"""Strikes a later pass adds for a sentence no strike rule read (rounds 22-24: dated
background, blamed bombs, "came N days after", a group's killings, weapons destroyed before
launch): the empty record they fill, which sentences the strike rules already read, and the
first known place after the verb. One place for what those passes share, so the record's shape
stays the strike rules' own.
"""

from __future__ import annotations

from typing import Any

Strike = dict[str, Any]


def new_strike(i: int, assertion: str = "reported") -> Strike:
    """An empty strike of sentence ``i`` (confidence 0.6: read outside the strike rules)."""
    return {"type": "Strike", "attacker": None, "target_place": None, "target_country": None,
            "weapon": None, "weapon_text": None, "weapon_category": None, "killed": None,
            "injured": None, "date": None, "strike_kind": None, "assertion": assertion,
            "_sent": i, "_again": False, "_summary": False, "_locators": [],
            "_backref": False, "_pending": False, "_placeless": False, "confidence": 0.6}


def sentences_read(raw: list[dict[str, Any]]) -> set[int]:
    """The sentences some strike already comes from (all of a strike told over several)."""
    return {j for s in raw if s["type"] == "Strike" for j in (s.get("_sents") or [s["_sent"]])}


def first_known_place(view: Any, after: int) -> tuple[str, str] | None:
    """The first place the gazetteer knows after ``after`` (key, text)."""
    return next(((x.place(), x.text) for x in view.mentions if x.start >= after and x.place()),
                None)
