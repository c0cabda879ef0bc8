"""A truce told as approved by one state's cabinet and accepted by another's (round 28e).

"... after the truce was approved by Thailand's cabinet on Sunday and accepted by Cambodia's
government hours later": no signing verb, yet both states bound themselves to it, so it is a
treaty of the two (GOLD.md counts ceasefires as agreements between states). Read only for a
ceasefire noun (truce, ceasefire, armistice) followed within its clause by "approved / accepted
/ endorsed / ratified by [state]'s [cabinet | government | parliament ...]" and "(and) [verb]
by [other state]'s [body]"; dated by the first date after the first approval. A proposal
"rejected by" a government is no treaty, nor a truce one state alone approved.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_NOUN = re.compile(r"\b(?P<kind>truce|ceasefire|cease-fire|armistice)\b", re.I)
_VERB = r"(?:approved|accepted|endorsed|ratified|agreed\s+to|backed)"
# "approved by [the] " right before a state's name
_BY = re.compile(r"\b" + _VERB + r"\s+by\s+(?:the\s+)?$", re.I)
# "Thailand's cabinet", "Cambodia's government" right after a state's name
_BODY = re.compile(r"['’]s\s+(?:\w+\s+)?(?:cabinet|government|parliament|legislature|"
                   r"national\s+assembly|senate|council\s+of\s+ministers|leadership)\b", re.I)
# between the first approver and the second: "on Sunday and accepted by ", ", and by "
_JOIN = re.compile(r"[^.;:]{0,60}?\band\s+(?:" + _VERB + r"\s+)?by\s+(?:the\s+)?$", re.I)


def _approvers(view: SentView, lo: int) -> list[tuple[str, int, int]]:
    """(state, start, end of its body) of each "[verb] by [state]'s [body]" after ``lo``."""
    text = view.text
    out = []
    for m in view.mentions:
        body = _BODY.match(text, m.end) if m.start >= lo and m.state() else None
        if body and (_BY.search(text, max(0, m.start - 40), m.start)
                     or _JOIN.search(text, max(lo, m.start - 80), m.start)):
            out.append((m.state(), m.start, body.end()))
    return out


def approved_truce_treaties(view: SentView, told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The truce of "the truce was approved by A's cabinet and accepted by B's government",
    unless ``told`` already has a treaty of A and B."""
    text = view.text
    if " by " not in text:
        return []
    nouns = list(_NOUN.finditer(text))
    if not nouns:
        return []
    found = _approvers(view, nouns[0].end())
    if len(found) < 2 or not _BY.search(text, max(0, found[0][1] - 40), found[0][1]):
        return []
    (a, pos_a, end_a), (b, pos_b, _) = found[:2]
    # the ceasefire noun nearest before the first approval ("A ceasefire ... held after the
    # truce was approved by ...")
    noun = next(n for n in reversed(nouns) if n.end() <= pos_a)
    gap = text[noun.end():pos_a]
    if re.search(r"[.;:]|\b(?:rejected|refused|proposal|draft)\b", gap, re.I) or len(gap) > 60:
        return []
    if a == b or not _JOIN.fullmatch(text, end_a, pos_b):
        return []
    if any({a, b} <= set(f.get("parties") or []) for f in told):
        return []
    date = next((d.value for d in view.dates if d.start >= pos_a), None)
    return [{"type": "Treaty", "parties": [a, b], "signatories": [], "date": date,
             "duration_years": None, "kind": noun.group("kind").lower(), "_sent": view.index,
             "_signed": True, "confidence": 0.6}]
