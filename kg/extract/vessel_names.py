"""A place's name inside a ship's name is not where the ship was hit: "the tanker Marlin Luanda
in the Gulf of Aden" (round 28).

The strike rules skip a place named right after a vessel noun ("the cargo ship Aurora"), but
not one in the second or third word of the ship's name, so "Luanda" put the tanker's attack in
Angola. Here a place whose name follows a vessel noun and one or two capitalised words of the
ship's name is the ship's name too (title-case prepositions of a headline, "Tanker Off Aden",
are not a name), and the strike rules pass on to the place named after it.
"""

from __future__ import annotations

import re

_IN_VESSEL_NAME = re.compile(
    r"\b(?i:ship|tanker|vessel|freighter|carrier|boat|destroyer|frigate|warship|cruiser|"
    r"corvette|dhow|ferry|submarine)\s+(?:the\s+)?"
    r"(?:(?!(?:In|Off|Near|At|On|Of|From|To|Toward|Towards|Outside|By|And|As|After|Was|Is|Were)\b)"
    r"[A-Z][\w-]*\s+){1,2}$")


def in_vessel_name(text: str, start: int) -> bool:
    """Whether the name starting at `start` continues a ship's name told just before it."""
    return bool(_IN_VESSEL_NAME.search(text[max(0, start - 40):start]))
