"""Arms received by "the army" of the dateline's state (round 22): "PORT SUDAN ... The RSF said
that the army had itself received weapons from Iran, including Mohajer-6 drones".

"The army" names no state; in a report from the state's own city it is that state's army (as
"the administration" of a Washington report is the United States). Read only for "the army (the
military, the armed forces) has/had received W from S", S a state other than the dateline's and no
third state named in the sentence (its army could be meant), the weapons after "received" up to
the clause's end (through ", including"), and only those no rule gave both parties. A relative
clause may stand between "the army" and its verb ("The army, which has fought the RSF for three
years, has received ...", round 24). Round 25: a purchase of the navy, army or air force
("The navy separately ordered 12 F21 heavyweight torpedoes from France"), read the same way.
Round 26: "the junta" (the dateline state's ruling military) receiving; a state named only inside
its relative clause ("The junta, which has turned away from France, received") is no third party.
Round 29: a delivery to come, "The air force will receive 16 J-10C jets from Beijing next year"
("will", "is to", "is due/set/expected to" receive; the army, navy, air force or military).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "the army had itself received ", "the military has also received ", "the army, which ..., has"
_ARMY_RECEIVED = re.compile(
    # ("The army, for its part, has received": an aside, round 77)
    r"\bthe\s+(?:army|military|armed\s+forces)(?:\s*,\s*which\s+[^,;.]{3,80},|\s*,\s*(?:for\s+its"
    r"\s+(?:own\s+)?part|in\s+turn|meanwhile|too|however|by\s+contrast)\s*,)?\s+"
    r"(?:has|had|have)\s+(?:itself\s+|also\s+|"
    r"already\s+)*received\s+"
    # round 29: a delivery to come ("The air force will receive 16 J-10C jets from Beijing")
    r"|\bthe\s+(?:army|navy|air\s+force|military|armed\s+forces)\s+(?:will|is\s+to|are\s+to|"
    r"is\s+(?:due|set|expected)\s+to|are\s+(?:due|set|expected)\s+to)\s+(?:also\s+|soon\s+)*"
    r"receive\s+"
    # round 26: the ruling junta ("The junta, which has turned away from France, received")
    r"|\bthe\s+junta(?P<which2>\s*,\s*which\s+[^,;.]{3,80},)?\s+(?:(?:has|had|have)\s+)?"
    r"(?:also\s+|already\s+)*received\s+"
    # round 25: "The navy separately ordered 12 F21 torpedoes from France" (a purchase)
    r"|\bthe\s+(?:army|navy|air\s+force|military|armed\s+forces)\s+(?:(?:has|had|have)\s+)?"
    r"(?:also\s+|separately\s+|already\s+|itself\s+)*(?:ordered|bought|acquired|purchased)\s+",
    re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?", re.I)


def army_received_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                            dateline_state: str | None) -> list[dict[str, Any]]:
    """``found`` with "the army had received W from S" read as S -> the dateline's state."""
    text = view.text
    if not dateline_state or "receive" not in text and "ordered" not in text \
            and "bought" not in text and "acquired" not in text and "purchased" not in text:
        return found
    for got in _ARMY_RECEIVED.finditer(text):
        frm = _FROM.search(text, got.end())
        if frm is None or re.search(r"[;.]", text[got.end():frm.start()]):
            continue
        seller = next((a for a in actors if a.start == frm.end()), None)
        if not actor_state(seller) or actor_state(seller) == dateline_state or seller.demonym:
            continue
        aside = got.span("which2") if got.group("which2") else (0, 0)
        if {actor_state(a) for a in actors if actor_state(a) and not aside[0] <= a.start < aside[1]} \
                - {actor_state(seller), dateline_state}:
            continue  # another state named: "the army" may be its army
        end = re.search(r"[;.]|,\s+(?:a|an|the|which|who|but|while|and)\b",
                        text[seller.end:])
        hi = seller.end + end.start() if end else len(text)
        whole = complete_weapons(found)
        weapons = [w for w in transfer_rules.weapons_in(view, got.end(), hi)
                   if w.start not in whole]
        if weapons:
            span = {w.start for w in weapons}
            found = [f for f in found
                     if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
            found += transfer_rules.transfer_facts(view, actor_state(seller), [dateline_state],
                                                   weapons, "AR", "received", 0.7)
    return found
