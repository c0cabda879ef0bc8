""""Rebels pressed their assault on Sittwe": fighting on the ground, not a strike (round 30).

"Assault" is one of the attack nouns ("The assault killed 27"), but an assault that a side
presses, presses on with or presses ahead with is an offensive going on for days, not one
attack: GOLD.md has no Strike for it. Kept narrow: the trigger is the noun "assault" or
"offensive", and the words just before it are a form of "press" (with "on with" or "ahead with"),
then at most a determiner and two words ("pressed their ground assault on", "pressing ahead
with the offensive against"). "The assault killed 27" and "launched an assault on" stay attacks.
"""

from __future__ import annotations

import re

_PRESSED = re.compile(
    r"\bpress(?:es|ed|ing)?\s+(?:(?:on|ahead)\s+with\s+)?(?:(?:their|its|his|the|an?|a\s+new)\s+)?"
    r"(?:[\w-]+\s+){0,2}?$", re.I)


def pressed_assault(word: str, before: str) -> bool:
    """Whether the trigger `word` (lower case) is an offensive pressed on the ground."""
    return word in ("assault", "offensive") and "ress" in before \
        and bool(_PRESSED.search(before[-60:]))
