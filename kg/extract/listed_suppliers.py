"""States listed together as suppliers are not each other's recipients.

"Paris and Athens will each send a Mistral air defence battery", with the recipient (Armenia)
only in the sentence before: the verb rules give each capital a transfer without a recipient,
and a treaty pairing the two capitals (read from "under agreements due to be signed") would
otherwise lend each one the other as its recipient. A state that supplies in the same sentence
is another supplier of the list, never the one supplied; the recipient is left to the
sentence-before step.
"""

from __future__ import annotations

from typing import Any


def co_suppliers(f: dict[str, Any], items: list[dict[str, Any]]) -> set[str]:
    """The other states that supply in ``f``'s sentence (its fellow suppliers of a list)."""
    return {g["supplier"] for g in items
            if g is not f and g.get("type") == "ArmsTransfer" and g.get("supplier")
            and g.get("_sent") == f.get("_sent") and g["supplier"] != f.get("supplier")
            and not g.get("recipient")}
