"""A bare title reporting an attack is not the attacker's (round 45).

"KYIV — Russia fired dozens of missiles at power plants overnight, Energy Minister X said": the
sentence's subject state is the one that attacked, and an official who reports the attack under
another state's dateline speaks for the side that was hit, the dateline's state. Without this
the subject rule ("Canada has donated ..., Defence Minister X said": the subject's minister)
gave X to the attacker. Kept narrow: the subject state opens its clause and an attack verb
follows it; the dateline names another state.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# "Russia fired", "Russian forces have shelled", "Israel's military struck", "Iran launched"
_ATTACKED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:armed\s+)?(?:forces|troops|army|military|air\s+force|navy|jets|"
    r"warplanes|drones|missiles)\s+)?(?:(?:has|have|had)\s+)?(?:overnight\s+)?"
    r"(?:fired|launched|struck|hit|attacked|shelled|bombed|pounded|targeted|raided|"
    r"carried\s+out\s+(?:\w+\s+){0,2}?(?:strikes?|attacks?|raids?))\b", re.I)


def reporter_state(view: SentView, subject: str | None, dateline_state: str | None
                   ) -> str | None:
    """The dateline's state instead of ``subject`` when ``subject`` is named as attacking in
    the sentence (its first mention followed by an attack verb); else ``subject``."""
    if subject is None or dateline_state is None or dateline_state == subject:
        return subject
    first = next((m for m in view.mentions if m.state() == subject), None)
    if first is None or not _ATTACKED_AFTER.match(view.text, first.end):
        return subject
    return dateline_state
