"""A ship hit "60 nautical miles south-east of the port of Aden", with no sea named: at the port
(round 25).

"A Houthi missile struck a bulk carrier 60 nautical miles south-east of the port of Aden on
Tuesday." The strike rules take no place from a position measured from a town, so the strike
had none. The older sets' gold names the sea when the report names it (dev9a, dev10a, dev16c:
"not Aden, the position's reference") and the port the position is measured from when no sea is
named (dev2's "about 50 nautical miles south-west of the Yemeni port city of Aden": Aden), as
for a ship hit "off" a port (dev12d, dev16b, dev22a).

Only a strike left with no place at the end, whose own sentence measures a position ("N nautical
miles / kilometres [direction] of|off|from [the port (city) of] X") and names no sea: it takes X,
when X is a town and not a state ("30 kilometres off Turkey's coast" is no place).
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

_MEASURED = re.compile(
    r"\b\d+\s+(?:nautical\s+miles|kilometres|kilometers|km|miles)\s+"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+|(?:north|south)(?:ern)?\s+)?"
    r"(?:of|off|from)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+)?port\s+(?:city\s+|town\s+)?of\s+)?")
# a named sea ("the Red Sea", "the Gulf of Aden"), not a ship's name ("the tanker Sea Star")
_SEA = re.compile(r"\b(?:[A-Z][\w-]+\s+(?:Sea|Ocean|Strait|Channel)|Gulf\s+of\s+[A-Z]\w+|"
                  r"(?:Persian|Arabian)\s+Gulf|Bab\s+el-Mandeb|Mediterranean|Caribbean)\b")


def port_of_measured_position(strikes: list[Strike], views: list[Any],
                              is_town: Callable[[str], bool],
                              state_of: Callable[[str], str | None]) -> None:
    """Give a placeless strike the port its position is measured from (see above)."""
    for s in strikes:
        i = s["_sent"]
        if s.get("target_place") or not 0 <= i < len(views):
            continue
        text = views[i].text
        if "miles" not in text and "kilomet" not in text and " km " not in text:
            continue
        m = _MEASURED.search(text)
        if m is None or _SEA.search(text):
            continue
        port = next((x for x in views[i].mentions if x.start >= m.end() - 1
                     and x.start <= m.end() + 1), None)
        if port is None or not port.place() or port.state() or not is_town(port.place()):
            continue
        s["target_place"], s["_place_text"] = port.place(), port.text
        s["target_country"] = s.get("target_country") or state_of(port.place())
