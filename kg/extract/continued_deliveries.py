""""[Speaker of S] said deliveries of W would continue": the speaker's state supplies (round 27).

No supply verb names a giver: the deliveries are the speaking government's own. The cue is
narrow: "said (that) deliveries of" a weapon "would/will continue"; the supplier is the one state
named before "said" (the speaker's: "In Washington, Secretary of State X said ...", "US Defence
Secretary X said") and never a second one. The recipient is left to the sentence-before step
(the state supplied told just before, as for any supplier without a recipient).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_CONTINUE = re.compile(r"\bsaid\s+(?:that\s+)?(?:the\s+)?deliveries\s+of\s+(?P<what>[^,;]{3,60}?)"
                       r"\s+(?:would|will)\s+(?:continue|go\s+on|resume)\b")


def continued_delivery_transfers(view: SentView, actors: list[Actor],
                                 tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the supply of "[speaker of S] said deliveries of W would continue"."""
    if "deliveries of" not in view.text:
        return tfs
    m = _CONTINUE.search(view.text)
    if m is None:
        return tfs
    states = {actor_state(a) for a in actors if a.end <= m.start() and actor_state(a)}
    if len(states) != 1 or any(actor_state(a) for a in actors if a.start >= m.end()):
        return tfs
    told = {f.get("_at") for f in tfs if f.get("type") == "ArmsTransfer"}
    ws = [w for w in transfer_rules.weapons_in(view, m.start("what"), m.end("what"))
          if w.start not in told]
    return tfs + transfer_rules.transfer_facts(view, states.pop(), [None], ws,
                                               "CONTINUED_DELIVERIES", "delivered", 0.6)
