"""The signers of a treaty listed between dashes before the verb (round 18):

"The heads of the three military governments — Guinea's General A, Gabon's General B and
Niger's General C — signed a protocol": the subject before the first dash is a description
with no state in it, and the dash apposition, too long for treaties' own apposition rule,
is the list of signers; their states are the parties.

Only when no other subject was found, and only for a list of two or more office-holders (role
actors with a person) filling the dash span: "A — a close ally of B — signed" is no list.
"""

from __future__ import annotations

import re

from kg.extract.clauses import Actor, Group, groups

# the closing dash right before the verb ("... — signed", "... — jointly signed")
_CLOSING_DASH = re.compile(r"\s(?:[—–]|--?)\s*(?:(?:have|has|had|formally|also|finally|jointly|"
                           r"on\s+\w+)\s+)*$")
_OPENING_DASH = re.compile(r"\s(?:[—–]|--?)\s")


def dash_list_subject(actors: list[Actor], text: str, pos: int) -> Group | None:
    """The list of office-holders between the two dashes before the verb at ``pos``."""
    close = _CLOSING_DASH.search(text, 0, pos)
    if close is None:
        return None
    opening = [m for m in _OPENING_DASH.finditer(text, 0, close.start())]
    if not opening:
        return None
    lo, hi = opening[-1].end(), close.start()
    inside = [a for a in actors if lo <= a.start and a.end <= hi]
    found = groups(inside, text)
    if len(found) != 1 or len(found[0].actors) < 2:
        return None
    g = found[0]
    if g.start != lo or text[g.end:hi].strip() or not all(a.person and a.key for a in g.actors):
        return None
    return g
