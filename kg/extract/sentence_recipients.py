"""A supplier's weapons told without a recipient, in a sentence that names one for another
supplier: "The United States delivered weapons to Ukraine last year, while Germany sent 18
Leopard tanks" (Germany's tanks went to Ukraine too). Round 38: the clause leaves out what the
one before it told; the rules read the first clause's general "weapons" as no transfer, so the
gapped recipient was left to guesses across the article."""

from __future__ import annotations

from typing import Any


def sentence_recipients(f: dict[str, Any], items: list[dict[str, Any]]) -> list[str]:
    """The recipients that one other supplier's transfers (or supply relations) of the same
    sentence name ("sold arms to Mali and Burkina Faso, while Turkey delivered drones": both),
    none of them this supplier; empty where two other suppliers are told."""
    if not f["supplier"] or f["recipient"] or f.get("_carry"):
        return []
    others = [g for g in items if g is not f and g["_sent"] == f["_sent"] and g["recipient"]
              and g["supplier"] and g["supplier"] != f["supplier"]]
    if len({g["supplier"] for g in others}) != 1:
        return []
    return [r for r in dict.fromkeys(g["recipient"] for g in others) if r != f["supplier"]]
