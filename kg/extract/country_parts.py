"""An attack in a part of the dateline's country is not at the dateline's city (round 46).

"KABUL — Pakistani jets struck a border district of eastern Afghanistan overnight, killing 10",
"BEIRUT — Israeli warplanes carried out strikes in southern Lebanon": the lead names no town, so
the strike rules place it at the dateline's city, which the later rules may still replace with a
town told next ("The strike hit a house in the village of Aitaroun": kg.extract.dateline_leads).
When nothing did and the lead names the dateline's own state after a compass word or "border"
("eastern Afghanistan", "a border district of"), the text says the attack fell away from that
city: its place is only the state, as under a foreign dateline.
"""

from __future__ import annotations

import re
from typing import Any

# "eastern Afghanistan", "a border district of eastern", "the remote north of": right before
# the state's name
_COUNTRY_PART = re.compile(r"\b(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)ern|"
                           r"central|border|frontier|remote|rural)\s+(?:[a-z]+\s+(?:of\s+)?"
                           r"(?:(?:north|south|east|west)(?:ern)?\s+)?)?$")


def place_part_leads(raw: list[dict[str, Any]], views: list[Any], dateline_place: str | None,
                     state_of: Any) -> None:
    """Move each strike still placed only at the dateline's city to the dateline's state when
    its sentence names that state as a part away from the city (in place)."""
    if dateline_place is None:
        return
    state = state_of(dateline_place)
    if state is None or state == dateline_place:
        return
    for s in raw:
        if s["type"] != "Strike" or not s.get("_dateline_only") \
                or s["target_place"] != dateline_place or s["_sent"] >= len(views):
            continue
        view = views[s["_sent"]]
        if any(m.state() == state and not m.is_demonym
               and _COUNTRY_PART.search(view.text, max(0, m.start - 40), m.start)
               for m in view.mentions):
            # (no place but the state, as "TEL AVIV — ... in southern Lebanon" gives)
            s["target_place"], s["_place_text"], s["target_country"] = None, None, state
