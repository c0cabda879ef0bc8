"""A place's name inside a ship's name is not where the ship was hit: "the tanker Marlin Luanda
in the Gulf of Aden" (round 28).

The strike rules skip a place named right after a vessel noun ("the cargo ship Aurora"), but
not one in the second or third word of the ship's name, so "Luanda" put the tanker's attack in
Angola. Here a place whose name follows a vessel noun and one or two capitalised words of the
ship's name is the ship's name too (title-case prepositions of a headline, "Tanker Off Aden",
are not a name), and the strike rules pass on to the place named after it. Round 39: the name
may come before its vessel noun ("the Marlin Luanda tanker"); the entity finder then drops the
place reading of the inner word (kg.extract.entities).
"""

from __future__ import annotations

import re

_VESSEL_NOUN = (r"(?i:ship|tanker|vessel|freighter|carrier|boat|destroyer|frigate|warship|cruiser|"
                r"corvette|dhow|ferry|trawler|submarine)")
_IN_VESSEL_NAME = re.compile(
    rf"\b{_VESSEL_NOUN}\s+(?:the\s+)?"
    r"(?:(?!(?:In|Off|Near|At|On|Of|From|To|Toward|Towards|Outside|By|And|As|After|Was|Is|Were)\b)"
    r"[A-Z][\w-]*\s+){1,2}$")


# "the Marlin Luanda tanker", "the MV Odesa Star freighter": the name before its vessel noun
_VESSEL_AFTER = re.compile(r"\s+(?:(?:oil|chemical|cargo|container|bulk|fuel|grain|gas)\s+)?"
                           rf"{_VESSEL_NOUN}s?\b")
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w-]*|\bM/?[VT])\s+$")


def in_vessel_name(text: str, start: int) -> bool:
    """Whether the name starting at `start` continues a ship's name told just before it."""
    return bool(_IN_VESSEL_NAME.search(text[max(0, start - 40):start]))


def inside_name_before_vessel(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is an inner word of a ship's name written before its vessel
    noun ("Luanda" in "the Marlin Luanda tanker"; round 39): a capitalised word before it."""
    return bool(_VESSEL_AFTER.match(text, end)
                and _NAME_BEFORE.search(text, max(0, start - 30), start))
