"""The state that accuses is not the one that fired (round 29).

"US accuses Iran over missiles fired at tanker in Red Sea": the attack verb is a participle after
the weapon, so the clause subject the strike rules reach back to is the accuser, which never
fired. An actor taken as attacker whose own verb is "accuse(s/d) ... over/of" before the
attack's trigger is dropped (the accused and the group the report names are left to the
other rules). "Iran accused Israel of striking" keeps Israel: only the accuser is cleared.
"""
from __future__ import annotations

import re

_ACCUSES = re.compile(r"\s+(?:(?:has|have|again|on\s+\w+day)\s+)?accus(?:es|ed|ing)\s+"
                      r"[^.;:]{0,60}?\b(?:over|of)\s")


def accuser_before(text: str, actor_end: int, trigger_start: int) -> bool:
    """True when the actor ending at actor_end is the subject of "accuses ... over/of" that
    stands between it and the attack's trigger."""
    if trigger_start <= actor_end or "accus" not in text[actor_end:trigger_start]:
        return False
    return _ACCUSES.match(text, actor_end, trigger_start) is not None
