"""Armed groups the gazetteer does not hold, introduced as "a group calling itself X" (round 31).

"A group calling itself Jaish-e-Fursan claimed responsibility for the attack": news introduces a
new or little-known group by the name it gives itself, and that name is the attacker the claim
rules (kg.extract.later_claims) need; unknown to the gazetteer it is no mention of a group, so the
bombing stayed without side. The words "calling itself" are the cue: the capitalised name right
after them names an armed group for the whole article (every later mention of the same words).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import Cand, Mention, SentView
from kg.link.folding import slugify

CUE = "calling itself"
_WORD = r"[A-Z][\w'’-]*"
# "a (little-known|new|militant) group calling itself Jaish-e-Fursan"
_SELF_NAMED = re.compile(
    rf"\b(?:group|outfit|faction|organi[sz]ation|movement)\s+calling\s+itself\s+(?:the\s+)?"
    rf"(?P<name>{_WORD}(?:\s+(?:(?:of|for)(?:\s+the)?\s+)?{_WORD}){{0,5}})")


def self_named_groups(views: list[SentView]) -> dict[str, dict[str, Any]]:
    """Finds "a group calling itself X", rewrites every mention of X in the article as that
    group, and returns the groups as new entities by key."""
    groups: dict[str, str] = {}  # name -> key
    for v in views:
        if CUE not in v.text:
            continue
        for g in _SELF_NAMED.finditer(v.text):
            name = g.group("name")
            if any(m.start < g.end("name") and g.start("name") < m.end and not m.is_unknown
                   for m in v.mentions):
                continue  # a held name ("calling itself the Islamic State"): the gazetteer's
            groups.setdefault(name, "org/" + slugify(name))
    if not groups:
        return {}
    name_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in groups)
                         + r")(?![\w-])")
    for v in views:
        spans = [(m.start(), m.end(), groups[m.group(0)]) for m in name_re.finditer(v.text)]
        if not spans:
            continue
        keep = [m for m in v.mentions if not any(m.start < b and a < m.end for a, b, _ in spans)]
        for a, b, key in spans:
            keep.append(Mention(a, b, v.text[a:b], (Cand(key, "ArmedGroup", "label"),),
                                possessive=v.text[b:b + 2] in ("'s", "’s")))
        v.mentions[:] = sorted(keep, key=lambda m: (m.start, -m.end))
    return {key: {"key": key, "type": "ArmedGroup", "label": name}
            for name, key in groups.items()}
