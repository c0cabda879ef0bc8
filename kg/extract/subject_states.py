"""A bare title at a sentence's start serves the state the sentence before opens with (round 26).

"TBILISI — ... Armenia has long looked for a second route to the sea. Foreign Minister X said
the corridor would cut shipping times for Armenian exporters": the title has no state word, so X
took the dateline's Georgia; the state the previous sentence opens with, named again in X's own
sentence by its adjective only (and no other state there), gives X's office. Likewise "Defence
Minister Y told reporters that his country had ..." when the nearest sentence before that opens
with a state (within three) names it. Read only for a guessed role (confidence 0.5 or less)
whose title opens the sentence, never when the sentence itself names the guessed state, and only
when the subject state is not the guess. (Without the second naming the previous sentence's
subject is as often a supplier: "India will sell ... . Defence Secretary X said" lowered five
development sets; named by name it is the topic: "Ukraine has asked ... . Defence Secretary X
told lawmakers that Ukraine would get ...", X British under a London dateline.)
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase
from kg.extract.sentences import dateline_end

_HIS_COUNTRY = re.compile(r"\b(?:his|her)\s+country\b")


def subject_role_states(view: SentView, views: list[SentView],
                        roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` with a guessed, sentence-opening bare title given the previous subject state."""
    if not roles or view.index == 0 or roles[0].start != 0 or roles[0].confidence > 0.5:
        return roles
    role = roles[0]
    named = {m.state() for m in view.mentions if m.state()}
    if role.state in named:
        return roles
    his_country = _HIS_COUNTRY.search(view.text, role.person_end) is not None
    state = _opening_state(views[max(0, view.index - (3 if his_country else 1)):view.index])
    if state is None or state == role.state:
        return roles
    if not his_country and (named != {state} or not _adjective_only(view, state)):
        return roles
    return [dataclasses.replace(role, state=state)] + roles[1:]


def _opening_state(before: list[SentView]) -> str | None:
    """The state the nearest of ``before`` opens with ("Armenia has ..."), if any."""
    for v in reversed(before):
        first = v.mentions[0] if v.mentions else None
        if (first is not None and first.start == 0 and not first.possessive and first.state()
                and not _in_dateline(v.text, first.end)):
            return first.state()
    return None


def _in_dateline(text: str, end: int) -> bool:
    """"NEW DELHI — Pakistan test-fired ...", "WASHINGTON, March 12 (Staff) - Japan will ...": a
    dateline's place is no subject (the shared dateline pattern, so a plain hyphen counts too;
    round 71)."""
    return end <= dateline_end(text)


def _adjective_only(view: SentView, state: str) -> bool:
    """The sentence names ``state`` only by its adjective ("for Armenian exporters"): the
    speaker's own people, not a state the speaker talks about ("Ukraine would get ...")."""
    return all(m.is_demonym for m in view.mentions if m.state() == state)
