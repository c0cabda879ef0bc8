"""A lead told at a wide area, its town in the next sentence: the town, not the dateline (round 29).

"BEIRUT - An Israeli strike in southern Lebanon killed four people, the health ministry said on
Wednesday. / The strike hit a house in the village of Aitaroun late on Tuesday". The lead names
only a territory the tables cannot place as a town, so the strike rules put it at the dateline's
city (a place the article was written in, not one it says was hit); the next sentence, which
refers back to it ("The strike/drones hit"), names the town, but a town the tables do not know
is then joined to the lead and the dateline's city wins.

Here the lead placed only by the dateline takes the town of a back-referring strike of the very
next sentence by the same side, when that sentence names it as "the town/village of X" (the
text's own word for a settlement). When the lead's only day is the report's ("said on
Wednesday") and the next sentence gives one, the attack's day is that one.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SAID_ON_DAY = re.compile(rf"\bsaid\s+on\s+{_WEEKDAY}\b")
_ANY_DAY = re.compile(rf"\b{_WEEKDAY}\b|\b(?:overnight|yesterday|today|last\s+night)\b")


def _named_as_settlement(text: str, name: str) -> bool:
    """"the village of Aitaroun", "the town of Tawila" in the sentence."""
    return re.search(rf"\b(?:town|village|city|hamlet|port|district|suburb|neighbou?rhood)\s+of\s+"
                     rf"{re.escape(name)}\b", text) is not None


def dated_by_report_only(text: str) -> bool:
    """The lead's only time word is the report's "said on Wednesday"."""
    return _SAID_ON_DAY.search(text) is not None and len(_ANY_DAY.findall(text)) == 1


def town_after_dateline_lead(raw: list[Strike], texts: list[str], dateline_place: str | None,
                             state_of: Callable[[str], str | None]) -> None:
    """Move a lead placed only at the dateline to the town the next sentence names (in place)."""
    if dateline_place is None:
        return
    leads = [s for s in raw if s["type"] == "Strike" and s.get("_dateline_only")
             and s["target_place"] == dateline_place]
    if not leads:
        return
    strikes = [s for s in raw if s["type"] == "Strike"]
    for lead in leads:
        # ("The strikes targeted the port of Ras Isa": no side told again; round 76)
        nxt = [s for s in strikes if s["_sent"] == lead["_sent"] + 1 and s.get("_backref")
               and s["attacker"] in (None, lead["attacker"]) and s.get("_place_text")
               and s["target_place"] != dateline_place]
        if len(nxt) != 1 or nxt[0]["_sent"] >= len(texts):
            continue
        town = nxt[0]
        if not _named_as_settlement(texts[town["_sent"]], town["_place_text"]):
            continue
        country = state_of(town["target_place"])
        if country is not None and country != lead["target_country"]:
            continue
        lead["target_place"], lead["_place_text"] = town["target_place"], town["_place_text"]
        if town.get("date") and dated_by_report_only(texts[lead["_sent"]]):
            lead["date"] = town["date"]
