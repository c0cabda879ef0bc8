"""A signing told as the cause of a change in relations (round 20):

"Relations between Riga and Moscow collapsed when Latvia signed a memorandum with Ukraine on
drone production in January": the pact is the when-clause's (Latvia and Ukraine); the two
capitals of "Relations between A and B" are the states whose relations changed, and the treaty
rules, reading every state of the sentence, add Russia as a third party. Read only on a sentence
opening "Relations between ... when", and only to narrow the parties to the states the
when-clause (up to its first comma) names, when at least two remain.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_RELATIONS_WHEN = re.compile(r"^\W*(?:Relations|Ties)\s+between\s+[^,;.]{3,80}?\s+when\s+"
                             r"(?P<clause>[^,;]+)")


def when_clause_parties(view: SentView, actors: list[Actor],
                        found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with each treaty's parties narrowed to the when-clause's states."""
    m = _RELATIONS_WHEN.match(view.text)
    if m is None:
        return found
    lo, hi = m.start("clause"), m.end("clause")
    inside = {a.key for a in actors if lo <= a.start and a.end <= hi and a.key}
    for f in found:
        if f.get("type") != "Treaty":
            continue
        kept = [p for p in f.get("parties") or [] if p in inside]
        if len(kept) >= 2:
            f["parties"] = kept
    return found
