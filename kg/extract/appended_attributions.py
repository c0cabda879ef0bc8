"""The side named in a phrase appended to the attack's own sentence (round 32).

Wire copy often tells the attack first and its author in a phrase that renames it at the end of
the same sentence: "..., killing 11 recruits, an attack the group claimed hours later"; "..., a
raid the army blamed on the ADF"; "..., in an attack that the government attributed to JNIM";
"..., in an attack for which the BLA later took responsibility"; "..., in what officials called
an M23 attack". The clause rules read the attack's subject ("a car packed with explosives") and
find no side; the discourse pass then lent the strike a side from another paragraph.

Read after the strike's place only: an attack noun ("attack", "assault", "raid", "ambush",
"bombing" ...) renamed in an appositive or "in an|what ..." phrase, and its side in one of four
slots: the subject of "claimed|carried out" right after the noun; the object of "blamed on|
attributed to|pinned on"; the subject of "took|claimed|accepted responsibility" after "for
which"; the modifier of the noun after "called|described as|termed". The strike takes that side
when it has none or has one its sentence does not name, and the side is not the country hit.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.added_strikes import names_side, side_at

Strike = dict[str, Any]

_NOUN = (r"(?:attacks?|assaults?|raids?|ambush|bombings?|blasts?|massacre|shooting|"
         r"killings|strikes?|barrage|offensive)")
# (", a day after attacks the Houthis claimed" renames no attack: another one)
_RENAMED = (rf"(?:,\s+|\bin\s+)(?:an?|the)\s+(?:(?!(?:after|before|since|following|than)\b)"
            rf"[\w-]+\s+){{0,2}}?{_NOUN}\s+")
_SIDE = r"(?:the\s+)?(?P<{}>[\w'’-]+)"
_WHEN = r"(?:later\s+|quickly\s+|swiftly\s+|subsequently\s+|has\s+since\s+|had\s+|has\s+)?"
_APPENDED = re.compile(
    # ", an attack al-Shabaab claimed hours later"; "..., a raid that JNIM said it carried out"
    rf"{_RENAMED}(?:that\s+|which\s+)?{_SIDE.format('s1')}[\w\s'’-]{{0,40}}?\s+{_WHEN}(?:claimed|"
    rf"said\s+it\s+(?:had\s+)?carried\s+out)\b"
    # ", an assault the army blamed on JNIM"; "in an attack that officials attributed to X"
    rf"|{_RENAMED}(?:that\s+|which\s+)?[^,.;]{{0,40}}?\b(?:blamed\s+on|attributed\s+to|"
    rf"pinned\s+on)\s+{_SIDE.format('s2')}"
    # "in an attack for which the Baloch Liberation Army later took responsibility"
    rf"|{_RENAMED}for\s+which\s+{_SIDE.format('s3')}[\w\s'’-]{{0,40}}?\s+{_WHEN}(?:took|claimed|accepted|"
    rf"has\s+taken|have\s+taken)\s+responsibility"
    # "in what officials called an M23 attack"; "in what the army described as a Houthi assault"
    rf"|\bin\s+what\s+[^,.;]{{0,40}}?\b(?:called|described\s+as|termed|said\s+was)\s+"
    rf"(?:an?\s+)?(?P<mod>[\w'’-]+)\s+(?:[\w-]+\s+)?{_NOUN}\b")


def appended_attributions(strikes: list[Strike], views: list[Any]) -> None:
    """Give each strike the side of a phrase appended to its sentence (see the module's doc)."""
    for s in strikes:
        i = s["_sent"]
        if not 0 <= i < len(views):
            continue
        v = views[i]
        if names_side(v, s.get("attacker")):
            continue
        place_text = s.get("_place_text")
        after = v.text.find(place_text) if place_text else 0
        if after < 0:
            continue
        m = _APPENDED.search(v.text, after)
        if m is None:
            continue
        who = side_at(v, m.start(m.lastgroup or "s1"))
        if who is not None and who != s.get("target_country"):
            s["attacker"], s["assertion"] = who, "claimed"
