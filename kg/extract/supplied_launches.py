"""Weapons told by their supply are not an attack of the sentence (round 26).

"Washington accused Pyongyang of supplying Moscow with ballistic missiles fired at Kharkiv": the
strike rules read "missiles fired at Kharkiv" as a Russian strike on Kharkiv, but the sentence
tells (an accusation of) a supply; the weapons' use is only what describes them, no attack told
with a day, toll or place of its own. A strike whose place is named in the participle tail
"(launched|fired|used) (at|against|on) ..." of a "supplying/providing/sending X with ..."
clause is dropped. Kept narrow: the supply verb must govern "X with", and the place must follow
the participle in the same sentence.
"""
from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# "of supplying Moscow with Shahed drones launched at Ukrainian cities"
_SUPPLIED_LAUNCHES = re.compile(
    r"\b(?:suppl(?:ying|ied|ies|y)|provid(?:ing|ed|es|e)|send(?:ing|s)?|sent|arm(?:ing|ed))\s+"
    r"(?:[A-Z][\w'-]*\s+){1,3}with\s+[^.;]{0,80}?\b(?:launched|fired|used|aimed)\s+"
    r"(?:at|against|on|in)\b")


def _in_launch_tail(text: str, name: str | None) -> bool:
    """Whether ``name`` stands after a supply clause's "launched at" in ``text``."""
    m = _SUPPLIED_LAUNCHES.search(text)
    return bool(m and name and name in text[m.end():])


def drop_supplied_launches(raw: list[Strike], texts: list[str]) -> None:
    """Drop strikes read at a place named only as where supplied weapons were launched."""
    def supplied(s: Strike) -> bool:
        return (s["type"] == "Strike" and s["_sent"] < len(texts)
                and "with" in texts[s["_sent"]]
                and _in_launch_tail(texts[s["_sent"]], s.get("_place_text")))
    raw[:] = [s for s in raw if not supplied(s)]
