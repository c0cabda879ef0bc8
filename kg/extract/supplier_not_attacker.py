"""The state said to supply the drones is not the side that fired them (round 24).

"Sudan says UAE drones hit Port Sudan" over a body that tells "Drones launched by the RSF struck
... Port Sudan" and "accused the United Arab Emirates of supplying the drones": the headline's
strike took the supplier as its attacker and stayed apart from the body's attack, one attack
told as two. When the article names a side as the supplier of the weapons ("accused S of
supplying", "drones supplied by S", "S-supplied drones") and a strike by that side has a
strike at the same place by another side, it takes that side (the merge then joins them).

Kept narrow: the supply must be stated in the article, and another side must be told at the
same place; a strike by the supplier alone keeps its side (filling, not guessing).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import odd_case

Strike = dict[str, Any]

_ACCUSED_BEFORE = re.compile(r"\b(?:accus\w*|blam\w*)\s+(?:the\s+)?$", re.I)
_OF_SUPPLYING = re.compile(r"^\s*(?:\([^)]*\)\s*)?of\s+(?:supplying|providing|sending|delivering|"
                           r"arming|selling)\b", re.I)
_SUPPLIED_BY = re.compile(r"\b(?:supplied|provided|sent|delivered|sold)\s+by\s+(?:the\s+)?$",
                          re.I)
_HYPHEN_SUPPLIED = re.compile(r"^-(?:supplied|provided)\b", re.I)
# a word of every match of each (in lower case): a sentence without is not scanned per mention
_ACCUSED_WORDS = ("accus", "blam")
_SUPPLIED_BY_WORDS = ("by",)
_HYPHEN_WORDS = ("-supplied", "-provided")


def _side_keys(m: Any) -> set[str]:
    group = m.of_type("ArmedGroup")
    return {k for k in (m.state(), group.key if group else None) if k}


def stated_suppliers(views: list[Any]) -> set[str]:
    """The sides the article names as supplying the weapons."""
    found: set[str] = set()
    for v in views:
        low, odd = v.text.lower(), odd_case(v.text)  # (odd case: lowering is not re.I)
        accused = odd or any(w in low for w in _ACCUSED_WORDS)
        by = odd or any(w in low for w in _SUPPLIED_BY_WORDS)
        hyphen = odd or any(w in low for w in _HYPHEN_WORDS)
        if not (accused or by or hyphen):
            continue
        for m in v.mentions:
            before, after = v.text[:m.start], v.text[m.end:]
            if (accused and _ACCUSED_BEFORE.search(before) and _OF_SUPPLYING.match(after)) \
                    or (by and _SUPPLIED_BY.search(before)) \
                    or (hyphen and _HYPHEN_SUPPLIED.match(after)):
                found |= _side_keys(m)
    return found


def supplier_is_not_attacker(strikes: list[Strike], views: list[Any]) -> None:
    """Give a supplier's strike the side told at the same place (see the doc; in place)."""
    sides: dict[str, set] = {}
    for s in strikes:
        if s.get("attacker") and s.get("target_place"):
            sides.setdefault(s["target_place"], set()).add(s["attacker"])
    if all(len(told) < 2 for told in sides.values()):
        return  # no place with two sides: nothing to give (and no need to read the suppliers)
    suppliers = stated_suppliers(views)
    if not suppliers:
        return
    for s in strikes:
        if s.get("attacker") not in suppliers or not s.get("target_place"):
            continue
        other = next((o["attacker"] for o in strikes
                      if o is not s and o.get("target_place") == s["target_place"]
                      and o.get("attacker") and o["attacker"] not in suppliers), None)
        if other is not None:
            s["attacker"] = other
