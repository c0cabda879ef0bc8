"""The earlier pact a new one replaces (round 18):

"Ghana and Nigeria signed a new security pact on Tuesday, replacing one that Accra and Abuja
signed in 2015": two treaties. treaties.find reads the sentence's first signing (the new pact)
and may take the relative clause's year for it; here the earlier pact is a fact of its own
(the states of the clause's subject, or "the two countries": the new pact's), with that year,
and the new pact loses the year if it had taken it.

Only with a signing in the main clause before the "replacing one that ... signed in YEAR"
clause; otherwise ("discussed a new deal, to replace one that A and B signed in 2016") the one
signing treaties.find read is the earlier pact already.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView
from kg.extract.treaties import SIGN_RE

_REPLACING = re.compile(
    r",?\s+(?:replacing|to\s+replace|(?:which|that|and)\s+replaces|superseding)\s+(?:one|"
    r"(?:an?|the)\s+(?:(?:earlier|older|previous|old|first)\s+)?(?:one|treaty|pact|agreement|"
    r"accord|deal|charter))\s+(?:that|which)\s+(?P<subj>[^,;.]{2,60}?)\s+(?:had\s+)?signed\s+"
    r"in\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_THE_PAIR = re.compile(r"^(?:the\s+two\s+(?:countries|nations|sides|governments|neighbou?rs|"
                       r"leaders|states)|they|both(?:\s+countries)?)$", re.I)


def _without_new(kind: str | None) -> str | None:
    return re.sub(r"^new\s+", "", kind) if kind else kind


def replaced_pacts(view: SentView, actors: list[Actor],
                   found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The earlier pact of the sentence's "replacing one that ... signed in YEAR" (appended to
    ``found``, whose new pact loses that year if it took it)."""
    text = view.text
    m = _REPLACING.search(text) if "signed in" in text else None
    if m is None or SIGN_RE.search(text, 0, m.start()) is None:
        return found
    new = next((f for f in found if f.get("type") == "Treaty" and len(f.get("parties") or []) >= 2
                and not f.get("_attach_only")), None)
    if new is None:
        return found
    parties = list(dict.fromkeys(a.key for a in actors if m.start("subj") <= a.start
                                 and a.end <= m.end("subj") and a.key
                                 and a.key.startswith("state/") and not a.demonym))
    if not parties and _THE_PAIR.match(m.group("subj").strip()):
        parties = list(new["parties"])
    if len(parties) < 2:
        return found
    if new.get("date") == m.group("y"):
        new["date"] = None  # (the year was the earlier pact's)
    old = {"type": "Treaty", "parties": parties, "signatories": [], "date": m.group("y"),
           "duration_years": None, "kind": _without_new(new.get("kind")), "_sent": view.index,
           "_signed": True, "_earlier": True, "confidence": 0.7}
    return [*found, old]
