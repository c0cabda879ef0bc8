"""An approved sale told as a noun: "China condemned the US approval of a possible sale of
Harpoon missiles to Taiwan", "Washington's approval of the sale of F-16 jets to Turkey".

No verb rule reads it (the verb is the critic's "condemned"), and the critic opening the sentence
must not become a party. The approver written on "approval" (a state, its demonym or
possessive) sells; the state after "to" (after the weapons) buys. Only that noun phrase is read,
and only weapons without a complete transfer are given.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_APPROVAL = re.compile(r"(?:['’]s)?\s+(?:approval|clearance|authori[sz]ation)\s+of\s+"
                       r"(?:a|an|the)\s+"
                       r"(?:(?:possible|proposed|potential|planned)\s+)?(?:[$€£]?[\d.,]+\s*"
                       r"(?:billion|million|bn|m)?\s+)?(?:sale|export|transfer)\s+of\s+", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.I)


def _party(a: Actor | None) -> str | None:
    key = a.key if a is not None and not a.person else None
    return key if key and key.startswith("state/") else None


def _approvals(view: SentView, actors: list[Actor]):
    text = view.text
    for s in actors:
        m = _APPROVAL.match(text, s.end)
        if m is None or not _party(s):
            continue
        end = clause_end(text, m.end())
        ws = transfer_rules.weapons_in(view, m.end(), end)
        to = _TO.match(text, ws[-1].end) if ws else None
        rec = next((a for a in actors if to and a.start == to.end()), None)
        if _party(rec) and _party(rec) != _party(s):
            yield _party(s), _party(rec), ws


def approval_transfers(view: SentView, actors: list[Actor],
                       found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the sales a noun "approval of a sale of W to R" tells."""
    if "approval" not in view.text and "authori" not in view.text and "clearance" not in view.text:
        return found
    return fill_incomplete(view, found, _approvals(view, actors), "AP", "approved")
