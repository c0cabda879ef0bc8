"""Held responsible: the side a sentence holds responsible for the attack told before (round 20).

A state that keeps silent about an attack is often named only through another's blame: "Turkey
has not said it carried out that strike, but Iraq holds it responsible"; "Baghdad holds Ankara
responsible for the strike". The side held responsible is the attacker the text gives (as with
"blamed X for the attack", kg.extract.claimed_leads). Only the attack named back ("that strike",
"the attack") counts: "holds Turkey responsible for the falling level of the Tigris" is no
attack, and neither is a blame without the back reference.
"""

from __future__ import annotations

import re
from typing import Any

# "that strike", "the attack", "the drone strike", "Monday's bombing"
_ATTACK_BACK = (r"(?:that|the|this|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|"
                r"bombings?|shelling|airstrikes?)\b")
# "<S> has not said it carried out that strike, but Iraq holds it responsible"
_SILENT_BUT_HELD = re.compile(
    r"\s+(?:has|have|had)\s+not\s+(?:publicly\s+)?(?:said|confirmed|claimed|acknowledged|admitted)"
    r"\s+(?:that\s+)?(?:it|they)\s+(?:(?:had|was|were)\s+)?(?:carried\s+out|behind|launched|"
    rf"conducted|responsible\s+for)\s+{_ATTACK_BACK}[^.;]{{0,30}}?,?\s+but\s+[^.;]{{0,60}}?\b"
    r"(?:holds?|held)\s+(?:it|them|the\s+country|the\s+government)\s+responsible\b")
# "Iraq holds Turkey responsible for the strike"
_HOLDS_BEFORE = re.compile(r"\b(?:holds?|held)\s+(?:the\s+)?$")
_RESPONSIBLE_FOR = re.compile(rf"\s+responsible\s+for\s+{_ATTACK_BACK}")
_SUBJECT_START = re.compile(r"\W*(?:The\s+)?")


def held_responsible(v: Any) -> str | None:
    """The state a sentence holds responsible for the attack it names back, else None."""
    for m in v.mentions:
        state = m.state()
        if state is None:
            continue
        after = v.text[m.end:]
        if _SUBJECT_START.fullmatch(v.text[:m.start]) and _SILENT_BUT_HELD.match(after):
            return state
        if _HOLDS_BEFORE.search(v.text[:m.start]) and _RESPONSIBLE_FOR.match(after):
            return state
    return None
