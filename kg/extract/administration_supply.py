"""A supply by "the administration" inside a media report, and one system told twice.

- "Bloomberg News reported on Wednesday that the administration had approved the sale of X to
  Taiwan", "... reported that the administration planned to send Taipei two batteries of X":
  no state names the supplier; in the wire's usage an unqualified "the administration" is the
  United States government, whatever the dateline ("GAZA ... The Washington Post reported that
  the administration had approved the sale of precision-guided weapons to Israel"; round 81:
  before, the dateline's state, which gave Gaza's). Read only after "[media] reported ... that
  the administration" and a supply frame right after it.
- "two batteries of advanced air defence systems, NASAMS, which ...": the description and the
  name in apposition are one system (the name is kept).
- "60 PAC-3 MSE and 40 PAC-2 GEM-T missiles": two variants of one system (the same name before
  the digit) are one transfer (the first is kept).
- "six air defence systems of the IRIS-T type": the description and the type are one system
  (the type is kept, with the description's number).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_ADMIN = re.compile(r"\breported\b[^.;]{0,30}?\bthat\s+the\s+administration\s+(?:had\s+|has\s+|"
                    r"would\s+|will\s+|was\s+|also\s+)*", re.I)
_SALE_OF = re.compile(r"(?:approved|cleared|authori[sz]ed|agreed\s+to)\s+the\s+(?:sale|transfer|"
                      r"delivery|export)\s+of\s+", re.I)
_SEND = re.compile(r"(?:plann(?:ed|ing)\s+to\s+|plans\s+to\s+|intends\s+to\s+|agreed\s+to\s+|"
                   r"decided\s+to\s+|prepar(?:ed|ing)\s+to\s+)?(?:send|sell|supply|deliver|give|"
                   r"provide|ship|transfer)\s+", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.I)
_US = "state/united-states"
_APPOSED_NAME = re.compile(r"\s*,\s*$")


def _named_apposition(view: SentView, weapons: list, hi: int) -> list:
    """"advanced air defence systems, NASAMS, which": the name after the comma."""
    text = view.text
    if not weapons or weapons[-1].end != hi or not text.startswith(",", hi):
        return weapons
    name = next((m for m in view.mentions if m.category and hi < m.start <= hi + 3
                 and re.match(r"\s*[,.;]", text[m.end:])), None)
    return [*weapons[:-1], name] if name is not None else weapons


def _administration_frames(view: SentView, actors: list[Actor]):
    text = view.text
    admin = _ADMIN.search(text)
    if admin is None:
        return
    sale = _SALE_OF.match(text, admin.end())
    if sale:
        to = _TO.search(text, sale.end(), clause_end(text, sale.end()))
        rec = next((a for a in actors if to and a.start == to.end()), None)
        if to and actor_state(rec):
            yield actor_state(rec), sale.end(), to.start()
        return
    send = _SEND.match(text, admin.end())
    if send is None:
        return
    rec = next((a for a in actors if a.start == send.end()), None)
    if actor_state(rec):  # "send Taipei two batteries of ..."
        yield actor_state(rec), rec.end, clause_end(text, rec.end)


def administration_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                             ) -> list[dict[str, Any]]:
    """``found`` with "the administration"'s supplies (the United States'), for weapons no
    rule read."""
    if "administration" not in view.text:
        return found
    for recipient, lo, hi in list(_administration_frames(view, actors)):
        if recipient == _US:
            continue
        told = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"}
        weapons = _named_apposition(view, transfer_rules.weapons_in(view, lo, hi), hi)
        weapons = [w for w in weapons if w.start not in told]
        found += transfer_rules.transfer_facts(view, _US, [recipient], weapons, "AD",
                                               "supplied", 0.7)
    return found


# (the first variant's mention may stop before its suffix: "PAC-3" of "60 PAC-3 MSE and 40 ...")
_VARIANT_GAP = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}\s+and\s+\d[\d,]*\s+")
_OF_TYPE = re.compile(r"\s+of\s+the\s+$", re.I)
_TYPE = re.compile(r"\s+(?:type|class|model|family)\b", re.I)


def _family(name: str) -> str:
    """"PAC-3 MSE" -> "pac": the name before its first digit."""
    return re.split(r"[-\s]?\d", name.lower(), maxsplit=1)[0].strip()


def _bare_variant(name: str) -> bool:
    """"PAC-3" (a code without its noun, the family in capitals), not "Type 99 howitzers"."""
    family = re.split(r"[-\s]?\d", name, maxsplit=1)[0].strip()
    return len(family) >= 2 and family.isupper() and not re.search(r"\b[a-z]{3,}\b", name)


def one_system_twice(view: SentView, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` without the second fact of "N A and N B missiles" (variants of one family) and
    without the description of "N systems of the X type" (its number goes to X)."""
    text = view.text
    spans = {m.start: m for m in view.mentions if m.category}
    facts = [f for f in found if f.get("type") == "ArmsTransfer" and f.get("_at") in spans]
    drop: set[int] = set()
    for a in facts:
        for b in facts:
            if a is b or (a["supplier"], a["recipient"]) != (b["supplier"], b["recipient"]):
                continue
            wa, wb = spans[a["_at"]], spans[b["_at"]]
            gap = text[wa.end:wb.start] if wa.end <= wb.start else None
            if gap is None:
                continue
            if _VARIANT_GAP.fullmatch(gap) and _bare_variant(wa.text) \
                    and _family(wa.text) == _family(wb.text):
                drop.add(id(b))
            elif _OF_TYPE.fullmatch(gap) and _TYPE.match(text, wb.end):
                b["quantity"] = b.get("quantity") or a.get("quantity")
                drop.add(id(a))
    return [f for f in found if id(f) not in drop]
