"""Leaders listed after "the three countries' leaders," serve the lead's states in order (round 25).

"Ghana, Togo and Benin signed a pact ... . The three countries' leaders, President A, Prime
Minister B and President C, signed the text": the titles carry no state word, so each name took
the dateline's state (Togo for all three). The list of states told before, with as many states as
the count word and joined as "A, B and C", gives each leader their state in the order written.
The list may stand earlier in the same sentence (round 69).
Read only on "[count] countries'/nations' leaders," and only for names whose state was a guess
(confidence 0.5 or less) or already the one of their place in the list.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

_COUNTED_LEADERS = re.compile(
    r"\b(?P<n>two|three|four|five)\s+(?:countries|nations|states|governments)['’]\s+"
    r"(?:leaders|heads\s+of\s+state|presidents|heads\s+of\s+government),\s"
    # "the foreign ministers of the three countries, A, B and C" (round 67; ministers only:
    # a head of state's title may name the state, "Supreme Leader")
    r"|\b(?:foreign|defen[cs]e|interior|finance|trade|energy)\s+ministers\s+of\s+the\s+"
    r"(?P<m>two|three|four|five)\s+(?:countries|nations|states|governments),\s")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_LIST_GAP = re.compile(r"^(?:\s*,\s*|\s*,?\s+and\s+(?:the\s+)?)$")


def _state_list(view: SentView, n: int, hi: int | None = None) -> list[str] | None:
    """The first run of ``n`` states named in ``view`` (before ``hi``) as "A, B and C" (None if
    there is none)."""
    ms = [m for m in view.mentions if m.state() and not m.is_demonym
          and (hi is None or m.end <= hi)]
    for i in range(len(ms) - n + 1):
        run = ms[i:i + n]
        if all(_LIST_GAP.match(view.text[a.end:b.start]) for a, b in zip(run, run[1:])) \
                and len({m.state() for m in run}) == n:
            return [m.state() for m in run]
    return None


def listed_leader_states(view: SentView, views: list[SentView],
                         roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` with the leaders listed after "the N countries' leaders," given the states of
    the nearest sentence before (three at most) that lists N states."""
    if "s' " not in view.text and "s’ " not in view.text and " of the " not in view.text:
        return roles
    cue = _COUNTED_LEADERS.search(view.text)
    if cue is None:
        return roles
    n = _COUNTS[cue.group("n") or cue.group("m")]
    listed = sorted((r for r in roles if r.person_start >= cue.end()),
                    key=lambda r: r.person_start)[:n]
    if len(listed) != n:
        return roles
    # ("Egypt, Jordan and Qatar sent envoys, and the foreign ministers of the three countries,
    # A, B and C, ...": the list earlier in the same sentence first; round 69)
    states = _state_list(view, n, cue.start()) or next(
        (s for v in reversed(views[max(0, view.index - 3):view.index])
         if (s := _state_list(v, n))), None)
    if states is None:
        return roles
    given = {id(r): s for r, s in zip(listed, states)}
    # (a plural office's states read as the first N told before, kg.extract.roles' R7, give
    # way to the N listed together: "the foreign ministers of the three countries, ...")
    guessed = {"R7"} if cue.group("m") else set()
    if any(r.state != given[id(r)] and r.confidence > 0.5 and r.rule not in guessed
           for r in listed):
        return roles  # a state told firmly: the list is not in the lead's order
    return [dataclasses.replace(r, state=given[id(r)]) if id(r) in given else r for r in roles]
