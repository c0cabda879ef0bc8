"""A guessed state for an office-holder already told firmly with another (round 25).

"Japanese Prime Minister A and South Korean President B met on Monday. A and President B signed
a pact": the second sentence's bare "President B" took the dateline's Japan, the first one's
state, though B was told as South Korea's a sentence before; GOLD.md matches roles on person and
state, so the guess is a false role. A role whose state is a guess (confidence 0.5 or less) is
dropped when the same person holds a firm role (above 0.5) of another state told before.
"""

from __future__ import annotations

from typing import Any

from kg.extract.roles import RolePhrase


def drop_guesses_told_firmly(roles: list[RolePhrase],
                             raw: list[dict[str, Any]]) -> list[RolePhrase]:
    """``roles`` without a guessed state for a person told firmly with another state before."""
    guessed = {r.person for r in roles if r.confidence <= 0.5}
    if not guessed:
        return roles
    firm: dict[str, set[str]] = {}
    for f in raw:
        if f["type"] == "LeaderRole" and f["person"] in guessed and (
                f.get("confidence") or 0) > 0.5 and f.get("state"):
            firm.setdefault(f["person"], set()).add(f["state"])
    return [r for r in roles if not (r.confidence <= 0.5 and firm.get(r.person)
                                     and r.state not in firm[r.person])]
