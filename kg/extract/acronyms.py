"""Armed groups the gazetteer does not hold, introduced by a name and an acronym.

"Fighters of the Allied Democratic Forces (ADF) attacked ..., the ADF said": a capitalised name
with a group's head noun, written with its acronym in brackets, names an armed group for the
whole article; the name and every bare acronym after it stand for that group (as attacker,
claimant, "the group" referred back to). Without this the name is an unknown word sequence (cut
at words like "Forces", read as a place or nothing) and the acronym is no mention at all.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import Cand, Mention, SentView
from kg.link.folding import slugify

_WORD = r"[A-Z0-9][\w'’-]*"
_LINK = r"(?:of|for(?:\s+the)?|and(?:\s+the)?|de(?:\s+la)?|del|al)"
# a capitalised name right before "(ACRO)"; "of the" is no link ("Fighters of the ADF")
_NAMED = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}(?:\s+(?:{_LINK}\s+)?{_WORD}){{1,7}})"
                    r"\s*\((?P<acro>[A-Z][A-Z0-9-]{1,6})\)")
# the head noun of a group's name: "Allied Democratic Forces", "National Liberation Army",
# "Central General Staff", "March 23 Movement", "Islamic State West Africa Province"
_GROUP_HEAD = re.compile(r"\b(?:Forces|Army|Front|Movement|Brigades?|Militias?|Resistance|Staff|"
                         r"Mujahideen|Tigers|Province|Battalions?|Guards|Rebels|Jihad|"
                         r"Commandos?)$")
# ... or a word of armed struggle anywhere in it: "Front for the Liberation of Mozambique"
_GROUP_WORD = re.compile(r"\b(?:Liberation|Salvation|Resistance|Revolutionary|Jihad|Mujahideen|"
                         r"Insurgents?|Armed|Militias?)\b")
_LEADING = re.compile(r"^(?:The|A|An|Its|Their)\s+")
# the whole name after "the" ("the Union for Peace in Central Africa": not "Central Africa")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# fighters the article gives the acronym (round 24): "CPC fighters attacked", "UPC gunmen"
_FIGHTERS_AFTER = r"\s+(?:fighters|rebels|gunmen|militants|insurgents|militiamen|jihadists)\b"


def _fighters_named(acro: str, texts: list[str]) -> bool:
    """Whether the article calls the acronym's members fighters ("CPC fighters attacked"), the
    cue that a name without a group's head noun ("Coalition of Patriots for Change") is one."""
    cue = re.compile(rf"(?<![\w-]){re.escape(acro)}\)?{_FIGHTERS_AFTER}")
    return any(cue.search(t) for t in texts)


def introduced_groups(views: list[SentView]) -> dict[str, dict[str, Any]]:
    """Finds "Name (ACRO)" groups in the article, rewrites their mentions (the name and every
    later bare acronym) as that group, and returns them as new entities by key."""
    groups: dict[str, tuple[str, str]] = {}  # acronym -> (key, label)
    spans: dict[int, list[tuple[int, int, str]]] = {}  # sentence -> (start, end, key)
    texts = [v.text for v in views]
    for v in views:
        if "(" not in v.text:
            continue
        for g in _NAMED.finditer(v.text):
            a = g.start("name")
            lead = _LEADING.match(g.group("name"))
            if lead:
                a += lead.end()
            b = g.end("name")
            name = v.text[a:b]
            if " " not in name or not (_GROUP_HEAD.search(name) or _GROUP_WORD.search(name)
                                       or (_THE_BEFORE.search(v.text[:a])
                                           and _fighters_named(g.group("acro"), texts))):
                continue
            known = [m for m in v.mentions if m.start < b and a < m.end]
            if any(not m.is_unknown for m in known) or any(
                    m.end <= a and not m.is_unknown and not v.text[m.end:a].strip()
                    for m in v.mentions):
                continue  # a held name, or a state's own service ("Nigerian Army (NA)")
            key = "org/" + slugify(name)
            groups.setdefault(g.group("acro"), (key, name))
            spans.setdefault(v.index, []).append((a, g.end(), key))
    if not groups:
        return {}
    acro_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in groups)
                         + r")(?![\w-])")
    for v in views:
        text = v.text
        new = [(a, b, key) for a, b, key in spans.get(v.index, [])]
        for m in acro_re.finditer(text):
            if not any(a <= m.start() < b for a, b, _ in new):
                new.append((m.start(), m.end(), groups[m.group(0)][0]))
        if not new:
            continue
        keep = [m for m in v.mentions
                if not any(m.start < b and a < m.end for a, b, _ in new) or m.state()]
        for a, b, key in new:
            if any(m.start < b and a < m.end for m in keep):
                continue  # a state's name inside: left as it was
            end = b if text[b - 1:b] != ")" else text.rindex("(", a, b)
            end = len(text[:end].rstrip())
            keep.append(Mention(a, end, text[a:end], (Cand(key, "ArmedGroup", "label"),),
                                possessive=text[end:end + 2] in ("'s", "’s")))
        v.mentions[:] = sorted(keep, key=lambda m: (m.start, -m.end))
    return {key: {"key": key, "type": "ArmedGroup", "label": label}
            for key, label in groups.values()}
