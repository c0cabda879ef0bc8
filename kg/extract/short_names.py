"""A shorter form of a name told earlier or later in the article is the same person (round 23).

"Ghanaian President John Dramani Mahama opened the talks. ... President John Mahama said ...":
the middle name dropped gives another unknown key ("person/john-mahama"), so the one office
holder became two roles, one of them a false alarm. A role whose unknown name keeps the first
and last words of another unknown name of the same state's role, and only drops words between
them, or drops only the first words ("Defence Minister Mohamed Nur" after "Abdulkadir Mohamed
Nur"), is folded into the longer name (and its state, if the longer name has only one: "Mohamed
Nur" given the dateline's Kenya was a guess). Gazetteer people are left alone (their aliases
decide), but an unknown short name folds into a gazetteer person's longer one as into an
unknown one (round 81: "Abdulkadir Mohamed Nur" joined the offices table).
"""

from __future__ import annotations

from typing import Any, Callable

_PREFIX = "person/"


def _words(key: str) -> list[str]:
    return key[len(_PREFIX):].split("-") if key.startswith(_PREFIX) else []


def _shorter_form(short: list[str], long: list[str]) -> bool:
    """``short`` keeps ``long``'s first and last words and drops only words between them, or
    is its last two or more words ("Mohamed Nur" of "Abdulkadir Mohamed Nur")."""
    if not 2 <= len(short) < len(long) or short[-1] != long[-1]:
        return False
    if short == long[-len(short):]:
        return True
    it = iter(long)
    return short[0] == long[0] and all(w in it for w in short)


def fold_short_names(roles: list[dict[str, Any]],
                     known: Callable[[str], Any]) -> list[dict[str, Any]]:
    """``roles`` with each shorter unknown name renamed to the one longer unknown name it is a
    form of, with that name's state when the article gives it only one (a short form's other
    state was a guess: one person holds no office of two states); none if two names fit."""
    unknown = {(f["person"], f["state"]) for f in roles if known(f["person"]) is None}
    everyone = {(f["person"], f["state"]) for f in roles}
    out = []
    for f in roles:
        if (f["person"], f["state"]) in unknown:
            longer = {(p, s) for p, s in everyone if _shorter_form(_words(f["person"]), _words(p))}
            if len(longer) == 1:
                p, s = longer.pop()
                f = {**f, "person": p, "state": s}
        out.append(f)
    return out
