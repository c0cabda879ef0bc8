"""A lead attack told at its region, placed by the next sentence (round 23).

"Russia sent dozens of attack drones against the Kherson region, officials said on Friday. One
drone slammed into an apartment block in the town of Beryslav on Thursday night, killing two";
"Military jets bombed the Sagaing region on Tuesday. The bombs hit a school in the village of
Oo Yin, killing nine". The second sentence tells where the attack of the first fell; the town
or village is the place. The merge joins such a pair only when the gazetteer puts the town in
the region and the two dates agree, so an unknown village stayed apart (and the region then
drew in a later attack on a known town), and the region's day, read from "officials said on
Friday", kept the pair apart from the town's own "on Thursday night".

Here a strike at a region (or wider area) gives way to the strike of the very next sentence (in
its paragraph or opening the next) when that one, by the same side or none (or any side, when
the region's names none and the next sentence is told as the same attack: round 29), is at a town the
region holds or the tables cannot place in another country (or, round 29, "the village of X"
of the lead's country in a sentence referring back to the lead's attack), and tells no other attack
("also", "again", "last week", ...). The town's strike keeps its own day; the region's day
counts only when the town has none, and a day of the region's own that differs keeps the two
apart (a day read only from "said on Friday" is the report's, not the attack's).

A lead that tells its place only as "the region" (the headline's: "KYIV - Dozens of drones
targeted the region, officials said") stood at the dateline's city; it counts as a region lead
when the dateline's city is not named after the dateline, and gives way to a town of its
country told next.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract.dates import WEEKDAY_RE
from kg.extract.sentences import DATELINE_RE

Strike = dict[str, Any]

# a sentence telling another attack than the one just told
_ANOTHER = re.compile(r"\b(?:also|again|another|separately|separate|second|earlier|later|"
                      r"last\s+(?:week|month|year)|previous\s+(?:day|week|month)|"
                      r"days?\s+(?:before|after)|meanwhile)\b|^\W*(?:Across|Throughout)\b", re.I)
# "officials said on Friday", "the army said late on Sunday": the report's day
_SAID_DAY = re.compile(rf"\b(?:said|says|reported|announced|added|told\s+\w+)\s+"
                       rf"(?:(?:late|early)\s+)?on\s+{WEEKDAY_RE}\b", re.I)
_DAY = re.compile(rf"\b(?:{WEEKDAY_RE}|overnight|last\s+night|yesterday|today)\b", re.I)
# "the strikes had hit the Barmal district": a part of the region, as coarse as the region itself
_DISTRICT = re.compile(r"\b(?:district|county|area|municipality|province|governorate)\b", re.I)
_DISTRICT_OF = re.compile(r"\b(?:district|county|municipality|province)\s+of\s+$", re.I)
# "KYIV (Staff) - Dozens of drones targeted the region overnight": the headline's region
_THE_REGION = re.compile(r"\bthe\s+(?:region|province|oblast|governorate)\b")
_SLOTS = ("attacker", "target_country", "date", "weapon", "weapon_text", "weapon_category")


def _dateline_for_region(s: Strike, text: str, label: str | None) -> bool:
    """Whether the strike stands at the dateline's city only, in a sentence that tells its
    place as "the region" (the headline's): no place of its own."""
    head = DATELINE_RE.match(text)
    if head is None or not label or not _THE_REGION.search(text, head.end()):
        return False
    return label.split()[0].lower() in head.group(0).lower() \
        and label.split()[0].lower() not in text[head.end():].lower()


def _district(town: Strike, text: str) -> bool:
    """Whether the town is told as a district ("the Barmal district", "the district of Barmal")."""
    name = town.get("_place_text") or ""
    at = text.find(name) if name else -1
    return bool(_DISTRICT.search(name)) or (at >= 0 and (_DISTRICT.match(
        text[at + len(name):at + len(name) + 16].strip()) is not None
        or _DISTRICT_OF.search(text[max(0, at - 20):at]) is not None))


def _own_day(text: str) -> bool:
    """Whether the sentence dates its attack itself (not only by the day it was reported)."""
    return _DAY.search(_SAID_DAY.sub(" ", text)) is not None


# "an air strike on a Buddhist monastery": the nouns a lead tells its target by
_INDEFINITE = re.compile(r"\ban?\s+((?:[\w-]+\s+){0,2}[\w-]+)")
_RETOLD_NOUN = re.compile(r"\bthe\s+([a-z][\w-]+)")


def _retells_target(region_text: str, town_text: str) -> bool:
    """"An air strike on a Buddhist monastery ... A jet dropped a bomb on the monastery in Lin
    Ta Lu": the next sentence names the lead's target again, with "the"."""
    told = {w for m in _INDEFINITE.finditer(region_text) for w in m.group(1).split()}
    return any(m.group(1) in told for m in _RETOLD_NOUN.finditer(town_text))


def _sideless_lead(region: Strike, town: Strike, texts: list[str]) -> bool:
    """A lead that names no side, whose side the next sentence names for the same attack (round
    29): the lead is dated only by its report ("A drone attack in North Kordofan killed 12,
    activists said on Wednesday"), or the next sentence refers back to it ("The strike hit") or
    to its target ("the monastery")."""
    if region["attacker"] is not None:
        return False
    text = texts[region["_sent"]]
    return bool((_SAID_DAY.search(text) is not None and not _own_day(text))
                or town.get("_backref") or _retells_target(text, texts[town["_sent"]]))


def _retold_village(region: Strike, town: Strike, text: str) -> bool:
    """"... in the Sumy region. The drone hit a car near the village of Khotin": a village the
    sentence tells as one, of the lead's country, in a sentence referring back to the lead's
    attack; the tables may put a namesake elsewhere (round 29)."""
    name = town.get("_place_text")
    return bool(town.get("_backref") and name and town.get("target_country") is not None
                and town.get("target_country") == region.get("target_country")
                and re.search(rf"\b(?:village|town|hamlet)\s+of\s+{re.escape(name)}\b", text))


def _fits(region: Strike, town: Strike, texts: list[str],
          inside: Callable[[str, str], bool], located: Callable[[str], bool],
          headline_region: bool = False) -> bool:
    if town["attacker"] not in (None, region["attacker"]) and not _sideless_lead(
            region, town, texts):
        return False
    if _ANOTHER.search(texts[town["_sent"]]):
        return False
    if _district(town, texts[town["_sent"]]):
        return False
    if abs((town.get("_para") or 0) - (region.get("_para") or 0)) > 1:
        return False
    if not (inside(town["target_place"], region["target_place"])
            or (not located(town["target_place"])
                and town.get("target_country") in (None, region.get("target_country")))
            or (headline_region and town.get("target_country") is not None
                and town.get("target_country") == region.get("target_country"))
            or _retold_village(region, town, texts[town["_sent"]])):
        return False
    days = (region.get("date"), town.get("date"))
    return None in days or days[0] == days[1] or not _own_day(texts[region["_sent"]])


def join_region_leads(raw: list[dict[str, Any]], texts: list[str],
                      is_wide: Callable[[str | None], bool],
                      inside: Callable[[str, str], bool],
                      located: Callable[[str], bool],
                      label: Callable[[str], str | None] = lambda k: None) -> None:
    """Fold each region strike into the town strike of the next sentence (see the docstring)."""
    strikes = [s for s in raw if s["type"] == "Strike" and s["target_place"]]
    for region in [s for s in strikes if s["_sent"] > 0 and s["_sent"] < len(texts)]:
        headline_region = not is_wide(region["target_place"]) and _dateline_for_region(
            region, texts[region["_sent"]], label(region["target_place"]))
        if not (is_wide(region["target_place"]) or headline_region):
            continue
        nxt = [s for s in strikes if s["_sent"] == region["_sent"] + 1 and s in raw]
        if len(nxt) != 1 or is_wide(nxt[0]["target_place"]) or nxt[0]["_sent"] >= len(texts):
            continue
        town = nxt[0]
        if not _fits(region, town, texts, inside, located, headline_region):
            continue
        for k in _SLOTS:
            if town.get(k) is None and region.get(k) is not None:
                town[k] = region[k]
        for k in ("killed", "injured"):
            if town[k] is None:
                town[k] = region[k]
        town["_sents"] = sorted({*(town.get("_sents") or [town["_sent"]]),
                                 *(region.get("_sents") or [region["_sent"]])})
        raw.remove(region)
