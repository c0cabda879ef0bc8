"""A buyer that "turned to" (or "is relying on") a seller "for" weapons (rounds 68, 72).

"Egypt has turned to China for J-10C fighter jets", "Mali turned instead to Russia for attack
helicopters": the seller is the object of "turned to", the weapons follow "for", and the buyer
is the subject. No verb of supply is written, so no verb rule read it (the participle form,
"turned to China, buying ...", is kg.extract.transfers' A4). Read only with one state or group
on each side and weapons right after "for" in the same clause; a hedge before the verb ("may
turn to") and a denial leave it unread, and weapons another rule gave whole keep theirs.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import fill_incomplete
from kg.extract.clauses import Actor, clause_start, group_after, subject_before
from kg.extract.entities import SentView

# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
# ("Russia is relying on North Korea for artillery shells": the same reading, round 72)
_VERB = (r"(?:(?:turned|turns|turning)\s+(?:instead\s+|again\s+|increasingly\s+)?to|"
         r"(?:relying|relies|relied|depends|depending|dependent)\s+"
         r"(?:heavily\s+|increasingly\s+|largely\s+)?on)")
CUE = re.compile(rf"\s{_VERB}\s")
_TURNED = re.compile(r"\b(?:has\s+|have\s+|had\s+|is\s+|are\s+|was\s+|were\s+)?"
                     rf"(?:also\s+|now\s+|since\s+|been\s+)?{_VERB}\s+(?:the\s+)?")
_FOR = re.compile(r"\s+(?:instead\s+)?for\s+(?:(?:its|their|more|new|modern|the)\s+)*")


def turned_to_transfers(view: SentView, actors: list[Actor],
                        found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the weapons of "R has turned to S for W" given from S to R."""
    text = view.text
    for m in _TURNED.finditer(text):
        if transfer_rules.hedged(text[clause_start(text, m.start()):m.start()]):
            continue  # "Egypt may turn to China for ..." (the verb rules' own check)
        seller, at_for = _seller_for(actors, text, m.end())
        buyer = subject_before(actors, text, m.start())
        if at_for is None or buyer is None or len(buyer.actors) != 1 or buyer.actors[0].person:
            continue
        gap = _AND_TO.search(text, at_for.end())
        hi = gap.start() if gap else len(text)
        ws = [w for w in transfer_rules.weapons_in(view, at_for.end(), hi)
              if not re.search(r"[;]|\b(?:after|because|as|while|but)\b",
                               text[at_for.end():w.start])]
        if not ws or ws[0].start - at_for.end() > 30:
            continue
        s, r = seller, buyer.actors[-1].key
        if s and r and s != r:
            found = fill_incomplete(view, found, [(s, r, ws)], "TURNED_TO", "turned to")
        second = _second_seller(view, actors, gap) if gap else None
        if second is not None and r and second[0] != r:
            # "... and to the United States for Apache helicopters": the verb left out (round 77)
            found = fill_incomplete(view, found, [(second[0], r, second[1])], "TURNED_TO",
                                    "turned to")
    return found


# "turned to South Korea for K2 tanks and to the United States for Apache helicopters"
_AND_TO = re.compile(r",?\s+and\s+(?:to|on)\s+(?:the\s+)?(?=[A-Z])")


def _seller_for(actors: list[Actor], text: str, pos: int) -> tuple[str | None, re.Match | None]:
    """The one state or group written right at ``pos`` and the "for" after it ("to China for"):
    (its key, the match of "for"), else (None, None)."""
    seller = group_after(actors, text, pos, max_gap=0, include_demonyms=False)
    if seller is None or len(seller.actors) != 1 or seller.actors[0].person:
        return None, None
    return seller.actors[0].key, _FOR.match(text, seller.end)


def _second_seller(view: SentView, actors: list[Actor], gap: re.Match) -> tuple[str, list] | None:
    """(seller, weapons) of the gapped second half "and to S2 for W2"."""
    seller, at_for = _seller_for(actors, view.text, gap.end())
    if seller is None or at_for is None:
        return None
    end = re.search(r"[,;.]", view.text[at_for.end():])
    ws = transfer_rules.weapons_in(view, at_for.end(),
                                   at_for.end() + end.start() if end else len(view.text))
    return (seller, ws) if ws and ws[0].start - at_for.end() <= 30 else None
