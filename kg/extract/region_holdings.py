"""A pact signed with something a region owns (round 20):

"Beijing signed a fisheries memorandum with the Guangxi region's fishing fleets": the partner is
the fleets of a region (inside the signer's own state), no state; the treaty rules, finding one
party, complete it from the article's context (a state the sentence never names). Read only when
the "with" of the sentence's signing is followed by "the [Name] region's / province's [noun]"
and the sentence names no second state: the treaty of that sentence is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_WITH_REGIONS = re.compile(r"\bsigned\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:memorandum|"
                           r"agreement|deal|accord|contract)\s+with\s+the\s+(?:[A-Z][\w-]+\s+){1,3}"
                           r"(?:region|province|state|prefecture)['’]s\s+[a-z]")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _WITH_REGIONS


def drop_region_holdings(view: SentView, actors: list[Actor],
                         found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` without its treaties when the sentence's partner is a region's holding and the
    sentence names at most one state."""
    if not _WITH_REGIONS.search(view.text):
        return found
    named = {a.key for a in actors if a.key and a.key.startswith("state/")}
    if len(named) > 1:
        return found
    return [f for f in found if f.get("type") != "Treaty"]
