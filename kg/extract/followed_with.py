"""A second supplier told as following the first (round 22): "Norway was the first country to
send NASAMS launchers, and Spain followed with Aspide missiles".

", and S followed with W" after a clause whose transfer was read gives S the same recipient for
W (none yet when the first clause's recipient is told elsewhere: the article's rules then give
both the same). The clause before must hold a transfer by another supplier in this sentence,
and S must be a state other than its recipient; only weapons no rule gave a transfer are read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# ", and| Spain| followed with ", "; Italy followed suit with "
_FOLLOWED_WITH = re.compile(r"\s+(?:soon\s+|later\s+|quickly\s+)?followed\s+(?:suit\s+)?with\s+",
                            re.I)
_AND_BEFORE = re.compile(r"(?:,\s*and|;|,\s*while)\s+(?:the\s+)?$", re.I)


def followed_with_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "..., and S followed with W" read as S -> the recipient before."""
    text = view.text
    if "followed" not in text:
        return found
    for s in actors:
        follows = _FOLLOWED_WITH.match(text, s.end)
        if follows is None or not actor_state(s) or s.demonym \
                or not _AND_BEFORE.search(text[:s.start]):
            continue
        before = [f for f in found if f.get("type") == "ArmsTransfer" and f.get("supplier")
                  and f.get("supplier") != actor_state(s) and f.get("_at", len(text)) < s.start]
        recipients = {f["recipient"] for f in before}
        if len(recipients) != 1 or actor_state(s) in recipients:
            continue
        taken = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"}
        end = re.search(r"[;.]|,\s", text[follows.end():])
        hi = follows.end() + end.start() if end else len(text)
        weapons = [w for w in transfer_rules.weapons_in(view, follows.end(), hi)
                   if w.start not in taken]
        if weapons:
            found += transfer_rules.transfer_facts(view, actor_state(s), [recipients.pop()], weapons,
                                                   "FW", "followed", 0.7)
    return found
