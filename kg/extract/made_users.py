"""A "[country]-made" weapon "used by" another side goes from the maker to that user (round 22).

"Ukrainian troops captured two Iranian-made Mohajer-6 drones used by Russian forces": the maker's
"-made" adjective names the supplier and "used by [side]" names the recipient; the side that
captured or downed them is neither. Read only on "[demonym]-made/-built [named weapon] used /
operated / flown by [state or its forces]" within one sentence, the weapon a named model (not
"drones" alone), maker and user two different states, and only when the sentence has no
transfer of that weapon yet (an empty slot filled, nothing overridden).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_MADE = re.compile(r"-(?:made|built|manufactured|designed)\s+")
_USED_BY = re.compile(r"\s+(?:(?:that|which)\s+(?:are|were|is|was|had\s+been)\s+)?(?:used|"
                      r"operated|flown)\s+by\s+(?:the\s+)?")


def _state_at(actors: list[Actor], start: int | None = None, end: int | None = None
              ) -> str | None:
    for a in actors:
        if (start is None or a.start == start) and (end is None or a.end == end) \
                and a.key and a.key.startswith("state/") and not a.person:
            return a.key
    return None


def _named_weapon(view: SentView, pos: int) -> Any:
    m = next((m for m in view.mentions if m.start == pos and m.category), None)
    w = m.weapon() if m is not None else None
    return m if w is not None and not w.key.startswith("generic/") else None


def made_user_transfers(view: SentView, actors: list[Actor],
                        tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` plus maker -> user of "[demonym]-made W used by [side]" (see module doc)."""
    out = list(tfs)
    for made in _MADE.finditer(view.text):
        maker = _state_at(actors, end=made.start())
        w = _named_weapon(view, made.end())
        if maker is None or w is None:
            continue
        used = _USED_BY.match(view.text, w.end)
        user = _state_at(actors, start=used.end()) if used else None
        if user is None or user == maker:
            continue
        key = w.weapon().key
        if any(f.get("type") == "ArmsTransfer" and f.get("weapon") == key for f in out):
            continue
        for f in transfer_rules.transfer_facts(view, maker, [user], [w], "MADE", "used",
                                               conf=0.55):
            f["quantity"] = None  # ("captured two": the count is not what was supplied)
            out.append(f)
    return out
