"""Jets flown by a state's pilots, and counts of aircraft shot down (round 25).

"Pakistani pilots flying Chinese-made J-10C fighters supplied by Beijing shot down five
aircraft, among them three Rafale jets that India bought from France": the pilots' nationality
is the recipient of the jets "supplied by" the state named right after, and the number of
aircraft shot down is a toll, never a transfer's quantity. The verb rules read neither: the
subject is "pilots", and "three Rafale jets" gave the bought jets the toll as their quantity.

Two narrow readings, each behind a cheap test of the sentence:

* "[Demonym] pilots flying/in [W] supplied/provided/delivered/sold by [S]": S (and each state
  listed after it) -> the demonym's state, for the weapons between "flying" and "supplied by" (the last one only);
* a transfer whose counted weapon follows "shot down / downed / destroyed ... among them /
  including N" loses that N as its quantity.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.flown_supplied import listed_givers

_PILOTS = re.compile(r"\s+pilots\s+(?:flying|in|aboard)\s+", re.I)
_BY = re.compile(r"\s+(?:supplied|provided|delivered|donated|sold)\s+by\s+(?:the\s+)?", re.I)
_DOWNED = re.compile(r"\b(?:shot\s+down|downed|destroyed|brought\s+down)\b", re.I)
_AMONG = re.compile(r"\b(?:among\s+them|including)\s+(?:\w+\s+){1,2}$", re.I)


def _flown(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
           ) -> list[dict[str, Any]]:
    """``found`` with "[Demonym] pilots flying W supplied by S" read as S -> the pilots'
    state."""
    text = view.text
    for a in actors:
        m = _PILOTS.match(text, a.end)
        if not (m and a.demonym and actor_state(a)):
            continue
        by = _BY.search(text, m.end(), m.end() + 120)
        supplier = by and next((s for s in actors if s.start == by.end()), None)
        if not actor_state(supplier) or actor_state(supplier) == actor_state(a):
            continue
        fleet = transfer_rules.weapons_in(view, m.end(), by.start())[-1:]
        if fleet and not re.search(r"[,;]", text[fleet[0].end:by.start()]):
            # every state listed after "supplied by" (kg.extract.flown_supplied)
            givers = [actor_state(g) for g in listed_givers(text, actors, supplier)]
            found = replace_transfers(view, found, [g for g in givers if g != actor_state(a)],
                                      actor_state(a), fleet, "PILOTS", "supplied")
    return found


def _drop_downed_counts(text: str, found: list[dict[str, Any]]) -> None:
    """Clear the quantity of a transfer whose weapon is counted among aircraft shot down."""
    downed = _DOWNED.search(text)
    if downed is None:
        return
    for f in found:
        at = f.get("_at")
        if f.get("type") == "ArmsTransfer" and f.get("quantity") is not None and at \
                and at > downed.end() and _AMONG.search(text, downed.end(), at) \
                and not re.search(r"[.;]", text[downed.end():at]):
            f["quantity"] = None


def pilot_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                    ) -> list[dict[str, Any]]:
    """``found`` with flown jets' suppliers read and shot-down counts cleared."""
    text = view.text
    if " pilots " in text:
        found = _flown(view, actors, found)
    if "down" in text or "destroyed" in text:
        _drop_downed_counts(text, found)
    return found
