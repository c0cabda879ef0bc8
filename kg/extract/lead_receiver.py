"""Suppliers listed in a passive whose recipient is the receiver of the sentence before (round
22): "Lithuania will receive a layered air defence network ... IRIS-T SLM batteries are to be
provided by Germany, Norway and Denmark".

The sentence must open with the weapon, name its suppliers only after "are to be provided by"
(supplied, delivered, donated, sent; "are being", "will be", "have been"), and name no other
state; the recipient is the state that "will receive" (is to, is set to, is due to receive or
get) in the sentence just before. Without that cue nothing is borrowed from another sentence.
Read only for weapons no rule gave a transfer.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.guarded_skies import listed_states

# "... are to be provided by ", "... will be supplied by "
_PASSIVE_BY = re.compile(
    transfer_rules.UNIT_NOUNS +
    r"(?:\s+(?:is|are)\s+(?:to\s+be|set\s+to\s+be|due\s+to\s+be|being)\s+|\s+will\s+be\s+|"
    r"\s+(?:has|have)\s+been\s+)", re.I)
_VERB_BY = re.compile(
    r"(?:provided|supplied|delivered|donated|sent|transferred)\s+by\s+(?:the\s+)?", re.I)
# "Lithuania| will receive", "Estonia| is set to get"
_WILL_RECEIVE = re.compile(
    r"\s+(?:will|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+expected\s+to)\s+(?:receive|get)\b",
    re.I)


def _receiver(prev_actors: list[Actor], prev_text: str) -> str | None:
    """The one state that "will receive" in the sentence before."""
    states = {actor_state(a) for a in prev_actors if actor_state(a) and not a.demonym
              and _WILL_RECEIVE.match(prev_text, a.end)}
    return states.pop() if len(states) == 1 else None


def lead_receiver_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                            prev_view: SentView | None, prev_actors: list[Actor]
                            ) -> list[dict[str, Any]]:
    """``found`` with "W are to be provided by A, B and C" given the receiver told just
    before."""
    if prev_view is None or " by " not in view.text:
        return found
    text = view.text
    weapons = transfer_rules.weapons_in(view, 0, len(text))
    if not weapons or text[:weapons[0].start].strip():
        return found
    passive = _PASSIVE_BY.match(text, weapons[0].end)
    verb = _VERB_BY.match(text, passive.end()) if passive else None
    if verb is None:
        return found
    suppliers = listed_states(text, actors, verb.end())
    others = {actor_state(a) for a in actors if actor_state(a)} - set(suppliers)
    recipient = _receiver(prev_actors, prev_view.text)
    if not suppliers or others or recipient is None or recipient in suppliers:
        return found
    if any(f.get("type") == "ArmsTransfer" and f.get("_at") == weapons[0].start for f in found):
        return found
    for s in suppliers:
        found += transfer_rules.transfer_facts(view, s, [recipient], weapons[:1], "LR",
                                               verb.group(0).split()[0], 0.7)
    return found
