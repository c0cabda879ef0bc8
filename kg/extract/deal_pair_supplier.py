""""[R] received the guns under a deal the two countries signed in [year]": the two countries are
R and the state that supplied them, told in the sentences just before (round 24).

With one state in its sentence, "the two countries" was resolved to the article's treaty told
nearest before (another pair: "Poland and the United States signed a defence agreement ...");
but the deal is the one the weapons came under, and the supply was told right before ("South
Korea's Hanwha said it had shipped another 18 K9 howitzers"). Read only when the sentence says
"[state] received/took delivery of/bought ... under a deal/contract the two countries signed",
the state is its only one, and a transfer of the last two sentences (or this one) pairs it with
one other state as supplier or recipient; the treaty then has those two as its parties.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_RECEIVED_UNDER_PAIR_DEAL = re.compile(
    r"\b(?:received|receives|took\s+delivery\s+of|takes\s+delivery\s+of|bought|buys|acquired|"
    r"got|obtained|delivered|shipped|sent|supplied|sold)\b[^.;]{0,80}?\bunder\s+(?:a|an|the)\s+"
    r"(?:[\w$.,-]+\s+){0,4}?(?:deal|contract|agreement|accord|pact)\s+(?:that\s+)?the\s+two\s+"
    r"(?:countries|governments|nations|states|sides)\s+(?:had\s+)?signed\b")

_LOOKBACK = 2


def _other_side(state: str, transfers: list[dict[str, Any]]) -> str | None:
    """The one state the nearest transfer pairs with ``state`` (as supplier or recipient)."""
    for t in sorted(transfers, key=lambda t: -t["_sent"]):
        sides = [t.get("supplier"), t.get("recipient")]
        if state not in sides and None not in sides:
            continue
        other = [s for s in sides if s and s != state and s.startswith("state/")]
        if len(other) == 1:
            return other[0]
    return None


def supplier_pair_deals(view: SentView, treaties: list[dict[str, Any]],
                        raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``treaties`` with a one-state "deal the two countries signed" given the supply's pair."""
    if "two" not in view.text or _RECEIVED_UNDER_PAIR_DEAL.search(view.text) is None:
        return treaties
    states = list(dict.fromkeys(m.state() for m in view.mentions
                                if m.state() and not m.is_demonym))
    if len(states) != 1:
        return treaties
    near = [t for t in raw if t.get("type") == "ArmsTransfer"
            and 0 <= view.index - t.get("_sent", -99) <= _LOOKBACK]
    other = _other_side(states[0], near)
    if other is None:
        return treaties
    for f in treaties:
        if f.get("_needs_pair") and f.get("parties") == [states[0]]:
            f["parties"] = [states[0], other]
            f["_needs_pair"] = False
    return treaties
