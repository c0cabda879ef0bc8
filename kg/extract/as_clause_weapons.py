"""A weapon of another state's clause after "as" is no item of the supply before it.

"Berlin vows to keep arming Kyiv as North Korean shells pour into Russia": the verb rules read
"arming Kyiv" with the next weapon of the sentence, but "as North Korean shells ..." opens a new
clause about a third state's munitions. Narrow on purpose: the weapon follows "as" (not "such
as", "as well as") and a demonym or name of a state that is neither the supplier nor the
recipient, right before it; only such a fact is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_AS = re.compile(r"(?<!such\s)(?<!well\s)\bas\s+$")


def _third_state_after_as(text: str, actors: list[Actor], at: int, parties: set) -> bool:
    """Whether a state's demonym right after a bare "as" stands right before position ``at``."""
    owner = next((a for a in actors if a.end <= at and not text[a.end:at].strip()), None)
    state = actor_state(owner)
    return bool(state and state not in parties
                and _AS.search(text, max(0, owner.start - 12), owner.start))


def drop_as_clause_weapons(view: SentView, actors: list[Actor],
                           tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without a weapon of a third state's "as" clause (module doc)."""
    text = view.text
    if " as " not in text:
        return tfs
    return [f for f in tfs if not (
        f.get("type") == "ArmsTransfer" and isinstance(f.get("_at"), int)
        and _third_state_after_as(text, actors, f["_at"], {f.get("supplier"), f.get("recipient")}))]
