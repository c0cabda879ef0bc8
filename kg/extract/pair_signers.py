"""Signers named by reference: "The two leaders put their names to the text", "the two
presidents then signed it" after sentences that named them with their offices ("Presidents A
and B met ..."). Only when the last sentences told exactly two office-holders of two states
(a strong cue); otherwise no one is guessed."""

from __future__ import annotations

import re
from typing import Any

_TWO_SIGNED = re.compile(
    r"\b[Tt]he\s+(?:two\s+)?(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+state|"
    r"(?:foreign|defen[cs]e)\s+ministers)\s+(?:(?:then|later|also|formally|jointly)\s+)?"
    r"(?:signed|inked|put\s+their\s+(?:names|signatures)\s+to)\b")


def referred_signers(text: str, raw: list[dict[str, Any]], index: int) -> list[str]:
    """The person keys of the two office-holders "the two leaders" of this sentence refers to:
    those the five sentences before told, if exactly two, of two different states."""
    if not _TWO_SIGNED.search(text):
        return []
    recent = [f for f in raw if f["type"] == "LeaderRole" and 0 < index - f["_sent"] <= 5]
    people = {f["person"]: f["state"] for f in recent}
    if len(people) != 2 or len(set(people.values())) != 2:
        return []
    return list(people)
