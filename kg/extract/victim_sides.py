"""A strike in a state given that state as its attacker, with nothing in its sentence saying so,
takes the side of the attacks told before it (round 76).

"Further south, ten people died when a missile slammed into an industrial district of Kryvyi
Rih" after a lead on Russian missiles and a paragraph on a "falling Ukrainian interceptor": the
context rules gave the nearest state acting before (or the article's own state), so the strike
in Ukraine had Ukraine as its attacker. A state attacks itself in civil wars ("army warplanes
bombed a market in Nyala"), but then the sentence names its forces; here the sentence names no
side at all. Only then, and only when every strike told before with a side other than its own
target names the one same state, and the strike has no day or one of theirs (the same wave,
not "three days earlier"), does that state replace the victim.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# the state's own forces or rulers named: a civil war's strike, the victim may be the attacker
_OWN_FORCES = re.compile(r"\b(?:army|armed\s+forces|military|air\s+force|junta|government|"
                         r"troops|soldiers|forces|regime|police|warplanes|jets|navy)\b", re.I)


def victim_not_attacker(strikes: list[Strike], views: list[Any]) -> None:
    """Replace, in place, an attacker that is the strike's own target state and that its
    sentence does not name, by the one side of the strikes told before."""
    for s in strikes:
        side = s.get("attacker")
        if not side or not side.startswith("state/") or side != s.get("target_country") \
                or not 0 < s["_sent"] < len(views):
            continue
        view = views[s["_sent"]]
        if any(m.state() == side for m in view.mentions) or _OWN_FORCES.search(view.text):
            continue
        before = [o for o in strikes if 0 <= o["_sent"] < s["_sent"]
                  and o.get("attacker") and o["attacker"] != o.get("target_country")]
        sides = {o["attacker"] for o in before}
        if len(sides) != 1 or not next(iter(sides)).startswith("state/"):
            continue
        if s.get("date") not in (None, *(o.get("date") for o in before)):
            continue  # "Three days earlier, the cathedral in Shusha was shelled": another event
        s["attacker"] = sides.pop()
