"""The state of a bare title who speaks of "his country", from the subject of the sentence before.

"KYIV — The Moldovan government protested on Monday against drones crossing its airspace.
Foreign Minister X said his country would summon the Russian ambassador": "his country" ties X
to a state the sentence itself does not name, and the nearest one told is the subject of the
sentence right before in the same paragraph (here Moldova, not the Kyiv dateline's Ukraine nor
the Russia of the object). Read only with "said (that) his / her country" right after the name
and a subject state that opens the sentence before; otherwise the other rules decide.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_HIS_COUNTRY = re.compile(r"(?:,\s+\w+(?:\s+\w+)?,)?\s+(?:said|told\s+\w+|stressed|insisted|"
                          r"declared)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:his|her)\s+"
                          r"(?:country|nation|government)\b")

# the opening of a sentence before its subject: "The", "On Monday,", a dateline is cut before
_OPENING = re.compile(r"[\W_]*(?:(?:On|Late|Early)\s+\w+,?\s+)?(?:[Tt]he\s+)?$")


def subject_state(view: SentView, after_dateline: int = 0) -> str | None:
    """The state that opens the sentence as its subject ("The Moldovan government
    protested", "Moldova's foreign ministry said", "Moldova protested"), or None."""
    first = next((m for m in view.mentions if m.start >= after_dateline), None)
    if first is None or not first.state():
        return None
    return first.state() if _OPENING.fullmatch(view.text[after_dateline:first.start]) else None


def his_country_state(view: SentView, name_end: int, prev_subject: str | None) -> str | None:
    """``prev_subject`` when "X said his country ..." follows the name, else None."""
    if prev_subject and _HIS_COUNTRY.match(view.text, name_end):
        return prev_subject
    return None
