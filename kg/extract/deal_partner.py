"""The buyer and seller of "X signed a contract with Y's firm to buy W".

The infinitive "to buy" has no subject of its own: the one who signed buys, and the partner
signed *with* (a state, or a state's arms maker: "France's Dassault Aviation") sells. Taking the
nearest actor before "buy" as the buyer reads such a sentence backwards.
"""

from __future__ import annotations

import re

from kg.extract.clauses import Actor, Group, group_after, subject_before

# "signed a contract with", "has also signed an agreement with", "struck a $2bn deal with"
_SIGNED_WITH = re.compile(
    r"\b(?:signed|concluded|agreed|reached|struck|sealed|inked|finali[sz]ed)\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:[\w$€£.,-]+\s+){0,3}?"
    r"(?:contracts?|deals?|agreements?|accords?)\s+with\s+(?:the\s+)?", re.I)
# from the partner to the verb: "... on Monday to", "... in April to"
_THEN_TO = re.compile(r"[^.;:]{0,80}?\bto\s+$")


def deal_partner(actors: list[Actor], text: str, lo: int,
                 verb_at: int) -> tuple[Group, Actor] | None:
    """(buyer, seller) when the verb at ``verb_at`` is "to buy" after "signed a deal with"."""
    last = None
    for m in _SIGNED_WITH.finditer(text, lo, verb_at):
        last = m
    if last is None or not _THEN_TO.fullmatch(text, last.end(), verb_at):
        return None
    seller = group_after(actors, text, last.end(), max_gap=2)
    buyer = subject_before(actors, text, last.start(), lo)
    if seller is None or buyer is None or seller.start >= verb_at:
        return None
    sa = seller.actors[0]
    if sa.person or not sa.key or not buyer.actors[-1].key or buyer.actors[-1].key == sa.key:
        return None
    return buyer, sa
