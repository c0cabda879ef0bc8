"""A foreign base attacked in a host country, named in the next sentence (round 27).

"Armed drones attacked a Russian air base in Syria late on Tuesday. The Hmeimim base, near ...":
the strike rules drop an attack whose only place is a country and whose attacker is unknown, so
the attack was lost. Only a sentence no strike rule read, of the form "<attacked|struck|hit|
targeted> a <Owner> air/naval/military base in <Country>", followed at once by a sentence opening
"The <Name> [air|naval] base", gives a strike at <Name> in <Country> (the host, not the owner);
its attacker stays unknown. When the strike rules read the sentence but left the place empty
(with the host as target country), that place is filled with <Name>.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kg.extract.added_strikes import new_strike, sentences_read, set_weapon
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.link.folding import slugify

Strike = dict[str, Any]

_CUE = re.compile(r"\b(?:air|naval|military)\s+base\s+in\s+[A-Z]")
_ATTACKED_BASE = re.compile(
    r"\b(?:attacked|struck|hit|targeted)\s+an?\s+(?P<owner>[A-Z][a-z]+)\s+"
    r"(?:air|naval|military)\s+base\s+in\s+(?P<host>[A-Z][a-z]+)\b")
_ON_DAY = re.compile(rf"\b[Oo]n\s+(?P<d>{WEEKDAY_RE})\b")
_NAMED_NEXT = re.compile(r"^\W*The\s+(?P<name>[A-Z][\w-]+(?:\s+(?:al-|el-)?[A-Z][\w-]+){0,2})\s+"
                         r"(?:air\s+|naval\s+)?base\b")


def _host_state(view: Any, at: int) -> str | None:
    """The state the gazetteer reads at ``at`` (a country's name, not a demonym)."""
    return next((m.state() for m in view.mentions
                 if m.start == at and m.state() and not m.is_demonym), None)


def _day(text: str, published: date | None) -> str | None:
    """The weekday of the attack ("late on Tuesday"), resolved against publication."""
    m = _ON_DAY.search(text)
    if m is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()


def _weapon_before(view: Any, end: int) -> Any:
    return next((m for m in view.mentions if m.category and m.start < end), None)


def _fill_placeless(raw: list[Strike], i: int, host: str, name: str, nxt: int) -> list[Strike]:
    """The strike the rules read in the host country with no place gets the base's name
    ("Iranian drones attacked an American air base in Iraq. The Harir base, ...")."""
    filled = [s for s in raw if s["type"] == "Strike" and s["_sent"] == i
              and s["target_place"] is None and s["target_country"] == host]
    if len(filled) != 1:
        return []
    s = filled[0]
    s.update(target_place="place/" + slugify(name), _place_text=name,
             _sents=[*s.get("_sents", [i]), nxt])
    return filled


def bases_named_next(raw: list[Strike], views: list[Any], text: str,
                     published: date | None) -> list[Strike]:
    """Add the attack on a foreign base the next sentence names; returns the strikes added
    (their places are new to the tables)."""
    if "base" not in text or _CUE.search(text) is None:  # (a quick test first)
        return []
    read, added = sentences_read(raw), []
    for v, nxt in zip(views[1:], views[2:]):
        m = _ATTACKED_BASE.search(v.text)
        if m is None:
            continue
        named, host = _NAMED_NEXT.match(nxt.text), _host_state(v, m.start("host"))
        if named is None or host is None:
            continue
        if v.index in read:
            added.extend(_fill_placeless(raw, v.index, host, named.group("name"), nxt.index))
            continue
        s = new_strike(v.index)
        s.update(target_place="place/" + slugify(named.group("name")),
                 _place_text=named.group("name"), target_country=host,
                 date=_day(v.text[m.end():], published),
                 _sents=[v.index, nxt.index])
        weapon = _weapon_before(v, m.start())
        set_weapon(s, weapon)
        raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > v.index), len(raw)), s)
        added.append(s)
    return added
