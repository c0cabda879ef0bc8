"""Names of sites that end in a number: "the T-4 air base", "the K-1 military base",
"Tower 22", "Forward Operating Base 3".

The general finder of unknown names reads letters only, so it cuts "Tower 22" to "Tower" and
drops "T-4" (a lone capital) altogether; a strike on such a base then falls back to the
province or country around it. These spans are found first and kept whole.
"""
from __future__ import annotations

import re

# a designation of one to three capitals and a number, named as a base by the words after it
# ("the T-4 air base", "the H3 airfield"); without such a word "T-72" or "F-16" is a weapon
_CODE_SITE = re.compile(
    r"\b[A-Z]{1,3}-?\d{1,3}(?=\s+(?:(?:air|military|army|naval|airforce)\s+)?"
    r"(?:air\s*base|airbase|base|airfield|air\s+field|outpost|camp|garrison)\b)")
# a site noun and its number ("Tower 22", "Camp 4", "Forward Operating Base 3"), with up to
# two capitalised words before it; not a count ("Camp 4 residents") nor a decimal or a year
_WORD_SITE = re.compile(
    r"\b(?:[A-Z][a-z]+\s+){0,2}(?:Tower|Base|Camp|Outpost|Post|Checkpoint|Station|Sector|Site|"
    r"Block|Hill|Kilometre|Kilometer)\s+\d{1,3}\b(?![.,]\d)(?!\s+(?:[a-z]+\s+)?(?:people|"
    r"residents|soldiers|troops|civilians|men|women|children|families|km|kilometres|miles)\b)")
# the words one of which every match of each pattern holds: a sentence with none of them is
# not scanned (most sentences; the scans cost ~1% of the extractor's time)
_SITE_WORDS = ((_CODE_SITE, ("base", "field", "outpost", "camp", "garrison")),
               (_WORD_SITE, ("Tower", "Base", "Camp", "Outpost", "Post", "Checkpoint", "Station",
                             "Sector", "Site", "Block", "Hill", "Kilomet")))
_WORD_AND_SPACE = re.compile(r"\S+\s*")
_NOT_FIRST = frozenset(("The", "A", "An", "At", "On", "In", "Near", "Outside", "Of", "And"))


def numbered_sites(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of site names ending in a number that no other mention holds."""
    out: list[tuple[int, int]] = []
    for rx, needs in _SITE_WORDS:
        if not any(w in text for w in needs):
            continue
        for m in rx.finditer(text):
            b, e = m.span()
            words = m.group(0).split()
            while len(words) > 2 and words[0] in _NOT_FIRST:
                b = _WORD_AND_SPACE.match(text, b).end()
                words.pop(0)
            if all(e <= s or b >= f for s, f in [*taken, *out]):
                out.append((b, e))
    return out
