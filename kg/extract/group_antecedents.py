"""Attackers named outside the attack's own clause: a relative clause's antecedent and "the
group" a blame refers back to (round 26).

"The Islamic State group, which killed four soldiers in Tripoli on Saturday, ..." tells the
attack in a relative clause whose subject is the antecedent before ", which"; the strike rules
read the clause and leave its side empty. "The bombing was blamed on the group" names the side
only as "the group", an armed group the report named just before. Both fill an empty side only,
and only from an armed group (never a state): the relative clause must open the sentence with
the group, and the blame must find exactly one armed group in its own sentence and the three
before it (the nearest antecedent, no choice between two). An accident "blamed on faulty wiring"
names no group and is not read.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# the antecedent opens the sentence: "The Islamic State group, which killed", "JNIM, which ..."
_OPENS = re.compile(r"^\W*(?:the\s+)?$", re.I)
_WHICH_ATTACKED = re.compile(r"^(?:\s+(?:group|militia|movement))?,\s+which\s+(?:had\s+|has\s+)?"
                             r"(?:killed|attacked|ambushed|bombed|struck|stormed|shelled)\b")
_WHICH_CUE = re.compile(r",\s+which\s+(?:had\s+|has\s+)?(?:killed|attacked|ambushed|bombed|"
                        r"struck|stormed|shelled)\b")
# "The bombing was blamed on the group", "The attack has been blamed on the militants"
_BLAMED_ON_GROUP = re.compile(
    r"\b(?:attack|bombing|blast|explosion|ambush|assault|raid|massacre)\s+(?:was|has\s+been|"
    r"had\s+been)\s+blamed\s+on\s+the\s+(?:group|militants|militia|insurgents|jihadists|rebels)\b")
# how many sentences before the blame its group and its attack may be told
_REACH = 3


def _antecedent_group(view: Any) -> str | None:
    """The armed group opening the sentence as the antecedent of ", which killed ...", or None."""
    for m in view.mentions:
        group = m.of_type("ArmedGroup")
        if group is None or not _OPENS.match(view.text[:m.start]):
            continue
        return group.key if _WHICH_ATTACKED.match(view.text[m.end:]) else None
    return None


def which_attacked_antecedents(strikes: list[Strike], views: list[Any], text: str) -> None:
    """A strike with no side told in a relative clause takes the group opening its sentence."""
    if not _WHICH_CUE.search(text):
        return
    for s in strikes:
        if s["attacker"] is not None or s["_sent"] >= len(views):
            continue
        group = _antecedent_group(views[s["_sent"]])
        if group is not None and group != s.get("target_country"):
            s["attacker"] = group


def _one_group(views: list[Any]) -> str | None:
    """The one armed group these sentences name, or None when they name none or several."""
    keys = {g.key for v in views for m in v.mentions if (g := m.of_type("ArmedGroup"))}
    return keys.pop() if len(keys) == 1 else None


def blamed_on_the_group(strikes: list[Strike], views: list[Any], text: str) -> None:
    """The latest side-less strike told in or up to three sentences before "The bombing was
    blamed on the group" takes the one armed group named in those sentences."""
    if "blamed on the" not in text:
        return
    for v in views:
        if not _BLAMED_ON_GROUP.search(v.text):
            continue
        near = [s for s in strikes if v.index - _REACH <= s["_sent"] <= v.index]
        if not near:
            continue
        last = max(s["_sent"] for s in near)
        told = [s for s in near if s["_sent"] == last]
        group = _one_group(views[max(0, v.index - _REACH):v.index + 1])
        if group is None or any(s["attacker"] is not None for s in told):
            continue
        for s in told:
            s["attacker"], s["assertion"] = group, "claimed"
            s["_sents"] = [*(s.get("_sents") or [s["_sent"]]), v.index]
