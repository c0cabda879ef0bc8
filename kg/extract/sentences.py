"""Sentence splitting with character offsets.

A rule-based splitter (linear in the text length) that keeps abbreviations ("Mr", "Gen.",
"U.S.", "Sept. 10"), initials and closing quotes in the sentence they belong to. Every line
break ends a sentence (news text puts headlines, captions and paragraphs on their own lines).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Words that end with a period without ending the sentence (compared lower-case, no period).
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col sgt capt cpt maj adm cmdr gov sen rep st mt ft rev hon pres
jan feb mar apr jun jul aug sep sept oct nov dec no nos vol fig approx est dept govt
inc ltd co corp bros jr sr vs etc al e.g i.e cf ca mme mlle messrs
""".split())

# After a dotted acronym ("U.S.") a new sentence starts only with one of these words.
_SENTENCE_STARTERS = frozenset("""
The A An He She It They We I In On At But And Yet So This That These Those There His Her Its
Their Our Meanwhile However Earlier Later After Before When While Since According
""".split())

MAX_SENTENCE = 3000  # longer "sentences" (lists, junk) are cut at a space near this length

_BOUNDARY = re.compile(
    r"""(?P<punct>[.!?…]+)(?P<close>["'”’)\]]*)(?P<space>[ \t]+)(?=(?P<next>["'“‘(\[]?\S+))"""
)
_LINE = re.compile(r"[^\n\r]+")

# "KHARKIV, Ukraine —", "ODESA (Wire) -": where the report was filed, not what it tells (group
# `city`). A dateline with a full date ("WASHINGTON, Sept. 16, 2025 (Wire) —") is not matched:
# tried in round 7, it moved places and merges on the earlier blind sets both ways (net loss)
DATELINE_RE = re.compile(r"^(?P<city>[A-Z][A-Z .'’-]{2,40}?)\s*(?:,\s*[A-Z][\w .'’-]{2,30})?\s*"
                         r"(?:\([^)]*\)\s*)?[—–-]\s")
# "KYIV/MOSCOW, March 3 (Wire) -", "BEIRUT/JERUSALEM -": a report filed from two cities; neither
# is what it tells (a place of the opening, never a target)
JOINT_DATELINE_RE = re.compile(r"^[A-Z][A-Z .'’-]{2,40}?(?:/[A-Z][A-Z .'’-]{2,40}?)+"
                               r"(?:,[^—–\n]{0,40}?)?\s*(?:\([^)]*\)\s*)?[—–-]\s")
# The same opening as a pattern piece, with or without a date ("KYIV —", "OSLO, May 3 —",
# "IZMAIL, Ukraine, Aug. 20, 2024 - "): only to skip it before a sentence's subject (roles),
# where a full date changes no place and no merge
DATELINE_PART = r"(?:[A-Z]{2}[A-Z .'’]*(?:,[^—–\n]{0,40}?)?\s*(?:[—–]+|\s-+)\s*)"


def dateline_end(text: str) -> int:
    """Where a sentence's own words start after its dateline ("ATHENS, March 11 (Staff) - ",
    "KYIV/MOSCOW -"); 0 without one."""
    m = DATELINE_RE.match(text) or JOINT_DATELINE_RE.match(text)
    return m.end() if m else 0


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, punct_start: int) -> bool:
    """Is the word ending at ``punct_start`` (just before a '.') an abbreviation?"""
    i = punct_start
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(\"“‘":
        i -= 1
    word = text[i:punct_start]
    if not word:
        return False
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isalpha() and word.isupper():  # an initial: "J. Smith"
        return True
    return False


def _dotted_acronym(text: str, punct_start: int) -> bool:
    """"U.S." / "U.K." / "D.C." – letters separated by periods."""
    i = punct_start
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", text[i:punct_start]) is not None


def _split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct = m.group("punct")
        nxt = m.group("next")
        first = nxt.lstrip("\"'“‘([")[:1]
        if punct == "." and not m.group("close"):
            if _is_abbreviation(text, m.start("punct")):
                continue
            if _dotted_acronym(text, m.start("punct")):
                word = re.match(r"[\w’']+", nxt.lstrip("\"'“‘(["))
                if not word or word.group(0) not in _SENTENCE_STARTERS:
                    continue
        if not (first.isupper() or first.isdigit() or nxt[:1] in "\"“‘'([-–—•"):
            continue
        e = m.start("space")
        if e > s:
            yield s, e
        s = m.end("space")
    if s < end:
        yield s, end


def _cut(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Cut overlong spans at whitespace so nothing downstream sees a huge sentence."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        if cut <= start:
            cut = start + MAX_SENTENCE
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets: ``text[s.start:s.end] == s.text``, stripped."""
    out: list[Sentence] = []
    for line in _LINE.finditer(text):
        for a, b in _split_line(text, line.start(), line.end()):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            for c, d in _cut(text, a, b):
                while d > c and text[d - 1].isspace():
                    d -= 1
                if d > c:
                    out.append(Sentence(c, d, text[c:d]))
    return out
