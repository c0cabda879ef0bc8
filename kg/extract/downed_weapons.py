"""Weapons of an enemy brought down are no transfer (round 24).

"Defence Minister X claimed that three Thai drones had been brought down near the temple": the
adjective names whose drones they were, and the sentence tells their loss, not a delivery to the
article's state. A transfer whose supplier is only the adjective right before the weapon is
dropped when the weapon is the subject of a verb of loss or impact right after it ("had been
brought down", "were shot down", "were intercepted", "landed near", "crashed"), and only in a
sentence that tells no delivery, sale or order ("landed near Niamey, the first of six bought").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

# "[Thai drones] had been brought down", "... were shot down", "... landed near the town"
_LOST = re.compile(r"\s+(?:(?:had|have|has)\s+)?(?:(?:been|were|was)\s+)?(?:brought\s+down|shot\s+"
                   r"down|downed|intercepted|destroyed|landed\s+near|crashed|fell\s+(?:near|on))\b",
                   re.I)
# a sentence that also tells a delivery ("Three Turkish drones landed near Niamey, the first of
# six bought from Turkey") keeps its transfers
_SUPPLY = re.compile(r"\b(?:from|deliver\w*|receiv\w*|bought|buy\w*|order\w*|suppl\w*|sold|"
                     r"sent|shipped|handed)\b", re.I)
_NUMBER_GAP = re.compile(r"\s+")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _LOST


def _lost_weapon(view: SentView, actors: list[Actor], f: dict[str, Any]) -> bool:
    at, words = f.get("_at"), f.get("weapon_text") or ""
    if at is None or not words:
        return False
    adjective = any(a.demonym and a.key == f.get("supplier")
                    and _NUMBER_GAP.fullmatch(view.text[a.end:at]) for a in actors)
    return adjective and _LOST.match(view.text, at + len(words)) is not None


def drop_downed_weapons(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                        ) -> list[dict[str, Any]]:
    """``found`` without the transfers of an adjective's weapons told lost or landed."""
    if not _LOST.search(view.text) or _SUPPLY.search(view.text):
        return found
    return [f for f in found if not (f.get("type") == "ArmsTransfer"
                                     and _lost_weapon(view, actors, f))]
