"""A generic weapon beside a named one of the same kind ("Morocco also buys advanced air-defence
systems, and ... crews were training on the Chinese-made FD-2000 system delivered last year").

The sentence gives the buyer to the generic systems and the maker to the named one, so the rules
kept two halves: the generic purchase, whose supplier the article's partner later filled (a
false transfer), and the named system without a recipient (dropped). When one sentence holds both
halves (a generic transfer with a recipient and no supplier, no linked weapon; a named one of the
same weapon category with a supplier and no recipient) they are one transfer: the named system
takes the recipient and the generic half goes. Empty slots only; nothing else changes.
"""

from __future__ import annotations

from typing import Any


def _generic_half(f: dict[str, Any]) -> bool:
    return f.get("type") == "ArmsTransfer" and bool(f.get("recipient")) \
        and not f.get("supplier") and not f.get("weapon") and bool(f.get("weapon_category"))


def _named_half(f: dict[str, Any]) -> bool:
    return f.get("type") == "ArmsTransfer" and bool(f.get("supplier")) \
        and not f.get("recipient") and bool(f.get("weapon"))


def join_generic_to_named(view: Any, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give a named system without a buyer the buyer of the generic one of its kind."""
    generic = [f for f in tfs if _generic_half(f) and f.get("_sent", view.index) == view.index]
    if len(generic) != 1:
        return tfs
    g = generic[0]
    named = [f for f in tfs if _named_half(f) and f.get("_sent", view.index) == view.index
             and f.get("weapon_category") == g["weapon_category"]]
    if len(named) != 1 or named[0]["supplier"] == g["recipient"] \
            or named[0].get("_at", -1) < g.get("_at", 0):
        return tfs
    named[0]["recipient"] = g["recipient"]
    named[0].pop("_untold_recipient", None)
    named[0].pop("_needs_recipient", None)
    return [f for f in tfs if f is not g]


__all__ = ["join_generic_to_named"]
