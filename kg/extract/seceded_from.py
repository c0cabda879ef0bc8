"""A state named only as the one a region broke away from is no office-holder's (round 29).

"Prime Minister X signed the deal with Y, the leader of the region, which broke away from
Somalia in 1991": the title names no state and the sentence's only state is the one the region
left, so the context fallback gave X to Somalia, the article's most-named state (the objector to
the deal), not to the dateline's Ethiopia. A state told right after "broke away / seceded /
split from" or "independence from" only describes the region: it is left out of the states the
sentence names when a bare title looks for its own.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_FROM = re.compile(r"\b(?:broke\s+away|broken\s+away|breaking\s+away|seceded|split\s+away|"
                   r"declared\s+independence|independence)\s+from\s+(?:the\s+)?$")


def seceded_from_states(view: SentView) -> set[str]:
    """The states the sentence names only after "broke away from" (or the like)."""
    text = view.text
    if " from " not in text or ("away" not in text and "seceded" not in text
                                and "independence" not in text):
        return set()
    left = {m.state() for m in view.mentions if m.state() and not m.is_demonym
            and _FROM.search(text, max(0, m.start - 40), m.start)}
    other = {m.state() for m in view.mentions if m.state()
             and not _FROM.search(text, max(0, m.start - 40), m.start)}
    return left - other
