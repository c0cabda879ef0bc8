"""A second site of one sentence, at a town the tables do not know (round 23).

"The drones hit the main power station in Atbara and a fuel depot in Ed Damer": the sentence
tells two sites hit, each "in" its own town. The strike rules read one strike per coordinated
place when the second is a place the tables know, or an unknown name followed by a facility
word; an unknown town after "and a fuel depot in" ended the list, and that town's attack was
lost.

Here, after a strike placed by "in [town]", a coordinated "and a/an/the [site] in [Name]" (one
to three lower-case words of a site, then a capitalised name the gazetteer does not know, and
no state) adds a strike at that name with the same side, day and weapon (tolls are the first
site's, and stay there), unless a strike of the sentence is already there.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.link.gazetteer import slugify

Strike = dict[str, Any]

_SITE_THEN_NAME = (r"\s*,?\s+and\s+(?:an?|the|another)\s+(?:[a-z][\w-]*\s+){1,3}?(?:in|at)\s+"
                   r"(?:the\s+(?:town|village|city)\s+of\s+)?"
                   r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
_SITE_AFTER_NAME = re.compile(_SITE_THEN_NAME)
_IN = re.compile(r"\bin\s+")


def _site_after(text: str, place: str) -> re.Match | None:
    """re.search(rf"\\bin\\s+{re.escape(place)}{_SITE_THEN_NAME}", text) (only the "name"
    group is read), without building a pattern per place: the "in" before each spelling of the
    place, then the constant tail after it."""
    if "and" not in text or place not in text:
        return None
    if place[:1].isspace():  # (the greedy run of spaces after "in" would not be the match's)
        return re.search(rf"\bin\s+{re.escape(place)}{_SITE_THEN_NAME}", text)
    for w in _IN.finditer(text):
        if text.startswith(place, w.end()):
            m = _SITE_AFTER_NAME.match(text, w.end() + len(place))
            if m is not None:
                return m
    return None


def parallel_sites(raw: list[Strike], views: list[Any], describe: Callable[[Strike], Any],
                   new_entities: dict[str, Any]) -> None:
    """Add the strike at each second, unknown site town (see the docstring)."""
    for s in [s for s in raw if s["type"] == "Strike" and s.get("_place_text")]:
        v = views[s["_sent"]] if s["_sent"] < len(views) else None
        if v is None:
            continue
        m = _site_after(v.text, s["_place_text"])
        if m is None:
            continue
        named = next((x for x in v.mentions if x.start == m.start("name")), None)
        if named is None or not named.is_unknown or named.state() or named.category:
            continue
        key = "place/" + slugify(named.text)
        if any(o["type"] == "Strike" and o["_sent"] == s["_sent"] and o["target_place"] == key
               for o in raw):
            continue
        t = {**s, "target_place": key, "_place_text": named.text, "killed": None,
             "injured": None, "_sents": [s["_sent"]], "_place_new": True}
        raw.insert(raw.index(s) + 1, t)
        new_entities[key] = describe(t)
