"""A lead attack without a place, placed by the next sentence: "Ukrainian drones struck a fuel
depot ..., a governor said. The strike took place in the Bryansk region on Friday" (round 30).

The strike rules drop a lead that names its side but no place ("[demonym] drones struck a fuel
depot"), and the next sentence, "The strike took place in X on <weekday>", has a place but no
side, so neither became a strike (and a headline's reading, if any, stood alone). Read only that
pair: the second sentence opens with "The strike|attack|raid|bombing|shelling took place|happened|
occurred in (the) X", X a place of the tables; the sentence just before it (same paragraph, no
strike read from either) tells "[nationality] drones|missiles|jets|... struck|hit|attacked ...".
The strike is that nationality's, at X, on the second sentence's weekday; the rest of the report
(tolls after it) joins it through the ordinary toll carry-over.

The same second sentence also places a lead the strike rules read with no place of its own, put
at the dateline's city ("BEIRUT - An Israeli drone strike killed two people on Friday, the
ministry said. The attack happened in Nabatieh"): the lead takes X (not a place of its own
attacker's state), and X's day when the lead's only day is the report's ("said on Friday").
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable, Sequence

from kg.extract.dateline_leads import dated_by_report_only
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.strikes import weapon_fields

Strike = dict[str, Any]

CUE = ("took place in", "happened in", "occurred in")
_TOLD_PLACE = re.compile(
    r"^\W*The\s+(?:(?:drone|missile|air|rocket)\s+)?(?:strike|attack|raid|bombing|shelling)\s+"
    r"(?:took\s+place|happened|occurred)\s+in\s+(?:the\s+)?")
_DAY = re.compile(rf"[^,;]{{0,60}}?\bon\s+(?P<d>{WEEKDAY_RE})\b")
_WEAPONS = (r"(?:drones|missiles|rockets|jets|warplanes|aircraft|helicopters|artillery|forces|"
            r"troops|shells)")
_LEAD = re.compile(rf"\s+(?:(?:attack|combat|long-range|kamikaze|naval|military|cruise|"
                   rf"ballistic|fighter)\s+){{0,2}}{_WEAPONS}\s+(?:struck|hit|attacked|bombed|"
                   rf"shelled|targeted|pounded)\b")
_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:\([^)]*\))?\s*[—–-]+\s*")


def _lead_side(text: str, actors: Sequence[Any]) -> tuple[str, int] | None:
    """The state of "[nationality] drones struck" opening the sentence (after a dateline), and
    where its adjective ends."""
    opening = _DATELINE.match(text)
    begin = opening.end() if opening else 0
    for a in actors:
        if a.start < begin:
            continue
        if a.start > begin + 2:
            return None
        if a.demonym and a.key and not a.person and a.key.startswith("state/") \
                and _LEAD.match(text, a.end):
            return a.key, a.end
        return None
    return None


def _told_place(view: Any) -> tuple[str, str] | None:
    """The place right after "The strike took place in (the)": (key, text)."""
    m = _TOLD_PLACE.match(view.text)
    if m is None:
        return None
    for mention in view.mentions:
        if mention.start == m.end() and mention.place():
            return mention.place(), mention.text
    return None


def _told_day(view: Any, published: date | None) -> str | None:
    """The weekday right after "The strike took place in X" ("... on Friday"), resolved."""
    told = _TOLD_PLACE.match(view.text)
    day = _DAY.match(view.text, told.end()) if told else None
    if day is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[day.group("d").lower()], published).isoformat()


def place_dateline_lead(view: Any, prev_view: Any, prev_found: Sequence[Strike],
                        same_para: bool, published: date | None,
                        state_of: Callable[[str], str | None]) -> bool:
    """Give the previous sentence's lead, placed only by the dateline, the place of ``view``'s
    "The strike took place in X" (in place); True when it did."""
    if prev_view is None or len(prev_found) != 1 or not same_para:
        return False
    lead = prev_found[0]
    if not lead.get("_dateline_only") or lead["target_place"] is not None \
            or lead["attacker"] is None:
        return False
    told = _told_place(view)
    if told is None:
        return False
    place, place_text = told
    country = state_of(place)
    if country is None or country == lead["attacker"] or \
            (lead["target_country"] and lead["target_country"] != country):
        return False
    lead["target_place"], lead["_place_text"], lead["target_country"] = place, place_text, country
    lead["_dateline_only"] = False
    lead["_sents"] = [*lead.get("_sents", [lead["_sent"]]), view.index]
    when = _told_day(view, published)
    if when and (lead["date"] is None or dated_by_report_only(prev_view.text)):
        lead["date"] = when
    return True


def strike_placed_next(view: Any, prev_view: Any, prev_actors: Sequence[Any],
                       prev_found: bool, same_para: bool, published: date | None,
                       state_of: Callable[[str], str | None]) -> Strike | None:
    """The lead strike of ``prev_view`` placed by ``view``'s "The strike took place in X", or
    None. ``prev_found``: a strike was read from ``prev_view``."""
    if prev_view is None or prev_found or not same_para:
        return None
    told = _told_place(view)
    if told is None:
        return None
    lead = _lead_side(prev_view.text, prev_actors)
    if lead is None:
        return None
    side, side_end = lead
    place, place_text = told
    country = state_of(place)
    if side is None or country == side:
        return None
    when = _told_day(view, published)
    # ("Ukrainian drones": the weapon phrase right after the nationality)
    weapon = next((m for m in prev_view.mentions if m.category and m.start >= side_end
                   and m.start - side_end <= 30), None)
    wkey, wtext, category = weapon_fields(weapon)
    return {
        "type": "Strike", "attacker": side, "target_place": place, "_place_text": place_text,
        "_place_new": False, "target_country": country, "weapon": wkey, "weapon_text": wtext,
        "weapon_category": category, "killed": None, "injured": None, "date": when,
        "strike_kind": "unknown", "assertion": "reported", "_sent": view.index,
        "_sents": [prev_view.index, view.index], "_plural": False, "_again": False, "_t": 0,
        "_earlier": False, "_not_attacker": None, "_origin": None, "_sequence": False,
        "_state_only": False, "_facility_name": False, "_state_ref": False, "_vessel": False,
        "_listed": False, "_summary": False, "_locators": [], "_backref": True,
        "_pending": False, "_bare_capital": False, "_placeless": False, "_opened": False,
        "_wclause": False, "_same_place": False, "_unknown": False, "_at_sea": False,
        "_dateline_only": False, "_ordinal": False, "_blast": False, "_tollref": False,
        "_clause2": False, "confidence": 0.7,
    }
