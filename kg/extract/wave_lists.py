""""A wave of drones and cruise missiles on Kharkiv, Dnipro and Zaporizhzhia": one attack
(round 30).

One barrage told as a bare list of places was already one fact when one toll closes the list
(kg.extract.barrages); without that toll the older sets keep one fact per place ("bombed
positions in Nyala, Zalingei and El Geneina on Friday"). A sentence that names the operation
itself as one wave, barrage or salvo ("launched a wave of drones ... on A, B and C", a headline
"Russia hits A, B and C in overnight wave") tells one attack, whose place is the first named.

The same holds for a list fired "from" bombers, ships or submarines ("attacked A, B and C from
strategic bombers and ships in the Black Sea": one launch). Kept narrow: the sentence holds
"wave", "barrage", "salvo" or "from ... bombers|warships|ships|submarines"; two or more of its strikes, by one
attacker with one weapon and no tolls of their own that differ, take their places from one bare
list "A, B and C" (only commas and "and" between the names), in that order. The toll the next
sentence tells "across the three cities" (the number of places listed) is the wave's. Places with their own
targets or tolls ("hit a market in A, killing five, and a school in B") are no bare list.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.strikes import casualties

Strike = dict[str, Any]

# "fired from Tu-95 strategic bombers and ships in the Black Sea": one launch, one operation
_WAVE = re.compile(r"\b(?:wave|barrage|salvo)\b|\bfrom\s+(?:[\w-]+\s+){0,3}?(?:bombers|warships|"
                   r"ships|submarines)\b", re.I)
_CUES = ("wave", "arrage", "salvo", "bombers", "ships", "submarines")


def _bare_list(text: str, names: list[str]) -> bool:
    """Whether the names stand in the sentence as one list "A, B and C", in that order."""
    head = r",\s+".join(re.escape(n) for n in names[:-1])
    return re.search(r"\b" + head + r",?\s+and\s+" + re.escape(names[-1]) + r"\b", text) \
        is not None


def _key(s: Strike) -> tuple[Any, ...]:
    return s["_sent"], s["attacker"], s.get("weapon_text"), s.get("date")


def _one_toll(group: list[Strike]) -> bool:
    """No two strikes of the group tell different counts."""
    return all(len({s.get(k) for s in group} - {None}) <= 1 for k in ("killed", "injured"))


_COUNTS = {2: "two|both", 3: "three", 4: "four", 5: "five", 6: "six"}


def _wave_toll(kept: Strike, places: int, texts: list[str]) -> None:
    """Give the wave the toll the next sentence tells "across the three cities" (an empty
    toll only, and only for the number of places the list named)."""
    i = kept["_sent"] + 1
    if kept.get("killed") is not None or kept.get("injured") is not None or i >= len(texts) \
            or places not in _COUNTS or " across " not in texts[i]:
        return
    if re.search(rf"\bacross\s+(?:all\s+)?(?:the\s+|those\s+)?(?:{_COUNTS[places]})\s+"
                 r"(?:cities|towns|regions|provinces|places)\b", texts[i]):
        kept["killed"], kept["injured"] = casualties(texts[i])


def one_wave_over_listed_places(raw: list[Strike], texts: list[str]) -> None:
    """Keep only the first place of a wave told over a bare list of places (in place)."""
    groups: dict[tuple[Any, ...], list[Strike]] = {}
    for s in raw:
        if s["type"] == "Strike" and s.get("_place_text") and s["attacker"] \
                and not s.get("_again") and s["_sent"] < len(texts) \
                and any(w in texts[s["_sent"]] for w in _CUES):
            groups.setdefault(_key(s), []).append(s)
    drop: set[int] = set()
    for group in groups.values():
        names = [s["_place_text"] for s in group]
        if len(group) < 2 or len(set(names)) != len(names) or not _one_toll(group):
            continue
        text = texts[group[0]["_sent"]]
        if _WAVE.search(text) and _bare_list(text, names):
            for s in group[1:]:
                for slot in ("killed", "injured", "weapon", "weapon_text"):
                    if group[0].get(slot) is None and s.get(slot) is not None:
                        group[0][slot] = s[slot]
                drop.add(id(s))
            _wave_toll(group[0], len(group), texts)
    raw[:] = [s for s in raw if id(s) not in drop]
