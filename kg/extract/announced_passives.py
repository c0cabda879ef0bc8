"""A speaker announces weapons "would be sent to" a state: the speaker's state supplies (round 40).

"The Pentagon announced that a Patriot battery would be sent to Ukraine", "The German defence
minister said two IRIS-T systems had been promised to Ukraine": the passive names the receiver
and no agent, so the rules read nothing; the state that speaks (a state, its seat or its
demonym on the speaker: the subject before the reporting verb, not the dateline) is the one
giving. Read only on "[speaker] said / announced /
confirmed (on [day]) (that) [weapons] [will be | would be | had been | have been | has been |
was | were | are | is] [sent | delivered | supplied | provided | promised | pledged | given |
donated | shipped | transferred] to [state]", the speaker naming exactly one state; only
weapons no rule gave both parties.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import complete_weapons
from kg.extract.clauses import Actor, actor_state, subject_before
from kg.extract.entities import SentView

_REPORT = re.compile(r"\s(?:said|says|announced|announces|confirmed|confirms)\s+(?:on\s+\w+\s+)?"
                     r"(?:that\s+)?", re.I)
_PASSIVE_TO = re.compile(
    r"(?:\s+(?:batter(?:y|ies)|systems?|units?|launchers?|[a-z]{2,}s))?"  # ("Patriot battery")
    r"\s+(?:will\s+be|would\s+be|had\s+been|have\s+been|has\s+been|was|were|are|is)\s+"
    r"(?:now\s+|already\s+|soon\s+)?(?P<v>sent|delivered|supplied|provided|promised|pledged|given|"
    r"donated|shipped|transferred)\s+to\s+(?:the\s+)?", re.I)


def announced_passive_transfers(view: SentView, actors: list[Actor],
                                found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers of "[speaker] said [weapons] would be sent to [R]"."""
    text = view.text
    rep = _REPORT.search(text)
    if rep is None or " to " not in text:
        return found
    subject = subject_before(actors, text, rep.start(), include_demonyms=True)
    speakers = {actor_state(a) for a in subject.actors} if subject is not None else set()
    if len(speakers) != 1 or None in speakers:
        return found
    supplier = speakers.pop()
    weapons = transfer_rules.weapons_in(view, rep.end(), len(text))
    if not weapons or weapons[0].start - rep.end() > 30:
        return found
    passive = _PASSIVE_TO.match(text, weapons[-1].end)
    if passive is None:
        return found
    rec = next((actor_state(a) for a in actors if a.start == passive.end() and actor_state(a)),
               None)
    if rec is None or rec == supplier:
        return found
    whole = complete_weapons(found)
    weapons = [w for w in weapons if w.start not in whole]
    if not weapons:
        return found
    span = {w.start for w in weapons}
    kept = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
    return kept + transfer_rules.transfer_facts(view, supplier, [rec], weapons, "ANNOUNCED",
                                                passive.group("v"), 0.7)
