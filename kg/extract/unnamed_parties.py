"""A sale whose buyer the text says is not named: "approved the possible sale of 40 Stinger
missiles, without naming the buyer", "to an unnamed Gulf customer".

Such a fact has no recipient in its sentence, and the context rules would give it one (the
supplier's one partner in the article, or the dateline's state); the text says there is none to
give, so the fact is dropped. Only on the explicit cue, and only for a fact lacking its recipient.
"""

from __future__ import annotations

import re
from typing import Any

_BUYER = (r"(?:buyer|buyers|customer|customers|client|clients|recipient|recipients|purchaser|"
          r"country)")
_UNNAMED = re.compile(rf"\b(?:unnamed|undisclosed|unidentified|anonymous)\s+"
                      rf"(?:[\w-]+\s+){{0,2}}?{_BUYER}\b|"
                      rf"\bwithout\s+(?:naming|identifying|disclosing)\s+(?:the|a|its)\s+"
                      rf"{_BUYER}\b|"
                      rf"\b(?:did|does|would)\s+not\s+(?:name|identify|disclose)\s+(?:the|a|"
                      rf"its)\s+{_BUYER}\b", re.I)
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
UNNAMED_CUE = _UNNAMED


def drop_unnamed_buyers(text: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``facts`` without the transfers lacking a recipient when the sentence says the buyer is
    not named."""
    if not _UNNAMED.search(text):
        return facts
    return [f for f in facts if not (f.get("type") == "ArmsTransfer" and f.get("supplier")
                                     and not f.get("recipient"))]


# "from two European capitals", "from three allies", "from several partners": sellers counted,
# not named
_COUNTED_SELLERS = re.compile(
    r"\bfrom\s+(?:two|three|four|five|several|various|multiple|\d+)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?:capitals|countries|allies|partners|states|governments|nations)\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
COUNTED_SELLERS_CUE = _COUNTED_SELLERS


def drop_counted_sellers(text: str, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``facts`` without the transfers lacking a supplier when the sentence gives the sellers
    only as a count ("Armenia to get air defence systems from two European capitals"): the
    context rules would lend the buyer's one other partner of the article, which is none of
    them; the sentences naming the sellers tell their own transfers."""
    if not _COUNTED_SELLERS.search(text):
        return facts
    return [f for f in facts if not (f.get("type") == "ArmsTransfer" and f.get("recipient")
                                     and not f.get("supplier"))]
