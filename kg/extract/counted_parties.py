"""A pact signed by "the three governments": its parties are the states the article just listed.

"Mali, Burkina Faso and Niger formed the alliance ... The three governments signed a mutual
defence pact, the Liptako-Gourma Charter, in September 2023": the sentence names no state, so
the treaty rules find no party. Read only when the subject is "the N governments / countries /
states" right before "signed", a pact noun follows, and one of the two sentences before lists
a list of exactly N states ("A, B and C", names joined only by commas and "and"), the
nearest such list. Also an alliance "set up ... under a [pact]" in a sentence with "the N
countries" (round 22). Also the pact as the object of a relative clause (round 20): "the council
grew out of a pact that the three governments signed in March last year". Also the lead state
and the N-1 states listed "too" in the sentence before (round 26). Also a pact told only by its
year and count, "under the 2018 pact between the three countries" (round 28e), dated by the year.
Also "the three juntas, led by General X in Mali, ... and General Z in Niger, signed a pact": the
rulers' states (kg.extract.ranked_rulers.rulers_led_in), as many as the count (round 68).
Also the sentence's own list before the count, when it names no other state: "Ministers from A,
B and C met in Athens, where the three countries signed an accord" (round 84).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.pair_before import as_state
from kg.extract.ranked_rulers import rulers_led_in
from kg.extract.sentences import DATELINE_RE
from kg.extract.treaties import nearest_date

_NUMBER = {"two": 2, "three": 3, "four": 4, "five": 5}
_COUNTED_SIGNED = re.compile(
    r"\b[Tt]he\s+(?P<n>two|three|four|five)\s+(?:governments|countries|states|nations|juntas)\s+"
    r"(?:had\s+|have\s+)?(?:also\s+|already\s+|first\s+)?signed\s+(?:an?\s+|the\s+)?"
    r"(?P<kind>(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|charter|protocol|"
    r"memorandum|convention))\b")
# "a pact that the three governments signed in March": the pact told before its signers
_COUNTED_OBJECT = re.compile(
    r"\b(?:an?|the)\s+(?P<kind>(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|charter|"
    r"protocol|memorandum|convention))\s*,?\s+(?:(?:that|which)\s+)?the\s+"
    r"(?P<n>two|three|four|five)\s+"
    r"(?:governments|countries|states|nations|juntas)\s+(?:had\s+|have\s+)?(?:first\s+)?signed\b")
# "The three countries formed the Alliance of Sahel States, set up in September last year under a
# mutual defence pact" (round 22): an alliance founded under a pact, told with the N countries
_FOUNDED_UNDER = re.compile(
    r"\b(?:set\s+up|created|founded|formed|established|launched)\s+(?:[^.;,]{0,40}?\s+)?under\s+"
    r"(?:an?|the)\s+(?P<kind>(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|charter))\b")
# "under the 2018 pact between the three countries" (round 28e): a background pact told by its
# year and its count of parties only (three to five: a pair is left to the pair rules)
_YEAR_BETWEEN = re.compile(
    r"\b(?:the|a)\s+(?P<y>(?:19|20)\d{2})\s+(?P<kind>(?:[\w-]+\s+){0,3}?(?:pact|treaty|"
    r"agreement|accord|charter|protocol|memorandum|convention))\s+(?:between|among|of)\s+the\s+"
    r"(?P<n>three|four|five)\s+(?:governments|countries|states|nations)\b"
    # "the three countries' 2021 pact": the same, told by a possessive
    r"|\b[Tt]he\s+(?P<n2>three|four|five)\s+(?:governments|countries|states|nations)['’]\s+"
    r"(?P<y2>(?:19|20)\d{2})\s+(?P<kind2>(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|"
    r"charter|protocol|memorandum|convention))\b")
# "the three juntas, led by General X in Mali, Captain Y in Burkina Faso and General Z in Niger,
# signed a pact" (round 68): the rulers' states are the parties
_COUNTED_LED = re.compile(
    r"\b[Tt]he\s+(?P<n>two|three|four|five)\s+(?:governments|juntas|military\s+(?:rulers|"
    r"leaders|governments|regimes))\s*,\s+(?:each\s+)?led\s+by\s+[^;]{10,250}?,\s+"
    r"(?:had\s+|have\s+)?(?:also\s+|already\s+)?signed\s+(?:an?\s+|the\s+)?"
    r"(?P<kind>(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|charter|protocol|memorandum|"
    r"convention))\b")
_COUNTED = re.compile(r"\b[Tt]he\s+(?P<n>two|three|four|five)\s+(?:governments|countries|states|"
                      r"nations|juntas)\b")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _COUNTED


def _listed_states(view: SentView) -> list[str]:
    """The sentence's distinct states named by name, in order."""
    out: list[str] = []
    for m in view.mentions:
        s = m.state()
        if s and not m.is_demonym and s not in out:
            out.append(s)
    return out


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _state_lists(view: SentView) -> list[list[str]]:
    """Runs of state names joined only by commas and "and" ("Mali, Burkina Faso and Niger")."""
    runs: list[list[str]] = []
    last = None
    for m in view.mentions:
        s = m.state()
        if not s or m.is_demonym or m.possessive:
            last = None
            continue
        if last is not None and _LIST_GAP.fullmatch(view.text[last.end:m.start]):
            if s not in runs[-1]:
                runs[-1].append(s)
        else:
            runs.append([s])
        last = m
    return runs


def led_rulers_treaty(view: SentView) -> list[dict[str, Any]]:
    """The treaty of "the N juntas, led by [rank] X in A, ... and [rank] Z in C, signed a pact":
    the N states of the rulers' list (kg.extract.ranked_rulers.rulers_led_in; the sentence's other
    treaty readings take a ruler's state and a neighbour for its parties)."""
    led = _COUNTED_LED.search(view.text) if " led by " in view.text else None
    if led is None:
        return []
    states = [list(dict.fromkeys(state for _, state, _ in items))
              for start, _, items in rulers_led_in(view) if led.start() <= start < led.end()]
    if not states or len(states[0]) != _NUMBER[led.group("n")]:
        return []
    return [{"type": "Treaty", "parties": states[0], "signatories": [],
             "date": nearest_date(view, led.end()), "duration_years": None,
             "kind": led.group("kind").strip(), "_sent": view.index, "_signed": True,
             "confidence": 0.6}]


def counted_parties(view: SentView, views: list[SentView]) -> list[dict[str, Any]]:
    """The treaty of "The N governments signed a pact" with the N states listed just before."""
    m = _COUNTED_SIGNED.search(view.text) or _COUNTED_OBJECT.search(view.text) or \
        _YEAR_BETWEEN.search(view.text)
    counted = m
    if m is None:
        m, counted = _FOUNDED_UNDER.search(view.text), _COUNTED.search(view.text)
    if m is None or counted is None:
        return []
    n = _NUMBER[counted.groupdict().get("n") or counted.group("n2")]
    kind = (m.groupdict().get("kind") or m.group("kind2")).strip()
    # the year on the pact ("the 2021 pact between the three countries") before any other date
    year = m.groupdict().get("y") or m.groupdict().get("y2")
    if _listed_states(view):
        # "Ministers of A, B and C met in Athens, where the three countries signed an accord"
        # (round 84): the sentence's own list of exactly N states, its only states, before them
        here = [r for r in _state_lists(view) if len(r) == n]
        if len(here) != 1 or _named_states(view) != set(here[0]) \
                or not _listed_before(view, counted.start()):
            return []
        return [_pact(view, here[0], kind, year or nearest_date(view, m.end()) or _year_in(kind))]
    for prev in reversed(views[max(0, view.index - 2):view.index]):
        states = next((r for r in reversed(_state_lists(prev)) if len(r) == n), None)
        if states:
            return [_pact(view, states, kind,
                          year or nearest_date(view, m.end()) or _year_in(kind))]
    states = _joined_lead_state(views, view.index, n)
    if states:
        return [_pact(view, states, kind, year or nearest_date(view, m.end()) or _year_in(kind))]
    return []


def _pact(view: SentView, parties: list[str], kind: str, day: str | None) -> dict[str, Any]:
    """The treaty of counted parties: signed, no signatories named, a guess (confidence 0.6)."""
    return {"type": "Treaty", "parties": parties, "signatories": [], "date": day,
            "duration_years": None, "kind": kind, "_sent": view.index, "_signed": True,
            "confidence": 0.6}


def _named(view: SentView) -> list:
    """The mentions of states the sentence names after its dateline, not a capital told as a
    place ("met in Athens")."""
    head = DATELINE_RE.match(view.text)
    return [x for x in view.mentions
            if (head is None or x.start >= head.end()) and as_state(view, x)]


def _named_states(view: SentView) -> set[str]:
    return {x.state() for x in _named(view)}


def _listed_before(view: SentView, pos: int) -> bool:
    """Whether every state the sentence names stands before ``pos``."""
    return all(x.end <= pos for x in _named(view))


def _year_in(kind: str) -> str | None:
    """The year a pact's name opens with ("2021 pact"): its date when the sentence has none."""
    y = re.match(r"(?:19|20)\d{2}\b", kind)
    return y.group(0) if y else None


_TOO = re.compile(r"\b(?:too|as\s+well)\s*[.!]?$|\balso\b")


def _joined_lead_state(views: list[SentView], index: int, n: int) -> list[str] | None:
    """The article's lead state and the N-1 states the sentence just before lists "too" (round
    26): "Mali ... took delivery of drones. ... Burkina Faso and Niger have bought Turkish drones
    too. The three countries signed a charter". The lead state is the first state the headline
    names, named again in the lead sentence; the list must be the previous sentence's only one."""
    if index < 3:
        return None
    prev = views[index - 1]
    if not _TOO.search(prev.text):
        return None
    lists = [r for r in _state_lists(prev) if len(r) > 1]
    if len(lists) != 1 or len(lists[0]) != n - 1:
        return None
    lead = next((m.state() for m in views[0].mentions if m.state() and not m.is_demonym), None)
    lead_told = {m.state() for v in views[1:3] for m in v.mentions}  # the date line, the lead
    if lead is None or lead in lists[0] or lead not in lead_told:
        return None
    return [lead] + lists[0]
