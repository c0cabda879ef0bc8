"""The capital that speaks in a relative clause is no target (round 22).

"Turkish jets bombed a mountain camp in northern Iraq that Ankara linked to the PKK": Ankara is
the subject of the relative clause (the attacker's seat of government stands for the state, as
GOLD.md says), yet the strike rules, finding a known city after the verb, placed the attack in
Ankara. Here a strike placed at a city written right after "that"/"which" and before a verb of
saying or linking ("linked", "said", "described" ...), when the city lies in the attacking
state itself, moves to the place named just before the clause in the sentence (the camp's
"northern Iraq"), or to none.
"""
from __future__ import annotations

import re
from typing import Any, Callable

_CLAUSE_AFTER = re.compile(r"\s+(?:had\s+|has\s+)?(?:linked|tied|connected|said|says|described|"
                           r"called|blamed|accused|identified|believes|believed|suspected|"
                           r"claimed|alleged)\b")


def capital_in_relative_clause(strikes: list[dict[str, Any]], views: list[Any],
                               state_of: Callable[[str], str | None]) -> None:
    """Move a strike off the attacker's own city read from "that <city> linked ..." (see the
    module's docstring)."""
    for s in strikes:
        name, place = s.get("_place_text"), s.get("target_place")
        if not name or not place or not s["attacker"] or state_of(place) != s["attacker"]:
            continue
        for i in dict.fromkeys([s["_sent"], *s.get("_sents", [])]):
            v = views[i]
            if "that" not in v.text and "which" not in v.text:
                continue
            m = re.search(rf"\b(?:that|which)\s+{re.escape(name)}\b", v.text)
            if m is None or not _CLAUSE_AFTER.match(v.text, m.end()):
                continue
            before = [x for x in v.mentions if x.end <= m.start() and (x.place() or x.state())
                      and (x.place() or x.state()) != s["attacker"]]
            if before:
                x = before[-1]
                s["target_place"], s["_place_text"] = x.place() or x.state(), x.text
                s["target_country"] = x.state() or state_of(x.place())
            else:
                s["target_place"] = s["_place_text"] = s["target_country"] = None
            break
