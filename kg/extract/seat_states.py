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

from kg.extract.entities import SentView

_EU = "org/european-union"
_BELGIUM = "state/belgium"
_BRUSSELS = re.compile(r"\bBrussels\b")
_UNION_CUE = re.compile(r"\b(?:EU|E\.U\.|European|bloc|Commission|Union)\b")
_BELGIAN = re.compile(r"\bBelgi(?:an|um)s?\b")


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
