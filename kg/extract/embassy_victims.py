"""The side whose embassy was hit is no attacker of that strike (round 31).

"Pakistan launched air strikes at hideouts in Paktika in retaliation for a strike on its embassy
in Kabul": the strike rules read the earlier attack on the embassy as a second strike of the
sentence and gave it the sentence's subject, the side retaliating, which is the very side whose
embassy ("its embassy") was hit. Here that attacker is emptied, so a side the article names
elsewhere ("X claimed the embassy attack") can still fill it. The cue is narrow: "in
retaliation|revenge|response for|to a(n) <attack> on its embassy|consulate in <place>", the
strike placed at that place and given the attacker of another strike of the same sentence.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_OWN_MISSION = re.compile(
    r"\bin\s+(?:retaliation|revenge|response|reprisal)\s+(?:for|to)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strike|attack|bombing|air\s+strike|raid)\s+on\s+its\s+"
    r"(?:embassy|consulate|diplomatic\s+mission|mission)\s+in\s+(?P<place>[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2})")


def embassy_victims(strikes: list[Strike], views: list[Any]) -> None:
    """Empty the attacker of the strike on "its embassy in X" when it is the retaliating
    side of the same sentence."""
    for s in strikes:
        if s.get("type") != "Strike" or s.get("attacker") is None:
            continue
        text = views[s["_sent"]].text
        if "retaliation" not in text and "revenge" not in text and "response" not in text \
                and "reprisal" not in text:
            continue
        m = _OWN_MISSION.search(text)
        if m is None or not _placed_at(s, m.group("place")):
            continue
        if any(o is not s and o.get("type") == "Strike" and o["_sent"] == s["_sent"]
               and o.get("attacker") == s["attacker"] for o in strikes):
            s["attacker"] = None


def _placed_at(s: Strike, name: str) -> bool:
    """The strike's place is the one named after "its embassy in"."""
    told = s.get("_place_text") or ""
    return bool(told) and (name.startswith(told) or told.startswith(name))
