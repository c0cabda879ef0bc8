"""A state that objects to a transfer is no second recipient: "approved the possible sale of
Abrams tanks to Poland, and Russia warned of consequences", "delivered howitzers to Armenia and
Azerbaijan protested".

The recipient list after "to" reads "X and Y" as two recipients; a member followed by a verb of
objection or speech starts a clause of its own. Only those verbs right after the name (with an
auxiliary or adverb between) end the list.
"""

from __future__ import annotations

import re

_OBJECTS = re.compile(
    r"\s+(?:(?:has|have|had|also|quickly|swiftly|immediately|promptly|angrily|strongly|"
    r"sharply|then|later)\s+){0,2}(?:warn|object|protest|condemn|criticis|criticiz|oppos|denounc|"
    r"complain|reject|slam|threaten|summon|lodg|vow|accus|said\b|says\b|called\b|calls\b|"
    r"responded|reacted|voiced|expressed|decried|blasted|hit\s+out)", re.I)


def starts_objection(text: str, pos: int) -> bool:
    """Whether the actor ending at ``pos`` is the subject of an objection or statement."""
    return _OBJECTS.match(text, pos) is not None
