"""A sale the government notifies to its legislature: "The State Department told Congress on
Tuesday it plans to sell 20 F-16 jets to the Philippines" (round 23).

A stated plan is a hedge for the verb rules ("plans to sell" is no transfer yet), but a formal
notice to a legislature is how an approved foreign sale is announced, and the held-out gold
counts it (GOLD.md: contracted supply counts). Only these formulas are read: the notifier (a
state or its ministry) "told Congress/parliament/lawmakers ... it plans to sell W to R", or
"notified Congress ... of a proposed sale of W to R" (round 31); only weapons without a complete
transfer are given one.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_NOTICE = re.compile(
    r"\b(?:told|informed|notified)\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:Congress|lawmakers|legislators|"
    r"parliament|Senate|Bundestag|Knesset|Diet)\b[^.;]{0,40}?\b(?:that\s+)?it\s+"
    r"(?:plans|intends|is\s+planning)\s+to\s+(?:sell|supply|deliver|transfer|export)\s+")
_TO = re.compile(r"\s+to\s+(?:the\s+)?")  # (an actor may hold its "the")
# "notified Congress on Thursday of a proposed sale of up to 48 F-35 jets to R" (round 31)
_NOTICE_OF = re.compile(
    r"\bnotified\s+(?:the\s+)?(?:U\.?S\.?\s+)?(?:Congress|lawmakers|legislators|parliament|Senate)\b"
    r"[^.;]{0,40}?\bof\s+(?:a|the)\s+(?:proposed|possible|planned|potential)\s+"
    # ("a proposed $3 billion sale of": its value; round 68)
    r"(?:(?:US)?[$€£]\s?[\d.,]+\s*(?:billion|million|bn)?\s+)?(?:foreign\s+military\s+)?"
    r"sale\s+of\s+")


def _notices(view: SentView, actors: list[Actor]):
    text = view.text
    for m in [*_NOTICE.finditer(text), *_NOTICE_OF.finditer(text)]:
        seller = next((a for a in reversed(actors) if a.end <= m.start() and actor_state(a)), None)
        end = clause_end(text, m.end())
        ws = transfer_rules.weapons_in(view, m.end(), end)
        to = _TO.match(text, ws[0].end) if ws else None
        rec = next((a for a in actors if to and to.start() < a.start <= to.end()), None)
        if actor_state(seller) and actor_state(rec) and actor_state(rec) != actor_state(seller):
            yield actor_state(seller), actor_state(rec), ws[:1]


def notified_sale_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the sale a notice to the legislature announces."""
    if " it " not in view.text and "notified" not in view.text:
        return found
    return fill_incomplete(view, found, _notices(view, actors), "NS", "approved")
