"""A purchase told in a "since" clause after a negated main clause ("Vietnam has not announced
any new purchases since it bought six Kilo-class submarines from Russia").

The transfer rules look for a hedge ("not", "any") in the words just before the verb, and here
the main clause's negation reaches across "since it"; the purchase was lost. The clause "since
it/they bought (acquired, received) W from S" is a past fact of its own: the buyer is the state
that opens the sentence (the "it"), the seller the state after "from". Only when no rule read a
transfer of that weapon.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import group_after
from kg.extract.sentences import DATELINE_RE
from kg.extract.transfers import transfer_facts

_SINCE_BOUGHT = re.compile(r"\bsince\s+(?:it|they)\s+(?:first\s+)?(?P<verb>bought|acquired|"
                           r"received|purchased)\s+")
_FROM = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s*from\s+")  # "Gripen fighters from"


def _opening_state(view: Any, actors: list[Any]) -> str | None:
    """The state that opens the sentence (after a dateline), named, not as an adjective."""
    dl = DATELINE_RE.match(view.text)
    g = group_after(actors, view.text, dl.end() if dl else 0, max_gap=4)
    if g is None or len(g.actors) != 1 or g.actors[0].demonym:
        return None
    key = g.actors[0].key or ""
    return key if key.startswith("state/") else None


def since_bought_transfers(view: Any, actors: list[Any],
                           tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Read "R ... since it bought W from S" when the rules read no transfer of W."""
    text = view.text
    if "since" not in text:
        return tfs
    m = _SINCE_BOUGHT.search(text)
    if m is None:
        return tfs
    weapons = [w for w in view.mentions if w.category and m.end() <= w.start < m.end() + 40]
    if len(weapons) != 1:
        return tfs
    w = weapons[0]
    if any(f.get("type") == "ArmsTransfer" and f.get("_at") == w.start for f in tfs):
        return tfs
    fm = _FROM.match(text, w.end)
    if fm is None:
        return tfs
    sg = group_after(actors, text, fm.end(), max_gap=4)
    supplier = sg.actors[0].key if sg is not None and len(sg.actors) == 1 else None
    recipient = _opening_state(view, actors)
    if not (supplier and recipient and supplier.startswith("state/")) or supplier == recipient:
        return tfs
    return tfs + transfer_facts(view, supplier, [recipient], [w], "since-bought", m.group("verb"),
                                0.6)


__all__ = ["since_bought_transfers"]
