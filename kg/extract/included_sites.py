"""One operation over counted sites, "including" the ones named: one strike (round 25).

"Pakistani jets struck nine sites in Afghanistan on Tuesday, including hideouts in Khost and
Paktika"; "Israeli jets struck nine sites in the Bekaa Valley, including a depot in Baalbek".
The sentence counts the sites one operation hit and names some of them as examples; the strike
rules read one strike per place named (Khost and Paktika: two facts), or kept the area the count
is told in (the Bekaa Valley) over the site named inside it. GOLD.md asks one fact per distinct
attack, and its place is the most specific one the report gives (dev12a's "hit 19 targets across
northern Yemen" with one named: the named one).

Only a sentence where an attack verb counts its objects ("struck nine sites", "hit more than 20
targets", "bombed dozens of positions") and goes on ", including" / ", among them": its strikes
with one attacker become one, at the first place named after "including" when that place is no
state and lies in the strike's country (or the tables cannot place it).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from kg.extract.numbers import NUMBER_RE

Strike = dict[str, Any]

_COUNT = (r"(?:(?:more\s+than|at\s+least|over|nearly|some)\s+)?"
          rf"(?:{NUMBER_RE}|several|dozens\s+of|scores\s+of)")
_COUNTED_SITES = re.compile(
    rf"\b(?:struck|hit|bombed|attacked|targeted|pounded|shelled|raided)\s+{_COUNT}\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:sites|targets|positions|locations|facilities)\b"
    rf"[^.;]*?,\s+(?:including|among\s+them)\s+")


def _first_included_place(view: Any, start: int, country: str | None,
                          state_of: Callable[[str], str | None]) -> Any:
    """The first place (no state) named after "including", in the strike's country."""
    for m in view.mentions:
        if m.start < start or not m.place() or m.state():
            continue
        return m if country is None or state_of(m.place()) in (None, country) else None
    return None


def one_operation_over_included_sites(raw: list[dict[str, Any]], views: list[Any],
                                      state_of: Callable[[str], str | None]) -> None:
    """Fold the strikes of "struck nine sites ..., including A and B" into one, at A (in place)."""
    by_sent: dict[int, list[Strike]] = {}
    for f in raw:
        if f["type"] == "Strike" and 0 <= f["_sent"] < len(views):
            by_sent.setdefault(f["_sent"], []).append(f)
    for i, strikes in by_sent.items():
        text = views[i].text
        if "including" not in text and "among them" not in text:
            continue
        m = _COUNTED_SITES.search(text)
        if m is None or len({s.get("attacker") for s in strikes}) != 1:
            continue
        keep = strikes[0]
        site = _first_included_place(views[i], m.end(), keep.get("target_country"), state_of)
        if site is not None:
            keep["target_place"], keep["_place_text"] = site.place(), site.text
        for s in strikes[1:]:
            for k, v in s.items():
                if keep.get(k) is None and v is not None and not k.startswith("_"):
                    keep[k] = v
            raw.remove(s)
