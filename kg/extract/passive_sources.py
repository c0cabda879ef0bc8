"""Passive wordings that name the buyer as owner or user of the weapons (round 28).

* "Tanzania's Chengdu F-7 jets had been purchased from China": the possessor of the weapon
  phrase bought them, the state after "from" sold them. The participle rules read "W bought
  from S" only right after the weapon or after "which were"; a bare "were/had been bought"
  between them was lost.
* "Pakistani J-10C fighters, bought from China, ...": the nationality before the weapon bought
  what the state after "from" sold, told as an aside between commas (round 84).
* "The Kornet missiles used by Hezbollah are supplied by Iran": the user named after "used by"
  receives what the state after "supplied by" supplies (a stated claim, even when a later
  clause says the supplier denies it); so does "the K9 howitzers used by Poland's army (the
  Polish army) were bought from South Korea".

Narrow on purpose: the owner must be a state written as the possessive right before the weapon
phrase (a few modifiers between), the user must follow "used by" at once, and the verb must
follow the weapon (or the user) at once; only weapons no rule gave both parties are read.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, group_after
from kg.extract.entities import SentView

_BE = r"(?:were|was|had\s+been|have\s+been|has\s+been|are|is)"
# "were bought from", "had been purchased in 2019 from", "were originally acquired from"
_BOUGHT = re.compile(rf"\s+{_BE}\s+(?!never\b|not\b)(?:[a-z]+ly\s+)?(?:bought|purchased|"
                     r"acquired|procured)\s+(?:(?:in\s+\d{4}|new|directly|second[-‑]hand)\s+)?"
                     r"from\s+(?:the\s+)?", re.I)
_USED_BY = re.compile(r"\s+used\s+by\s+(?:the\s+)?", re.I)
_FORCE = re.compile(r"(?:['’]s)?\s+(?:army|armed\s+forces|military|navy|air\s+force|forces|"
                    r"troops)\b")
_IN_PLACE = re.compile(r"\s+in\s+(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?")
_SUPPLIED_BY = re.compile(rf"\s+{_BE}\s+(?!never\b|not\b)(?:[a-z]+ly\s+)?(?:supplied|provided|"
                          r"sent|shipped|smuggled|delivered)\s+by\s+(?:the\s+)?", re.I)
# "Tanzania's new Chengdu F-7 jets", "Kenya's six Mbombe 6 armoured vehicles"
_OWNER_GAP = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?", re.I)
CUE = re.compile(r"\b(?:bought|purchased|acquired|procured)\s+(?:\S+\s+){0,2}?from\b|"
                  r"\bused\s+by\b", re.I)


def _party(a: Actor | None) -> str | None:
    if a is None or a.person or not a.key:
        return None
    return a.key


def _owner(actors: list[Actor], text: str, pos: int) -> str | None:
    """The state written as the possessive right before ``pos`` ("Tanzania's F-7 jets")."""
    a = next((a for a in reversed(actors) if a.end <= pos), None)
    if a is None or a.demonym or not (a.key or "").startswith("state/") or a.person:
        return None
    return a.key if _OWNER_GAP.fullmatch(text, a.end, pos) else None


# "Pakistani J-10C fighters, bought from China, ...": the purchase told as an aside (round 84)
_BOUGHT_ASIDE = re.compile(r"(?:\s+(?:jets|fighters|aircraft|planes|drones|tanks|missiles|"
                           r"helicopters|howitzers|systems|launchers|boats|ships))?,\s+"
                           r"(?:(?:all|both|some|most)\s+(?:of\s+them\s+|of\s+which\s+)?)?"
                           r"(?:bought|purchased|acquired|procured)\s+(?:(?:in\s+\d{4}|new|"
                           r"directly|second[-‑]hand)\s+)?from\s+(?:the\s+)?", re.I)


def _demonym_owner(actors: list[Actor], text: str, pos: int) -> str | None:
    """The state of the nationality right before ``pos`` ("Pakistani J-10C fighters")."""
    a = next((a for a in reversed(actors) if a.end <= pos), None)
    if a is None or not a.demonym or not (a.key or "").startswith("state/") or a.person:
        return None
    return a.key if re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}?", text[a.end:pos]) else None


def _told(found: list[dict[str, Any]], at: int) -> bool:
    return any(f.get("type") == "ArmsTransfer" and f.get("_at") == at and f.get("supplier")
               and f.get("recipient") for f in found)


def _replace(view: SentView, found: list[dict[str, Any]], supplier: str, recipient: str,
             w: Any, rule: str, verb: str) -> list[dict[str, Any]]:
    """``found`` with the weapon's partial facts replaced by supplier -> recipient."""
    kept = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") == w.start)]
    return kept + transfer_rules.transfer_facts(view, supplier, [recipient], [w], rule, verb, 0.6)


def passive_source_transfers(view: SentView, actors: list[Actor],
                             found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` plus "R's W were bought from S" and "the W used by G are supplied by S"."""
    text = view.text
    if CUE.search(text) is None:
        return found
    for w in [m for m in view.mentions if m.category]:
        if _told(found, w.start):
            continue
        b = _BOUGHT.match(text, w.end)
        aside = _BOUGHT_ASIDE.match(text, w.end) if b is None else None
        if b is not None or aside is not None:
            # "R's W were bought from S"; "Pakistani J-10C fighters, bought from China, ...":
            # the nationality right before the weapon bought what the aside's state sold (round 84)
            owner = _owner(actors, text, w.start) if b is not None \
                else _demonym_owner(actors, text, w.start)
            g = group_after(actors, text, (b or aside).end(), max_gap=4)
            seller = _party(g.actors[0]) if g is not None else None
            if owner and seller and owner != seller:
                found = _replace(view, found, seller, owner, w,
                                 "PASSIVE_BOUGHT" if b is not None else "ASIDE_BOUGHT", "bought")
            continue
        u = _USED_BY.match(text, w.end)
        if u is None:
            continue
        ug = group_after(actors, text, u.end(), max_gap=0)
        user = _party(ug.actors[0]) if ug is not None and len(ug.actors) == 1 else None
        if ug is None or user is None:
            continue
        force = _FORCE.match(text, ug.end)  # "used by Poland's army", "used by the Polish army"
        if ug.actors[0].demonym and force is None:
            continue
        end = force.end() if force is not None else ug.end
        where = _IN_PLACE.match(text, end)  # "used by Russian forces in Ukraine are supplied"
        end = where.end() if where is not None else end
        s = _SUPPLIED_BY.match(text, end) or _BOUGHT.match(text, end)
        if s is None:
            continue
        sg = group_after(actors, text, s.end(), max_gap=4)
        supplier = _party(sg.actors[0]) if sg is not None else None
        if supplier and supplier != user:
            found = _replace(view, found, supplier, user, w, "USED_BY_SUPPLIED", "supplied")
    return found


__all__ = ["CUE", "passive_source_transfers"]
