"""An attack told before, judged: "The SDF said the attacks near the dam broke a ceasefire
agreed in March and called on the United States ... to restrain Ankara" (round 29).

The side that was hit speaks of "the attacks" to judge them (they broke or violated a truce), so
the sentence tells no new attack; read as one it took the speaker as attacker and the state it
asks to be restrained as the place. Only a definite attack noun right after "said" ("said the attacks", "said that
the strike") whose own verb, after at most four lower-case words (no place or day named), is
"broke/violated/breached" a ceasefire or truce; "the attack that broke the truce killed six" (a
relative clause), "the strikes on Rafah broke the truce" and "strikes broke out" do not match.
"""
from __future__ import annotations

import re

_DEFINITE_BEFORE = re.compile(r"\b(?:said|says|added|argued|insisted)\s+(?:that\s+)?"
                              r"(?:the|these|those|this|that)\s+(?:[a-z][\w-]*\s+){0,2}$")
_JUDGED_AFTER = re.compile(r"^(?:\s+(?!that\b|which\b|who\b)[a-z][\w'’-]*){0,4}?\s+"
                           r"(?:had\s+|have\s+|has\s+)?(?:broke|broken|violated|breached|"
                           r"undermined|violate|breach)\s+(?:a|the|an|its|their)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:ceasefire|cease-fire|truce|armistice)\b")


def judged_attack(before: str, after: str) -> bool:
    """True when the attack noun is a definite one told before, judged to have broken a
    ceasefire (not a new attack)."""
    if "ceasefire" not in after[:90] and "truce" not in after[:90] \
            and "cease-fire" not in after[:90] and "armistice" not in after[:90]:
        return False
    return _DEFINITE_BEFORE.search(before[-40:]) is not None \
        and _JUDGED_AFTER.match(after) is not None
