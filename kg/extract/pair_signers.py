"""Signers named by reference: "The two leaders put their names to the text", "the two
presidents then signed it" after sentences that named them with their offices ("Presidents A
and B met ..."). Only when the last sentences told exactly two office-holders of two states
(a strong cue); otherwise no one is guessed. Round 23: "The two ministers also signed a
contract" after "A's Defence Minister X met B's Defence Minister Y", when a third office-holder
was told a few sentences before: the two of the sentence before, when it names exactly two."""

from __future__ import annotations

import re
from typing import Any

_TWO_SIGNED = re.compile(
    # ("The two men also signed a contract": round 74)
    r"\b[Tt]he\s+(?:two\s+(?:men|women)|(?:two\s+)?(?:leaders|presidents|prime\s+ministers|"
    r"premiers|heads\s+of\s+state|(?:(?:foreign|defen[cs]e)\s+)?ministers))\s+"
    r"(?:(?:then|later|also|formally|jointly)\s+)?"
    r"(?:signed|inked|put\s+their\s+(?:names|signatures)\s+to)\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _TWO_SIGNED


def referred_signers(text: str, raw: list[dict[str, Any]], index: int) -> list[str]:
    """The person keys of the two office-holders "the two leaders" of this sentence refers to:
    those the five sentences before told, if exactly two, of two different states."""
    if not _TWO_SIGNED.search(text):
        return []
    for window in (1, 5):  # the sentence before first (the nearest antecedent), then five
        recent = [f for f in raw if f["type"] == "LeaderRole" and 0 < index - f["_sent"] <= window]
        people = {f["person"]: f["state"] for f in recent}
        if len(people) == 2 and len(set(people.values())) == 2:
            return list(people)
    return []
