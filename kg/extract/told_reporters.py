"""A minister who "told reporters in [city] that [State] would ...": that state's (round 29).

"ADDIS ABABA — ... Foreign Minister X told reporters in Mogadishu that Somalia would raise the
matter": the title names no state and the rules fell back to the dateline's Ethiopia, although
the speaker announces what their own state will do, where they speak. ``own_country``'s
"X said [State] would" reads the plain "said"; this reads "told reporters/journalists", with a
city between only when it is of the same state (a minister speaking in another state's capital
may announce that state's plans). A threat ("Russia would pay") is the other side's.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_TOLD = re.compile(r"\s+told\s+(?:reporters|journalists|the\s+press)\s+(?P<in>in\s+)?")
_THAT = re.compile(r"(?:\s+on\s+\w+)?\s+that\s+")
_OWN_ACTION = re.compile(r"\s+(?:would|will|planned|plans|intended|intends|was\s+ready|"
                         r"is\s+ready|had\s+decided|has\s+decided)\s+(?!fail\b|pay\b|never\b|"
                         r"regret\b|lose\b|not\b|be\s+(?:defeated|punished|held)\b)")


def told_reporters_state(view: SentView, name_end: int) -> str | None:
    """The state in "X told reporters (in [city of it]) that [State] would ...", else None."""
    text = view.text
    told = _TOLD.match(text, name_end)
    if told is None:
        return None
    after = [m for m in view.mentions if m.start >= told.end()]
    city = None
    if told.group("in"):
        if not after or after[0].start != told.end() or not after[0].state():
            return None
        city, after = after[0], after[1:]
    that = _THAT.match(text, city.end if city else told.end())
    if that is None or not after or after[0].start != that.end():
        return None
    state = after[0]
    if not state.state() or state.is_demonym or state.possessive or not _OWN_ACTION.match(
            text, state.end):
        return None
    if city is not None and city.state() != state.state():
        return None
    return state.state()
