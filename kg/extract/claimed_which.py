"""The side that claimed an attack told in passing: "..., which the Houthis claimed" (round 23).

"The strike followed an attack on Nov. 24 in the southern Red Sea that killed three crew members
of a Greek-owned bulk carrier, which the Houthis claimed." The attack is background, told in a
sentence that names its side only in a trailing claim; the side was filled from the strike told
before it (the US strike the sentence says it "followed"), an actor the sentence never names.

Here a strike whose sentence ends its account with ", which [group] claimed" or "claimed by
[group]" takes that group as its side, when the side it has is not named in the sentence (or it
has none) and the claimant is not the victim state the strike is placed in.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_NAME = r"(?:the\s+)?(?P<g{n}>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){{0,3}})"
# ", which the Houthis claimed", ", which al-Shabaab later claimed", "claimed by the RSF"
_CLAIMED = re.compile(rf",\s+which\s+{_NAME.format(n=1)}\s+(?:later\s+|quickly\s+|has\s+|have\s+|had\s+)?"
                      rf"claimed\b|\bclaimed\s+by\s+{_NAME.format(n=2)}")


def _named(view: Any, key: str | None) -> bool:
    return key is not None and any(m.actor() == key for m in view.mentions)


def claimed_which_attacker(strikes: list[Strike], views: list[Any]) -> None:
    """Give each strike the side its sentence's trailing claim names (see above)."""
    for s in strikes:
        v = views[s["_sent"]] if s["_sent"] < len(views) else None
        m = _CLAIMED.search(v.text) if v is not None else None
        if m is None or _named(v, s["attacker"]):
            continue
        who = next((x.actor() for x in v.mentions
                    if x.start == m.start(m.lastgroup or "g1") and x.actor() and not x.place()), None)
        if who is not None and who != s.get("target_country"):
            s["attacker"] = who
