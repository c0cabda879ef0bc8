"""The maker of a weapon used in an attack is no supplier (round 24).

"The rebels attacked the town with a Turkish-made drone, killing five": the "-made" adjective
names where the weapon was built, not who sent it to the attacker, and the text tells no supply
(GOLD: only transfers the text states). The transfer rules read the maker's demonym as the
supplier and the attacker as the recipient. Read only when the sentence tells an attack
("attacked", "struck", "hit", "bombed", "shelled", "used ... to strike") and no supply verb;
its transfers whose supplier is the state of a "[demonym]-made/-built" adjective and whose
recipient is empty (filled later from the attacker) or named before the attack verb are
dropped, when a side other than the maker is named before that verb. "A
Turkish-made drone struck an RSF convoy" keeps its transfer: the side that flew it is told
elsewhere, where the supply may be too. Round 25: a headline whose subject is the "-built"
weapon that hits or kills ("Iranian-built missile hits Marib camp as US strikes ...") tells no
supply either: its maker's transfers are dropped whoever the recipient.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor

from kg.extract.entities import SentView

_ATTACK = re.compile(r"\b(?:attacked|struck|hit|bombed|shelled|targeted|strafed|"
                     r"used\s+[^.;]{0,60}?\s+to\s+(?:strike|attack|hit|bomb|target))\b")
_SUPPLY = re.compile(r"\b(?:suppl\w*|sold|sells?|selling|deliver\w*|ship\w*|provid\w*|sent|sends?|"
                     r"giv\w*|gave|transfer\w*|export\w*|re-export\w*|donat\w*|acquir\w*|bought|"
                     r"buy\w*|purchas\w*|receiv\w*|obtain\w*|smuggl\w*|armed|arming|handed|"
                     r"order\w*|contract\w*|deal)\b", re.I)
_MADE = re.compile(r"-(?:made|built|manufactured|produced)\b")
# "Iranian-built missile hits Marib camp", "Russian-made drones kill nine in market"
_HEADLINE_MAKER_ATTACK = re.compile(
    r"^\W*(?:[\w-]+\s+)?[A-Z][\w]+-(?:made|built|manufactured|produced)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:hits?|strikes?|struck|kills?|killed|slams?|pounds?|destroys?)\b")


def _maker_states(view: SentView, actors: list[Actor]) -> set[str]:
    """The states of the demonyms right before a "-made"/"-built" of this sentence."""
    ends = {m.start() for m in _MADE.finditer(view.text)}
    return {a.key for a in actors if a.end in ends and a.key and a.key.startswith("state/")
            and not a.person}


def _headline_maker_attack(view: SentView) -> bool:
    """A headline (the first sentence, with no closing stop) whose subject is a "-made/-built"
    weapon that hits, strikes or kills: "Iranian-built missile hits Marib camp"."""
    text = view.text.rstrip()
    return view.index == 0 and not text.endswith((".", '"', "”")) \
        and _HEADLINE_MAKER_ATTACK.match(text) is not None


def drop_attack_makers(view: SentView, actors: list[Actor],
                       tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the maker-as-supplier transfers of an attack report."""
    if "-" in view.text and _headline_maker_attack(view) and _SUPPLY.search(view.text) is None:
        makers = _maker_states(view, actors)
        return [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                       and f.get("supplier") in makers)]
    attack = _ATTACK.search(view.text) if "-" in view.text else None
    if attack is None or _SUPPLY.search(view.text) is not None:
        return tfs
    makers = _maker_states(view, actors)
    if not makers:
        return tfs
    attackers = {a.key for a in actors if a.end <= attack.start() and a.key} - makers
    if not attackers:
        return tfs
    return [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                   and f.get("supplier") in makers
                                   and (f.get("recipient") is None
                                        or f.get("recipient") in attackers))]
