"""Weapons destroyed before launch: an attack by the side that destroyed them (round 23).

"US forces struck a Houthi radar site near Hodeidah on Saturday, Central Command said. Central
Command said its forces had also destroyed two anti-ship cruise missiles that were being
prepared for launch in Houthi-controlled territory." The second sentence tells a strike of its
own (the side that destroyed the weapons hit them on the ground, in the other side's territory),
but its object is the enemy's weapons, so the strike rules read none and the attack was missed.

Here a sentence saying that weapons "being prepared for launch" (or "ready to launch") were
destroyed / struck / hit, in which no strike was read, adds a strike by the side that names
itself before the verb, or else by the side of the strike told in one of the two sentences
before it; it is placed in that strike's country when the sentence says "in [group]-controlled
territory" (no town), or at the first place the sentence names after the verb. Told with
"also", it is another attack than the one before (kept apart in the merge).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract.added_strikes import new_strike, sentences_read
from kg.extract.caseless import caseless

Strike = dict[str, Any]

# "destroyed two anti-ship missiles that were being prepared for launch"
# (every match holds one of the needs: the other sentences, nearly all, are not scanned)
_PRELAUNCH = caseless(r"\b(?P<verb>destroyed|struck|hit|took\s+out|eliminated)\b[^.;]{0,90}?\b"
                      r"(?:(?:were|was)\s+)?(?:being\s+prepared\s+(?:for\s+(?:a\s+)?launch|to\s+be\s+"
                      r"launched)|ready\s+(?:for|to)\s+(?:launch|fire|be\s+launched)|"
                      r"poised\s+to\s+(?:launch|fire))\b", needs=("prepared", "ready", "poised"))
# "in Houthi-controlled territory", "in rebel-held areas"
_HELD_TERRITORY = re.compile(r"\bin\s+[\w'’-]+-(?:controlled|held|run)\s+(?:territory|areas?|"
                             r"parts|regions?)\b", re.I)
_ALSO = re.compile(r"\balso\b", re.I)


def _own_side(view: Any, before: int) -> str | None:
    """The one state or group named before the verb, unless it is the weapons' owner."""
    sides = {m.actor() for m in view.mentions if m.end <= before and m.actor()
             and not m.place() and not view.text[m.end:m.end + 1] == "-"}
    return sides.pop() if len(sides) == 1 else None


def prelaunch_strikes(raw: list[Strike], views: list[Any],
                      state_of: Callable[[str], str | None]) -> None:
    """Add the strikes of sentences telling weapons destroyed before launch (see above)."""
    strikes = [s for s in raw if s["type"] == "Strike"]
    read = sentences_read(strikes)
    for v in views[1:]:
        m = _PRELAUNCH.search(v.text)
        if m is None or v.index in read:
            continue
        before = [s for s in strikes if 0 < v.index - s["_sent"] <= 2 and s["attacker"]]
        last = max(before, key=lambda s: s["_sent"]) if before else None
        who = _own_side(v, m.start("verb")) or (last["attacker"] if last else None)
        if who is None:
            continue
        s = new_strike(v.index)
        s.update(attacker=who, _again=bool(_ALSO.search(v.text[:m.start("verb")])),
                 _para=last.get("_para") if last else None)
        place = next((x for x in v.mentions if x.start >= m.end() and x.place()
                      and not x.state()), None)
        if place is not None and not _HELD_TERRITORY.search(v.text):
            s.update(target_place=place.place(), _place_text=place.text,
                     target_country=state_of(place.place()))
        elif last is not None and last["target_country"] != who:
            s["target_country"] = last["target_country"]
        if s["target_country"] is None and s["target_place"] is None:
            continue
        raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > v.index), len(raw)), s)
