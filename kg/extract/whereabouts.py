"""Where someone was, not where an attack fell (round 22).

Two phrasings put a place beside a word of attack that does not aim at it:

- "President Z, who was in Odesa when the missiles hit, said the attack showed Moscow had no
  interest in peace": "hit" has no object (a comma follows), so the attack is the one told
  before; the sentence rules took a later name (Moscow) as its target;
- "Yemen's government, based in Aden, welcomed the US raid": the place, set off by commas,
  says where the government sits ("struck a unit based in Tyre" keeps Tyre).

A strike read only from such a sentence, with no toll of its own, is dropped; in the first
case only when it has no attacker either (the attack it retells has one), unless the strike
is placed at the very place the person "was in".
"""
from __future__ import annotations

import re
from typing import Any

# "when the missiles hit," / "as the drones struck." : a hit with no object
_OBJECTLESS_HIT = re.compile(r"\b(?:when|as|while)\s+the\s+(?:[\w-]+\s+){0,2}?(?:missiles?|drones?|"
                             r"rockets?|bombs?|shells?|strikes?|attacks?|explosions?|jets|warplanes|"
                             r"aircraft|planes)\s+"
                             r"(?:hit|struck|landed|fell|began)\s*[,.;]")
# ", based in Aden," set off by commas: where a body sits ("a unit based in Tyre" may be the target)
# "who was in Beirut when the jets struck": where a person was during the attack
_WHO_WAS_IN = r"\bwho\s+(?:was|were|had\s+been)\s+(?:in|at|visiting)\s+(?:the\s+)?"
_SEAT = r",\s+(?:based|headquartered|seated|exiled)\s+in\s+(?:the\s+)?"


def drop_whereabouts(raw: list[dict[str, Any]], texts: list[str]) -> None:
    """Remove strikes read only from a whereabouts phrase (see the docstring)."""
    for s in [o for o in raw if o["type"] == "Strike"]:
        sents = list(dict.fromkeys([s["_sent"], *s.get("_sents", [])]))
        if len(sents) != 1 or sents[0] >= len(texts) \
                or s["killed"] is not None or s["injured"] is not None:
            continue
        text = texts[sents[0]]
        if _at_seat(text, s.get("_place_text")) or _was_in(text, s.get("_place_text")) or (
                s["attacker"] is None and _OBJECTLESS_HIT.search(text)):
            raw.remove(s)


# the constant heads of both phrases: a sentence without one needs no pattern per place
_SEAT_HEAD = re.compile(_SEAT)
_WHO_WAS_IN_HEAD = re.compile(_WHO_WAS_IN)


def _at_seat(text: str, place_text: str | None) -> bool:
    return bool(place_text) and _SEAT_HEAD.search(text) is not None \
        and re.search(_SEAT + re.escape(place_text) + r"\s*,", text) is not None


def _was_in(text: str, place_text: str | None) -> bool:
    return bool(place_text) and _WHO_WAS_IN_HEAD.search(text) is not None \
        and re.search(_WHO_WAS_IN + re.escape(place_text) + r"\s+(?:when|as)\b", text) is not None
