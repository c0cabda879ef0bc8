""""The Gulf state", "the Baltic state": a description of a state, not a place (round 22).

"Iranian drones struck an oil depot in the Gulf state on Wednesday, Bahrain said": "the Gulf
state" describes the country (Bahrain) by its region; the tables read "Gulf" as a region
("Gulf region") or a sea, and the attack was placed there, in no state or an unrelated one.
Here a strike placed at such a word, written "the <Gulf|Baltic|...> state/nation/kingdom", moves
to the one state its sentence names besides the attacker, or to none.
"""
from __future__ import annotations

import re
from typing import Any

_DESCRIPTOR = (r"Gulf|Baltic|Balkan|Nordic|Scandinavian|Caribbean|Pacific|Alpine|Andean|"
               r"Himalayan|Caucasus|Caucasian|Sahel|Sahelian|Horn\s+of\s+Africa|Arab|Central\s+Asian|"
               r"Mediterranean|Adriatic|Aegean|Gulf\s+Arab|island|Indian\s+Ocean")
_DESCRIBED = re.compile(rf"\bthe\s+(?P<word>{_DESCRIPTOR})\s+(?:state|nation|country|kingdom|"
                        rf"emirate|monarchy|republic)\b")


def described_state(strikes: list[dict[str, Any]], views: list[Any]) -> None:
    """Move a strike off "the Gulf state" to the state its sentence names (see the module's
    docstring)."""
    for s in strikes:
        name = s.get("_place_text")
        if not name or not s.get("target_place"):
            continue
        for i in dict.fromkeys([s["_sent"], *s.get("_sents", [])]):
            v = views[i]
            m = next((m for m in _DESCRIBED.finditer(v.text)
                      if name.lower() in (m.group("word").lower(), m.group(0)[4:].lower())),
                     None)  # ("Baltic", or "Gulf state" read as a region's name)
            if m is None:
                continue
            named = {x.state() for x in v.mentions if x.state() and x.state() != s["attacker"]}
            one = named.pop() if len(named) == 1 else None
            s["target_place"] = s["target_country"] = one
            s["_place_text"] = None
            break
