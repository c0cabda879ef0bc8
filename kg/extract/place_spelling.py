"""The name a record gives a GeoNames region the gazetteer does not hold: the text's spelling.

"a village in the Sagaing region" resolves to GeoNames' first-order unit spelt "Sagain"; the
record called it "Sagain", a name no reader of the text (nor the gold, nor the scorer's place
index, which reads "Sagaing" as the city) would use. When the text names a region by a close
variant of GeoNames' spelling ("Sagaing" / "Sagain"), the record keeps the text's spelling, bare
as the other regions' labels are ("Paktika" for "Paktika province"), and GeoNames' spelling as
an alias. A different name ("Hodeidah" for GeoNames' "Al Hudaydah") is not a variant and keeps
GeoNames' label.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from kg.link.folding import ascii_letters
from kg.link.geonames import romanised

_REGION_WORD = re.compile(r"^(?:the\s+)?(?P<name>.+?)\s+(?:region|province|oblast|state|"
                          r"governorate|division)$", re.I)


def _fold(s: str) -> str:
    return re.sub(r"[^a-z]", "", ascii_letters(s).lower())


def text_spelling(label: str, surface: str | None) -> str | None:
    """The text's bare name for a region whose GeoNames label is a close variant of it
    ("Sagaing region" over "Sagain" -> "Sagaing"), else None."""
    if not surface:
        return None
    m = _REGION_WORD.match(surface.strip())
    if m is None:
        return None
    name = m.group("name")
    a, b = _fold(name), _fold(label)
    if not a or a == b:
        return None
    if romanised(a) == romanised(b):
        return name  # "Kunar province" over GeoNames' "Konar" (round 69)
    if a[:4] != b[:4]:
        return None
    return name if SequenceMatcher(None, a, b).ratio() >= 0.85 else None
