"""One weapon sold both ways is one guess too many (round 21):

"Serbia signs deal for 12 Rafale jets from France" over "Serbian President A and French President
B signed a contract for 12 Rafale jets": the body's joint subject does not say who buys, and the
contract rule reads the last of the two as the buyer (Serbia -> France), against the headline's
France -> Serbia. When two transfers of the same weapon run between the same two states in
opposite directions, the one with the lower confidence (the guess) goes; a tie keeps both,
unless one is told only in the headline ("A and B seal deal for 180 tanks"), which goes.
"""

from __future__ import annotations

from typing import Any


def _head(f: dict[str, Any]) -> str:
    words = (f.get("weapon_text") or "").lower().split()
    return words[-1].removesuffix("s") if words else ""


def _same_weapon(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a.get("weapon") and b.get("weapon"):
        return a.get("weapon") == b.get("weapon")
    if a.get("weapon") or b.get("weapon"):
        # "K2 tanks" in the body, "tanks" in the headline "A and B seal deal for 180 tanks":
        # the named system and its bare head noun (round 54)
        bare = b if a.get("weapon") else a
        return bool(_head(bare)) and (bare.get("weapon_text") or "").lower().rstrip("s") \
            == _head(bare) and _head(a) == _head(b)
    return (a.get("weapon_text") or "").lower() == (b.get("weapon_text") or "").lower()


def drop_reversed_guesses(transfers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``transfers`` without the less certain of two opposite transfers of one weapon."""
    drop: set[int] = set()
    for a in transfers:
        for b in transfers:
            if a is b or not a.get("supplier") or not a.get("recipient") \
                    or a["supplier"] != b.get("recipient") or a["recipient"] != b.get("supplier") \
                    or not _same_weapon(a, b):
                continue
            if a.get("confidence", 0) < b.get("confidence", 0):
                drop.add(id(a))
            elif a.get("confidence", 0) == b.get("confidence", 0) \
                    and a.get("_sents") == [0] and b.get("_sents", [0]) != [0]:
                drop.add(id(a))  # a tie: the headline's guess, not the body's (round 54)
    return [f for f in transfers if id(f) not in drop]
