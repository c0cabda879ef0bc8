"""Strikes a later pass adds for a sentence no strike rule read (rounds 22-24: dated
background, blamed bombs, "came N days after", a group's killings, weapons destroyed before
launch): the empty record they fill, which sentences the strike rules already read, and the
first known place after the verb. One place for what those passes share, so the record's shape
stays the strike rules' own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
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


def unread_matches(raw: list[dict[str, Any]], views: list[Any],
                   find: Callable[[str], Any]) -> Iterator[tuple[Any, Any]]:
    """(view, match) for each sentence after the headline that no strike of ``raw`` reads (as
    ``raw`` stood when the walk began) and where ``find(text)`` matches: the walk of every reader
    of sentences the strike rules left."""
    read = sentences_read(raw)
    for v in views[1:]:
        if v.index not in read:
            m = find(v.text)
            if m is not None:
                yield v, m


def insert_in_order(raw: list[dict[str, Any]], strike: Strike) -> None:
    """Put ``strike`` into ``raw`` before the first fact of a later sentence."""
    raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > strike["_sent"]), len(raw)),
               strike)


def set_weapon(strike: Strike, weapon: Any) -> None:
    """Fill a strike's weapon slots from a weapon mention (none: left as they are)."""
    if weapon is not None:
        strike["weapon"] = weapon.weapon().key if weapon.weapon() else None
        strike["weapon_text"], strike["weapon_category"] = weapon.text, weapon.category


def first_known_place(view: Any, after: int) -> tuple[str, str] | None:
    """The first place the gazetteer knows after ``after`` (key, text)."""
    return next(((x.place(), x.text) for x in view.mentions if x.start >= after and x.place()),
                None)


def side_at(view: Any, at: int) -> str | None:
    """The state or armed group whose mention holds offset ``at`` (a place: None)."""
    for m in view.mentions:
        if m.start <= at < m.end:
            return m.side()
    return None


def names_side(view: Any, key: str | None) -> bool:
    """Whether the sentence names the side ``key`` itself (a rule then leaves it be)."""
    return key is not None and any(m.actor() == key for m in view.mentions)

