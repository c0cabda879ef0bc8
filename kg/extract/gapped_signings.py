"""Two signings told with one verb ("Niger signed a defence pact with Burkina Faso, and Mali
with Chad"): the second pair's verb is left out, so the signing rules see one subject and
three states; each pair signed its own agreement, never one three-party treaty."""

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
