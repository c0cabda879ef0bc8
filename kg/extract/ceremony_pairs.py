"""Bilateral accords signed in one ceremony and told as a plural: "Two bilateral accords were
signed in Mombasa on Tuesday by President X and the foreign ministers of Y and Z" (round 31).

The sentence tells one accord per pair of the host and each visiting state (host-Y, host-Z), not
one three-party treaty, and the treaty rules read no passive plural with "the ministers of" as
its second agent, so nothing was made. Read only the frame "[plural treaty noun] were signed ...
by [office-holder] and the foreign/defence ministers of [state] and [state]": the host is the
office-holder's state (who signed both); each listed state is a partner. The two accords replace
what the rules told of the sentence among those three states (a three-party treaty when the
dateline names the host).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state, state_actor_at
from kg.extract.entities import SentView

_CEREMONY = re.compile(
    r"\b(?:accords|agreements|pacts|treaties|deals|memoranda)\s+were\s+signed\b[^.;]{0,80}?"
    r"\bby\s+(?P<host>[^.;]{3,60}?)\s+and\s+(?:the|their)\s+(?:foreign|defen[cs]e|trade)\s+"
    r"ministers\s+of\s+(?:the\s+)?(?P<first>[A-Z][^,;.]{1,40}?)\s+and\s+(?:of\s+)?(?:the\s+)?"
    r"(?P<second>[A-Z][\w'’ -]{1,40}?)\s*(?=[,.;]|$)")


def _host(actors: list[Actor], lo: int, hi: int) -> Actor | None:
    """The one office-holder of the "by" phrase, with a state."""
    people = [a for a in actors if lo <= a.start < hi and a.person]
    if len(people) != 1 or not (people[0].key or "").startswith("state/"):
        return None
    return people[0]


def ceremony_pair_treaties(view: SentView, actors: list[Actor],
                           told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``told`` with the host's accord with each state of "... were signed by X and the
    ministers of Y and Z" in place of its treaties among those three."""
    text = view.text
    if "ministers of" not in text or " were signed" not in text:
        return told
    m = _CEREMONY.search(text)
    if m is None:
        return told
    host = _host(actors, m.start("host"), m.end("host"))
    partners = [actor_state(state_actor_at(actors, m.start(g))) for g in ("first", "second")]
    trio = {host.key, *partners} if host is not None else set()
    if host is None or None in partners or len(trio) != 3:
        return told
    date = next((d.value for d in view.dates if m.start() <= d.start < m.start("host")), None)
    kept = [f for f in told if not (f.get("parties") and set(f["parties"]) <= trio)]
    return kept + [{"type": "Treaty", "parties": [host.key, p], "signatories": [host.person],
                    "date": date, "duration_years": None, "kind": "bilateral accord",
                    "_sent": view.index, "_signed": True, "confidence": 0.6} for p in partners]
