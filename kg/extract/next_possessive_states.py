"""A bare-titled office-holder's state from the next sentence's opening possessive.

"Foreign Minister X thanked Qatar for its mediation. Sudan's top diplomat said ...": X carries
no nationality word, so the pipeline guesses a state the sentence names as an object or place
("thanked Qatar", "said Cairo would help", "Riyadh promised"), with confidence 0.5 or less.
When the next sentence of the same paragraph opens with "[State]'s" and X's office again, with
no name ("Sudan's top diplomat said", "Nigeria's finance minister added"), that state is X's. Only one weak role in the sentence, and only a state guessed from a place
the sentence names, is changed; a role told with a nationality word or a possessive, or placed
from the context or the dateline, is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_WEAK = 0.5
_CONF = 0.6
# "Sudan's top diplomat", "Colombia's government", "Nigeria's cabinet"
# "Sudan's top diplomat said", "Nigeria's finance minister added": the same office again, with
# no name after it (never "Ethiopia's prime minister, Y": another office-holder told by name;
# never "China's foreign ministry called it": another government answering)
_AGAIN = re.compile(r"['’]s\s+(?P<office>top\s+diplomat|[a-z]+(?:\s+[a-z]+){0,2}?)"
                    r"\s+(?:said|added|told|warned|noted|stressed)\b")


def _same_office(office: str, told: str) -> bool:
    """Whether the office after the possessive is the weak role's own."""
    office, told = office.lower(), told.lower()
    return office == told or (office == "top diplomat" and told == "foreign minister")


def _opening_possessive(after: SentView, office: str) -> str | None:
    """The state whose possessive opens ``after`` with ``office`` again ("Sudan's top
    diplomat said")."""
    first = next((m for m in after.mentions if m.state()), None)
    if first is None or after.text[:first.start].strip() or first.is_demonym:
        return None
    again = _AGAIN.match(after.text, first.end)
    return first.state() if again and _same_office(again.group("office"), office) else None


def next_possessive_roles(view: SentView, roles: list[RolePhrase],
                          after: SentView | None, dateline_state: str | None = None
                          ) -> list[RolePhrase]:
    """Give the one weakly placed role of this sentence the state whose possessive opens the
    next sentence of the paragraph (replacing a guess of a state this sentence names, or of the
    dateline's: "GENEVA — Foreign Minister X thanked Qatar. Sudan's top diplomat said")."""
    if after is None or not roles or "s " not in after.text[:40]:
        return roles
    weak = [i for i, r in enumerate(roles) if r.confidence <= _WEAK]
    if len(weak) != 1:
        return roles
    state = _opening_possessive(after, roles[weak[0]].office)
    guessed = roles[weak[0]].state
    if state is None or state == guessed or (guessed not in {
            m.state() for m in view.mentions} and guessed != dateline_state):
        return roles  # (only a state guessed from a place this sentence names is replaced)
    out = list(roles)
    out[weak[0]] = replace(out[weak[0]], state=state, confidence=_CONF)
    return out
