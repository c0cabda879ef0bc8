""""Brussels" as Belgium's capital rather than the European Union's seat: "Belgian technicians
finished overhauling the country's F-16 fighters. Brussels will hand the jets to Ukraine". The
gazetteer reads Brussels as the EU (its usual sense in news), so Belgium's own supply goes to the
Union. Only on a strong cue: the supplier is the EU told as "Brussels" in this sentence, Belgium
(or "Belgian") is named in this sentence or the one before in its paragraph, and neither names
the Union ("EU", "European", "the bloc", "Commission").
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import Cand, SentView

_EU = "org/european-union"
_BELGIUM = "state/belgium"
_BRUSSELS = re.compile(r"\bBrussels\b")
_UNION_CUE = re.compile(r"\b(?:EU|E\.U\.|European|bloc|Commission|Union)\b")
_BELGIAN = re.compile(r"\bBelgi(?:an|um)s?\b")
# the EU's (and NATO's) institutions, whose seat "Brussels" stands for
_INSTITUTIONS = re.compile(r"\b(?:EU|E\.U\.|European|bloc|Commission|Union|NATO|Nato|alliance)\b")
# ("a visit by X to Brussels", "talks in Brussels": the city as a place, left as it was read)
_AT_PLACE = re.compile(r"\b(?:in|to|at|from|into|near|outside)\s+$", re.I)
_BELGIAN_CAPITAL = Cand(_BELGIUM, "State", "metonym")


def _as_belgium(m):
    """The mention read as Belgium's capital: the Union's reading replaced by Belgium's."""
    from dataclasses import replace

    cands = tuple(_BELGIAN_CAPITAL if c.key == _EU else c for c in m.cands)
    return replace(m, cands=cands)


def brussels_as_capital(views: list[SentView]) -> None:
    """Read "Brussels" as Belgium, not the EU, where the text is not about the EU's
    institutions: its sentence names none, and the article names none or names Belgium too
    ("BRUSSELS — Prime Minister X said ... Brussels will send two jets to Ukraine"). Only
    Brussels as an actor: after "in", "to" and the like it is the city visited."""
    whole = " ".join(v.text for v in views)
    eu_story = bool(_INSTITUTIONS.search(whole)) and not _BELGIAN.search(whole)
    if eu_story:
        return
    for v in views:
        if _INSTITUTIONS.search(v.text):
            continue
        v.mentions[:] = [_as_belgium(m) if m.text == "Brussels" and any(
            c.key == _EU for c in m.cands) and not _AT_PLACE.search(v.text, 0, m.start)
            else m for m in v.mentions]


def belgian_brussels(view: SentView, before: str, tfs: list[dict[str, Any]]
                     ) -> list[dict[str, Any]]:
    """Give Belgium the transfers this sentence's "Brussels" supplies when Belgium is the
    context; `before` is the sentence before in the same paragraph ("" when none)."""
    text = view.text
    if not _BRUSSELS.search(text) or not any(f.get("supplier") == _EU for f in tfs):
        return tfs
    near = before + " " + text
    if not _BELGIAN.search(near) or _UNION_CUE.search(near):
        return tfs
    for f in tfs:
        if f.get("type") == "ArmsTransfer" and f.get("supplier") == _EU:
            f["supplier"] = _BELGIUM
    return tfs
