"""A supply told in an "after" clause whose subject is the main clause's (round 68).

"After sending Leopard tanks to Ukraine last year, Germany is now sending air defence", "Having
supplied 18 Leopard tanks to Ukraine, Germany pledged more on Tuesday": the participle has no
subject of its own, so no verb rule named a supplier; in English it shares the main clause's.

Read only for "after|having|besides|since [already] <sending|supplying|delivering|providing|
shipping|donating|handing over|sent|supplied|delivered|provided|shipped|donated>" followed by
weapons and "to R" at the opening of the sentence ("Weeks after sending" too); the supplier is
the state or group that opens the main clause right after the comma (a person there, "After
sending ..., Chancellor X said", gives nothing). Only weapons no complete transfer holds yet
are given (kg.extract.clause_parties.fill_incomplete).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.caseless import caseless
from kg.extract.clause_parties import fill_incomplete
from kg.extract.clauses import Actor, group_after
from kg.extract.entities import SentView
from kg.extract.sentences import DATELINE_RE, JOINT_DATELINE_RE

CUE = caseless(
    r"\b(?:after|having|besides|since)\s+(?:already\s+|previously\s+|first\s+)?"
    r"(?P<v>sending|supplying|delivering|providing|shipping|donating|handing\s+over|"
    r"(?<=having\s)(?:sent|supplied|delivered|provided|shipped|donated|handed\s+over))\s",
    needs=("after", "having", "besides", "since"))
# "to Ukraine", "to Kyiv's forces": the receiver right after the weapons
_TO = re.compile(r"\s*(?:[\w-]+\s+){0,3}?to\s+(?:the\s+)?", re.I)
# the clause the participle opens ends at the first comma after the receiver
_CLAUSE_END = re.compile(r"[^,;.]{0,50}?,\s+(?:the\s+)?")
# "Weeks after sending", "Only days after delivering": the time before "after"
_TIME_WORDS = re.compile(r"\s*(?:(?:just|only|weeks|months|days|years|a\s+year|a\s+month|"
                         r"shortly|soon|not\s+long)\s+)*", re.I)


def _party(actors: list[Actor], text: str, pos: int, max_gap: int) -> str | None:
    g = group_after(actors, text, pos, max_gap=max_gap, include_demonyms=False)
    if g is None or g.actors[0].person or not g.actors[0].key:
        return None
    return g.actors[0].key


def fronted_supply_transfers(view: SentView, actors: list[Actor],
                             found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the weapons of "After sending W to R, S ..." given from S to R."""
    text = view.text
    head = DATELINE_RE.match(text) or JOINT_DATELINE_RE.match(text)
    opening = head.end() if head else 0
    for m in CUE.finditer(text):
        if not _TIME_WORDS.fullmatch(text, opening, m.start()):
            continue  # (a trailing "..., weeks after sending W to R" is read by the verb rules)
        ws = []
        for w in transfer_rules.weapons_in(view, m.end(), min(len(text), m.end() + 90)):
            if ws and re.search(r"[,;]", text[ws[-1].end:w.start]) and not re.fullmatch(
                    r",\s+(?:and\s+)?", text[ws[-1].end:w.start]):
                break
            ws.append(w)
        if not ws or re.search(r"[,;]", text[m.end():ws[0].start]):
            continue
        to = _TO.match(text, ws[-1].end)
        recipient = _party(actors, text, to.end(), 2) if to else None
        end = _CLAUSE_END.match(text, to.end()) if recipient is not None else None
        supplier = _party(actors, text, end.end(), 0) if end else None
        if supplier is None or supplier == recipient:
            continue
        found = fill_incomplete(view, found, [(supplier, recipient, ws)], "FRONTED",
                                m.group("v").lower())
    return found
