"""The recipient of a supply told in a relative clause is the state whose forces use the weapon:
"Ukrainian troops fired the ATACMS missiles, which the United States sent in the spring, at ...",
"The F-16 jets that Denmark handed over in May are flying missions, Ukraine's air force said".

The relative clause names only the supplier; the verb rules leave the recipient empty and the
context rules would take the supplier's other partner or the dateline's state. When the same
sentence names exactly one state's forces ("Ukrainian troops", "Mali's army", "the Kenyan air
force"), other than the supplier, that state holds the weapon. Only fills an empty recipient,
only for a weapon followed by ", which / that [supplier]". Forces that destroy or shoot down the
weapon ("Russian troops destroyed two Leopard tanks, which Germany supplied") are its enemy's:
then no recipient is guessed at all.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_FORCES = (r"(?:army|armed\s+forces|forces|troops|soldiers|air\s+force|navy|military|crews|pilots|"
           r"gunners|units)")
_FORCES_AFTER = re.compile(rf"(?:['’]s)?\s+(?:(?:own|national|regular|special|elite)\s+)?"
                           rf"{_FORCES}\b", re.I)
# ("Ukraine's air force" may be one actor: a state's body)
_FORCES_END = re.compile(rf"\s{_FORCES}$", re.I)
_BARE_FORCES = re.compile(r"\b[Tt]he\s+(?:army|military|armed\s+forces|air\s+force|navy)\b"
                          r"(?!['’]s\s)")
_WHICH = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s*,?\s*(?:which|that)\s+(?:the\s+)?", re.I)


# "Russian troops destroyed two Leopard tanks, which Germany supplied": the enemy of the user
_HOSTILE = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:destroy\w*|shot\s+down|shoots?\s+down|"
                      r"down(?:ed|s)|hit|struck|strikes?|captur\w*|seiz\w*|intercept\w*|"
                      r"attack\w*|target\w*|disabl\w*|knock\w*\s+out)\b", re.I)


def _forces(text: str, actors: list[Actor], supplier: str) -> list[Actor]:
    return [a for a in actors if a.key and a.key.startswith("state/") and not a.person
            and a.key != supplier and (_FORCES_AFTER.match(text, a.end)
                                       or _FORCES_END.search(text, a.start, a.end))]


def _forces_states(text: str, actors: list[Actor], supplier: str) -> set[str]:
    return {a.key for a in _forces(text, actors, supplier)}


def _hostile_forces(text: str, actors: list[Actor], supplier: str) -> bool:
    return any(_HOSTILE.match(text, a.end) for a in _forces(text, actors, supplier))


def _relative_supplier(view: SentView, actors: list[Actor], f: dict[str, Any]) -> bool:
    """Whether the fact's weapon is followed by ", which [its supplier]"."""
    w = next((m for m in view.mentions if m.start == f.get("_at") and m.category), None)
    rel = _WHICH.match(view.text, w.end) if w is not None else None
    return rel is not None and any(a.start == rel.end() and a.key == f["supplier"]
                                   for a in actors)


def fill_weapon_users(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                      forces: str | None = None) -> list[dict[str, Any]]:
    """``found`` with the empty recipients of relative-clause supplies filled (in place);
    ``forces``: the state whose army an earlier sentence named ("Mali's army"), for a bare "the
    army" in this one ("The Akinci drones, which Turkey delivered, have flown missions since the
    army retook Kidal")."""
    if "which" not in view.text and "that" not in view.text:
        return found
    for f in found:
        if f.get("type") != "ArmsTransfer" or not f.get("supplier") or f.get("recipient"):
            continue
        if not _relative_supplier(view, actors, f):
            continue
        if _hostile_forces(view.text, actors, f["supplier"]):
            f["_no_guess"] = True  # (the enemy's forces: no state of the article guessed)
            continue
        states = _forces_states(view.text, actors, f["supplier"])
        if not states and forces and forces != f["supplier"] and _BARE_FORCES.search(view.text):
            states = {forces}
        if len(states) == 1:
            f["recipient"] = states.pop()
    return found
