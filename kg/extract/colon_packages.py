"""Items listed after a colon behind the packages or sales a government approved or notified:
"It also notified Congress of three other packages: 18 HIMARS launchers, 135 SLAM-ER missiles
and six reconnaissance pods"; "Washington cleared three arms sales to Taiwan: ..." (round 84).

The verb rules read nothing there: "notified Congress of" and "approved" are no verbs of supply,
and the weapons stand behind a colon, after the noun they belong to. The items are the
weapon mentions after the colon up to the clause's end (not one an item is "for": "pods for the
island's F-16 jets"). The parties: the supplier is the state right before the verb (a US
agency that clears sales sells for the United States); the recipient the state after "to" or
"for" before the colon, else after the items ("...: 40 Javelin missiles and 12 Stinger launchers
for Lithuania"). A party the clause does not name comes from the one pair this sentence's
transfers told, else the one pair the sentence before told: its supplier, and its recipient
unless the clause names one ("The United States approved a sale of Harpoon missiles to
Taiwan. It also notified Congress of three other packages: ..."). Only fills: an item a
complete transfer holds keeps it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.approved_lists import TAIL_END, one_per_phrase, supplier_before
from kg.extract.clause_parties import fill_incomplete, told_pairs
from kg.extract.entities import SentView
from kg.extract.package_items import FOR_BEFORE
from kg.extract.transfers import weapons_in

CUE = re.compile(r"(?:packages?|sales?|deals?)\b[^.;:]{0,40}:", re.I)
_LISTED = re.compile(
    r"\b(?P<verb>approved|cleared|authori[sz]ed|notified\s+(?:the\s+)?(?:U\.?S\.?\s+)?Congress\s+"
    r"(?:[\w,]+\s+){0,3}?of)\s+"
    r"(?:the\s+|an?\s+|(?:two|three|four|five|six|several|\d+)\s+)?"
    r"(?:(?:other|more|further|separate|new|possible|proposed|potential|arms|weapons|military|"
    r"foreign\s+military)\s+)*"
    r"(?P<noun>packages?|sales?|deals?)\b(?P<tail>[^.;:]{0,60}?):\s*", re.I)
_TO_FOR = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$")


def colon_package_transfers(view: SentView, tfs: list[dict[str, Any]], prev: SentView | None,
                            raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the items of "notified Congress of three packages: W1, W2 and W3"."""
    text = view.text
    if ":" not in text or not CUE.search(text):
        return tfs
    for m in _LISTED.finditer(text):
        supplier = supplier_before(view, m.start())
        end = TAIL_END.search(text, m.end())
        stop = end.start() if end else len(text)
        # "three arms sales to Taiwan: ...", else "...: 12 Stinger launchers for Lithuania"
        recipient = _recipient_in(view, m.end("noun"), m.end("tail")) \
            or _recipient_in(view, m.end(), stop)
        if not supplier or not recipient:
            # the pair told just before: its supplier sells here too ("approved a sale of W to
            # Latvia and cleared two other sales: ... for Estonia"), its recipient unless named
            pair = _one_pair(view, tfs, prev, raw)
            if pair is None or (supplier and supplier != pair[0]):
                continue
            supplier, recipient = pair[0], recipient or pair[1]
        if supplier == recipient:
            continue
        items = [w for w in weapons_in(view, m.end(), stop)
                 if not FOR_BEFORE.search(text, max(0, w.start - 30), w.start)]
        tfs = fill_incomplete(view, tfs, [(supplier, recipient, one_per_phrase(text, items))],
                              "COLON_PACKAGE", m.group("verb"))
    return tfs


def _one_pair(view: SentView, tfs: list[dict[str, Any]], prev: SentView | None,
              raw: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The one (supplier, recipient) this sentence's transfers told, else the sentence before's."""
    here = {(f["supplier"], f["recipient"]) for f in tfs
            if f.get("type") == "ArmsTransfer" and f.get("supplier") and f.get("recipient")}
    if len(here) == 1:
        return next(iter(here))
    if here or prev is None:
        return None
    pairs = told_pairs(raw, prev.index)
    return next(iter(pairs)) if len(pairs) == 1 else None


def _recipient_in(view: SentView, lo: int, hi: int) -> str | None:
    """The first state in text[lo:hi] right after "to" or "for"."""
    return next((x.state() for x in view.mentions
                 if lo <= x.start and x.end <= hi and x.state() and not x.is_demonym
                 and _TO_FOR.search(view.text, max(0, x.start - 12), x.start)), None)
