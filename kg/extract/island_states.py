"""A bare title whose sentence calls the state "the island": the island state told (round 25).

"NEW DELHI — India will give aircraft to Sri Lanka ... . Defence Minister X said the planes would
let the island track foreign ships": the title has no state word, so X took the dateline's India.
"the island" in X's own sentence names the island state the article tells; X serves it. Read
only for a role whose state was a guess (confidence 0.5 or less) and not itself an island state,
and only when the article has told exactly one island state before that sentence.
"""

from __future__ import annotations

import dataclasses

from kg.extract.entities import SentView
from kg.extract.roles import THE_ISLAND, RolePhrase

# states a news text calls "the island" (one main island each)
ISLAND_STATES = frozenset(
    "state/" + s for s in (
        "sri-lanka", "taiwan", "cyprus", "malta", "cuba", "jamaica", "madagascar", "iceland",
        "mauritius", "singapore", "bahrain", "ireland", "haiti", "dominican-republic",
        "trinidad-and-tobago", "barbados", "east-timor", "timor-leste", "papua-new-guinea",
        "new-zealand", "japan", "united-kingdom", "brunei"))


def island_role_states(view: SentView, views: list[SentView],
                       roles: list[RolePhrase]) -> list[RolePhrase]:
    """``roles`` with a guessed state replaced by the one island state told before, when the
    sentence speaks of "the island"."""
    if "the island" not in view.text or not roles or not THE_ISLAND.search(view.text):
        return roles
    guessed = [r for r in roles if r.confidence <= 0.5 and r.state not in ISLAND_STATES]
    if not guessed:
        return roles
    told = {m.state() for v in views[:view.index + 1] for m in v.mentions
            if m.state() in ISLAND_STATES}
    if len(told) != 1:
        return roles
    island = told.pop()
    return [dataclasses.replace(r, state=island) if r in guessed else r for r in roles]
