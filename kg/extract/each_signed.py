""""Kenya and Uganda each signed a rail deal with China": one treaty per signer (round 28e).

The treaty rules read "A and B signed a pact with C" as one treaty of three (round 28's fresh
set had that right) and a plural noun ("signed rail deals with China") as one per subject; "each"
between the subjects and the verb tells the same as the plural: every subject has its own deal
with the partner. Read only on "each" right before the verb (an auxiliary may come between).
"""

from __future__ import annotations

import re

_EACH = re.compile(r"\s+each\s+(?:(?:have|has|had|also|then)\s+)*$", re.I)


def each_signed(text: str, subject_end: int, verb_start: int) -> bool:
    """True when "each" stands between the subject list and its signing verb."""
    return 0 <= verb_start - subject_end <= 30 and bool(
        _EACH.search(text, subject_end, verb_start))
