"""A weapon told with its supplier as a participle, its user the sentence's one other state
(round 29).

* "Armenian crews have begun training with the Indian-supplied Pinaka rocket launchers"
* "He said Armenia would also field ATAGS howitzers supplied by India"
* "The jets join a fleet of A-29 aircraft supplied by the United States, which Nigerian pilots
  have flown since 2021"

No supply verb links two states: the participle names only the supplier ("supplied by S" right
after the weapon, or "[demonym]-supplied" right before it), and the state that has the weapons
stands elsewhere in the sentence (subject, crews' demonym, a relative clause). The verb rules
and kg.extract.flown_supplied need the user at a fixed place, so the fact was lost.

Narrow on purpose: the sentence must name exactly one state besides the supplier (a demonym
counts, "Armenia's ministry" and "Armenian crews" are one state), no organisation before the
weapon (its arsenal may be meant: "Hezbollah fighters ... Kornet missiles supplied by Iran"), and
no word of fighting (shot down, intercepted, struck, fired, launched, captured: "Ukrainian forces
shot down Iranian-supplied drones" is no transfer to Ukraine). Read only for weapons no rule gave
both parties; a partial fact of the weapon gives way.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# cheap sentence cue: "supplied by", "Indian-supplied" (also provided/donated)
_CUE = re.compile(r"(?:supplied|provided|donated)\s+by\s|[-‑](?:supplied|provided|donated)\s")
_BY = re.compile(r"\s+(?:supplied|provided|donated)\s+by\s+(?:the\s+)?")
# "Indian-supplied| Pinaka", "French-supplied Caesar| howitzers" (a name the lexicon lacks)
_DASH = re.compile(r"[-‑](?:supplied|provided|donated)\s+(?:[A-Z][\w-]*\s+){0,2}")
_FIGHTING = re.compile(
    r"\b(?:shot|shoot(?:s|ing)?|down(?:ed|ing)?|intercept\w*|struck|strik(?:e|es|ing)|attack\w*|"
    r"fir(?:ed|es|ing)|launch(?:ed|es|ing)?|hit|destroy\w*|captur\w*|seiz\w*|bomb\w*|kill\w*|"
    r"smuggl\w*|seized|wreckage|debris)\b", re.I)


def _supplier(text: str, actors: list[Actor], w: Any) -> Actor | None:
    """The state of "W supplied by S" or "[S]-supplied W"."""
    by = _BY.match(text, w.end)
    if by is not None:
        return next((a for a in actors if a.start == by.end() and actor_state(a)), None)
    for a in actors:
        if a.demonym and actor_state(a):
            if a.end < w.start and _DASH.fullmatch(text, a.end, w.start) is not None:
                return a
    return None


def _sole_other_state(actors: list[Actor], supplier: str) -> str | None:
    """The one state the sentence names besides ``supplier``, else None."""
    others = {actor_state(a) for a in actors if actor_state(a) and actor_state(a) != supplier}
    return others.pop() if len(others) == 1 else None


def supplied_user_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` plus "W supplied by S" / "S-supplied W" given to the sentence's one other
    state (weapons without a complete transfer only)."""
    text = view.text
    if "supplied" not in text and "provided" not in text and "donated" not in text:
        return found
    if _CUE.search(text) is None or _FIGHTING.search(text) is not None:
        return found
    whole = complete_weapons(found)
    for w in [m for m in view.mentions if m.category and m.start not in whole]:
        s = _supplier(text, actors, w)
        supplier = actor_state(s)
        if supplier is None:
            continue
        recipient = _sole_other_state(actors, supplier)
        if recipient is None or any(a.key and not a.person and not actor_state(a)
                                    and a.start < w.start for a in actors):
            continue
        found = [f for f in found
                 if not (f.get("type") == "ArmsTransfer" and f.get("_at") == w.start)]
        found += transfer_rules.transfer_facts(view, supplier, [recipient], [w],
                                               "SUPPLIED_USER", "supplied", 0.6)
    return found


__all__ = ["supplied_user_transfers"]
