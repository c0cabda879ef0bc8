"""Transfers a corridor sentence tells that no verb rule reads: "Iran used Iraq as a corridor
for weapons deliveries to Hezbollah, including Fateh-110 missiles", "The UAE used Libya as a
corridor to funnel drones to the RSF", "Belarus was used as a corridor by Russia to ship tanks to
Serbia".

The user of the route (the subject of "used", or the agent of "was used ... by") supplies the
recipient after "to" the weapons between (or listed after it with "including"). The transit state
is never a party; a weapon the verb rules gave to the transit state as supplier is given anew,
other complete facts stay (kg.extract.corridors fixes the subject of a supply verb itself).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, replace_transfers
from kg.extract.clauses import Actor
from kg.extract.corridors import TERRITORY
from kg.extract.entities import SentView

# the route phrase carries the whole transfer:
# "S used T as a corridor for weapons deliveries to R, including W", "... to funnel W to R";
# "T was used as a corridor by S to ship W to R"
_ROUTE = (r"(?:a|an|the|its|their)\s+(?:main\s+|key\s+|land\s+|sea\s+|transit\s+)?(?:corridor|"
          r"route|conduit|transit\s+(?:point|hub|route)|hub|staging\s+(?:post|ground)|waypoint)")
_USED_AS = re.compile(rf"{TERRITORY}\s+as\s+{_ROUTE}\s+", re.I)
_USED_VERB = re.compile(r"\b(?:us(?:e|es|ed|ing))\s+(?:the\s+)?$", re.I)
_PASSIVE_USED = re.compile(rf"\s+(?:was|were|has\s+been|had\s+been|is|are|is\s+being)\s+used\s+"
                           rf"as\s+{_ROUTE}\s+by\s+(?:the\s+)?", re.I)
_TO = re.compile(r"\bto\s+(?:the\s+)?", re.I)
_INCLUDING = re.compile(r"\s*,?\s*(?:including|such\s+as|among\s+them)\s+", re.I)


def _user_before(actors: list[Actor], text: str, transit: Actor) -> Actor | None:
    used = _USED_VERB.search(text, 0, transit.start)
    if used is None or used.end() != transit.start:
        return None
    return next((a for a in reversed(actors) if a.end <= used.start() and a.key and not a.person
                 and re.fullmatch(r"\s*(?:(?:has|have|had|also|allegedly|reportedly)\s+)*",
                                  text[a.end:used.start()])), None)


def _routes(actors: list[Actor], text: str):
    """(supplier, transit, where the route phrase ends) for each corridor the sentence names."""
    for t in actors:
        if t.person or not t.key:
            continue
        act = _USED_AS.match(text, t.end)
        if act:
            s = _user_before(actors, text, t)
            if s is not None:
                yield s, t, act.end()
            continue
        pas = _PASSIVE_USED.match(text, t.end)
        s = next((a for a in actors if a.start == pas.end()), None) if pas else None
        if s is not None and s.key and not s.person:
            yield s, t, s.end


def _party(a: Actor | None) -> str | None:
    key = a.key if a is not None and not a.person else None
    return key if key and key.startswith(("state/", "org/")) else None


def corridor_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                       ) -> list[dict[str, Any]]:
    """``found`` with the transfers a corridor sentence tells: the user of the route supplies the
    recipient after "to" the weapons between (or listed after it with "including"). A weapon
    given to the transit state as its supplier is given anew; other complete facts stay."""
    text = view.text
    if "corridor" not in text and " route" not in text and "conduit" not in text \
            and "hub" not in text and "waypoint" not in text and "staging" not in text:
        return found
    for s, t, lo in _routes(actors, text):
        sup, transit = _party(s), _party(t)
        if not sup or not transit or sup == transit:
            continue
        end = clause_end(text, lo)
        rec = None
        for to in _TO.finditer(text, lo, end):
            rec = next((a for a in actors if a.start == to.end()), None)
            if rec is not None:
                break
        if not _party(rec) or _party(rec) in (sup, transit):
            continue
        ws = transfer_rules.weapons_in(view, lo, rec.start)
        inc = _INCLUDING.match(text, rec.end)
        if inc:
            ws += transfer_rules.weapons_in(view, inc.end(), clause_end(text, inc.end()))
        keep = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"
                and f.get("supplier") and f.get("recipient") and f.get("supplier") != transit}
        ws = [w for w in ws if w.start not in keep]
        if ws:
            found = replace_transfers(view, found, [sup], _party(rec), ws, "CR", "supplied")
    return found
