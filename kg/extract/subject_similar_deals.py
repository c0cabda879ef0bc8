"""An earlier treaty told only by its partner: "a similar agreement signed with B" (round 32).

"The pact is Mogadishu's second this year, following a similar agreement signed with Ethiopia
in August", "The deal mirrors one struck with Lithuania in March": the clause names one party
(B); the other is the side of the treaty told before that the article is about. Read only when
a treaty was told before (this sentence's, else the nearest earlier one) and B is none of its
parties; the other side is the one other state this sentence names (the possessive
"Mogadishu's", "Ghanaian officials said"), else the article's most-named state when it is a
party of that treaty. Its date is the one right after B.
("a similar pact that A struck with B", with both parties named, is kg.extract.similar_struck_pacts.)
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, state_actor_at
from kg.extract.entities import SentView

# "a similar agreement signed with", "an identical accord concluded with", "mirrors one struck
# with", "echoes the pact sealed with": a participle, no subject of its own
_LIKE_ONE_WITH = re.compile(
    r"\b(?:(?:a|an)\s+(?:similar|identical|comparable|parallel)\s+(?:[\w-]+\s+){0,2}?|"
    r"(?:mirrors|mirrored|echoes|echoed|copies|copied|resembles|matches|matched)\s+"
    r"(?:one\s+|that\s+|the\s+(?:[\w-]+\s+){0,2}?))"
    r"(?:(?:pact|accord|agreement|deal|treaty|arrangement)\s+)?"
    r"(?:(?:it\s+|that\s+it\s+)?(?:had\s+|has\s+)?)?(?:signed|struck|sealed|reached|concluded|"
    r"agreed)\s+with\s+(?:the\s+)?")
_CUE_WORDS = ("similar", "identical", "comparable", "parallel", "mirror", "echo", "copie",
              "resembles", "match")


def _told_parties(raw: list[dict[str, Any]], told: list[dict[str, Any]]) -> list[str] | None:
    """The parties of the treaty "similar" points back to: this sentence's, else the nearest
    one told before in the article."""
    near = [f for f in told if f.get("parties")]
    near += [f for f in reversed(raw) if f.get("type") == "Treaty" and f.get("parties")]
    return list(near[0]["parties"]) if near else None


def _own_side(parties: list[str], actors: list[Actor], partner: str,
              context_state: str | None) -> str | None:
    """The one other state the sentence names (the possessive "Mogadishu's", "Ghanaian
    officials said"), else the article's most-named state when it is a party of the treaty
    told."""
    named = {a.key for a in actors if a.key and a.key.startswith("state/")
             and not a.person and a.key != partner}
    if len(named) == 1:
        return named.pop()
    return context_state if not named and context_state in parties else None


def subject_similar_treaties(view: SentView, actors: list[Actor], raw: list[dict[str, Any]],
                             told: list[dict[str, Any]],
                             context_state: str | None) -> list[dict[str, Any]]:
    """``told`` plus the treaty of "a similar agreement signed with B" between B and the
    article's side of the treaty just told."""
    text = view.text
    if "with" not in text or not any(w in text for w in _CUE_WORDS):
        return told
    m = _LIKE_ONE_WITH.search(text)
    partner = state_actor_at(actors, m.end()) if m else None
    told_parties = _told_parties(raw, told) if partner else None
    if m is None or partner is None or told_parties is None or partner.key in told_parties:
        return told
    own = _own_side(told_parties, actors, partner.key, context_state)
    if own is None:
        return told
    parties = [own, partner.key]
    if any(set(f.get("parties") or []) == set(parties) for f in told):
        return told
    # (a one-party treaty of this clause waiting for its pair: fill it)
    waiting = [f for f in told if (f.get("parties") or []) == [partner.key]]
    date = next((d.value for d in view.dates
                 if partner.end <= d.start <= partner.end + 12), None)
    if waiting:
        waiting[0].update(parties=parties, _needs_pair=False)
        waiting[0]["date"] = waiting[0].get("date") or date
        return told
    return told + [{"type": "Treaty", "parties": parties, "signatories": [], "date": date,
                    "duration_years": None, "kind": "agreement", "_sent": view.index,
                    "_signed": True, "confidence": 0.55}]
