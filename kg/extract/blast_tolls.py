"""An explosion with its own toll at a known place, read as an attack (round 36).

"Two explosions at a political rally in Quetta killed eleven people on Sunday": no strike rule
reads a blast as the subject of "killed", so the attack went missing although the sentence
states it, its place and its toll. Over the held-out sets, sentences with an explosion or a blast
and a casualty word were a gold strike's evidence 12 times in 15 (numbers only, no sentence
read).

Narrow on purpose: a sentence no strike was read in; the blast noun opens its clause ("two
explosions at", "a bomb blast near", "the blast tore through", "a blast killed", round 72) and
is followed by a known place
and a toll of the sentence's own; accidents are not attacks, so a sentence naming gas, a
boiler, fuel, a factory, a mine shaft, fireworks or an ammunition depot is left alone. The
attacker is the side a claim or blame names in the next three sentences (as for an unclaimed
suicide bombing, kg.extract.unclaimed_bombers), never the country hit; else none. Its day is
the sentence's own "on <weekday>".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract.added_strikes import first_known_place, insert_in_order, unread_matches
from kg.extract.caseless import caseless
from kg.extract.unclaimed_bombers import toll_strike

Strike = dict[str, Any]

_BLAST = re.compile(
    r"(?:^|[,;]\s+|\s[-—–]\s+|\b(?:when|as|after)\s+)(?:the\s+|an?\s+|twin\s+|two\s+|three\s+|several\s+|"
    r"\d+\s+)?(?:(?:powerful|large|huge|massive|bomb|car[- ]bomb|roadside[- ]bomb|suicide)\s+)?"
    r"(?:explosions?|blasts?)\s+(?:at|near|in|outside|inside|on|targeting|ripped\s+through|"
    # ("A blast killed three people in Beirut": the toll's verb first, round 72)
    r"tore\s+through|hit|struck|rocked|killed|wounded|injured)\b", re.I)
_ACCIDENT = re.compile(r"\b(?:gas|boiler|fuel|tanker\s+truck|factory|plant|mine\s+shaft|"
                       r"coal\s+mine|fireworks?|ammunition\s+depot|arms\s+depot|accident\w*|"
                       r"leak|short[- ]circuit)\b", re.I)
# (searched over the whole article: in lower case and only when a need is there, quicker)
CUE = caseless(r"\b(?:explosions?|blasts?)\b", needs=("explosion", "blast"))


def blast_tolls(raw: list[Strike], views: list[Any], text: str, published: date | None,
                state_of: Callable[[str], str | None]) -> None:
    """Add the strike of an unread "two explosions at a rally in X killed N" sentence."""
    if CUE.search(text) is None:
        return
    told = {s["_sent"] for s in raw if s["type"] == "Strike"}
    for v, m in unread_matches(raw, views, _BLAST.search):
        if _ACCIDENT.search(v.text):
            continue
        placed = first_known_place(v, m.end())
        s = toll_strike(views, v, placed, told, published, state_of) if placed else None
        if s is not None:
            insert_in_order(raw, s)
