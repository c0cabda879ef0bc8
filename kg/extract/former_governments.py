"""Arms supplied "to the army of the former [demonym] government" (round 28).

"Black Hawk helicopters that the United States had supplied to the army of the former Afghan
government": the recipient is the state the former government ruled (GOLD.md names states, not
governments), but the words between "to" and the demonym are too many for the recipient rules,
and the transfer was read without a recipient. Read only for "to (the army/military/armed
forces/air force of) the former (ousted, toppled, deposed, previous, fallen, overthrown)
[demonym] government (regime)", once in the sentence, filling the empty recipient of a transfer
whose weapon comes before it and whose supplier is another state.

The same army told again in the next sentence with no state ("The army of the ousted government
had also received Mi-17 helicopters from Russia") is that state's: read only when the sentence
opens on "The army (military, armed forces) of the former (...) government" and its verb is
received/bought/acquired/obtained with "from S" after the weapons, and only when the sentence
just before names "the former [demonym] government" (the nearest antecedent, the strongest cue).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor
from kg.extract.entities import SentView
from kg.extract.sentences import DATELINE_RE

CUE = re.compile(r"\b(?:former|ousted|toppled|deposed|previous|fallen|overthrown)\s+[A-Z][\w-]+"
                 r"\s+(?:government|regime)\b")
_TO_FORMER = re.compile(
    r"\bto\s+(?:the\s+)?(?:(?:army|military|armed\s+forces|forces|air\s+force|navy)\s+of\s+"
    r"the\s+)?(?:former|ousted|toppled|deposed|previous|fallen|overthrown)\s+"
    r"(?P<dem>[A-Z][\w-]+)\s+(?:government|regime)\b")


def former_government_recipients(view: SentView, actors: list[Actor],
                                 found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the former government's state as the recipient left empty."""
    text = view.text
    ms = list(_TO_FORMER.finditer(text))
    if len(ms) != 1:
        return found
    m = ms[0]
    dem = next((a for a in actors if a.start == m.start("dem") and not a.person
                and (a.key or "").startswith("state/")), None)
    if dem is None:
        return found
    for f in found:
        if f.get("type") == "ArmsTransfer" and f.get("supplier") and not f.get("recipient") \
                and f["supplier"] != dem.key and (f.get("_at") or 0) < m.start():
            f["recipient"] = dem.key
    return found


_ARMY_OF_FORMER = re.compile(
    r"\s*The\s+(?:army|military|armed\s+forces|air\s+force)\s+of\s+the\s+(?:former|ousted|"
    r"toppled|deposed|previous|fallen|overthrown)\s+(?:government|regime)\s+(?:had\s+|has\s+)?"
    r"(?:also\s+)?(?:received|bought|acquired|obtained)\s+")
_FROM = re.compile(r"\s+from\s+(?:the\s+)?")


def _former_state(view: SentView | None, actors: list[Actor]) -> str | None:
    """The state of "the former [demonym] government" named in ``view`` (the sentence before)."""
    m = CUE.search(view.text) if view is not None else None
    if m is None:
        return None
    dem = re.match(r"\w+\s+", m.group(0))
    at = m.start() + (dem.end() if dem else 0)
    a = next((a for a in actors if a.start == at and not a.person), None)
    return a.key if a is not None and (a.key or "").startswith("state/") else None


def ousted_army_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                          prev_view: SentView | None, prev_actors: list[Actor]
                          ) -> list[dict[str, Any]]:
    """``found`` plus "The army of the ousted government had received W from S", the state of
    the former government named in the sentence before receiving."""
    text = view.text
    dl = DATELINE_RE.match(text)
    m = _ARMY_OF_FORMER.match(text, dl.end() if dl else 0)
    if m is None:
        return found
    ws = transfer_rules.weapons_in(view, m.end(), len(text))
    if not ws:
        return found
    frm = _FROM.match(text, ws[-1].end)
    seller = next((a for a in actors if frm is not None and a.start == frm.end()
                   and not a.person and not a.demonym), None)
    state = _former_state(prev_view, prev_actors)
    if seller is None or not (seller.key or "").startswith("state/") or state is None \
            or state == seller.key:
        return found
    at = {w.start for w in ws}
    kept = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in at)]
    return kept + transfer_rules.transfer_facts(view, seller.key, [state], ws, "OUSTED_ARMY",
                                                "received", 0.6)


__all__ = ["CUE", "former_government_recipients", "ousted_army_transfers"]
