"""The first name of "Mirage and Rafale jets" shares the second's head noun. The weapon finder
reads "Rafale jets" as a weapon phrase but "Mirage" alone as an unknown name, so the first
system of the pair is lost. A name that is nothing else (no state, place, person or group),
joined by "and" / "or" / a comma to a weapon phrase ending in its head noun, is a weapon of the
same kind: it gets that category and head (its span is kept, so the rules read "Mirage").
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.entities import Mention, SentView

_JOIN = re.compile(r"\s*(?:,\s*|\s(?:and|or|&)\s+)")
_NAME = re.compile(r"[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)?")


def _bare_name(m: Mention) -> bool:
    """An unknown capitalised name, read as no state, place, person or group."""
    return (m.category is None and m.is_unknown and not m.actor() and not m.place()
            and not m.person() and bool(_NAME.fullmatch(m.text)))


def _phrase_with_head(m: Mention) -> bool:
    """A weapon phrase of two words or more that ends in its head noun ("Rafale jets")."""
    return bool(m.category and m.head and len(m.text.split()) > 1
                and m.text.lower().endswith(m.head.lower()))


def share_head_nouns(views: list[SentView]) -> None:
    """Give the first name of "A and B <head>" B's weapon category (in place)."""
    for v in views:
        ms = v.mentions
        for i in range(len(ms) - 1):
            a, b = ms[i], ms[i + 1]
            if _bare_name(a) and _phrase_with_head(b) and _JOIN.fullmatch(v.text[a.end:b.start]):
                ms[i] = replace(a, category=b.category, head=b.head)
