"""The state angered by a signing is no party to it (round 22):

"Moscow infuriated Chisinau on Wednesday by signing a memorandum on gas supplies with the
breakaway region of Transnistria": the participle "signing" belongs to the subject (Moscow);
the object of "infuriated" (Chisinau) stands nearest to it and was read as the signer. Read only
on "[state] infuriated/angered/... [state] (...) by signing a/an/the [pact noun]", with one state
on each side; the sentence's treaties that hold the angered state (and not the subject) get the
subject in its place.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, states_within
from kg.extract.entities import SentView

_ANGERED_BY_SIGNING = re.compile(
    r"(?:^|\s-\s)(?P<subj>[A-Z][^,;]{1,40}?)\s+(?:has\s+|had\s+)?(?:also\s+)?"
    r"(?:infuriated|angered|enraged|incensed|irritated|riled|provoked|alarmed|upset|annoyed|"
    r"antagoni[sz]ed|outraged)\s+(?P<obj>[^,;]{2,40}?)\s+(?:[^,;]{0,30}?\s+)?by\s+signing\s+"
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|memorandum|deal|"
    r"protocol|charter|convention)\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = re.compile(r"\sby\s+signing\s")



def angered_state_replaced(view: SentView, actors: list[Actor],
                           found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the angered state of "A infuriated B by signing" replaced by A."""
    m = _ANGERED_BY_SIGNING.search(view.text)
    if m is None:
        return found
    subj = states_within(actors, m.start("subj"), m.end("subj"))
    obj = states_within(actors, m.start("obj"), m.end("obj"))
    if len(subj) != 1 or len(obj) != 1 or subj == obj:
        return found
    for f in found:
        parties = f.get("parties") or []
        if f.get("type") == "Treaty" and obj[0] in parties and subj[0] not in parties:
            f["parties"] = [subj[0] if p == obj[0] else p for p in parties]
    return found
