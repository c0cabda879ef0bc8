"""The state that made the weapons and only approved their transfer is no supplier (round 22).

"The United States, which originally manufactured the aircraft, approved the transfer in 2023, a
step required for any re-export of American-built jets": the maker's demonym before the jets
("American-built") reads as the supplier, and the article's recipient is then joined to it. The
text itself says the state made the weapons and approved someone else's transfer. Read only when
the sentence opens with "[state], which (originally) built/made/manufactured the [noun]," and
its verb is an approval ("approved", "cleared", "signed off on", "gave its consent"); that
state's transfers of this sentence are dropped. Other states' transfers are kept.

Round 24: the same when the approval's object carries the maker's demonym, "Washington approved
the transfer of the American-built jets in August": the subject state approves a transfer of
weapons its own industry built (the demonym names the subject's state), so it is no supplier.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, states_within
from kg.extract.entities import SentView

_MAKER_APPROVER = re.compile(
    r"^(?P<subj>[^,;]{2,40}?),\s+which\s+(?:had\s+)?(?:originally\s+|first\s+)?"
    r"(?:built|made|manufactured|designed|produced|developed)\s+the\s+(?:[\w-]+\s+){0,3}?"
    r"(?:aircraft|jets?|planes?|fighters?|tanks?|missiles?|systems?|weapons?|vehicles?|"
    r"howitzers?|drones?|helicopters?|ships?|vessels?)\s*,\s+(?:(?:has|had)\s+)?"
    r"(?:also\s+)?(?:approved|cleared|authori[sz]ed|signed\s+off\s+on|okayed|"
    r"gave\s+(?:its\s+)?(?:approval|consent|permission|the\s+green\s+light|the\s+go-ahead))\b")

_APPROVED_OWN_BUILT = re.compile(
    r"^(?P<subj>[^,;]{2,40}?)\s+(?:(?:has|had)\s+)?(?:also\s+)?(?:approved|cleared|"
    r"authori[sz]ed|signed\s+off\s+on|okayed)\s+the\s+(?:transfer|re-?export|resale|sale|"
    r"handover)\s+of\s+(?:the\s+)?(?:\d+\s+|\w+\s+)?(?P<maker>[A-Z][\w.]+)-"
    r"(?:built|made|manufactured|designed|produced)\s")
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = re.compile(r",\s+which\s+(?:had\s+)?(?:originally\s+|first\s+)?(?:built|made|manufactured|"
                 r"designed|produced|developed)\s+the\s|(?:approved|cleared|authori[sz]ed|"
                 r"signed\s+off\s+on|okayed)\s+the\s")


def _maker_states(view: SentView, actors: list[Actor]) -> set[str]:
    """The one state that made the weapons and approved their transfer, or none."""
    m = _MAKER_APPROVER.match(view.text)
    if m is not None:
        makers = set(states_within(actors, m.start("subj"), m.end("subj")))
        return makers if len(makers) == 1 else set()
    m = _APPROVED_OWN_BUILT.match(view.text)
    if m is None:
        return set()
    makers = set(states_within(actors, m.start("subj"), m.end("subj")))
    built_by = set(states_within(actors, m.start("maker"), m.end("maker")))
    return makers if len(makers) == 1 and makers == built_by else set()


def drop_maker_approvers(view: SentView, actors: list[Actor],
                         tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the transfers of the maker that only approved."""
    makers = _maker_states(view, actors)
    if not makers:
        return tfs
    return [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                   and f.get("supplier") in makers)]
