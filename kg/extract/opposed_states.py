"""States the sentence sets against its subject: never the recipient taken from it.

"Taiwan's defence ministry said it would strengthen its coastal defences against China.
Washington will also supply 400 Harpoon missiles, it said": the transfer names no recipient,
and the sentence before names two states, so no one is taken. The state behind "defences
against", "tension(s) with", "threat(s) from", "dispute with" is the adversary the arms are
meant for, not the one supplied; without it the sentence names one state, its subject.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# (a defence "against" S only: in "Russia's war against Ukraine" the state behind "against" is
# the victim, and the attacker is no recipient either)
_AGAINST = re.compile(
    r"\b(?:(?:defen[cs]es?|defend\w*|protect\w*|guard\w*|deter\w*)\s+(?:[\w'’-]+\s+){0,4}?"
    r"against|tensions?\s+with|threats?\s+from|dispute\s+with|rivalry\s+with)\s+(?:the\s+)?$",
    re.I)


def opposed_states(view: SentView) -> set[str]:
    """The states ``view`` names only as an adversary (behind "against", "tension with" ...)."""
    opposed = {m.state() for m in view.mentions if m.state()
               and _AGAINST.search(view.text[max(0, m.start - 30):m.start])}
    plain = {m.state() for m in view.mentions if m.state()
             and not _AGAINST.search(view.text[max(0, m.start - 30):m.start])}
    return {k for k in opposed if k not in plain}
