"""One attack told at "near Banibangou, in the Tillaberi region": the town, not also the region
(round 24).

A lead places its attack at a town and then, after a comma, the region that holds it ("stormed a
village near Banibangou, in the Tillaberi region, on Sunday"). The strike rules read both names
as places of the sentence's attack; the merge joins the pair only when the gazetteer puts the
town in the region, so a town it cannot place stayed as a second strike at the region (a false
alarm, and the place gold wants competed with the region's). The apposition is the cue that the
region only locates the town: of two strikes of one sentence, by the same side (or one with none)
and with no differing toll, the one at a region named right after the other's town ("<town>,
in (the) <region>") gives way to the town's, which takes its empty slots.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

_SLOTS = ("attacker", "date", "killed", "injured", "weapon", "weapon_text", "weapon_category")


def _agree(a: Strike, b: Strike, key: str) -> bool:
    return a.get(key) is None or b.get(key) is None or a[key] == b[key]


def _apposed(text: str, town: str, region: str) -> bool:
    """Whether the text says "<town>, in (the) <region>"."""
    return bool(re.search(rf"{re.escape(town)},\s+in\s+(?:the\s+)?{re.escape(region)}", text))


def drop_apposed_regions(raw: list[Strike], texts: list[str],
                         wide: Callable[[str | None], bool]) -> None:
    """Remove the strike at a region apposed to the town of another strike of its sentence."""
    strikes = [s for s in raw if s["type"] == "Strike"]
    gone: list[Strike] = []
    for region in strikes:
        if not region.get("_place_text") or not wide(region["target_place"]):
            continue
        for town in strikes:
            if town is region or town in gone or town["_sent"] != region["_sent"] \
                    or not town.get("_place_text") or wide(town["target_place"]):
                continue
            if not all(_agree(town, region, k) for k in ("attacker", "killed", "injured")):
                continue
            if not _apposed(texts[town["_sent"]], town["_place_text"], region["_place_text"]):
                continue
            for k in _SLOTS:
                if town.get(k) is None and region.get(k) is not None:
                    town[k] = region[k]
            gone.append(region)
            break
    raw[:] = [f for f in raw if not any(f is g for g in gone)]
