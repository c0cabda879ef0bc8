"""One operation against several named sites of one place, one fact (round 29).

"Israel struck the Ras Kathib power station, the main fuel depot and the container terminal in
Hodeidah on Thursday, killing three." The gazetteer knows some sites by their own names (Ras
Kathib, Ras Isa, Salif), so the strike rules read a strike at the first site named, or one per
site; GOLD.md asks one fact per distinct attack, and the attack fell on the place that closes
the list ("in Hodeidah"), where the operation is told.

Kept narrow: the sentence has "<struck|hit|bombed|attacked|targeted> <list> in <place>", a list of
two items or more each ending on a facility noun ("power station", "depot", "port", "terminal",
"air base", ...), and the place after "in" is one the gazetteer knows. Only strikes of that
sentence whose place is named inside the list are moved there (the first; the others, already
at a site of the same operation, are joined into it, their tolls filling its empty ones).
Separately told attacks ("hit Sanaa on Monday and Saada on Tuesday") have no facility list and
stay apart.
"""

from __future__ import annotations

import re
from typing import Any, Callable

Strike = dict[str, Any]

_FACILITY = (r"(?:power\s+(?:station|plant)|station|depots?|terminals?|ports?|airports?|"
             r"air\s*base|naval\s+base|bases?|plants?|refinery|refineries|factory|factories|"
             r"warehouses?|facility|facilities|headquarters|barracks|docks?|piers?|jetty|"
             r"harbou?r|airfield|substation|complex|compound|storage\s+sites?|radar\s+sites?|"
             r"fuel\s+tanks?|tanks|runway)")
_ITEM = rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}?{_FACILITY}"
# "struck the Ras Kathib power station, the main fuel depot and the container terminal in "
_SITE_LIST = re.compile(
    rf"\b(?:struck|hit|bombed|attacked|targeted|pounded|raided)\s+(?P<list>{_ITEM}"
    rf"(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM})\s+in\s+(?:the\s+)?(?:(?:port\s+)?city\s+of\s+)?")


def _place_after(view: Any, at: int) -> Any | None:
    """The place mention that opens right at ``at``."""
    return next((x for x in view.mentions if x.start == at and x.place()), None)


def _sites_strikes(raw: list[Strike], view: Any, m: re.Match[str]) -> list[Strike]:
    """The strikes of the sentence whose place is named inside the site list (a site the
    gazetteer knows, or a name it does not)."""
    inside_list = {x.text for x in view.mentions if m.start("list") <= x.start < m.end("list")}
    return [s for s in raw if s["type"] == "Strike" and s["_sent"] == view.index
            and s.get("_place_text") in inside_list]


def one_operation_at_sites(raw: list[Strike], views: list[Any],
                           state_of: Callable[[str], str | None]) -> None:
    """Move the strike(s) read at the sites of "struck <site>, <site> and <site> in <place>" to
    the place, as one fact."""
    for i in sorted({s["_sent"] for s in raw if s["type"] == "Strike"}):
        view = views[i]
        m = _SITE_LIST.search(view.text)
        if m is None:
            continue
        where = _place_after(view, m.end())
        sites = _sites_strikes(raw, view, m) if where is not None else []
        if not sites:
            continue
        kept = sites[0]
        kept.update(target_place=where.place(), _place_text=where.text,
                    target_country=state_of(where.place()) or kept["target_country"])
        for other in sites[1:]:
            for slot in ("killed", "injured", "date", "weapon"):
                if kept[slot] is None:
                    kept[slot] = other[slot]
            raw.remove(other)
