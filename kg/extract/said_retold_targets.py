"""A group's report of what the lead's strikes hit: no attack by the group on the dateline city.

"Turkish forces fired missiles at positions ... near Kobani ... The Syrian Democratic Forces said
the strikes hit a checkpoint and a grain silo on the edge of the town." The second sentence is
the side that was hit telling the lead's attack again ("the strikes", definite); the strike rules
read its speaker as the attacker and, with no place of its own, put it at the dateline city (an
SDF attack on Istanbul). A strike of the sentence right after the lead's report that opens
"[Speaker] said the strikes/missiles hit ...", placed only at the dateline, is the lead's attack
told by its targets: folded into the lead (its tolls fill the lead's empty ones).
"""
from __future__ import annotations

import re
from typing import Any

from kg.extract.attack_reports import ANOTHER_ATTACK, absorb_report, dateline_places, strike_sents

Strike = dict[str, Any]

_SAID_RETOLD = re.compile(
    r"^\W*(?:The\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,5}\s+said\s+(?:the|its|their)\s+"
    r"(?:[\w-]+\s+)?(?:strikes?|airstrikes?|attacks?|missiles|drones|shells|shelling|raids?|"
    r"bombardment)\s+(?:had\s+)?(?:hit|struck|destroyed|damaged)\b")


def absorb_said_retold_targets(raw: list[Strike], lead: Strike | None, views: list[Any],
                               dateline_place: str | None) -> None:
    """Fold the dateline-placed strike of a "[Speaker] said the strikes hit ..." sentence right
    after the lead's report into the lead."""
    if lead is None or not lead["target_place"] or not views:
        return
    nxt = max(strike_sents(lead)) + 1
    if nxt >= len(views) or not _SAID_RETOLD.match(views[nxt].text) \
            or ANOTHER_ATTACK.search(views[nxt].text):
        return
    dateline = dateline_places(views[lead["_sent"]]) | {dateline_place}
    if lead["target_place"] in dateline:
        return  # (the lead itself placed only by the dateline: the older joins decide)
    for s in [s for s in raw if s["type"] == "Strike" and s is not lead and s["_sent"] == nxt
              and s["target_place"] in dateline and s["date"] in (None, lead["date"])]:
        absorb_report(raw, lead, s)
