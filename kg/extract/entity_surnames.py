"""A last name that the gazetteer knows as something else: "Congolese Foreign Minister Therese
Kayikwamba Wagner met ...".

Two-surname and compound names end in a word the gazetteer may read as a group, an organisation,
a place or a state ("Wagner" the mercenary group, "Montenegro" in "Portuguese Prime Minister Luis
Montenegro"), so the person's name is cut before it (or lost) and the gold's full name is missed.
Only with the strong cue of round 20's given-name join (kg.extract.given_names): a title right before the name with its own state ("Congolese
Foreign Minister ", "Mexico's president, "), an unknown name of one to three words, one space,
then a single capitalised word that is no person and no adjective of a state, and after it no
more capitalised words (a verb, a comma or the sentence's end). Once joined, the same words are
joined again later in the article ("Prime Minister Luis Montenegro said").
"""

from __future__ import annotations

import re

from kg.extract.entities import Cand, Mention, SentView
from kg.extract.given_names import _TITLE_BEFORE, _OWN_STATE_GAP

_NOT_A_SURNAME = ("Person", "WeaponSystem")
_ONE_WORD = re.compile(r"[A-Z][a-zà-ÿ]+")
_ENDS_NAME = re.compile(r"(?:['’]s\b|\s*[,.;:]|\s+[a-z])")


def _titled(text: str, ms: list[Mention], m: Mention) -> bool:
    """The name has a title right before it, and the title a state of its own."""
    if not _TITLE_BEFORE.search(text[max(0, m.start - 40):m.start]):
        return False
    o = next((x for x in reversed(ms) if x.end <= m.start), None)
    return bool(o and o.state() and (o.possessive or o.is_demonym)
                and _OWN_STATE_GAP.fullmatch(text[o.end:m.start]))


def _entity_word(m: Mention) -> bool:
    """A one-word mention the gazetteer reads as a group, organisation, place or state name
    (not an adjective: "Montenegro", not "Montenegrin")."""
    return bool(m.cands) and _ONE_WORD.fullmatch(m.text) is not None and not m.is_unknown \
        and not m.is_demonym and all(c.type not in _NOT_A_SURNAME for c in m.cands)


def join_entity_surnames(views: list[SentView]) -> None:
    """Merge "<titled unknown name> <entity word>" into one unknown name, in place; the same
    words later in the article (without the title's state) are the same name."""
    joined: set[str] = set()
    for v in views:
        ms = v.mentions
        i = 0
        while i + 1 < len(ms):
            m, n = ms[i], ms[i + 1]
            text = v.text[m.start:n.end]
            if (m.is_unknown and 1 <= len(m.text.split()) <= 3 and _entity_word(n)
                    and v.text[m.end:n.start] == " " and _ENDS_NAME.match(v.text, n.end)
                    and (text in joined or _titled(v.text, ms[:i], m))):
                joined.add(text)
                ms[i:i + 2] = [Mention(m.start, n.end, text, (Cand("?/" + text, "?", "name"),),
                                       possessive=n.possessive)]
            i += 1
