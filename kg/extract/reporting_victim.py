"""The state that reports an attack on its own ground, then blames another, is not its author
(round 21).

"Iraq said a drone hit the Khor Mor gas field on Sunday, wounding two workers. Kurdish officials
blamed Kataib Hezbollah for the attack." The sentence rules take the state that speaks before a
bare weapon ("a drone", "missiles") as the side that struck; when that state is the one hit (the
country of the place, or the dateline's when the place is not known) and the next sentence or
the one after claims or blames the attack on another side, that side is the attacker. Without
such a blame the slot is left as it was (a state may report its own strike that way).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.army_claims import dateline_country
from kg.extract.claimed_leads import claim_or_blame

Strike = dict[str, Any]

# "<State> said a drone hit ...", "<State> said on Monday that two missiles struck ..."
_SAID_BARE_WEAPON = re.compile(
    r"\s+(?:said|says|reported|announced)\s+(?:(?:late\s+)?on\s+\w+\s+)?(?:that\s+)?"
    r"(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:[\w-]+\s+)?"
    r"(?:drones?|missiles?|rockets?|shells?|bombs?|air\s*strikes?|airstrikes?|strikes?)\s+"
    r"(?:had\s+|have\s+)?(?:hit|struck|slammed|targeted|exploded|landed)\b")


def _speaks_of_bare_weapon(view: Any, state: str) -> bool:
    return any(m.state() == state and _SAID_BARE_WEAPON.match(view.text[m.end:])
               for m in view.mentions)


def reporter_is_not_attacker(strikes: list[Strike], views: list[Any],
                             dateline_state: str | None) -> None:
    """Replace a victim state that only reports the attack by the side blamed right after."""
    told = {s["_sent"] for s in strikes}
    dateline_state = dateline_state or dateline_country(views)
    for s in strikes:
        who, i = s.get("attacker"), s["_sent"]
        if not who or not who.startswith("state/") or not 0 < i < len(views):
            continue
        if who != (s.get("target_country") or dateline_state):
            continue
        if not _speaks_of_bare_weapon(views[i], who):
            continue
        for j in range(i + 1, min(i + 3, len(views))):
            if j in told:
                break
            blamed = claim_or_blame(views[j], s.get("target_place"))
            if blamed is not None and blamed != who:
                s["attacker"], s["_not_attacker"] = blamed, who
                break
