"""An earlier pact a new one "builds on", signed by a leader's predecessor (round 26).

"The pact builds on a 2019 naval training agreement with France, which De Wever's predecessor,
Alexander De Croo, signed in Paris": the sentence names only France as a state, so the treaty
rules find no pair. The predecessor held the office of the leader named by surname, so the
leader's state (his role told before in the article) is the other party, the predecessor the
signer and the year the date. Only "build(s) on ... with [state], which [surname]'s predecessor,
[name], signed", only when the surname belongs to one role told before with a state that is not
the partner.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

CUE = "predecessor"
_BUILDS_ON = re.compile(
    r"\bbuil(?:ds|t|ding)\s+on\s+(?:an?|the)\s+(?:(?P<year>(?:19|20)\d\d)\s+)?"
    r"(?P<kind>(?:[\w-]+\s+){0,3}?(?:pact|treaty|agreement|accord|deal|charter|protocol|"
    r"memorandum|convention))\s+with\s+(?P<other>[A-Z][^,;]{1,40}?),\s+(?:which|that)\s+"
    r"(?P<leader>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)['’]s\s+predecessor,?\s+"
    r"(?P<signer>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),?\s+(?:had\s+)?signed\b")


def predecessor_pact(view: SentView, raw: list[dict[str, Any]], treaty_facts: list[dict[str, Any]],
                     ) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """``treaty_facts`` with the earlier pact of "builds on a pact with X, which Y's predecessor,
    Z, signed" added, and its signer (key, label) to register."""
    if CUE not in view.text:
        return treaty_facts, []
    m = _BUILDS_ON.search(view.text)
    if m is None:
        return treaty_facts, []
    other = next((x.state() for x in view.mentions
                  if x.start == m.start("other") and x.state()), None)
    own = _leader_state(m.group("leader"), raw)
    if other is None or own is None or own == other:
        return treaty_facts, []
    from kg.link.gazetteer import slugify
    signer = m.group("signer")
    key = "person/" + slugify(signer)
    fact = {"type": "Treaty", "parties": [own, other], "signatories": [key],
            "date": m.group("year"), "duration_years": None, "kind": m.group("kind").strip(),
            "_sent": view.index, "_signed": True, "confidence": 0.6}
    kept = [f for f in treaty_facts if set(f["parties"]) - {own, other}
            or len(set(f["parties"])) > 1]
    return kept + [fact], [(key, signer)]


def _leader_state(surname: str, raw: list[dict[str, Any]]) -> str | None:
    """The state of the one role told before whose person's name ends with ``surname``."""
    from kg.link.gazetteer import slugify
    tail = "-" + slugify(surname)
    states = {f["state"] for f in raw if f["type"] == "LeaderRole" and f.get("state")
              and f["person"].endswith(tail)}
    return states.pop() if len(states) == 1 else None
