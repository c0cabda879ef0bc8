""""[S] has (also) become an important supplier to [R], sending W and W2" (round 25).

The verb rules read the participle clause ("sending W") with S as the giver but no recipient of
its own, and the article-wide guess then lends it the recipient of the article's main deal (an
order by another state). The recipient is the object of "supplier to". Narrow on purpose: the
state right before "has/have become" (or "has emerged as", "is now"), "a/an/the" and at most
two adjectives, "supplier to" and a state (or group) right after, then ", sending/selling/
delivering/supplying/providing/shipping" at once ("as well" between them allowed); the weapons
of that participle's clause are S's to R. Only the transfers of those weapons are told anew.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_BECOME = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:also\s+|now\s+|since\s+|quietly\s+)?(?:become|emerged\s+as)\s+"
    r"|(?:is|are|was)\s+(?:now\s+|also\s+)?)(?:an?|the)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:arms\s+|weapons\s+|military\s+)?supplier\s+to\s+(?:the\s+)?")
_SENDING = re.compile(
    r"(?:\s+as\s+well|\s+too)?\s*,\s*(?:(?:also|mainly|chiefly)\s+)?(?P<v>sending|selling|"
    r"delivering|supplying|providing|shipping|exporting)\s+")


def supplier_to_transfers(view: SentView, actors: list[Actor],
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "S has become a supplier to R, sending W" read as S -> R (W)."""
    text = view.text
    if "supplier to" not in text:
        return found
    for i, s in enumerate(actors[:-1]):
        m = _BECOME.match(text, s.end)
        r = actors[i + 1]
        if m is None or not actor_state(s) or r.start != m.end() or not r.key or r.person \
                or r.key == actor_state(s):
            continue
        sending = _SENDING.match(text, r.end)
        if sending is None:
            continue
        weapons = transfer_rules.weapons_in(view, sending.end(), clause_end(text, sending.end()))
        if weapons:
            found = replace_transfers(view, found, [actor_state(s)], r.key, weapons, "SUPPLIER-TO",
                                      sending.group("v"))
    return found
