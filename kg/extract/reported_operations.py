"""A state's military that reports killing militants abroad tells its own operation (round 28).

"Drones struck PKK positions in northern Iraq on Friday, killing five militants, Turkey's defence
ministry said." Nothing in the attack's clause names its side (the drones may even carry a maker's
"Turkish-made"), so the strike had no attacker and, placed only at the country, was dropped. A
defence ministry, army or general staff that reports an attack in another country in which
militants were killed speaks of its own forces' operation: that state is the attacker.

Kept narrow, filling only an empty attacker: the state is named in the sentence only as
"[state]'s (or "the [state]") defence ministry|military|army|armed forces|air force|general
staff said" (and as the maker of "Turkish-made" drones); the country hit is another, and known
already (a strike the rules could not place is left alone: its place would fall back to the
dateline); the toll is of militants, fighters, insurgents, terrorists, rebels or jihadists
("killing five militants"). "Drones struck a base in Syria, killing two soldiers, Russia's
defence ministry said" (the victim's report) is not read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.sentences import DATELINE_RE

Strike = dict[str, Any]

_ORGANS = r"(?:defen[cs]e\s+ministry|military|army|armed\s+forces|air\s+force|general\s+staff)"
_CUE = re.compile(_ORGANS + r"\s+said\b")
# "Turkey's defence ministry said", "the US military said"
_REPORTER = re.compile(r"^(?:['’]s)?\s+" + _ORGANS + r"\s+said\b")
_ORGAN_END = re.compile(r"(?:['’]s)?\s+" + _ORGANS + "$")
_SAID = re.compile(r"^\s+said\b")
_MADE = re.compile(r"^-(?:made|built)\b")
_MILITANTS_KILLED = re.compile(
    r"\b(?:killing|killed|neutrali[sz]ing|neutrali[sz]ed)\s+(?:at\s+least\s+|more\s+than\s+|"
    r"some\s+)?(?:[\w-]+\s+){0,2}(?:militants|fighters|insurgents|terrorists|rebels|jihadists)\b")


def _reporting_state(view: Any) -> str | None:
    """The state whose military reports the sentence, when the sentence names it otherwise at
    most as the maker of a weapon ("Turkish-made drones")."""
    dateline = DATELINE_RE.match(view.text)
    lo = dateline.end() if dateline else 0
    for m in view.mentions:
        who = m.state()
        if not who or not (_REPORTER.match(view.text[m.end:]) or (
                _ORGAN_END.search(m.text) and _SAID.match(view.text[m.end:]))):
            continue
        if all(o is m or o.state() != who or o.start < lo or _MADE.match(view.text[o.end:])
               for o in view.mentions):
            return who
    return None


def reported_operations(strikes: list[Strike], views: list[Any], text: str) -> None:
    """Give a strike with no side the state whose military reports it abroad (see the doc)."""
    if _CUE.search(text) is None:
        return
    for s in strikes:
        i = s["_sent"]
        if s.get("attacker") or not 0 < i < len(views):
            continue
        view = views[i]
        if _MILITANTS_KILLED.search(view.text) is None:
            continue
        who = _reporting_state(view)
        hit = s.get("target_country")
        if who is not None and hit is not None and who != hit:
            s["attacker"] = who
