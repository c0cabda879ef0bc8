"""Where one attack fell, listed in the sentence after it (round 21).

"Russian drones attacked the Odesa region overnight, killing two. The drones hit Izmail, Reni
and Chornomorsk, damaging port warehouses"; "Russian missiles struck Kharkiv on Wednesday. The
missiles hit the Kyivskyi and Saltivskyi districts". The second sentence retells the attack
just told (its subject is that attack's weapons or strikes, referred back to) by the places
where it fell; the strike rules read one strike per place named, so one attack became three or
four facts. Here the listed strikes join the attack told just before: one fact, kept at the
place that attack was told at (the region or the city that holds them all), their tolls
filling its empty ones.

Kept narrow, as separately told attacks must stay apart: the sentence must open on the weapons
or strikes referred back to ("The drones hit", "The strikes hit houses in", "Missiles hit"), not
on an attacker ("Russian drones hit ..." may be a second wave), and tell no other time or
attack ("also", "again", "later", "another", a day of its own); it must list two places or
more, each lying in the place told before (the gazetteer's hierarchy), or, for a city told
before, named as its districts or neighbourhoods.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

_NOUNS = (r"missiles|drones|rockets|jets|warplanes|aircraft|shells|bombs|strikes|airstrikes|"
          r"air\s+strikes|attacks|raids|shelling|bombardment|barrage|debris|wreckage|fragments")
# "The drones hit", "The strikes hit houses in", "Missiles hit", "Debris fell on"
# ("Drones and shells hit": two of them)
_LIST_RETOLD = re.compile(
    rf"^\W*(?:(?:The|These|Those|Its|Their)\s+(?:[a-z][\w-]*\s+){{0,2}}?(?:{_NOUNS})|"
    r"(?:Missiles|Drones|Rockets|Shells|Bombs|Strikes|Airstrikes|Debris|Wreckage|Fragments))"
    rf"(?:\s+and\s+(?:{_NOUNS}|artillery))?"
    r"\s+(?:hit|struck|pounded|targeted|damaged|destroyed|landed\s+(?:in|on)|fell\s+(?:in|on))\b")
# another attack, or another time, than the one just told
# (a day of its own is told by the strikes' dates)
_OTHER_ATTACK = re.compile(r"\b(?:also|again|another|separately|earlier|later|meanwhile|"
                           r"last\s+(?:week|month|year)|previous\s+(?:day|week|month))\b", re.I)
# "the Kyivskyi and Saltivskyi districts", "the A, B and C neighbourhoods"
_CITY_PARTS = re.compile(r"\s+(?:districts|neighbou?rhoods|quarters|suburbs|areas)\b")


def opens_on_retold_weapons(text: str) -> bool:
    """Whether a sentence opens on the weapons or strikes just told ("The drones hit ...")."""
    return _LIST_RETOLD.match(text) is not None


def _sents(s: Strike) -> list[int]:
    return s.get("_sents") or [s["_sent"]]


def _city_parts(text: str, listed: list[Strike]) -> bool:
    """The list ends in "districts" or "neighbourhoods": parts of a city."""
    last = max(listed, key=lambda s: text.find(s.get("_place_text") or "\0"))
    name = last.get("_place_text") or ""
    at = text.find(name) if name else -1
    return at >= 0 and bool(_CITY_PARTS.match(text, at + len(name)))


def _told_before(raw: list[Strike], j: int, para: list[int]) -> Strike | None:
    """The attack told in the sentence just before ``j`` (in its paragraph or closing the one
    before)."""
    if j < 1 or j >= len(para) or para[j] - para[j - 1] > 1:
        return None
    before = [s for s in raw if s["type"] == "Strike" and s["_sent"] < j
              and j - 1 in _sents(s) and s["target_place"]]
    return max(before, key=lambda s: s["_sent"]) if len(before) == 1 else None


def _absorb(raw: list[Strike], into: Strike, s: Strike) -> None:
    for k in ("killed", "injured"):
        if s[k] is not None and into[k] is None:
            into[k] = s[k]
    into["_sents"] = sorted({*_sents(into), s["_sent"]})
    raw.remove(s)


def join_listed_places(raw: list[Strike], texts: list[str], para: list[int],
                       inside: Callable[[str, str], bool], is_town: Callable[[str], bool]
                       ) -> None:
    """Fold a sentence's strikes into the attack told just before when the sentence retells it
    by the places it hit (see the module's docstring)."""
    for j, text in enumerate(texts):
        if not _LIST_RETOLD.match(text) or _OTHER_ATTACK.search(text):
            continue
        listed = [s for s in raw if s["type"] == "Strike" and s["_sent"] == j]
        if len(listed) < 2 or not all(s["target_place"] for s in listed):
            continue
        prior = _told_before(raw, j, para)
        if prior is None or prior in listed:
            continue
        if any(s["attacker"] not in (None, prior["attacker"])
               or s["date"] not in (None, prior["date"]) for s in listed):
            continue
        where = prior["target_place"]
        held = all(s["target_place"] != where and inside(s["target_place"], where)
                   for s in listed)
        parts = is_town(where) and _city_parts(text, listed)
        if not (held or parts):
            continue
        for s in listed:
            _absorb(raw, prior, s)
