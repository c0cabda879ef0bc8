"""The state of a minister who travels with a leader: "Stocker travelled with Foreign Minister X".

A visiting leader's delegation is told under the host's dateline, and a minister named only by
title and name then gets the dateline's state ("BERN — ... Stocker travelled with Foreign
Minister X": Switzerland). The leader's companion serves the leader's state. Only a state given
weakly (from the dateline or the context, confidence 0.5 or less) is replaced, only when the
companion cue stands right before the title, and only when the leader named before the cue is an
office-holder already told in the article with one state; or the name is followed by "a member
of his delegation" / "who accompanied him" and the sentence before told office-holders of one
state firmly; or the sentence before in the paragraph says "[State] sent a delegation" and the
minister's sentence opens with the title and names no other state ("SINGAPORE — Vietnam sent a
delegation to the forum. Defence Minister X said Hanoi wanted calm."). A counterpart placed opposite the
minister's old state in the same sentence ("who met her counterpart Y") takes the old state.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase

# "Stocker travelled with", "Oli was accompanied by", "Ruto, accompanied by", "Lula brought"
_COMPANION = re.compile(
    r"\b(?P<who>[A-Z][\w'’-]+)(?:\s+(?:travel(?:l)?ed|came|arrived|flew)\s+with|\s+(?:was|were)\s+"
    r"(?:accompanied|joined)\s+by|,?\s+accompanied\s+by|\s+brought(?:\s+along)?)\s+$")
_WEAK = 0.5
# "[State] sent a (high-level) delegation", "[State]'s delegation", "[State] has sent its delegation"
_SENT_DELEGATION = re.compile(
    r"(?:\s+(?:has\s+|had\s+)?sent\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}delegation|['’]s\s+delegation)\b")
# "Minister X, a member of his delegation,", "X, who accompanied him,": the leader told before
_DELEGATE = re.compile(
    r",\s+(?:(?:who\s+(?:is|was)\s+)?(?:a\s+member|part)\s+of\s+(?:his|her)\s+delegation|"
    r"who\s+(?:accompanied|is\s+accompanying|was\s+accompanying|travell?ed\s+with)\s+(?:him|her))\b")
# "Minister X, who travelled with Mohamud,", "Minister X, travelling with him,", "X, accompanying
# the president,": the leader named (by surname) or told in the sentence before (round 32)
_WENT_WITH = re.compile(
    r",\s+(?:who\s+(?:has\s+|had\s+|is\s+|was\s+)?)?(?:accompanied|accompanying|"
    r"travell?(?:ed|ing)\s+with|traveling\s+with|(?:came|flew|arrived)\s+with)\s+"
    r"(?:(?P<pron>him|her|the\s+(?:president|prime\s+minister|premier|leader))|(?P<who>[A-Z][\w'’-]+))[,.]")


def _slug_tail(word: str) -> str:
    from kg.link.gazetteer import slugify

    return slugify(word)


def leader_state(who: str, raw: list[dict[str, Any]], roles: list[RolePhrase]) -> str | None:
    """The one state of the office-holder(s) told so far whose surname is ``who``."""
    tail = _slug_tail(who)
    told = [(f["person"], f.get("state")) for f in raw if f.get("type") == "LeaderRole"]
    told += [(r.person, r.state) for r in roles]
    # ("Marcos" for person/ferdinand-marcos-jr: any part of the name)
    states = {st for key, st in told
              if st and tail in key.removeprefix("person/").split("-")}
    return states.pop() if len(states) == 1 else None


def _went_with_state(went: re.Match[str], raw: list[dict[str, Any]], others: list[RolePhrase],
                     sent: int) -> str | None:
    """The state of the leader a minister "travelled with": the named surname's office-holder,
    or for "him" / "the president" the one state told firmly in the sentence before (only when
    the minister's own sentence holds no other office-holder)."""
    if went.group("who"):
        return leader_state(went.group("who"), raw, others)
    return None if others else _previous_leader_state(raw, sent - 1)


def _previous_leader_state(raw: list[dict[str, Any]], sent: int) -> str | None:
    """The one state of the office-holders told firmly (above the weak guesses) in sentence
    ``sent``: whom "his delegation" or "accompanied him" refers to."""
    states = {f.get("state") for f in raw if f.get("type") == "LeaderRole"
              and f.get("_sent") == sent and f.get("confidence", 0) > _WEAK}
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def sent_delegation(before: SentView | None) -> str | None:
    """The state that the sentence before says sent a delegation ("Vietnam sent a delegation
    to the forum", "Vietnam's delegation arrived")."""
    if before is None:
        return None
    states = {m.state() for m in before.mentions if m.state()
              and _SENT_DELEGATION.match(before.text, m.end)}
    return states.pop() if len(states) == 1 else None


def _delegates_state(view: SentView, r: RolePhrase, before: SentView | None) -> str | None:
    """"[State] sent a delegation. Defence Minister X said Hanoi ...": X leads it when the
    sentence names no state but the delegation's (X's own sentence opens with the title)."""
    st = sent_delegation(before)
    if st is None or view.text[:r.start].strip(" —-,"):
        return None
    here = {m.state() for m in view.mentions if m.state()}
    return st if here <= {st} else None


def companions_state(view: SentView, roles: list[RolePhrase], raw: list[dict[str, Any]],
                     before: SentView | None = None) -> list[RolePhrase]:
    """Give a weakly placed minister the state of the leader the sentence says they came with,
    or of the delegation the sentence before (``before``, same paragraph, else None) told."""
    text = view.text
    for r in roles:
        if r.confidence > _WEAK:
            continue
        others = [o for o in roles if o is not r]
        cue = _COMPANION.search(text, 0, r.start)
        if cue:
            st = leader_state(cue.group("who"), raw, others)
        elif _DELEGATE.match(text, r.person_end) and not others:
            st = _previous_leader_state(raw, view.index - 1)
        elif went := _WENT_WITH.match(text, r.person_end):
            st = _went_with_state(went, raw, others, view.index)
        elif not others:
            st = _delegates_state(view, r, before)
        else:
            continue
        if st and st != r.state:
            _swap_counterparts(r, st, others)
            r.state = st
    return roles


def _swap_counterparts(r: RolePhrase, st: str, others: list[RolePhrase]) -> None:
    """"... Minister X, who met her counterpart Y": Y was placed opposite X's old state, so Y
    takes that state now that X serves ``st``."""
    for o in others:
        if o.rule == "R2" and o.start > r.start and o.state == st and r.state:
            o.state = r.state
