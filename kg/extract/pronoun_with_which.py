"""A partner told by "with which it signed": the sentence's subject signed with it (round 29).

"Jakarta has pressed its complaint with Vietnam, with which it signed a ten-year fisheries
agreement in 2023": ``relative_signers`` reads "S, with which R signed" when R is named; here the
signer is a pronoun. "it" (or "they") is the subject the sentence opens with, so the treaty is
that state's with the state the clause hangs on. Only when the sentence opens with a state as
its subject, the antecedent is another state right before ", with which", and the clause's verb
is a plain past signing of an agreement noun ("with which it is negotiating" is no treaty).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.own_country import subject_state
from kg.extract.sentences import DATELINE_PART
from kg.extract.treaties import durations

_CLAUSE = re.compile(
    r"\s*,\s*with\s+which\s+(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:signed|inked|"
    r"sealed)\s+(?:a|an|the|its|their)\s+(?P<kind>(?:[\w-]+\s+){0,4}?(?:treaty|pact|agreement|"
    r"accord|deal|contract|memorandum(?:\s+of\s+understanding)?|protocol|charter))\b")
_LEAD = re.compile(r"^[\W_]*(?:" + DATELINE_PART + r")?")
_CLAUSE_END = re.compile(r"[,;]|\s[—–]\s|$")


def pronoun_with_which_treaties(view: SentView, actors: list[Actor],
                                told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The treaty of "[subject] ... [State], with which it signed a [noun]" that ``told``
    lacks."""
    text = view.text
    if "with which" not in text:
        return []
    subject = subject_state(view, _LEAD.match(text).end())
    if subject is None:
        return []
    for a in actors:
        clause = _CLAUSE.match(text, a.end)
        other = actor_state(a) if clause else None
        if other is None or other == subject:
            continue
        if any({subject, other} <= set(f.get("parties") or []) for f in told):
            return []
        end = clause.end() + _CLAUSE_END.search(text, clause.end()).start()
        date = next((d.value for d in view.dates if clause.start() <= d.start < end), None)
        return [{"type": "Treaty", "parties": [subject, other], "signatories": [], "date": date,
                 "duration_years": durations(text[clause.start("kind") - 20:clause.end()]),
                 "kind": clause.group("kind").strip().lower(), "_sent": view.index,
                 "_signed": True, "confidence": 0.6}]
    return []
