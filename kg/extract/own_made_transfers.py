"""A state's own military reporting its strike with its own "-made" weapons tells no transfer
(round 28).

"Turkish-made Bayraktar TB2 drones struck PKK positions in northern Iraq on Friday, killing five
militants, Turkey's defence ministry said." The "-made" adjective names the maker and the
transfer rules read it as a supplier to whichever side the context offers (the article's armed
group, here the Houthis of another paragraph). When the state that reports the attack through
its defence ministry, military, army or armed forces is that maker, it fired its own weapons:
the sentence's transfers from that state are dropped. Read only in a sentence with an attack verb
and no supply verb (kg.extract.attack_makers covers a side named before the attack verb).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_MADE = re.compile(r"-(?:made|built)\b")
_ATTACK = re.compile(r"\b(?:attacked|struck|hit|bombed|shelled|targeted|pounded|raided)\b")
_SUPPLY = re.compile(r"\b(?:suppl\w*|sold|sells?|deliver\w*|ship\w*|provid\w*|sent|sends?|"
                     r"bought|buy\w*|purchas\w*|acquir\w*|received?|transferr\w*|gave|donat\w*)\b")
_REPORTER = re.compile(r"^(?:['’]s)?\s+(?:defen[cs]e\s+ministry|military|army|armed\s+forces|"
                       r"air\s+force)\s+said\b")
_ORGAN_END = re.compile(r"(?:['’]s)?\s+(?:defen[cs]e\s+ministry|military|army|armed\s+forces|"
                        r"air\s+force)$")


def _makers(view: SentView, actors: list[Actor]) -> set[str]:
    """The states of the demonyms right before a "-made"/"-built" of this sentence."""
    ends = {m.start() for m in _MADE.finditer(view.text)}
    return {a.key for a in actors if a.end in ends and a.key and a.key.startswith("state/")
            and not a.person}


def _reporter(view: SentView) -> str | None:
    """The state whose military the sentence reports ("Turkey's defence ministry said")."""
    for m in view.mentions:
        after = view.text[m.end:]
        if m.state() and (_REPORTER.match(after) or (
                _ORGAN_END.search(m.text) and re.match(r"\s+said\b", after))):
            return m.state()
    return None


def drop_own_made(view: SentView, actors: list[Actor],
                  tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the maker's transfers when the maker reports its strike."""
    if not tfs or "-" not in view.text or _MADE.search(view.text) is None \
            or _ATTACK.search(view.text) is None or _SUPPLY.search(view.text) is not None:
        return tfs
    reporter = _reporter(view)
    if reporter is None or reporter not in _makers(view, actors):
        return tfs
    return [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                   and f.get("supplier") == reporter)]
