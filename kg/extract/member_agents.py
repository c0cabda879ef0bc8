"""An attack told as "a suicide bomber from al-Shabaab struck ..." is by the bomber's group
(round 23).

"The strike came three days after a suicide bomber from al-Shabaab, al-Qaeda's affiliate in East
Africa, struck a police academy in Mogadishu": the earlier attack's agent is a member of a
group, "a bomber|gunman|fighter from <group>", a shape the sentence rules do not read as a side;
left empty, the discourse pass gave it the side of the strike it is compared with (the US air
strike). Only an empty attacker is filled, with the one armed group named right after "from",
and only when an attack verb follows it in the sentence.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# "a suicide bomber from", "two gunmen from the", "fighters from"
_MEMBER_FROM = re.compile(
    r"\b(?:suicide\s+)?(?:bombers?|gunm[ae]n|attackers?|fighters|militants|assailants|"
    r"insurgents)\s+from\s+(?:the\s+)?$", re.I)
# the attack told after the group's name
_ATTACK_VERB = re.compile(
    r"\b(?:struck|attacked|stormed|raided|bombed|detonated|opened\s+fire|"
    r"blew\s+(?:himself|herself|themselves)\s+up|rammed)\b")


def _member_group(view: Any) -> str | None:
    """The one armed group a sentence names as "<members> from <group>" before an attack verb."""
    found = set()
    for m in view.mentions:
        group = m.of_type("ArmedGroup")
        if group is None or m.state():
            continue
        if _MEMBER_FROM.search(view.text[:m.start]) and _ATTACK_VERB.search(view.text[m.end:]):
            found.add(group.key)
    return found.pop() if len(found) == 1 else None


def member_agents(strikes: list[Strike], views: list[Any]) -> None:
    """Give a strike without attacker the group of "a bomber from <group> struck ..."."""
    for s in strikes:
        if s.get("attacker") is None and 0 <= s["_sent"] < len(views):
            group = _member_group(views[s["_sent"]])
            if group is not None:
                s["attacker"] = group
