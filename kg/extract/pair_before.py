""""The two countries signed ..." right after a sentence that brings two other states together
(round 21):

"After the ceremony, Uzbekistan's leader flew on to Baku for talks with Azerbaijan's President
Ilham Aliyev. The two countries signed a transport agreement on Saturday": the pair is the one
of the sentence just before, not the parties of a treaty told further back (Kazakhstan and
Uzbekistan). The reference takes that pair only when the sentence before names exactly two
states and brings them together (a meeting, a visit, talks), and no treaty was told in it;
otherwise the nearest treaty's parties stay the default (kg.extract.records).
"""

from __future__ import annotations

import re
from typing import Any

# the reference opens its sentence ("The two countries signed", "Both sides also signed")
# ("On Thursday the two countries signed", "Later, both sides signed": after a short time phrase)
_OPENING_PAIR = re.compile(r"^\s*(?:(?:On|Later|Then|In|After|Days\s+later|A\s+day\s+later)\b"
                           r"[^,;.]{0,25}?,?\s+)?(?:[Tt]he\s+two|[Bb]oth)\s+(?:countries|governments|"
                           r"nations|neighbou?rs|sides|leaders|presidents)\b")
# "mediated between Ethiopia and Somalia", "talks between A and B": the pair named by "between"
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")  # what joins the two names of a pair


# the sentence before brings the two together ("flew to Baku for talks with", "hosted", "met"),
# not only names them ("Russia and China have courted both countries")
_MEETING = re.compile(r"\b(?:met|meet|meets|meeting|talks|visit|visits|visited|visiting|hosted|"
                      r"hosts|hosting|received|welcomed|summit|flew|travelled|traveled|arrived|"
                      r"phone\s+call|spoke)\b", re.I)


# "held talks in Ankara": a capital after a preposition of place is where, not its state
# (round 50)
_PLACE_PREP = re.compile(r"\b(?:in|at|to|from|into|near|outside)\s+(?:the\s+)?$", re.I)


def as_state(view: Any, m: Any) -> bool:
    """Whether mention ``m`` of ``view`` stands for a state: a state's name (no adjective), not
    a capital told as a place ("talks in Ankara")."""
    return bool(m.state()) and not m.is_demonym and not (
        m.place() and _PLACE_PREP.search(view.text, max(0, m.start - 12), m.start))


def _states_before(view: Any, views: list[Any]) -> tuple[Any, list[Any]]:
    """The sentence before ``view`` and its mentions of states (``as_state``), in order."""
    prev = views[view.index - 1]
    return prev, [m for m in prev.mentions if as_state(prev, m)]


def previous_pair(view: Any, views: list[Any]) -> list[str]:
    """The two states the sentence before this one names (none unless exactly two, brought
    together by a meeting or visit), for a sentence that opens with "The two countries"."""
    if view.index == 0 or not _OPENING_PAIR.match(view.text):
        return []
    prev, named = _states_before(view, views)
    for a, b in zip(named, named[1:]):
        if _BETWEEN.search(prev.text, 0, a.start) and _AND.fullmatch(prev.text, a.end, b.start) \
                and a.state() != b.state():
            return [a.state(), b.state()]  # (round 46)
    if not _MEETING.search(prev.text):
        return []
    states = list(dict.fromkeys(m.state() for m in prev.mentions if m.state()
                                and (m.is_demonym or as_state(prev, m))))
    return states if len(states) == 2 else []


def joined_pair_before(view: Any, views: list[Any]) -> list[str]:
    """The two states the sentence before joins by "and" ("Armenia and Azerbaijan agreed a
    ceasefire brokered by Russia"), when it joins exactly one such pair (round 84): for "The two
    countries signed" with no treaty told before, the pair rather than the two states named last."""
    if view.index == 0 or not _OPENING_PAIR.match(view.text):
        return []
    prev, named = _states_before(view, views)
    pairs = [[a.state(), b.state()] for a, b in zip(named, named[1:])
             if a.state() != b.state()
             and _AND.fullmatch(prev.text, a.end, b.start)]
    return pairs[0] if len(pairs) == 1 else []


def pair_of_sentence_before(f: dict[str, Any], before: list[dict[str, Any]]) -> list[str]:
    """The parties for reference ``f`` when the sentence before it told a new pair: that pair,
    if the nearest treaty told is older than that sentence and has other parties."""
    pair = f.get("_prev_pair") or []
    if len(pair) != 2 or not before:
        return []
    nearest = max(before, key=lambda g: g["_sent"])
    if nearest["_sent"] >= f["_sent"] - 1 or set(pair) <= set(nearest["parties"]):
        return []
    return list(pair)
