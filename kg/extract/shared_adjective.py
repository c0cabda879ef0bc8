"""One nationality adjective for a head of state and a minister listed after them (round 28e).

"Kyrgyz President Sadyr Japarov and Foreign Minister Jeenbek Kulubaev": the minister serves the
same state as the president the adjective introduced (the older rule read this only after a
minister: "Lithuanian Foreign Minister A and Defence Minister B"). Only a cabinet minister after
a head of state or government: "Ukrainian President A and Prime Minister B" is left to the other
rules (two heads joined that way are often of two states); nor a minister whose name is
followed by "of [state]", or whom the gazetteer knows in another state's office only ("Russian
President Putin and Foreign Minister Wang Yi": China's).
"""
from __future__ import annotations

import re

_HEAD = re.compile(r"^(?:president|prime minister|premier|chancellor|king|emir)$")
_MINISTER = re.compile(r"^(?!prime\b)(?:\w+\s+){0,3}(?:minister|secretary)$")


def head_then_minister(first_office: str, second_office: str) -> bool:
    """True for a head of state or government told first and a cabinet minister second."""
    return bool(_HEAD.match(first_office)) and bool(_MINISTER.match(second_office))


_OF_AFTER = re.compile(r"\s+(?:of|from)\s+[A-Z]|\s*,\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s")


def shares_adjective(first_office: str, second_office: str, after_name: str,
                     known_states: set[str], state: str) -> bool:
    """True when the minister after a head of state takes the head's adjective: the offices fit,
    no state follows the minister's name, and the gazetteer gives them no other state only."""
    if not head_then_minister(first_office, second_office) or _OF_AFTER.match(after_name):
        return False
    return not known_states or state in known_states
