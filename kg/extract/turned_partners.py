"""A treaty told as a participle after "turned to" (round 20):

"Tashkent has also turned to Russia, signing a ten-year agreement on ...": the subject of the
main clause (a state or its capital) and the state it turned to are the two parties; the
participle "signing" has no subject of its own, so the treaty rules read the parties from the
article's context instead. Read only on "[state] has (also) turned to [state], signing a/an
[pact noun]", with exactly one state on each side; the sentence's other treaties are then this
one told with the wrong parties, and are replaced.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, states_within
from kg.extract.entities import SentView
from kg.extract.treaties import durations, nearest_date

_TURNED_SIGNING = re.compile(
    r"^(?P<subj>[^,;]{2,40}?)\s+(?:has|had|have)\s+(?:also\s+|now\s+|since\s+)?turned\s+to\s+"
    r"(?P<obj>[^,;]{2,40}?),\s+signing\s+(?:an?|the)\s+(?P<kind>(?:[\w-]+\s+){0,4}?(?:pact|treaty|"
    r"agreement|accord|charter|protocol|memorandum|convention|deal))\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = re.compile(r"\sturned\s+to\s")



def turned_partner_treaty(view: SentView, actors: list[Actor],
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The treaty of "[state] has turned to [state], signing a [pact]", else ``found``."""
    m = _TURNED_SIGNING.match(view.text)
    if m is None:
        return found
    subj = states_within(actors, m.start("subj"), m.end("subj"))
    obj = states_within(actors, m.start("obj"), m.end("obj"))
    if len(subj) != 1 or len(obj) != 1 or subj == obj:
        return found
    kind = re.sub(r"^[\w-]+-year\s+", "", m.group("kind").strip().lower())
    return [{"type": "Treaty", "parties": [subj[0], obj[0]], "signatories": [],
             "date": nearest_date(view, m.start("kind")), "duration_years": durations(view.text),
             "kind": kind, "_sent": view.index, "_signed": True, "confidence": 0.6}]
