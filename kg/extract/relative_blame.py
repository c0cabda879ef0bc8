"""A group blamed for the attack in a relative clause is its attacker, not the state accused of
backing the group (round 28).

"Shells struck a displacement camp in Goma on Sunday, killing seven people. Congo accused Rwanda
of backing the M23 rebels, whom the army blamed for the shelling"; "Pakistan accused India of
backing the Baloch Liberation Army, which claimed the attack". The blame and claim rules read a
group as the subject or object of "blamed|claimed"; told in a relative clause after the group,
it was not read, and the attack kept no side or took the state accused of arming the group (a
headline "Congo accuses Rwanda after shelling kills seven in Goma").

Read only "[armed group] ([rebels|militants|group|fighters]), which|whom|who [up to four words]
blamed for|claimed (responsibility for) the|that [attack noun]". The strikes of that sentence, or
else of the nearest sentence before it (up to two back), with no attacker take the group; a strike
at the same place (or with none) whose attacker is the state the sentence accuses of backing the
group ("accused X of backing|arming|supplying|harbouring ...") takes it too.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_ATTACK = (r"(?:attack|attacks|shelling|bombing|bombings|strike|strikes|assault|ambush|raid|"
           r"blast|explosion|killings?|massacre)")
_CUE = re.compile(r",\s*(?:which|whom|who)\s+[^.;]{0,50}?\b(?:blamed|blames|claimed|claims)\b")
_RELATIVE = re.compile(
    r"^(?:\s+(?:rebels|militants|militia|group|fighters|insurgents))?,\s*(?:which|whom|who)\s+"
    r"(?:(?:(?:the|a|an|[\w'’-]+)\s+){0,4}?(?:has\s+|had\s+|have\s+)?(?:blamed|blames)\s+for|"
    r"(?:has\s+|had\s+)?(?:also\s+|later\s+|quickly\s+)?(?:claimed|claims)\s+"
    r"(?:responsibility\s+for\s+)?)\s*(?:the|that|this|[A-Z]\w+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    + _ATTACK + r"\b")
_ACCUSED = re.compile(r"\b(?:accused|accuses|accusing)\s+(?:the\s+)?$")
_BACKING = re.compile(r"^\s+of\s+(?:\w+\s+)?(?:arming|backing|supporting|supplying|funding|"
                      r"sponsoring|harbou?ring|sheltering|training|equipping)\b")


def _blamed_group(view: Any) -> str | None:
    """The armed group a relative clause of the sentence blames for, or says claimed, the
    attack."""
    for m in view.mentions:
        c = m.of_type("ArmedGroup")
        if c is not None and not m.state() and _RELATIVE.match(view.text[m.end:]):
            return c.key
    return None


def _accused_backer(view: Any) -> str | None:
    """The state the sentence accuses of backing (arming, harbouring ...) a group."""
    for m in view.mentions:
        if m.state() and _ACCUSED.search(view.text[max(0, m.start - 20):m.start]) \
                and _BACKING.match(view.text[m.end:]):
            return m.state()
    return None


def relative_blame(strikes: list[Strike], views: list[Any], text: str) -> None:
    """Give the attack the group a relative clause blames for it (see the module's doc)."""
    if _CUE.search(text) is None:
        return
    for j, view in enumerate(views):
        if not _CUE.search(view.text):
            continue
        group = _blamed_group(view)
        if group is None:
            continue
        told = next((k for k in (j, j - 1, j - 2)
                     if k > 0 and any(s["_sent"] == k for s in strikes)), None)
        if told is None:
            continue
        backer = _accused_backer(view)
        places = set()
        for s in strikes:
            if s["_sent"] == told and not s.get("attacker"):
                s["attacker"] = group
                places.add(s.get("target_place"))
            elif s["_sent"] == told and s.get("attacker") == backer:
                s["attacker"] = group
                places.add(s.get("target_place"))
        if backer is None:
            continue
        for s in strikes:
            if s.get("attacker") == backer and (s.get("target_place") in places
                                                or not s.get("target_place")):
                s["attacker"] = group
