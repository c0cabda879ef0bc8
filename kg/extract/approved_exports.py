"""An approval of a sale told with a verb: "Germany's economy ministry approved the export of
four frigates to Algeria", "Germany approved the export to Egypt of eight IRIS-T systems"
(round 36).

The approving state (or its ministry, government or cabinet, or the demonym before one) sells;
the state after "to" buys, written before the weapons ("the export to R of W") or after them
("the sale of W to R"). No verb rule read the ministry as the seller, and "to R of W" put the
buyer before the object, so the buyer was guessed from another sentence. Only that clause is
read, and only weapons without a complete transfer are given (kg.extract.clause_parties).
Round 37: "At the same time it cleared the sale of up to 40 Harpoon missiles to Taiwan", "it"
being the state that opens the sentence before in the paragraph.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.caseless import caseless
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.dates import WEEKDAY_RE
from kg.extract.entities import SentView
from kg.extract.it_ordered import subject_state

_BODY = (r"(?:(?:['’]s|\s)\s*(?:(?:economy|economic|defen[cs]e|foreign|trade|export|security)\s+)?"
         r"(?:ministry|government|cabinet|parliament|council|office|department|authorities))?")
# "The State Department on Monday approved": a day or week between the seller and the verb
# (round 86)
_WHEN = (rf"(?:\s+(?:on\s+{WEEKDAY_RE}"
         r"|(?:last|this|earlier\s+this)\s+(?:week|month|year)))?")
_APPROVED = re.compile(
    rf"{_BODY}{_WHEN}\s+(?:has\s+|have\s+|had\s+|formally\s+|finally\s+)*(?:approved|authori[sz]ed|"
    r"cleared|licensed|green-?lit|signed\s+off\s+on)\s+(?:the\s+|a\s+)?(?:possible\s+|proposed\s+)?"
    r"(?:sale|export|transfer|delivery|shipment)s?\s+", re.I)
_TO_OF = re.compile(r"to\s+(?:the\s+)?", re.I)
_OF = re.compile(r"\s*of\s+", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.I)
_IT = re.compile(r"\b[Ii]t(?=\s)")
CUE = caseless(r"\b(?:approved|authori[sz]ed|cleared|licensed|green-?lit|signed\s+off)\s+",
               needs=("approved", "authori", "cleared", "licensed", "green", "signed"))


def _sellers(view: SentView, actors: list[Actor], prev_subject: str | None):
    """(seller, approval match) for each state, or "it" standing for ``prev_subject``."""
    for s in actors:
        m = _APPROVED.match(view.text, s.end) if actor_state(s) else None
        if m is not None:
            yield actor_state(s), m
    if prev_subject is not None:
        for it in _IT.finditer(view.text):
            m = _APPROVED.match(view.text, it.end())
            if m is not None:
                yield prev_subject, m


def _readings(view: SentView, actors: list[Actor], prev_subject: str | None):
    text = view.text
    for seller, m in _sellers(view, actors, prev_subject):
        pos, buyer = m.end(), None
        to = _TO_OF.match(text, pos)
        if to:  # "the export to Egypt of eight IRIS-T systems"
            r = next((a for a in actors if a.start == to.end() and actor_state(a)), None)
            of = _OF.match(text, r.end) if r else None
            if of is None:
                continue
            buyer, pos = actor_state(r), of.end()
        else:  # "the sale of 12 Leopard tanks to Qatar"
            of = _OF.match(text, pos)
            if of is None:
                continue
            pos = of.end()
        ws = transfer_rules.weapons_in(view, pos, clause_end(text, pos))
        if not ws:
            continue
        if buyer is None:
            to = _TO.match(text, ws[-1].end)
            r = next((a for a in actors if to and a.start == to.end() and actor_state(a)), None)
            buyer = actor_state(r)
        if buyer and buyer != seller:
            yield seller, buyer, ws


def approved_export_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                              prev: SentView | None = None) -> list[dict[str, Any]]:
    """``found`` with the sales "S('s ministry) approved the export (to R) of W (to R)" tells;
    "it approved ..." is the state opening ``prev``, the sentence before in the paragraph."""
    if not CUE.search(view.text):
        return found
    prev_subject = subject_state(prev) if prev is not None else None
    return fill_incomplete(view, found, _readings(view, actors, prev_subject), "APPROVED_EXPORT",
                           "approved")
