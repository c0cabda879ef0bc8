"""A general noun followed by the named items that make up most of it (round 25).

"Bulgaria has shipped large volumes of ammunition to Ukraine since 2023, most of it 152mm
artillery shells": "ammunition" only says who gives whom (a general noun gives no weapon of its
own, kg.extract.transfers), and the item that names what was sent follows ", most of it" (or
", mostly", ", mainly", ", the bulk of it"), a cue the list rules (", including") do not read.
The named items are given a transfer with the parties of the general noun's fact (a relation, or
a transfer of the general noun itself, which gives way: one transfer of the named item); read
only when this sentence holds exactly one such fact with both parties and the items follow the
cue at once.
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


def named_share_transfers(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the items after "[general noun] ..., most of it" given the general
    noun's transfer."""
    text = view.text
    if "ammunition" not in text and "munitions" not in text and "weapon" not in text \
            and "arms" not in text and "equipment" not in text and "hardware" not in text:
        return found
    m = _SHARE.search(text)
    if m is None:
        return found
    rels = [f for f in found if f.get("type") == "ArmsTransfer" and f.get("supplier")
            and f.get("recipient") and (f.get("_relation") or f.get("weapon") is None
                                        and f.get("_at") == m.start())]
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
