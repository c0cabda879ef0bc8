""""The administration is sending W to R" in a Washington report (round 28).

"The administration" names no state; in a report from Washington (or as "the Trump/Biden
administration") it is the United States' government, as kg.extract.administration_supply reads
it inside "[media] reported that the administration ...". Here it is the clause's own subject:
"The administration is sending a second THAAD battery to Israel", "the administration has
delivered 12 F-16 jets to Kyiv". Read only for "the administration" followed at once by
auxiliaries (has, had, will, is, was, also, now, already: never would, could or may) and a supply
verb, with the recipient after "to" (or right after the verb) in the same clause, for weapons no
rule gave both parties. Round 52: "the administration authorised (approved, cleared) the transfer
(sale, delivery) of W" too, whose recipient may be left to the sentence before (kg.extract.records).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

UNITED_STATES = "state/united-states"
_ADMIN_SUPPLIES = re.compile(
    r"\b(?:[Tt]he\s+(?P<who>(?:Trump|Biden|Obama)\s+)?|(?P<his>[Hh]is|[Hh]er)\s+)administration"
    r"(?:\s*,\s*which\s+[^,;.]{3,80},)?\s+"
    r"(?:(?:has|had|will|is|was|also|now|already|formally|quietly|officially)\s+)*"
    r"(?:sending|send|sent|delivering|deliver|delivered|supplying|supply|supplied|shipping|ship|"
    r"shipped|providing|provide|provided|selling|sell|sold|transferring|transfer|transferred|"
    # "the administration authorised the transfer of 1,800 bombs" (round 52)
    # ("approved a sale of", "notified Congress on Tuesday of a proposed sale of": round 77)
    r"(?P<noun>(?:(?:authori[sz]ed|approved|cleared)\s+(?:the|a|an)|notified\s+Congress\s+"
    r"(?:(?:on|this|last)\s+\w+\s+)?of\s+(?:the|a|an))\s+(?:(?:proposed|possible|planned|new|"
    r"further|separate)\s+)?(?:transfer|sale|delivery|shipment)\s+of))\s+")
# "a second THAAD [missile defence battery] to Israel": the mention may stop at the name
_TO = re.compile(r"(?:\s+[a-z][\w-]*){0,3}?\s+to\s+(?:the\s+)?")


def _recipient(actors: list[Actor], pos: int) -> Actor | None:
    a = next((a for a in actors if a.start == pos), None)
    return a if a is not None and not a.person and a.key else None


def administration_subject_transfers(view: SentView, actors: list[Actor],
                                     found: list[dict[str, Any]], dateline_state: str | None,
                                     leader_state: str | None = None) -> list[dict[str, Any]]:
    """``found`` plus the United States' supplies told with "the administration" as subject,
    and the supplies of "his administration" after a sentence naming a state's leader
    (``leader_state``; round 54)."""
    text = view.text
    if "administration" not in text:
        return found
    for m in _ADMIN_SUPPLIES.finditer(text):
        supplier = leader_state if m.group("his") else UNITED_STATES
        if supplier is None or not m.group("his") and dateline_state != UNITED_STATES \
                and not m.group("who"):
            continue
        hi = clause_end(text, m.end())
        rec = _recipient(actors, m.end())  # "is sending Israel a second battery"
        lo = rec.end if rec is not None else m.end()
        ws = transfer_rules.weapons_in(view, lo, hi)
        if rec is None and ws:
            to = _TO.match(text, ws[-1].end)
            rec = _recipient(actors, to.end()) if to is not None else None
        if rec is not None and rec.key == supplier:
            continue
        if rec is None and not (m.group("noun") and ws):
            continue  # (an authorised transfer's recipient may be the sentence before's)
        done = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"
                and f.get("supplier") and f.get("recipient")}
        ws = [w for w in ws if w.start not in done]
        if not ws:
            continue
        at = {w.start for w in ws}
        found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in at)]
        found += transfer_rules.transfer_facts(view, supplier,
                                               [rec.key if rec is not None else None], ws,
                                               "ADMIN_SUBJECT", "supplied", 0.7)
    return found


__all__ = ["administration_subject_transfers"]
