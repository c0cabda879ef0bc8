"""A recipient told as "to neighbouring [state]" ("shipped howitzers to neighbouring Ukraine
following Russia's invasion").

The "to R" rule reads a recipient only a few characters after "to", so "neighbouring" hides it;
the paragraph's partner then completes the fact, unless another state (the invader) is named in
the sentence, and the fact is lost. Here a transfer of the sentence with a supplier and no
recipient takes the state right after "to neighbouring" when that phrase follows its weapon
within the same clause (no comma or semicolon between). An empty slot only; the cue is
"neighbouring"/"neighboring" in the article.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import group_after

NEIGHBOUR_CUE = re.compile(r"\bneighbou?ring\s")

_TO_NEIGHBOUR = re.compile(r"\bto\s+(?:its\s+|their\s+)?neighbou?ring\s+")


def neighbour_recipients(view: Any, actors: list[Any],
                         tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill the recipient of "W to neighbouring R" when no rule gave one."""
    text = view.text
    if "neighbo" not in text:
        return tfs
    for f in tfs:
        at = f.get("_at")
        if f.get("type") != "ArmsTransfer" or f.get("recipient") or not f.get("supplier") \
                or not isinstance(at, int) or f.get("_sent", view.index) != view.index:
            continue
        m = _TO_NEIGHBOUR.search(text, at)
        if m is None or m.start() - at > 80 or re.search(r"[,;:]", text[at:m.start()]):
            continue
        g = group_after(actors, text, m.end(), max_gap=0)
        if g is None or len(g.actors) != 1:
            continue
        rec = g.actors[0].key
        if rec and rec.startswith("state/") and rec != f["supplier"] and not g.actors[0].demonym:
            f["recipient"] = rec
            f.pop("_untold_recipient", None)
    return tfs


__all__ = ["NEIGHBOUR_CUE", "neighbour_recipients"]
