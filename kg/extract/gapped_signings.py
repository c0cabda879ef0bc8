"""Two signings told with one verb ("Niger signed a defence pact with Burkina Faso, and Mali
with Chad"): the second pair's verb is left out, so the signing rules see one subject and
three states; each pair signed its own agreement, never one three-party treaty. Round 86: the
verb's second object ("Turkey signed a defence agreement with Somalia and a maritime accord
with Libya"): the subject signed a second agreement with the second state."""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor

# ", and Mali with Chad", "; Mali with Chad", ", while Mali did so with Chad"
_GAP = re.compile(r"^\s*(?:,\s*(?:and|while)|;|\band)\s+(?:(?:did\s+so|one)\s+)?$", re.I)
_WITH = re.compile(r"^\s+(?:did\s+so\s+)?with\s+(?:(?:neighbouring|neighboring)\s+)?$", re.I)


def _states(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.key and a.key.startswith("state/") and not a.person
            and not a.demonym]


def gapped_pair(text: str, actors: list[Actor]) -> tuple[str, str] | None:
    """The (C, D) of a trailing "..., and C with D" with no signing verb of its own."""
    states = _states(actors)
    for prev, c, d in zip(states, states[1:], states[2:]):
        if _GAP.match(text[prev.end:c.start]) and _WITH.match(text[c.end:d.start]):
            return c.key, d.key
    return None


def split_gapped(text: str, actors: list[Actor], facts: list[dict[str, Any]]
                 ) -> list[dict[str, Any]]:
    """Each fact naming both states of a gapped pair and more besides, split in two: the
    first signing without the pair, and the pair's own."""
    pair = gapped_pair(text, actors)
    if pair is None:
        return facts
    out: list[dict[str, Any]] = []
    for f in facts:
        parties = f.get("parties") or []
        rest = [p for p in parties if p not in pair]
        if pair[0] in parties and len(rest) >= 2:
            out.append({**f, "parties": rest})
            out.append({**f, "parties": list(pair), "signatories": []})
        else:
            out.append(f)
    return out


# "... with Somalia on Thursday and a maritime accord with Libya"
_SECOND_OBJECT = re.compile(
    r"^(?:\s+(?:on|in|last|this|earlier)\s+[\w\s]{0,20}?)?,?\s+and\s+(?:also\s+)?"
    r"(?:a|an|another|a\s+separate)\s+(?P<kind>(?:[\w‘’'-]+\s+){0,4}?(?:agreement|accord|pact|"
    r"deal|treaty|memorandum\s+of\s+understanding))\s+with\s+(?:the\s+)?$", re.I)
# "... and a deal with Libya was expected": the second deal's own clause, no second object
_OWN_VERB = re.compile(r"\s+(?:is|was|were|are|will|would|could|may|might|has|had|have|"
                       r"remains?|collapsed|fell|stalled)\b", re.I)


def second_objects(text: str, actors: list[Actor], facts: list[dict[str, Any]]
                   ) -> list[dict[str, Any]]:
    """``facts`` plus the second agreement of a verb with two objects, each "with" a state."""
    states = _states(actors)
    out = list(facts)
    for a, b in zip(states, states[1:]):
        m = _SECOND_OBJECT.match(text[a.end:b.start])
        if m is None or _OWN_VERB.match(text, b.end):
            continue
        for f in facts:
            parties = f.get("parties") or []
            if a.key in parties and parties[0] != a.key and b.key not in parties:
                rest = [p for p in parties if p != a.key]
                out.append({**f, "parties": [*rest, b.key], "signatories": [],
                            "kind": m.group("kind").lower()})
                break
    return out
