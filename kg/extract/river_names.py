"""A river is no target town: "on the west bank of the Dnipro river" (round 23).

"Beryslav, on the west bank of the Dnipro river, has been shelled from the opposite bank": the
strike rules took "Dnipro" for the city of that name (the gazetteer knows the city, not the
river), and the shelling of the town became an attack on a city 200 km away.

Here a strike whose place is told only as a river's name ("the Dnipro river", "the Nile River")
moves to the one town named before it in the sentence, or is dropped when there is none.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_RIVER_AFTER = re.compile(r"^\s+[Rr]iver\b")


def _river(text: str, name: str | None) -> bool:
    if not name or "iver" not in text:  # (no "river": no pattern to build)
        return False
    at = [m.end() for m in re.finditer(re.escape(name), text)]
    return bool(at) and all(_RIVER_AFTER.match(text[e:]) for e in at)


def drop_river_targets(raw: list[Strike], views: list[Any]) -> None:
    """Re-place or drop each strike placed at a river's name (see the docstring)."""
    for s in [s for s in raw if s["type"] == "Strike"]:
        v = views[s["_sent"]] if s["_sent"] < len(views) else None
        if v is None or not _river(v.text, s.get("_place_text")):
            continue
        at = v.text.find(s["_place_text"])
        towns = [m for m in v.mentions if m.end <= at and m.place() and not m.state()]
        if len(towns) == 1:
            s["target_place"], s["_place_text"] = towns[0].place(), towns[0].text
        else:
            raw.remove(s)
