"""One supply verb with two object-recipient pairs: "Russia sent 10 Su-25 jets to Mali and 20
T-72 tanks to Niger" (round 38).

The rules read the verb's first object and recipient; the pair after "and" shares the verb and
its subject and was lost. Read only on a transfer of this sentence whose recipient is followed
by "(,) and / as well as [weapons] to [state]", the weapons right after the conjunction and
the state right after "to"; the new transfer copies the first one's supplier and status.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_AND = re.compile(r"\s*,?\s*(?:and|as\s+well\s+as|plus)\s+(?:also\s+)?(?:another\s+|a\s+further\s+)?"
                  r"(?:[\w,-]+\s+){0,3}?$")
_TO = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?$")


def paired_objects(view: SentView, actors: list[Actor], out: list[dict[str, Any]],
                   make) -> list[dict[str, Any]]:
    """The transfers of the pair after the sentence's last "sent W to R" ("... to Mali and 20
    T-72 tanks to Niger"); ``make(supplier, recipient, weapons, verb)`` builds them as the rules
    build theirs."""
    text = view.text
    f = next((f for f in reversed(out) if f.get("_rule") == "A2" and f["supplier"]
              and f["recipient"] and f["_sent"] == view.index), None)
    rec = f and next((a for a in actors if a.key == f["recipient"] and a.start > f["_at"]
                      and actor_state(a)), None)
    ws = [m for m in view.mentions if m.category and m.start > rec.end] if rec else []
    if not ws or not _AND.fullmatch(text, rec.end, ws[0].start):
        return []
    group = [ws[0]]
    for w in ws[1:]:
        if not re.fullmatch(r"\s*(?:,\s*)?(?:and\s+)?(?:[\w-]+\s+){0,2}?", text[group[-1].end:w.start]):
            break
        group.append(w)
    r2 = next((a for a in actors if a.start > group[-1].end and actor_state(a)), None)
    if r2 is None or not _TO.fullmatch(text, group[-1].end, r2.start) or \
            r2.key in (f["supplier"], f["recipient"]):
        return []
    seen = {(g["recipient"], g.get("weapon_text")) for g in out}
    new = [g for g in make(f["supplier"], r2.key, group, "sent")
           if (g["recipient"], g.get("weapon_text")) not in seen]
    for g in new:
        g["status"] = f["status"]  # (the verb's, read for the first pair)
    return new
