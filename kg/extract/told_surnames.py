"""A surname alone after the full name: "General Abdel Fattah al-Burhan ... . Burhan, head of
Sudan's ruling council, rejected the talks" (round 49).

The name finder needs two words for an unknown name, so a one-word surname is no mention and
every office, signature or claim told with it was lost (a few narrow rules read some: "Tiani, who
heads the ruling junta" in kg.extract.council_surnames, "President Paz" in
kg.extract.titled_surnames). Here, once the article has told a person's full name, a later
capitalised word that is that name's last word ("al-Burhan" also as "Burhan") becomes a mention
of that person, when exactly one person told so far ends with it and the word stands alone (no
capitalised word right before or after it, inside no other mention).
"""

from __future__ import annotations

import re

from kg.extract.entities import Cand, Mention, SentView

_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?![\w-])")
_PARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|an|ash|at|az|bin|ibn|van|von|de|da|di|du|le|la)-",
                       re.I)
_CAPITAL_NEXT = re.compile(r"^\s+[A-Z]")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_PUNCT_BEFORE = re.compile(r"[.,;:!?—–-]\s+$")


def _last_words(full: str) -> set[str]:
    """"Abdel Fattah al-Burhan" -> {"al-Burhan", "Burhan"}."""
    last = full.split()[-1]
    out = {last}
    bare = _PARTICLE.sub("", last)
    if bare != last and bare[:1].isupper():
        out.add(bare)
    return out


def join_told_surnames(views: list[SentView]) -> None:
    """Add a mention for each surname told alone after its full name (in place)."""
    from kg.extract.roles import person_of

    told: dict[str, set[tuple[str, str, bool]]] = {}  # surname -> persons told with it
    for v in views:
        text = v.text
        added: list[Mention] = []
        for w in _WORD.finditer(text) if told else ():
            people = told.get(w.group(0))
            if not people or len(people) != 1:
                continue
            if any(m.start < w.end() and w.start() < m.end for m in v.mentions):
                continue
            before = text[max(0, w.start() - 30):w.start()]
            if _CAPITAL_NEXT.match(text[w.end():]) or (
                    _CAPITAL_BEFORE.search(before) and not _PUNCT_BEFORE.search(before)):
                continue  # part of a longer name or a title ("President Paz" is read elsewhere)
            key, label, new = next(iter(people))
            added.append(Mention(w.start(), w.end(), w.group(0), (Cand(key, "Person", "alias"),),
                                 possessive=text[w.end():w.end() + 2] in ("'s", "’s"),
                                 full_name=(key, label, new)))
        if added:
            v.mentions[:] = sorted(v.mentions + added, key=lambda m: (m.start, m.end))
        for m in v.mentions:
            p = person_of(m)
            if p is None or m.full_name is not None or len(m.text.split()) < 2:
                continue
            label = p[1] or m.text
            for word in _last_words(label):
                told.setdefault(word, set()).add(p)
