"""A state's forces that use weapons a supplier gave: "Government forces, backed by Bayraktar
TB2 drones supplied by Turkey, retook two towns", "Sudan's army, which has relied on Mohajer
drones supplied by Iran, ...", "The junta, using Akinci drones supplied by Turkey, ...", "With
J-10C jets supplied by China, Pakistan's air force shot down ...".

The by-phrase names the supplier; the forces the weapons back (or that use them) received them.
Their owner is the state or group written on the forces ("Somali troops", "Kenya's army",
"Houthi forces"), else, for "Government forces" / "The army" / "The junta", the article's state
(kg.extract.records, as for "the air force operates W supplied by S"); bare "forces" without an
owner ("Rebel forces") give nothing. The whole frame is required (forces, "backed by" / "using"
/ "which has relied on", the weapon, "supplied by S"), and only a weapon with no complete
transfer is read.
"""
from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "Government forces, backed by ", "The army, supported by ", "[Somali] troops, aided by ",
# "[Sudan's] army, which has relied on ", "The junta, using "
_FORCES_BACKED = re.compile(
    r"(?:(?P<home>(?:[Gg]overnment|[Ff]ederal|[Nn]ational|[Aa]rmy|[Mm]ilitary)\s+(?:forces|"
    r"troops|soldiers)|[Tt]he\s+(?:army|military|armed\s+forces|junta))|(?P<bare>forces|troops|"
    r"soldiers|army|military|air\s+force|navy))\s*,\s+"
    r"(?:(?:(?:which|who)\s+(?:were|are|was|is)\s+)?(?:backed|supported|aided|helped|reinforced|"
    r"bolstered)\s+by|(?:using|flying|fielding|operating|deploying|(?:armed|equipped)\s+with|"
    r"relying\s+on)|(?:which|who)\s+(?:has\s+|have\s+|had\s+)?(?:long\s+)?(?:relied\s+on|used|"
    r"flown|fielded|operated|deployed))\s+")
# "With J-10C jets supplied by China, Pakistan's air force ...": the subject after the comma
# (at the sentence's start or right after its dateline's dash)
_WITH_OPENING = re.compile(r"(?:^|\s[-–—]\s+)\W*With\s+")
_SUPPLIED_BY = re.compile(r"\s+(?:supplied|provided|sold|delivered|donated|sent)\s+by\s+"
                          r"(?:the\s+)?", re.I)


def _owner_written(actors: list[Actor], text: str, pos: int) -> Actor | None:
    """The state or group written on the forces ("Somali troops", "Kenya's army")."""
    return next((a for a in actors if a.end <= pos and a.key and not a.person
                 and re.fullmatch(r"(?:['’]s)?\s*", text[a.end:pos])), None)


def _forces_owner(actors: list[Actor], text: str, fb: re.Match) -> tuple[bool, str | None]:
    """(read, owner): the owner written on the forces; for "Government forces" / "The army"
    without one, no owner (the article's state); bare "forces" need one ("Rebel forces" give
    nothing)."""
    home = fb.group("home") is not None
    owner = _owner_written(actors, text, fb.start("home") if home else fb.start("bare"))
    if owner is None:
        return home, None
    return True, owner.key


def backed_forces_transfers(view: SentView, actors: list[Actor],
                            found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "[forces], backed by W supplied by S" read (weapons without a complete
    transfer only)."""
    text = view.text
    if " by " not in text or "supplied" not in text and "provided" not in text \
            and "sold" not in text and "delivered" not in text and "donated" not in text \
            and "sent" not in text:
        return found
    whole = complete_weapons(found)
    for fb in _FORCES_BACKED.finditer(text):
        ws = transfer_rules.weapons_in(view, fb.end(), min(len(text), fb.end() + 80))
        w = ws[0] if ws and ws[0].start - fb.end() <= 3 else None
        by = _SUPPLIED_BY.match(text, w.end) if w is not None else None
        seller = next((a for a in actors if by and a.start == by.end()), None)
        if not actor_state(seller) or w.start in whole:
            continue
        read, owner = _forces_owner(actors, text, fb)
        if not read or owner == actor_state(seller):
            continue
        found = [f for f in found
                 if not (f.get("type") == "ArmsTransfer" and f.get("_at") == w.start)]
        for f in transfer_rules.transfer_facts(view, actor_state(seller), [owner], [w], "BF",
                                               "supplied", 0.6):
            if owner is None:
                f["_home_forces"] = f["_needs_recipient_ctx"] = True
            found.append(f)
    return _with_opening(view, actors, found)


def _with_opening(view: SentView, actors: list[Actor],
                  found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"With W supplied by S, R's forces ...": R (the state written on the subject) received W."""
    text = view.text
    lead = _WITH_OPENING.search(text, 0, 80)
    ws = transfer_rules.weapons_in(view, lead.end(), lead.end() + 60) if lead else []
    if not ws or ws[0].start - lead.end() > 12:
        return found
    w = ws[0]
    by = _SUPPLIED_BY.match(text, w.end)
    seller = next((a for a in actors if by and a.start == by.end()), None)
    comma = re.compile(r"[^,;.]{0,30},\s+(?:the\s+)?").match(text, seller.end) if seller else None
    owner = next((a for a in actors if comma and a.start == comma.end()), None)
    if not (actor_state(seller) and actor_state(owner)) or actor_state(owner) == actor_state(seller) \
            or not re.match(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,1}?(?:forces|troops|army|military|"
                            r"air\s+force|navy|pilots)\b", text[owner.end:]) \
            or any(f.get("_at") == w.start and f.get("supplier") and f.get("recipient")
                   for f in found):
        return found
    found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") == w.start)]
    return found + transfer_rules.transfer_facts(view, actor_state(seller), [actor_state(owner)], [w], "BF",
                                                 "supplied", 0.6)
