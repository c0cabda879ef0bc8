"""kg.extract.caseless and the lower-case weapon scan find exactly what the re.I patterns find
(issue 11 item 6: faster, same output)."""

from __future__ import annotations

import re

import pytest

from kg.extract import entities, roles, strikes
from kg.extract.caseless import caseless

SENTENCES = [
    "Russian MISSILES struck Kharkiv on Tuesday, officials said.",
    "The Defence Minister said drones Attacked the port; ATTACKS continued.",
    "Iranian-made Shahed-136 kamikaze drones and long-range ballistic missiles hit the city.",
    "President Ali bin Salem met Prime Minister Jan Kowalski in Warsaw.",
    # letters that re.I matches with i or s, but lowering does not turn into them
    "A miſſile STRUCK İzmir and hıt a depot.",
    "They ſtruck KİEV with attack drones.",
    "",
]


def _sig(m):
    if m is None:
        return None
    return ([m.span(i) for i in range(len(m.groups()) + 1)], m.group(0), m.groups(),
            m.groupdict())


@pytest.mark.parametrize("pattern", [
    strikes.TRIGGER_RE.pattern, roles.TITLE_RE.pattern, entities.WEAPON_RE.pattern,
    r"(?P<Word>[A-Z]\w+)\s+\S+\b", r"\bST(?P<rest>R\w*)"])
def test_caseless_pattern_matches_as_re_i_does(pattern):
    plain = re.compile(pattern, re.I)
    fast = caseless(pattern)
    for s in SENTENCES:
        assert [_sig(m) for m in fast.finditer(s)] == [_sig(m) for m in plain.finditer(s)]
        for i in range(0, len(s) + 1, 7):
            for j in (i, min(len(s), i + 12), len(s)):
                for f in ("search", "match", "fullmatch"):
                    assert _sig(getattr(fast, f)(s, i, j)) == _sig(getattr(plain, f)(s, i, j)), \
                        (pattern, s, f, i, j)


def test_caseless_reads_matches_back_in_the_original_text():
    m = caseless(r"struck\s+(?P<place>kharkiv)").search(SENTENCES[0])
    assert m.group(0) == "struck Kharkiv" and m.group("place") == "Kharkiv"
    assert m["place"] == "Kharkiv" and m.lastgroup == "place"
    # escapes and group names keep their case; other letters are lowered
    assert caseless(r"(?P<Name>\S+)\W\B").lowered.pattern == r"(?P<Name>\S+)\W\B"
    with pytest.raises(ValueError):
        caseless(r"(?-i:Kyiv)")


def test_weapon_scan_finds_what_weapon_re_finds():
    for s in SENTENCES + ["No weapon words here at all.", "F-16 JETS and Patriot interceptors"]:
        fast = [(m.span(), m.span("head"), m.group(0), m.group("head"))
                for m in entities.weapon_phrases(s)]
        plain = [(m.span(), m.span("head"), m.group(0), m.group("head"))
                 for m in entities.WEAPON_RE.finditer(s)]
        assert fast == plain, s


def test_needs_skips_only_texts_that_cannot_match():
    """A pattern given the words its every match holds finds what the re.I pattern finds, in
    texts with and without them; upper-case 'needs' are refused (the text is lowered)."""
    pattern = r"\b(?:blamed|accused)\s+(?P<who>\w+)"
    plain = re.compile(pattern, re.I)
    fast = caseless(pattern, needs=("blam", "accus"))
    for s in SENTENCES + ["Kyiv BLAMED Moscow; officials accused nobody.", "Nothing here.",
                          "Officials ACCUSED İzmir residents"]:
        assert [_sig(m) for m in fast.finditer(s)] == [_sig(m) for m in plain.finditer(s)]
        for f in ("search", "match", "fullmatch"):
            assert _sig(getattr(fast, f)(s)) == _sig(getattr(plain, f)(s)), (s, f)
    assert fast.search("Nothing to blame on anyone") is None
    assert fast.search("They Blamed Russia").group("who") == "Russia"
    with pytest.raises(ValueError):
        caseless(pattern, needs=("Blam",))
