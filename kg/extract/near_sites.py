"""The site an attack hit, not the city named to locate it (round 22).

"Drones struck a displacement camp at Kalma, near Nyala, on Saturday": the strike hit the camp at
Kalma; Nyala, after "near", only tells the reader where Kalma is. The sentence rules place the
attack at the town the gazetteer knows (Nyala) and miss the small site it does not. Like
``strike_sides.located_site`` ("in Tabayin, west of Shwebo"), a strike placed at the town after
", near" moves to the site named just before it, when that site follows "at", "in" or "on" ("The attack on Kalma, near Nyala") or "the village of" and is no
state; the cue is the comma-set "near" right after the site, inside the strike's own sentence.
A headline that tells the same attack only by the town ("Drones hit camp near Nyala") then
follows it to the site, when its side does not differ.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from kg.link.folding import slugify

_NAME = r"(?:al-)?[A-Z][\w'’-]+(?:\s+(?:al-)?[A-Z][\w'’-]+){0,3}"
# "a camp at Kalma, near Nyala"; "a camp for displaced people at Daw Ta Ma Gyi, near Loikaw"
_SITE_NEAR = re.compile(rf"\b(?:at|in|on|(?:village|town|hamlet|settlement|camp|district|suburb)"
                        rf"\s+of)\s+(?P<site>{_NAME}),\s+(?:just\s+|close\s+)?near\s+"
                        rf"(?:the\s+(?:city|town)\s+of\s+)?(?P<ref>{_NAME})")


def site_near_town(strikes: list[dict[str, Any]], views: list[Any],
                   known: Callable[[str], Any]) -> list[dict[str, Any]]:
    """Move a strike placed at the town after ", near" to the site named before it; returns
    the strikes moved to a place the gazetteer does not hold."""
    moved = []
    for s in strikes:
        text_of = s.get("_place_text")
        if not text_of:
            continue
        for i in _sents(s):
            hit = next((m for m in _SITE_NEAR.finditer(views[i].text)
                        if m.group("ref") == text_of), None)
            if hit is None or _is_state(views[i], hit.start("site")):
                continue
            site = next((x.place() for x in views[i].mentions
                         if x.start == hit.start("site") and x.place()), None)
            town = s["target_place"]
            s["target_place"] = site or "place/" + slugify(hit.group("site"))
            s["_place_text"] = hit.group("site")
            if known(s["target_place"]) is None:
                moved.append(s)
            for h in _headlines_at(strikes, views, town, text_of, s):
                h["target_place"], h["_place_text"] = s["target_place"], s["_place_text"]
                moved.append(h)
            break
    return moved


def _headlines_at(strikes: list[dict[str, Any]], views: list[Any], town: str, town_text: str,
                  moved: dict[str, Any]) -> list[dict[str, Any]]:
    """Headline-only strikes placed "near" the town the moved attack was placed at."""
    if not views or not re.search(rf"\bnear\s+{re.escape(town_text)}\b", views[0].text):
        return []
    return [h for h in strikes if h is not moved and set(_sents(h)) == {0}
            and h["target_place"] == town and h["attacker"] in (None, moved["attacker"])]


def _is_state(view: Any, at: int) -> bool:
    return any(x.start == at and x.state() for x in view.mentions)


def _sents(s: dict[str, Any]) -> list[int]:
    return list(dict.fromkeys([s["_sent"], *s.get("_sents", [])]))
