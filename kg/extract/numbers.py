"""Numbers written as digits or words, with hedges ("at least four", "more than 20").

Hedges give the number itself (the gold convention): "at least N", "more than N", "over N",
"nearly N", "about N" -> N. "no"/"none" give 0 where a count is expected.
"""

from __future__ import annotations

import re

from kg.extract.caseless import caseless

UNITS = {
    "zero": 0, "no": 0, "none": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3,
    "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

_NOT_IN_RE = {"a", "an", "no", "none", "single", "dozen", "a dozen", "zero"}
_WORD = "|".join(sorted([w for w in [*UNITS, *TENS] if w not in _NOT_IN_RE], key=len, reverse=True))
# "twenty-one", "two hundred", "1,200", "40", "one hundred and twenty"
_WORDS = rf"(?:{_WORD})(?:[- ](?:{_WORD}))?"
# up to 999 in words: "two", "forty-one", "two hundred", "two hundred and forty"
_HUNDREDS = rf"{_WORDS}(?:\s+hundred(?:\s+(?:and\s+)?{_WORDS})?)?"
# ("one thousand four hundred (and twenty)": the hundreds after a thousand, not 1,004; "two
# hundred and forty thousand", "three hundred thousand": a scale after the hundreds, round 72)
NUMBER_RE = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?:hundred|thousand|million))?"
    rf"|(?:{_HUNDREDS}(?:\s+(?:thousand|million)(?:\s+(?:and\s+)?{_HUNDREDS})?)?)"
)
HEDGE_RE = (r"(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|roughly|"
            r"up\s+to|as\s+many\s+as|approximately|an\s+estimated|at\s+most|fewer\s+than|"
            r"less\s+than)")
COUNT_RE = rf"(?:{HEDGE_RE}\s+)?(?:{NUMBER_RE})"
_COUNT = caseless(rf"\b(?P<hedge>{HEDGE_RE}\s+)?(?P<num>{NUMBER_RE})\b")


def parse_number(text: str) -> int | None:
    """'four' -> 4, '1,200' -> 1200, 'twenty-one' -> 21, 'two hundred' -> 200, '16' -> 16."""
    t = text.strip().lower().replace(",", "")
    if not t:
        return None
    words = re.split(r"[\s-]+", t)
    words = [w for w in words if w != "and"]
    total, current = 0, 0
    seen = False
    i = 0
    while i < len(words):
        w = words[i]
        if w.isdigit():
            current += int(w)
            seen = True
        elif w == "a" and i + 1 < len(words) and words[i + 1] == "dozen":
            current += 12
            seen = True
            i += 1
        elif w in UNITS:
            current += UNITS[w]
            seen = True
        elif w in TENS:
            current += TENS[w]
            seen = True
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
        i += 1
    return total + current if seen else None


def find_count(text: str) -> int | None:
    """The first count in ``text`` (hedges dropped): 'at least four people' -> 4."""
    m = _COUNT.search(text)
    return parse_number(m.group("num")) if m else None
