"""'President [Surname]' whose full name was told before as "[State]'s [Full Name]" (round 25).

"Paraguayan President A received Bolivia's Rodrigo Paz ... . A and President Paz signed the
accord": the one-word name is no mention (entities needs two words), and the possessive told
the state but no office, so Paz held no role. Read only for "President/Prime Minister [Word]"
not followed by another capitalised word, the word the last of exactly one unknown full name
told before, which stood right after "[State]'s "; X holds the title for that state.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_TITLE_SURNAME = re.compile(
    r"\b(?P<title>President|Prime\s+Minister)\s+(?P<name>[A-Z][a-z'’-]{1,})\b(?!\s+[A-Z])")
_POSSESSIVE = re.compile(r"['’]s?\s+$")


def _possessed_name(word: str, views: list[SentView], before: int
                    ) -> tuple[str, str, str] | None:
    """(key, label, state) of the one unknown full name ending with ``word`` told before
    sentence ``before``, when it stood right after "[State]'s "; None otherwise."""
    from kg.extract.roles import person_of

    found = set()
    for v in views[:before]:
        for i, m in enumerate(v.mentions):
            if len(m.text.split()) < 2 or m.text.split()[-1] != word:
                continue
            p = person_of(m)
            if p is None or not p[2]:
                continue
            prev = v.mentions[i - 1] if i else None
            state = prev.state() if prev is not None and not prev.is_demonym and \
                _POSSESSIVE.match(v.text[prev.end:m.start]) else None
            found.add((p[0], p[1], state))
    if len(found) != 1:
        return None
    key, label, state = found.pop()
    return (key, label, state) if state else None


def titled_surname_roles(view: SentView, views: list[SentView],
                         roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` plus "President [Surname]" of a full name told before with its state."""
    if "President " not in view.text and "Prime Minister " not in view.text:
        return roles
    for t in _TITLE_SURNAME.finditer(view.text):
        if any(m.start <= t.start("name") < m.end and (m.end > t.end() or m.person() or m.state())
               for m in view.mentions):
            continue  # a name of its own (two words, a known one, a place)
        full = _possessed_name(t.group("name"), views, view.index)
        if full is None or any(r.person == full[0] for r in roles):
            continue
        roles.append(RolePhrase(full[0], full[1], True, full[2],
                                " ".join(t.group("title").lower().split()), t.start(), t.end(),
                                t.start("name"), t.end("name"), 0.6, "R25e-surname"))
    return roles
