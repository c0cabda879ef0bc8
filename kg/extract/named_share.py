"""A general noun followed by the named items that make up most of it (round 25).

"Bulgaria has shipped large volumes of ammunition to Ukraine since 2023, most of it 152mm
artillery shells": "ammunition" only says who gives whom (a general noun gives no weapon of its
own, kg.extract.transfers), and the item that names what was sent follows ", most of it" (or
", mostly", ", mainly", ", the bulk of it"), a cue the list rules (", including") do not read.
The named items are given a transfer with the parties of the general noun's fact (a relation, or
a transfer of the general noun itself, which gives way: one transfer of the named item); read
only when this sentence holds exactly one such fact with both parties and the items follow the
cue at once.

The same holds for the next sentence when it opens on the share: "Bulgaria has shipped large
volumes of ammunition to Ukraine. Most of it was 152mm artillery shells": the items after "Most
of it was" take the parties of the general noun's fact of the sentence just before (one such
fact only), whose own transfer of the general noun gives way.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.entities import SentView

_SHARE = re.compile(
    r"\b(?:ammunition|munitions|weapons|arms|weaponry|equipment|hardware)\b[^.;]{0,80}?,\s*"
    r"(?:(?:most|much|the\s+bulk|nearly\s+all|almost\s+all|all|part)\s+of\s+(?:it|them|which)"
    r"(?:\s+(?:being|was|were))?|mostly|mainly|largely|chiefly|primarily)\s+", re.I)


_OPENING_SHARE = re.compile(
    r"\s*(?:Most|Much|The\s+bulk|Nearly\s+all|Almost\s+all|All)\s+of\s+(?:it|them|the\s+"
    r"(?:ammunition|munitions|weapons|arms|equipment))\s+(?:was|were|is|are|has\s+been|have\s+"
    r"been|consisted\s+of|consists\s+of)\s+")
_GENERAL_TEXT = re.compile(r"(?:\w+\s+)*(?:ammunition|munitions|weapons|arms|weaponry|"
                           r"equipment|hardware)", re.I)


def _general_fact(f: dict[str, Any]) -> bool:
    """Whether ``f`` is who gives whom told with a general noun only."""
    return f.get("type") == "ArmsTransfer" and bool(f.get("supplier")) \
        and bool(f.get("recipient")) and (bool(f.get("_relation")) or f.get("weapon") is None
                                          and bool(_GENERAL_TEXT.fullmatch(
                                              f.get("weapon_text") or "")))


def _opening_share(view: SentView, found: list[dict[str, Any]],
                   before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "Most of it was W" given the general noun's parties of the sentence
    before; that sentence's fact of the general noun itself is taken out of ``before``."""
    m = _OPENING_SHARE.match(view.text)
    if m is None or view.index == 0:
        return found
    prev = [f for f in before if f.get("_sent") == view.index - 1 and _general_fact(f)]
    if len(prev) != 1 or any(f.get("type") == "ArmsTransfer" for f in found):
        return found
    ws = transfer_rules.weapons_in(view, m.end(), clause_end(view.text, m.end()))
    if not ws or ws[0].start - m.end() > 12:
        return found
    rel = prev[0]
    if not rel.get("_relation"):
        before.remove(rel)
    return found + transfer_rules.transfer_facts(view, rel["supplier"], [rel["recipient"]], ws,
                                                 "SHARE", rel.get("status") or "sent", 0.7)


def named_share_transfers(view: SentView, found: list[dict[str, Any]],
                          before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the items after "[general noun] ..., most of it" (or a next sentence's
    "Most of it was") given the general noun's transfer."""
    text = view.text
    if text.lstrip()[:4] in ("Most", "Much", "The ", "Near", "Almo", "All "):
        found = _opening_share(view, found, before)
    if "ammunition" not in text and "munitions" not in text and "weapon" not in text \
            and "arms" not in text and "equipment" not in text and "hardware" not in text:
        return found
    m = _SHARE.search(text)
    if m is None:
        return found
    rels = [f for f in found if _general_fact(f) and (f.get("_relation")
                                                      or f.get("_at") == m.start())]
    if len(rels) != 1:
        return found
    ws = transfer_rules.weapons_in(view, m.end(), clause_end(text, m.end()))
    told = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"}
    if not ws or ws[0].start - m.end() > 12 or any(w.start in told for w in ws):
        return found
    rel = rels[0]
    rest = [f for f in found if f is not rel or rel.get("_relation")]
    return rest + transfer_rules.transfer_facts(view, rel["supplier"], [rel["recipient"]], ws,
                                                 "SHARE", rel.get("status") or "sent", 0.7)
