"""A recipient named by a fronted place: "In neighbouring Burkina Faso, Turkey turned over
drones to the army".

"to the army" names no state; the sentence's opening "In [state]," says whose army it is. Only
that opening (the first words of the sentence, a state that is not the supplier) and only a
state's own forces after "to the" are read, so "sent drones to the army" with no fronted state
still gives nothing.
"""

from __future__ import annotations

import re

from kg.extract.clauses import Actor

_FRONTED_IN = re.compile(r"\s*In\s+(?:(?:neighbouring|neighboring|nearby|northern|southern|"
                         r"eastern|western|central)\s+)?(?:the\s+)?$")
_TO_FORCES = re.compile(r"\s+to\s+the\s+(?:country['’]s\s+|national\s+)?(?:army|military|"
                        r"armed\s+forces|air\s+force|navy|junta)\b", re.I)


def fronted_state(text: str, actors: list[Actor], to_pos: int, supplier: str | None) -> str | None:
    """The state of a sentence-opening "In X," when the weapons go "to the army" (to_pos: just
    before "to")."""
    if not _TO_FORCES.match(text, to_pos):
        return None
    first = next((a for a in actors if a.key and not a.person), None)
    if first is None or not _FRONTED_IN.fullmatch(text, 0, first.start):
        return None
    if not first.key.startswith("state/") or first.key == supplier or first.demonym:
        return None
    if not re.match(r"\s*,", text[first.end:]):
        return None
    return first.key
