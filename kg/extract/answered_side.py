"""Whose attack a retaliation answered, when the answering strike names a group's sites.

"Israel struck Hezbollah sites in Nabatieh in retaliation for rocket fire on Safed": the side
that fired on Safed is the group whose sites were hit, not the state they lie in (Lebanon); a
state is only the guess when the retaliation hit the state itself."""
from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.clauses import Actor

# "Hezbollah sites", "Houthi targets", "Hamas positions": a group's assets named as the target
_ASSETS = re.compile(r"\s*(?:[\w-]+\s+)?(?:sites?|targets?|positions?|posts?|fighters|hideouts?|"
                     r"camps?|strongholds?|commanders?|infrastructure|bases?|depots?|"
                     r"launchers?|militants|operatives|facilities)\b", re.I)


def targeted_group(text: str, actors: Sequence[Actor], lo: int, hi: int) -> str | None:
    """The one non-state group whose assets the strike between `lo` and `hi` hit, if any."""
    keys = {a.key for a in actors if a.key and not a.key.startswith("state/")
            and lo <= a.start and a.end <= hi and _ASSETS.match(text, a.end)}
    return keys.pop() if len(keys) == 1 else None
