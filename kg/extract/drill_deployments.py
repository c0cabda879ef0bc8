"""Forces sent in a military drill are a deployment, not a transfer (round 22).

"China staged drills around Taiwan on Friday, sending warships and aircraft": the participle
"sending" has the drill's subject as its own, but the verb rules pick the state nearest to it
(Taiwan) as sender and the other (China) as recipient, and read two transfers with the roles
reversed. Read only on "[drills | exercises | war games | manoeuvres] ..., sending / deploying /
dispatching ..." in one sentence; the transfers whose weapons are named after the participle are
dropped (a transfer told before the participle stays).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_DRILL_SENDING = re.compile(
    r"\b(?:drills?|exercises?|war\s+games|wargames|manoeuvres|maneuvers|patrols)\b"
    r"[^.;]{0,80}?,\s+(?:sending|deploying|dispatching|mobili[sz]ing|flying)\s+", re.I)
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _DRILL_SENDING


def drop_drill_deployments(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the forces sent in a drill (see module doc)."""
    m = _DRILL_SENDING.search(view.text)
    if m is None:
        return tfs
    after = view.text[m.end():]
    return [f for f in tfs if not (f.get("type") == "ArmsTransfer" and f.get("weapon_text")
                                   and f["weapon_text"] in after)]
