""""Turkish warplanes struck PKK targets in northern Iraq, Ankara's defence ministry said": the
capital is who reports the attack, not where it fell (round 30).

When a strike's sentence names no town the attack hit, the strike rules may take the only place
the sentence names, the capital that stands as the report's source ("[capital]'s defence
ministry said"); with the attacker's own capital the strike reads as a state hitting itself.
The place is taken back (left empty for the later steps to fill from the report) and, when the
capital is the attacker's own, the target state is the one the sentence puts the attack "in"
("in northern Iraq"), or none.

Kept narrow: the strike's place is named once in its sentence, right before "'s", then at most
two words and a source noun (ministry, military, army, government, office, officials, spokesman)
and a reporting verb (said, says, reported, announced, claimed). "Drones hit Kyiv's energy
ministry" (no reporting verb) keeps its place.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

_SOURCE_AFTER = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:ministry|military|army|government|office|officials|"
    r"authorities|spokes(?:man|woman|person))\s+(?:said|says|reported|announced|claimed)\b")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$", re.I)


def _state_told_in(view: Any, skip: str) -> str | None:
    """The state a mention "in (northern) X" of the sentence names, other than `skip`."""
    for m in view.mentions:
        state = m.state()
        if state and m.text != skip and not m.place() \
                and _IN_BEFORE.search(view.text[max(0, m.start - 30):m.start]):
            return state
    return None


def _source_only(text: str, name: str) -> bool:
    """Whether `name` stands once in the sentence, as the source of its report."""
    at = text.find(name)
    return at >= 0 and text.find(name, at + 1) < 0 \
        and _SOURCE_AFTER.match(text[at + len(name):]) is not None


def source_capitals_not_targets(raw: list[Strike], views: list[Any],
                                state_of: Callable[[str], str | None]) -> None:
    """Empty the place of strikes read at the capital that reports them (in place)."""
    for s in raw:
        name = s.get("_place_text") if s["type"] == "Strike" else None
        if not name or s["_sent"] >= len(views):
            continue
        view = views[s["_sent"]]
        if (name + "'s" not in view.text and name + "’s" not in view.text) \
                or not _source_only(view.text, name):
            continue
        own = s["attacker"] is not None and state_of(s["target_place"]) == s["attacker"]
        s.update(target_place=None, _place_text=None)
        if own:
            s["target_country"] = _state_told_in(view, name)
