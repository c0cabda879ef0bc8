"""The place of the massacre a strike answers is not its target (round 24).

"India strikes Pakistan over Pahalgam massacre": the strike rules read the headline's strike at
Pahalgam, in India, so the attack went to the wrong state. A place right after "over (the)" and
before "massacre", "attack", "killings" or the like names the cause; when the strike verb names
the target state just before ("strikes Pakistan over"), the strike is at that state, placed
like any strike told only by its target state.

Kept narrow: the cause noun must follow the name directly, and the target state must stand
between the strike verb and "over".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.name_spots import bounded_starts

Strike = dict[str, Any]

_CAUSE = re.compile(r"^\s+(?:massacre|attack|attacks|killings|killing|bombing|ambush|shooting|"
                    r"raid|atrocities|atrocity|deaths)\b", re.I)
_OVER = re.compile(r"\bover\s+(?:the\s+)?$", re.I)
_STRIKE_VERB = re.compile(r"\b(?:strikes|struck|hits|hit|bombs|bombed|attacks|attacked|pounds|"
                          r"pounded|targets|targeted|shells|shelled)\s+$", re.I)


def _cause_place_at(text: str, name: str) -> int | None:
    """Where "over X massacre" starts (the offset of "over"), if ``name`` stands so."""
    for i in bounded_starts(text, name):
        over = _OVER.search(text[:i])
        if over and _CAUSE.match(text[i + len(name):]):
            return over.start()
    return None


def _target_state_before(view: Any, over_at: int) -> str | None:
    """The state the strike verb names right before "over" ("strikes Pakistan over")."""
    for m in view.mentions:
        if m.state() and m.end <= over_at and not view.text[m.end:over_at].strip() \
                and _STRIKE_VERB.search(view.text[:m.start]):
            return m.state()
    return None


def target_not_cause_place(strikes: list[Strike], views: list[Any]) -> None:
    """Move a strike read at the cause's place to the target state named (in place)."""
    for s in strikes:
        name = s.get("_place_text")
        if not name or s["_sent"] >= len(views):
            continue
        view = views[s["_sent"]]
        over_at = _cause_place_at(view.text, name)
        state = None if over_at is None else _target_state_before(view, over_at)
        if state is not None and state != s.get("attacker"):
            s["target_place"], s["_place_text"], s["target_country"] = None, None, state
