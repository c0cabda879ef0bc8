"""clauses._PRONOUN_SUBJ, reordered for speed (issue 11 item 6), finds what its alternatives
find in their first order (each behind its own boundary, "he" and "sold it" first)."""

from __future__ import annotations

import re

from kg.extract import clauses

_FIRST_ORDER = re.compile(
    r"\b(?P<he>[Hh]e|[Ss]he)\b|^(?P<it>It|They|The\s+(?:country|nation)"
    r"(?=\s+(?:has|have|had|also|already|recently|now|then|later|"
    r"bought|acquired|received|ordered|purchased)\b))\b|"
    # "France sold it Caesar howitzers": the state the article follows
    r"\b(?:sold|supplied|provided|gave|given|delivered|offered|armed|"
    r"equipped|shipped|gifted|handed|sent|lent|leased)\s+(?P<obj>it)\b"
    r"(?!\s+(?:to|into|at|against|on|back|over|off)\b)|"
    r"^(?P<its>Its|Their)\s+(?=(?:army|military|forces|troops|navy|"
    r"air\s+force|government|jets|warplanes|drones|missiles|artillery)\b)|"
    r"\b(?P<poss>[Hh]is|[Hh]er)\s+(?:country|government)\b|"
    r"\b(?P<title>[Tt]he\s+(?P<office>chancellor|president|prime\s+minister|"
    r"premier|defen[cs]e\s+minister|foreign\s+minister|foreign\s+secretary|"
    r"government))\b(?!\s+[A-Z])|"
    # "the group", "the paramilitary group", "the Iran-backed militia"
    r"\b(?P<grp>[Tt]he\s+(?:(?:[A-Z][\w]*-)?[A-Za-z][a-z][\w-]*\s+){0,2}?"
    r"(?:group|militia|movement|militants|rebels|insurgents|jihadists|"
    r"paramilitar(?:y|ies)|organi[sz]ation)(?!['’]s\s+(?:leader|chief))"
    r"(?!\s+of\b))\b")


def test_reordered_pronoun_pattern_matches_as_the_first_order():
    names = sorted(_FIRST_ORDER.groupindex)
    assert names == sorted(clauses._PRONOUN_SUBJ.groupindex)
    sentences = [
        "It has handed it to the rebels.", "They later ordered new jets, he said.",
        "The country also received tanks.", "The nation bought drones last year.",
        "Its navy sank a ship.", "Their forces crossed the river.", "He sold it two frigates.",
        "She said her government had given it drones.", "His country lent it money back.",
        "The president met the defence minister.", "The Government Of Spain said nothing.",
        "The small armed group's leader spoke.", "The Iran-backed militia fired rockets.",
        "Then the rebels of the north moved.", "Sent it off. The movement grew.",
        "the prime minister and the militants", "Hence the group left.", "",
    ]
    for s in sentences:
        fast = [(m.span(), [m.span(n) for n in names]) for m in clauses._PRONOUN_SUBJ.finditer(s)]
        first = [(m.span(), [m.span(n) for n in names]) for m in _FIRST_ORDER.finditer(s)]
        assert fast == first, s
    assert sum(bool(_FIRST_ORDER.search(s)) for s in sentences) >= 12
