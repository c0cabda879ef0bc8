"""The donor of "[origin]-designed W, several of which were donated by S" (round 23).

"Ukraine's air force flies American-designed F-16 jets, several of which were donated by
Denmark": the verb rules read the designer's adjective as the supplier (the United States), but
the relative clause names who gave them. The cue is strong and local: a maker's adjective
("-designed", "-made", "-built") on the weapon, and right after it ", several/some/many/N of
which were donated/supplied/sent by S". Only the supplier of a transfer of that weapon that is
empty or the designer's is changed; nothing is added for a weapon no rule gave a recipient.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import Mention, SentView

_MAKER_ADJECTIVE = re.compile(r"\b[A-Z][\w-]*-(?:designed|made|built|manufactured)\b")
_SOME_GIVEN_BY = re.compile(
    r"\s*,\s*(?:several|some|many|most|all|a\s+few|dozens|\w+)\s+of\s+(?:which|them)\s+"
    r"(?:were|was|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?(?:donated|supplied|provided|"
    r"sent|delivered|given|gifted|sold|transferred)\s+by\s+(?:the\s+)?", re.I)


def _designer(view: SentView, actors: list[Actor], w: Mention) -> str | None:
    """The state of the maker's adjective on ``w`` ("American-designed F-16 jets")."""
    lo = max(0, w.start - 40)
    adj = None
    for m in _MAKER_ADJECTIVE.finditer(view.text, lo, w.end):
        adj = m
    if adj is None:
        return None
    return next((actor_state(a) for a in actors if adj.start() <= a.start < adj.end()), "")


def _donor(view: SentView, actors: list[Actor], w: Mention) -> str | None:
    m = _SOME_GIVEN_BY.match(view.text, w.end)
    a = next((a for a in actors if m and m.end() - 4 <= a.start <= m.end()), None)
    return actor_state(a) if a is not None and not a.demonym else None


def donor_suppliers(view: SentView, actors: list[Actor],
                    tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the donor of "-designed W, several of which were donated by S" as the
    supplier of W's transfer (in place of the designer)."""
    if " of which " not in view.text and " of them " not in view.text:
        return tfs
    for w in (m for m in view.mentions if m.category):
        designer = _designer(view, actors, w)
        donor = _donor(view, actors, w) if designer is not None else None
        if donor is None:
            continue
        for f in tfs:
            if f.get("type") == "ArmsTransfer" and f.get("_at") == w.start \
                    and f.get("supplier") in (None, designer) and f.get("recipient") != donor:
                f["supplier"] = donor
    return tfs
