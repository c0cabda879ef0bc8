"""An international body's office is no state's: "European Council President Antonio Costa"
(round 32).

The bare title after the body's name ("European Council President X", "NATO Secretary General
X", "African Union Commission Chairperson X") carries no nationality word, and the dateline's
state ("BRUSSELS —": Belgium) was guessed for it. A body's name standing right before the title
says whose office it is: such a role is dropped when its state was only guessed (confidence 0.5
or less), so "Belgian Prime Minister X" or a state told firmly is kept.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_BODIES = ("European", "NATO", "United Nations", "UN ", "African Union", "AU ", "ASEAN",
           "ECOWAS", "Arab League", "OPEC", "EU ")
_BODY_BEFORE = re.compile(
    r"\b(?:European\s+(?:Council|Commission|Parliament|Union|Central\s+Bank)|EU|NATO|UN|"
    r"United\s+Nations|African\s+Union(?:\s+Commission)?|AU(?:\s+Commission)?|ASEAN|ECOWAS|"
    r"(?:ECOWAS|AU)\s+Commission|Arab\s+League|OPEC)\s+$")
_WEAK = 0.5


def drop_body_offices(view: SentView, roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` without the guessed ones whose title follows an international body's name."""
    text = view.text
    if not roles or not any(b in text for b in _BODIES):
        return roles
    return [r for r in roles if r.confidence > _WEAK
            or not _BODY_BEFORE.search(text, max(0, r.start - 40), r.start)]
