""""A, B and C said they would each send a W to R": every listed state supplies (round 27).

The verb rules give the system to the state next to the verb at most, so the first states of
the list were lost. The cue is narrow: "each" right before a supply verb; the suppliers are the
states of one list ("A, B and C") that ends before the verb, and the recipient is the state after
"to" once the weapon is named. A transfer of the same weapon without a supplier, or from a
listed state, is replaced by one from each listed state. "each send a W" is one W from each.

Round 29: the recipient as the verb's indirect object, "Germany and France would each send
Ukraine a Patriot battery": a state right after the verb (not a demonym), then the weapons up to
the clause's end.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_EACH = re.compile(r"\beach\s+(?:(?:agreed|pledged|promised)\s+to\s+)?"
                   r"(?:send|supply|provide|deliver|donate|give|contribute|"
                   r"sent|supplied|provided|delivered|donated|gave|pledged)\b")
_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_TO = re.compile(r"\s+to\s+(?:the\s+)?$")
_ONE = re.compile(r"\s+(?:a|an|one)\s+(?:[A-Z][\w-]*\s+)?")  # "each send a (Ground) Master radar": one each


def _listed_states(view: SentView, actors: list[Actor], end: int) -> list[str]:
    """The states of the last list "A, B and C" that closes before ``end``."""
    before = [a for a in actors if a.end <= end and actor_state(a)]
    if not before:
        return []
    out = [before[-1]]
    for a in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(view.text[a.end:out[0].start]):
            break
        out.insert(0, a)
    return list(dict.fromkeys(actor_state(a) for a in out))


def each_send_transfers(view: SentView, actors: list[Actor],
                        tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with a transfer from each listed state of "A, B and C would each send W to R"."""
    if " each " not in view.text:
        return tfs
    m = _EACH.search(view.text)
    if m is None:
        return tfs
    suppliers = _listed_states(view, actors, m.start())
    taker = next((a for a in actors if a.start > m.end() and actor_state(a)
                  and _TO.search(view.text, 0, a.start)), None)
    lo, hi = m.end(), taker.start if taker is not None else 0
    if taker is None:  # "would each send Ukraine a Patriot battery"
        taker = next((a for a in actors if a.start == m.end() + 1 and actor_state(a)
                      and not a.demonym), None)
        if taker is not None:
            lo, hi = taker.end, clause_end(view.text, taker.end)
    if len(suppliers) < 2 or taker is None:
        return tfs
    recipient = actor_state(taker)
    weapons = transfer_rules.weapons_in(view, lo, hi)
    if not weapons:
        return tfs
    kept = [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                   and f.get("_at") in {w.start for w in weapons}
                                   and f.get("supplier") in (None, *suppliers))]
    one_each = len(weapons) == 1 and _ONE.fullmatch(view.text, lo, weapons[0].start)
    for s in suppliers:
        if s != recipient:
            for f in transfer_rules.transfer_facts(view, s, [recipient], weapons, "EACH_SEND",
                                                   "send", 0.75):
                if one_each and f.get("quantity") is None:
                    f["quantity"] = 1
                kept.append(f)
    return kept
