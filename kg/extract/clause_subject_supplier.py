""""..., and [S] has agreed to supply [W]": the second clause's own subject supplies (round 24).

"Italy is building two patrol vessels for the Indonesian navy, and Turkey has agreed to supply
48 KAAN jets" gave Italy the jets: the verb rules carry the first clause's supplier over a
clause whose subject names its own. Narrow on purpose: ", and" (or ", while") and a state
(not a demonym) that opens the clause right before its supply verb ("has agreed to supply",
"will sell", "has delivered"); only the weapons of that clause whose fact names another
supplier are changed, and a recipient equal to the new supplier is cleared. A weapon of the
first clause that the verb rules also gave to S ("Italy handed two frigates to Indonesia, and
Turkey ...": Italy -> Turkey) keeps only its other recipient.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_AND = re.compile(r",\s*(?:and|while)\s+(?:the\s+)?$")
_VERB = re.compile(
    r"\s+(?:(?:has|have|had|will|would|is|was)\s+)?(?:also\s+|already\s+)?"
    r"(?:(?:agreed|promised|pledged|decided|offered|is\s+set|is\s+due)"
    r"(?:\s+(?:in|on|last|this)\s+[A-Z]?\w+)?\s+to\s+)?"  # ("agreed in October to supply")
    r"(?P<v>supply|sell|deliver|send|donate|provide|supplied|sold|delivered|sent|donated|"
    r"provided|supplying|selling|delivering|sending)\s+", re.I)


def clause_subject_suppliers(view: SentView, actors: list[Actor],
                             found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the weapons of ", and S has agreed to supply W" given S as supplier."""
    text = view.text
    if ", and " not in text and ", while " not in text:
        return found
    for s in actors:
        v = _VERB.match(text, s.end)
        if v is None or not actor_state(s) or s.demonym or not _AND.search(text, 0, s.start):
            continue
        span = {w.start for w in transfer_rules.weapons_in(view, v.end(),
                                                           clause_end(text, v.end()))}
        for f in found:
            if f.get("type") == "ArmsTransfer" and f.get("_at") in span \
                    and f.get("supplier") not in (None, actor_state(s)):
                f["supplier"] = actor_state(s)
                if f.get("recipient") == actor_state(s):
                    f["recipient"] = None
        found = _drop_subject_recipient(found, actor_state(s), s.start)
    return found


def _drop_subject_recipient(found: list[dict[str, Any]], subject: str, before: int
                            ) -> list[dict[str, Any]]:
    """``found`` without a first clause's weapon given to the later clause's subject when the
    same weapon has another recipient too."""
    def doubled(f: dict[str, Any]) -> bool:
        return f.get("type") == "ArmsTransfer" and f.get("recipient") == subject \
            and f.get("_at", before) < before and any(
                g is not f and g.get("_at") == f.get("_at") and g.get("recipient")
                and g.get("recipient") != subject for g in found)
    return [f for f in found if not doubled(f)]
