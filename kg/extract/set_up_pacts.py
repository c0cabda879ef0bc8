"""An earlier pact of the pair told with "set up" instead of a signing verb: "The two countries
had already set up a defence pact, the X Accord, in February last year" (round 31).

"set up" is no signing verb the treaty rules read, so the earlier pact of the same two states
was lost. Read only a sentence opening "The two countries/governments/nations had (already)
set up a [..] pact/accord/treaty" with no treaty of its own with parties: a pair reference
(parties from the treaty told before, kg.extract.records) with the date told after the noun; a
pair reference the rules made of a named pact ("the X Accord") only gets that date.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.treaties import treaty_kind

_SET_UP = re.compile(
    r"^\W*(?:The|Both)\s+(?:two\s+)?(?:countries|governments|nations)\s+had\s+(?:already\s+)?"
    r"set\s+up\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?P<noun>pact|accord|treaty)\b")


def set_up_pact(view: SentView, told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The pair's earlier pact of "The two countries had already set up a pact in [date]"."""
    text = view.text
    if "set up" not in text or any(f.get("parties") or not f.get("_needs_pair") for f in told):
        return told
    m = _SET_UP.match(text)
    if m is None:
        return told
    date = next((d.value for d in view.dates if d.start >= m.end()), None)
    if told:  # the rules' pair reference of a named pact ("the X Accord"): its date only
        for f in told:
            f["date"] = f.get("date") or date
        return told
    return [{"type": "Treaty", "parties": [], "signatories": [], "date": date,
             "duration_years": None, "kind": treaty_kind(text, m.start("noun")),
             "_sent": view.index, "_signed": True, "_needs_counterpart": False,
             "_needs_pair": True, "confidence": 0.55}]
