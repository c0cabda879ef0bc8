"""An attack told again at its region: "The strike in North Kordofan state ..." (round 21).

"A drone strike by the RSF killed 11 people in the village of Um Sumeima on Sunday. The strike
in North Kordofan state also wounded 23 people". The second sentence refers back ("The strike")
to the attack just told and places it by its region; the strike rules read a second strike at
the region. The nested-place join in the merge makes such pairs one when the gazetteer puts the
village in the region, but a village the tables do not know (or cannot place) stays apart: the
same attack became two facts.

Here a sentence that opens on "The strike/attack/raid/bombing in <region>" (a definite attack
noun, so one told before) and whose strike is placed at an administrative region joins the
attack told in the two sentences before it, by the same side, on no other day, at a finer
place the region holds or the tables cannot place: its tolls fill that attack's empty ones.
A region the text names as one ("in the Bint Jbeil district") needs no tables: the tables may
have read the name as the dateline's city or a namesake town.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

# "The strike in North Kordofan state", "The attack on the Nabatieh region", "Sunday's raid in"
_RETOLD_AT = re.compile(r"^\W*(?:The|This|That|Sunday['’]s|Monday['’]s|Tuesday['’]s|"
                        r"Wednesday['’]s|Thursday['’]s|Friday['’]s|Saturday['’]s)\s+"
                        r"(?:[a-z][\w-]*\s+)?(?:strike|attack|raid|bombing|shelling|airstrike|"
                        r"air\s+strike|drone\s+strike)\s+(?:in|on|across)\s+")
# "The attack in the Bint Jbeil district": a region told as one by its word, whatever the tables
# make of the name (a district of the dateline's city, a namesake town)
_REGION_TOLD = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:district|region|province|"
                          r"governorate|state|county|oblast)\b")
# another attack than the one just told ("also" alone may add a toll: "also wounded 23")
_ANOTHER = re.compile(r"\b(?:another|separate|second|earlier|later|previous|last\s+(?:week|month|"
                      r"year))\b", re.I)


def _sents(s: Strike) -> list[int]:
    return s.get("_sents") or [s["_sent"]]


def join_region_retellings(raw: list[Strike], texts: list[str],
                           is_region: Callable[[str | None], bool],
                           inside: Callable[[str, str], bool],
                           located: Callable[[str], bool]) -> None:
    """Fold the strike of a sentence retelling the attack just told at its region into that
    attack (see the module's docstring). ``located``: whether the tables can place a place."""
    for r in [s for s in raw if s["type"] == "Strike" and s["target_place"]]:
        j = r["_sent"]
        at = _RETOLD_AT.match(texts[j]) if j < len(texts) else None
        if at is None or _ANOTHER.search(texts[j]):
            continue
        told_region = bool(_REGION_TOLD.match(texts[j], at.end()))
        if not (is_region(r["target_place"]) or told_region):
            continue
        if sum(1 for s in raw if s["type"] == "Strike" and s["_sent"] == j) != 1:
            continue
        before = [s for s in raw if s["type"] == "Strike" and s is not r and s["target_place"]
                  and s["_sent"] < j and 0 < j - max(_sents(s)) <= 2]
        if not before:
            continue
        p = max(before, key=lambda s: max(_sents(s)))
        if is_region(p["target_place"]) or r["attacker"] not in (None, p["attacker"]) \
                or r["date"] not in (None, p["date"]):
            continue
        if not (told_region or inside(p["target_place"], r["target_place"])
                or not located(p["target_place"])):
            continue
        for k in ("killed", "injured"):
            if r[k] is not None and p[k] is None:
                p[k] = r[k]
        p["_sents"] = sorted({*_sents(p), j})
        raw.remove(r)
