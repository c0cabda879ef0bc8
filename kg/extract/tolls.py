"""Tolls told as two groups of people ("killing four soldiers and one civilian", "Two police
officers and three labourers were killed"): the gold counts the people, so the groups add up."""

from __future__ import annotations

import re

from kg.extract.caseless import caseless
from kg.extract.numbers import COUNT_RE, HEDGE_RE, parse_number

# a word naming the people of a group: not a verb, a preposition or a time ("two days later")
_WORD = (r"(?!(?:and|or|but|were|was|are|is|have|has|had|been|being|more|others?|of|in|on|at|"
         r"near|when|while|as|after|before|later|earlier|ago|hours?|days?|weeks?|months?|"
         r"minutes?|killed|dead|died|wounded|injured|hurt|including|among)\b)[A-Za-z][\w'’-]*")
_GROUP = rf"(?:{_WORD}\s+){{0,2}}{_WORD}"
# ("and a truck driver": one more person, when the group names one)
_ONE_PERSON = (r"(?:a|an)(?=\s+(?:[\w-]+\s+){0,2}?(?:man|woman|child|boy|girl|civilian|soldier|driver|"
               r"worker|guard|officer|policeman|nurse|doctor|(?:para)?medic|journalist|farmer|"
               r"student|firefighter|passenger|resident|teacher|pilot|fisherman|shepherd|"
               # ("eleven soldiers and a Uruguayan peacekeeper": the foreigners of a toll)
               r"peacekeeper|instructor|advis[eo]r|contractor|engineer|ranger|diplomat|sailor|"
               r"marine|commander|colonel|captain|sergeant|lieutenant|official|employee|"
               r"volunteer|reporter|photographer|cameraman|interpreter|translator|trooper|"
               r"gendarme|militiaman|policewoman)\b)")
# ("three women, four children and two men were killed": a third group before the two, round 73)
_PAIR = (rf"(?:(?P<c>{COUNT_RE})\s+{_GROUP},\s+)?"
         rf"(?P<a>{COUNT_RE})\s+{_GROUP},?\s+and\s+(?P<b>{COUNT_RE}|{_ONE_PERSON})\s+{_GROUP}")
_BE = r"(?:were|was|have\s+been|had\s+been|are|being)\s+"
_VERBS = {
    "killed": (r"kill(?:ing|ed|s)|sho(?:t|oting)\s+dead|(?:the\s+dead|the\s+victims)\s+include[sd]?",
               rf"(?:{_BE})?(?:killed|dead|died)"),
    "injured": (r"(?:injur|wound)(?:ing|ed|s)", rf"{_BE}(?:injured|wounded|hurt)"),
}
# the words one of which each verb holds (a text without any is not scanned)
_VERB_NEEDS = {
    "killed": (("kill", "sho", "include"), ("killed", "dead", "died")),
    "injured": (("injur", "wound"), ("injured", "wounded", "hurt")),
}
# (kg.extract.caseless: the same matches as re.I, quicker)
_PATTERNS = {
    kind: (caseless(rf"\b(?:{active})\s+{_PAIR}\b(?!\s+{_BE})", needs=_VERB_NEEDS[kind][0]),
           caseless(rf"\b{_PAIR}\s+{passive}\b", needs=_VERB_NEEDS[kind][1]))
    for kind, (active, passive) in _VERBS.items()
}
_HEDGE = re.compile(rf"^{HEDGE_RE}\s+", re.I)
# (cheap pre-test: the second group's count right after "and"; the patterns then run near it)
# (kg.extract.caseless: in lower case, a few times quicker than re.I over a whole sentence)
_AND_COUNT = caseless(rf"\band\s+(?:{COUNT_RE}|{_ONE_PERSON})\b")


def _number(text: str) -> int | None:
    if text.lower() in ("a", "an"):
        return 1
    return parse_number(_HEDGE.sub("", text))


def _passive_pair_total(text: str, kind: str) -> int | None:
    """"Four crew members and a security guard were killed": no count stands next to the verb,
    so the sentence gave none; the two groups before the passive verb are the toll."""
    for near in _AND_COUNT.finditer(text):
        m = _PATTERNS[kind][1].search(text, max(0, near.start() - 80), near.end() + 60)
        if m is None:
            continue
        a, b = _number(m.group("a")), _number(m.group("b"))
        c = _number(m.group("c")) if m.group("c") else 0
        if a and b and c is not None:
            return a + b + c
    return None


def two_group_total(text: str, kind: str, count: int | None) -> int | None:
    """The sum of two groups told for `kind` ("killed" or "injured") when one of them is the
    `count` already read from the sentence; else `count` unchanged."""
    if " and " not in text:
        return count
    if count is None:
        return _passive_pair_total(text, kind)
    if not count:
        return count
    for near in _AND_COUNT.finditer(text):
        window = text[max(0, near.start() - 80):near.end() + 60]
        for rx in _PATTERNS[kind]:
            m = rx.search(window)
            if m is None:
                continue
            a, b = _number(m.group("a")), _number(m.group("b"))
            c = _number(m.group("c")) if m.group("c") else 0
            if a and b and c is not None and count in (a, b, c):
                return a + b + c
    return count
