"""An air-defence missile that went astray is no attack (round 28).

"In the Ukrainian city of Kharkiv, a stray air-defence missile fell on a garage and injured a
man": the strike rules read an attack on Kharkiv and lend it the side attacking the country
(Russia). The text calls the impact an accident of the defender's own weapon; GOLD.md's strikes
are attacks. A strike whose weapon is an air-defence, anti-aircraft or interceptor missile and
whose sentence calls it stray, errant, off course or a mistake is dropped; so is one whose
sentence names the air defences that fired it and says it "was not a deliberate attack".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless

_DEFENCE_WEAPON = caseless(r"\b(?:air[- ]defen[cs]es?|anti-aircraft|surface-to-air|interceptor)\b",
                           needs=("defen", "anti-aircraft", "surface-to-air", "interceptor"))
_ASTRAY = caseless(r"\b(?:stray(?:ed)?|errant|veered\s+off|off\s+course|by\s+mistake|"
                   r"mistakenly|accidental(?:ly)?|malfunction(?:ed|ing)?)\b",
                   needs=("stray", "errant", "veered", "course", "mistake", "accidental",
                          "malfunction"))


# "A stray missile ... was fired by Ukraine's air defences and was not a deliberate attack": the
# sentence itself names the defence and says so (round 90)
_NOT_DELIBERATE = re.compile(r"\b(?:was|were)\s+not\s+(?:a\s+)?(?:deliberate|intentional)\s+"
                             r"(?:attack|strike)\b", re.I)


def _astray(s: dict[str, Any], texts: list[str]) -> bool:
    if s["type"] != "Strike" or s["_sent"] >= len(texts):
        return False
    text = texts[s["_sent"]]
    defence = _DEFENCE_WEAPON.search(s.get("weapon_text") or "") or (
        _NOT_DELIBERATE.search(text) and _DEFENCE_WEAPON.search(text))
    return bool(defence and _ASTRAY.search(text))


def drop_stray_interceptors(raw: list[dict[str, Any]], texts: list[str], article: str) -> None:
    """Drop (in place) a strike by a defender's own missile that the text calls astray."""
    if not _DEFENCE_WEAPON.search(article) or not _ASTRAY.search(article):
        return
    raw[:] = [f for f in raw if not _astray(f, texts)]
