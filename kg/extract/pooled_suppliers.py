"""Several states listed for one total of generic systems are no single transfer each (round 24).

"Germany, Norway, Denmark, the Netherlands and Spain will provide Ukraine with five air defence
systems": the total belongs to the group, and the systems are not named; the verb rules gave
every listed state the five systems, or one of them the whole total. Nothing the text states
says which state sends what, so no (supplier, recipient, weapon) fact is told. Read only when
the sentence opens with a list of at least three states joined by "and" as subject of a supply
verb, and the transfer's weapon is a generic description with a count; a named system ("five
IRIS-T systems") is kept.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, states_within
from kg.extract.entities import SentView

_LISTED_SUBJECT_SUPPLY = re.compile(
    r"^(?P<subj>[^;:]{5,160}?,[^;:]{2,120}?\s+and\s+[^;:,]{2,40}?)\s+(?:will|would|are\s+to|"
    r"have\s+agreed\s+to|agreed\s+to|pledged\s+to|plan\s+to|are\s+set\s+to)\s+(?:jointly\s+)?"
    r"(?:provide|supply|send|give|deliver|donate)\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = re.compile(r"\s(?:will|would|are\s+to|have\s+agreed\s+to|agreed\s+to|pledged\s+to|"
                 r"plan\s+to|are\s+set\s+to)\s+(?:jointly\s+)?"
                 r"(?:provide|supply|send|give|deliver|donate)\b")

_MIN_LISTED = 3


def _generic_weapon(view: SentView, weapon: str) -> bool:
    """Whether ``weapon`` is a description in this sentence, not a named system."""
    for m in view.mentions:
        w = m.weapon()
        if w is not None and view.text[m.start:m.end].lower() in weapon.lower():
            if not w.key.startswith("generic/"):
                return False
    return True


def drop_pooled_totals(view: SentView, actors: list[Actor],
                       tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the listed suppliers' shares of one generic total."""
    m = _LISTED_SUBJECT_SUPPLY.match(view.text)
    if m is None:
        return tfs
    listed = set(states_within(actors, m.start("subj"), m.end("subj")))
    if len(listed) < _MIN_LISTED:
        return tfs
    return [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                   and f.get("supplier") in listed
                                   and f.get("quantity") is not None
                                   and _generic_weapon(view, f.get("weapon") or ""))]
