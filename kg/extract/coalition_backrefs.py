"""A bare "coalition" after the article has named one coalition is that coalition (round 82).

"The Saudi-led coalition has vowed to respond. ... Hours later, coalition warplanes pounded
Sanaa": the second sentence names no side but "coalition", which the gazetteer cannot hold as a
name of its own (there are many coalitions); the article's one named coalition is the side. Read
only when the article names exactly one gazetteer side whose label ends in "coalition", and
never for "a coalition", "US-led coalition" or "coalition talks" (a capitalised or hyphenated
word right before it names another one), and not in the headline ("coalition strikes Sanaa"
is retold below it, and a headline's side became the side of "the group" in the next sentence).
"""

from __future__ import annotations

import re

from kg.extract.entities import Mention, SentView

# "coalition warplanes", "the coalition struck", "coalition air strikes": an attack told (the
# side of a supply or a statement is left alone); not "a coalition of", "the US-led coalition",
# "coalition government"
_BARE = re.compile(r"(?<![\w-])(?:(?<=[Tt]he\s)|(?<=^)|(?<=[,;—–]\s)|(?<=\bby\s)|(?<=\band\s)|"
                   r"(?<=\bthat\s))coalition(?=\s+(?:warplanes|jets|aircraft|air\s*strikes?|"
                   r"strikes|raids|launched|struck|bombed|pounded|hit|carried\s+out)\b)")
# "air strikes by the coalition on Sanaa"
_BY_THE = re.compile(r"\b(?:strikes?|attacks?|raids?|bombing)\s+by\s+the\s+(?P<c>coalition)\b")


def _coalition_cands(views: list[SentView]) -> tuple | None:
    found = {}
    for v in views:
        for m in v.mentions:
            c = m.cands[0] if m.cands else None
            if c is not None and c.type in ("ArmedGroup", "ArmedForce") \
                    and c.key.endswith("coalition"):
                found.setdefault(c.key, m.cands)
    return next(iter(found.values())) if len(found) == 1 else None


def coalition_back_references(views: list[SentView]) -> None:
    """Adds a mention of the article's one named coalition at each bare "coalition"."""
    if not any("coalition" in v.text for v in views):
        return
    cands = _coalition_cands(views)
    if cands is None:
        return
    for v in views[1:]:  # (not the headline)
        for b in [*_BARE.finditer(v.text), *_BY_THE.finditer(v.text)]:
            a, e = b.span("c") if b.re is _BY_THE else b.span()
            if any(m.start < e and a < m.end for m in v.mentions):
                continue
            v.mentions.append(Mention(a, e, v.text[a:e], cands))
            v.mentions.sort(key=lambda m: (m.start, -m.end))
