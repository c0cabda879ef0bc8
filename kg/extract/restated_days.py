"""The day of an attack told again as a passive restatement of its target (round 23).

"Ukrainian drones struck the Morozovsk air base in Russia's Rostov region, the general staff said
on Thursday. The Morozovsk air base was struck on Wednesday night, ...". The lead dates the
attack only by the day it was reported; the sentence after it restates the attack with the
target as subject and gives the attack's own day. The agentless passive is read as no attack
of its own, and the report's day rules look only at "The attack took place on ..." forms, so
the lead kept the report's day.

Here a sentence opening on the target just struck ("The Morozovsk air base", "The base", "The
refinery") followed by "was struck/hit/attacked/targeted on [weekday]", within two sentences
after a strike at that place, gives that strike its day, when the strike's own sentence names
no day but the one it was reported on ("said on Thursday"), and the restatement tells no other
attack ("again", "also", "another", "earlier").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday

Strike = dict[str, Any]

_FACILITY = (r"(?:air\s*base|airbase|airfield|air\s+field|base|refinery|depot|port|plant|"
             r"terminal|facility|station|airport|barracks|complex)")
# "The Morozovsk air base was struck on Wednesday night", "The refinery was hit late on Monday"
_RESTATED = re.compile(rf"^\W*The\s+(?P<subject>(?:[\w'’-]+\s+){{0,3}}?{_FACILITY})\s+"
                       rf"(?:was|had\s+been)\s+(?:struck|hit|attacked|targeted)\s+"
                       rf"(?:(?:late|early)\s+)?on\s+(?P<d>{WEEKDAY_RE})\b")
_ANOTHER = re.compile(r"\b(?:also|again|another|earlier|previous|second|separate(?:ly)?)\b",
                      re.I)
_SAID_DAY = re.compile(rf"\b(?:said|says|reported|announced|added)\s+(?:(?:late|early)\s+)?"
                       rf"on\s+{WEEKDAY_RE}\b", re.I)
_DAY = re.compile(rf"\b(?:{WEEKDAY_RE}|overnight|last\s+night|yesterday)\b", re.I)


def _names_target(subject: str, s: Strike, label: Callable[[str], str | None]) -> bool:
    """Whether the restatement's subject is the strike's target: its place's name, or a bare
    facility noun ("The base")."""
    words = subject.split()
    if len(words) == 1 or (len(words) == 2 and words[0].lower() == "air"):
        return True
    names = {n for n in (s.get("_place_text"), label(s["target_place"])) if n}
    return any(n.split()[0].lower() in subject.lower() for n in names)


def date_restated_targets(strikes: list[Strike], texts: list[str], published: date | None,
                          label: Callable[[str], str | None]) -> None:
    """Give each strike dated only by its report the day of its restatement (see above)."""
    if published is None:
        return
    for s in strikes:
        i = s["_sent"]
        if not s["target_place"] or i >= len(texts) \
                or _DAY.search(_SAID_DAY.sub(" ", texts[i])) is not None:
            continue
        for j in (i + 1, i + 2):
            m = _RESTATED.match(texts[j]) if j < len(texts) else None
            if m is None or _ANOTHER.search(texts[j][:m.end()]):
                continue
            if _names_target(m.group("subject"), s, label):
                s["date"] = resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()
                s["_sents"] = sorted({*(s.get("_sents") or [i]), j})
                break
