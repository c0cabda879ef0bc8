"""One-word names after a state's title: "Indonesian Foreign Minister Sugiono said ...".

Many Indonesians (and some Burmese and Thai officials in news) go by a single name, and the role
rules take only names of two to four words as new persons, so the office is lost. A single
unknown capitalised word is read as a person only on the strongest cue: a state (adjective,
possessive or name) right before a ministerial or head-of-government title right before the
word ("Indonesia's foreign minister, Sugiono,"), the word followed by a verb of speech or meeting or by punctuation, and the word not part
of any longer name in the article (then it is that person's short name, not a new person).
"""

from __future__ import annotations

import re

from kg.extract.entities import Mention, SentView
from kg.extract.roles import RolePhrase, _norm_office
from kg.link.gazetteer import slugify  # (not in mononym_roles: ~2 us a sentence there)

_TITLE_GAP = re.compile(
    r"(?:['’]s)?\s+(?P<title>(?:vice\s+|deputy\s+)?president|(?:deputy\s+)?prime\s+minister|"
    r"premier|(?:[a-z]+\s+){1,2}(?:minister|secretary)),?\s+$", re.I)
_AFTER = re.compile(r"(?:\s+(?:said|says|told|met|urged|warned|added|announced|held|and|who)\b"
                    r"|\s*[,.;])")
_WORD = re.compile(r"[A-Z][a-z]{3,}")
_NOT_NAMES = {"minister", "ministry", "president", "secretary", "government", "office"}


def _longer_names(views: list[SentView]) -> set[str]:
    """Words of the multi-word names told anywhere in the article."""
    return {w.lower() for v in views for m in v.mentions if len(m.text.split()) > 1
            for w in m.text.split()}


def _state_before(view: SentView, at: int) -> tuple[Mention, str] | None:
    """The state mention that ends where the title begins, and the title."""
    for s in view.mentions:
        if s.state() and s.end <= at:
            g = _TITLE_GAP.fullmatch(view.text, s.end, at)
            if g and (s.is_demonym or s.possessive or view.text[s.end] == " "):
                return s, g.group("title")
    return None


def mononym_roles(view: SentView, views: list[SentView], roles: list[RolePhrase]
                  ) -> list[RolePhrase]:
    """Roles of one-word names told "[State] [Title] [Name] said"."""
    longer = None
    for m in view.mentions:
        if not m.is_unknown or not _WORD.fullmatch(m.text) or m.text.lower() in _NOT_NAMES:
            continue
        if not _AFTER.match(view.text, m.end):
            continue
        if any(r.person_start <= m.start < r.person_end for r in roles):
            continue
        found = _state_before(view, m.start)
        if not found:
            continue
        longer = _longer_names(views) if longer is None else longer
        if m.text.lower() in longer:
            continue
        s, title = found
        roles.append(RolePhrase("person/" + slugify(m.text), m.text, True, s.state(),
                                _norm_office(title), s.start, m.end, m.start, m.end, 0.7,
                                "R-mono"))
    return roles
