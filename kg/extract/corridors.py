"""A transit state is no supplier: "Iran used Oman as a corridor for shipping drone engines to
the Houthis".

The nearest actor before "shipping" is Oman, the route; the state that "used" it is the one
that ships. Only the phrase "[X] used [Y] as a corridor / route / conduit / transit point for"
right before the supply verb is read, so a sentence where the transit state ships its own arms
keeps its subject. Middlemen based in a state ("Oman-based smugglers shipped Iranian
missiles") are the same kind of route: the state the weapon phrase names supplies.
"""

from __future__ import annotations

import re

from kg.extract.clauses import Actor, Group

# "Iraqi airspace", "Syria's ports": the transit state's territory used as the route
TERRITORY = (r"(?:['’]s)?(?:\s+(?:airspace|air\s+space|territory|ports?|roads|waters|soil|"
             r"airports?|airfields?|border\s+crossings?))?")
_AS_ROUTE = re.compile(TERRITORY + r"\s+as\s+(?:a|an|the|its|their)\s+(?:main\s+|key\s+|"
                       r"land\s+|sea\s+|transit\s+)?(?:corridor|route|conduit|transit\s+(?:point|"
                       r"hub|route)|"
                       r"hub|staging\s+(?:post|ground)|waypoint)\s+(?:for|to)\s+$", re.I)
_USED = re.compile(r"\b(?:us(?:e|es|ed|ing)|relie[sd]\s+on|rel(?:y|ying)\s+on)\s+(?:the\s+)?$",
                   re.I)


def corridor_user(actors: list[Actor], text: str, subj: Group | None, verb_start: int
                  ) -> Group | None:
    """The state that used the subject found before the verb as its route, if the text says so."""
    if subj is None or not _AS_ROUTE.fullmatch(text, subj.end, verb_start):
        return None
    used = _USED.search(text, 0, subj.start)
    if used is None or used.end() != subj.start:
        return None
    user = next((a for a in reversed(actors) if a.end <= used.start() and a.key
                 and not a.person and re.fullmatch(r"\s*(?:(?:has|have|had|also|allegedly)\s+)*",
                                                   text[a.end:used.start()])), None)
    return Group([user]) if user is not None else None



# "Oman-based smugglers", "UAE-registered firms": middlemen of the state they are based in
_BASED = re.compile(r"[-‑\s](?:based|registered|owned)\s+(?:[\w-]+\s+){0,2}?(?:smugglers?|"
                    r"traffickers?|networks?|middlemen|brokers?|dealers?|firms?|compan(?:y|ies)|"
                    r"shipping\s+(?:firms?|companies)|intermediaries|front\s+compan(?:y|ies))\b",
                    re.I)


def middlemen_base(text: str, subj: Group | None) -> bool:
    """Whether the subject found is only the base of middlemen ("Oman-based smugglers shipped
    Iranian missiles": the missiles' state supplies, not Oman)."""
    return subj is not None and _BASED.match(text, subj.actors[-1].end) is not None
