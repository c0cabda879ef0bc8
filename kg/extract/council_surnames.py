"""The head of "the ruling [council]" named by surname alone, the full name told before (round 24).

"NIAMEY — ... General Abdourahamane Tchiani received a Turkish delegation ... . Tchiani, who
heads the ruling National Council for the Safeguard of the Homeland, told state television ...":
the office is given only by the relative clause, the council has no state word, and the one-word
name is no mention of its own, so the office was lost. Read only for a capitalised word followed
by ", who (now/also) heads/chairs/leads the ruling ... council/junta/committee", the word being
the last word of one unknown full name told earlier in the article (else, round 30, in the
sentence right after: "Tiani, who heads the ruling junta, ... . General Abdourahamane Tiani
seized power ..."); the state is the dateline's, and only when the article names that state
most (a ruling council with no state word in a story filed from elsewhere is left alone). "X, who heads the army general staff" is no ruler.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_HEADS_RULING = re.compile(
    r"\b(?P<name>[A-Z][a-z'’-]{2,}),\s+who\s+(?:now\s+|also\s+)?(?:heads|chairs|leads)\s+the\s+"
    r"ruling\s+(?:[\w-]+\s+){0,6}?(?:[Cc]ouncil|[Jj]unta|[Cc]ommittee)\b")


def _full_name(word: str, views: list[SentView], before: int) -> tuple[str, str] | None:
    """(key, label) of the one unknown multi-word name told before sentence ``before`` that ends
    with ``word``; None if none or several."""
    return _one_full_name(word, views[:before])


def _full_name_next(word: str, views: list[SentView], at: int) -> tuple[str, str] | None:
    """The full name told only in the sentence right after (round 30): "Tiani, who heads the
    ruling junta, told a rally ... . General Abdourahamane Tiani seized power in 2023"."""
    return _one_full_name(word, views[at + 1:at + 2])


def _one_full_name(word: str, views: list[SentView]) -> tuple[str, str] | None:
    from kg.extract.roles import person_of

    # (a name the gazetteer knows too, its label for the role: round 81, when the juntas'
    # heads joined the offices table)
    found = {(p[0], p[1] or m.text) for v in views for m in v.mentions
             if len(m.text.split()) > 1 and m.text.split()[-1] == word
             and (p := person_of(m)) is not None}
    return found.pop() if len(found) == 1 else None


def council_surname_roles(view: SentView, views: list[SentView], roles: list[RolePhrase],
                          dateline_state: str | None, context_state: str | None
                          ) -> list[RolePhrase]:
    """``roles`` plus the head of a stateless "ruling council" named by the surname of a full
    name told before, for the dateline's state when the article names it most."""
    if not dateline_state or dateline_state != context_state:
        return roles
    for h in _HEADS_RULING.finditer(view.text):
        if any(r.person_start <= h.start("name") < r.person_end for r in roles):
            continue
        full = (_full_name(h.group("name"), views, view.index)
                or _full_name_next(h.group("name"), views, view.index))
        if full is None or any(r.person == full[0] for r in roles):
            continue
        roles.append(RolePhrase(full[0], full[1], True, dateline_state,
                                "head of the ruling council", h.start(), h.end(),
                                h.start("name"), h.end("name"), 0.6, "R24e-council"))
    return roles
