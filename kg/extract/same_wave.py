""""In the same wave of attacks, a power station in Atbara was hit": the side and day of the
attack just told (round 22).

An agentless passive that opens by tying its attack to the wave just told names its author only
through that wave: "The RSF launched a drone attack on Port Sudan's airport on Sunday ... In the
same wave of attacks, a power station in Atbara was hit, ..., Sudan's energy ministry said."
Read alone, the sentence gave no attacker, or the state whose ministry reports it. Only a
sentence opening on "In|During|As part of the same wave|barrage|round|series of attacks|strikes"
qualifies; the wave is the strike of the nearest sentence before it (within two, one side), which
fills an empty attacker (or replaces the victim state) and an empty day.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_SAME_WAVE = re.compile(
    r"^\W*(?:In|During|As\s+part\s+of)\s+the\s+same\s+(?:wave|barrage|round|series|salvo|night)\s+"
    r"of\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|raids|bombings)\b", re.I)
# ("In the city of X, ten people were killed in the same wave of attacks": the wave told later
# in the sentence, its side the lead's when no strike is told near; round 76)
_SAME_WAVE_LATER = re.compile(
    r"\b(?:killed|wounded|injured|hit|struck|damaged)\s+(?:in|during)\s+the\s+same\s+"
    r"(?:wave|barrage|round|series|salvo)\s+of\s+(?:[\w-]+\s+)?(?:attacks|strikes|airstrikes|"
    r"raids|bombings)\b", re.I)


def _wave(strikes: list[Strike], s: Strike) -> Strike | None:
    """The one side's strike told nearest before, within two sentences."""
    for back in (1, 2):
        told = [o for o in strikes if o["_sent"] == s["_sent"] - back and o["attacker"]]
        if told:
            sides = {o["attacker"] for o in told}
            return told[0] if len(sides) == 1 else None
    return None


def _lead(strikes: list[Strike], s: Strike) -> Strike | None:
    """The article's first strike with a side, told before ``s`` in the body, when every strike
    told before names that one side."""
    told = [o for o in strikes if 0 < o["_sent"] < s["_sent"] and o["attacker"]]
    return told[0] if told and len({o["attacker"] for o in told}) == 1 else None


def same_wave_side(strikes: list[Strike], texts: list[str]) -> None:
    """Give a "In the same wave of attacks, X was hit" strike the wave's side and day."""
    for s in strikes:
        if not 0 < s["_sent"] < len(texts):
            continue
        later = _SAME_WAVE_LATER.search(texts[s["_sent"]]) is not None
        if not (_SAME_WAVE.match(texts[s["_sent"]]) or later):
            continue
        wave = _wave(strikes, s) or (_lead(strikes, s) if later else None)
        if wave is None:
            continue
        if s["attacker"] is None or s["attacker"] == s.get("target_country"):
            s["attacker"] = wave["attacker"]
        if s["date"] is None and s["attacker"] == wave["attacker"]:
            s["date"] = wave["date"]
