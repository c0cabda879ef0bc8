""""Brussels" as Belgium's capital rather than the European Union's seat: "Belgian technicians
finished overhauling the country's F-16 fighters. Brussels will hand the jets to Ukraine",
"BRUSSELS — Prime Minister X said ... and Brussels will send two jets to Ukraine". The gazetteer
reads Brussels as the EU (its usual sense in news), so Belgium's own supply went to the Union and
a Belgian leader's role to another state. Read where mentions are resolved, for every fact kind:
Brussels as an actor is Belgium unless its sentence names the EU's (or NATO's) institutions ("EU",
"European", "the bloc", "Commission", "alliance") or the article does and never names Belgium.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.entities import Cand, Mention, SentView

_EU = "org/european-union"
_BELGIUM = "state/belgium"
_BELGIAN = re.compile(r"\bBelgi(?:an|um)s?\b")
# the EU's (and NATO's) institutions, whose seat "Brussels" stands for
_INSTITUTIONS = re.compile(r"\b(?:EU|E\.U\.|European|bloc|Commission|Union|NATO|Nato|alliance)\b")
# ("a visit by X to Brussels", "talks in Brussels": the city as a place, left as it was read)
_AT_PLACE = re.compile(r"\b(?:in|to|at|from|into|near|outside)\s+$", re.I)
_BELGIAN_CAPITAL = Cand(_BELGIUM, "State", "metonym")


def _as_belgium(m: Mention) -> Mention:
    """The mention read as Belgium's capital: the Union's reading replaced by Belgium's."""
    cands = tuple(_BELGIAN_CAPITAL if c.key == _EU else c for c in m.cands)
    return replace(m, cands=cands)


def brussels_as_capital(views: list[SentView]) -> None:
    """Read "Brussels" as Belgium, not the EU, where the text is not about the EU's
    institutions: its sentence names none, and the article names none or names Belgium too
    ("BRUSSELS — Prime Minister X said ... Brussels will send two jets to Ukraine"). Only
    Brussels as an actor: after "in", "to" and the like it is the city visited."""
    whole = " ".join(v.text for v in views)
    if "Brussels" not in whole:
        return  # (the mentions changed are "Brussels"; most articles have none)
    eu_story = bool(_INSTITUTIONS.search(whole)) and not _BELGIAN.search(whole)
    if eu_story:
        return
    for v in views:
        if _INSTITUTIONS.search(v.text):
            continue
        v.mentions[:] = [_as_belgium(m) if m.text == "Brussels" and any(
            c.key == _EU for c in m.cands) and not _AT_PLACE.search(v.text, 0, m.start)
            else m for m in v.mentions]
