"""The state of an office told in a "where" clause on a state (round 18):

"The attackers crossed from Mali, where the defence minister, General X, promised an inquiry":
the clause is about Mali, so the bare title is Mali's, whatever the dateline or the other
states of the sentence. Only a state mention right before ", where the [title]" counts.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_WHERE = re.compile(r"^,?\s+where\s+(?:the\s+|its\s+)?(?:(?:acting|interim|new|powerful)\s+)?$",
                    re.I)


def where_state(view: SentView, title_start: int) -> str | None:
    """The state whose "where" clause opens right before the title at ``title_start``."""
    before = [m for m in view.mentions if m.end <= title_start]
    if not before:
        return None
    m = before[-1]
    if m.state() and not m.is_demonym and not m.possessive and _WHERE.match(
            view.text[m.end:title_start]):
        return m.state()
    return None
