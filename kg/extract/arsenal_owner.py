"""An armed group's arsenal referred back to: "Their arsenal includes Quds cruise missiles
supplied by Iran", "That arsenal now also includes mortars that Rwanda sent", "The group's
stockpile grew with drones Iran shipped".

A sentence that opens with a possessive or demonstrative arsenal ("Its / Their / That / This /
The group's arsenal, stockpile, stocks") is about the armed group the article last named as a
subject; the supplier named in it by "supplied by S" or "that S sent" supplies that group, not
its host state (which the context rules would take from the dateline or the group's location).
Only an armed group (kg.extract.clauses.Context.group) is taken, only at the sentence's start,
and only empty recipients are filled. Likewise "Iran supplies their drones" right after a
sentence the group opened ("The Houthis fired drones at ships."): their = the group's.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import complete_weapons, replace_transfers
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_ARSENAL = re.compile(r"\W*(?:Its|Their|That|This|The\s+(?:group|militia|movement|rebels|"
                      r"insurgents)['’]s?)\s+(?:(?:growing|expanding|entire|current|own|"
                      r"missile|drone|rocket|weapons)\s+){0,2}(?:arsenal|stockpile|stocks|"
                      r"inventory)\b")
_GIVER_BY = re.compile(r"\s*,?\s*(?:(?:which|that)\s+(?:were|was|had\s+been|have\s+been)\s+)?"
                       r"(?:supplied|provided|sent|shipped|smuggled|delivered|donated)\s+by\s+"
                       r"(?:the\s+)?", re.I)
_GIVER_REL = re.compile(r"\s*,?\s*(?:which|that)\s+(?:the\s+)?", re.I)
_GAVE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:(?:also|since|secretly|quietly)\s+)?"
                   r"(?:supplied|provided|sent|shipped|smuggled|delivered|donated|gave)\b", re.I)


def _giver(view: SentView, actors: list[Actor], w) -> str | None:
    """The state that gave the weapon, told right after it ("supplied by S", "that S sent")."""
    text = view.text
    by = _GIVER_BY.match(text, w.end)
    if by:
        a = next((a for a in actors if a.start == by.end()), None)
    else:
        rel = _GIVER_REL.match(text, w.end)
        a = next((a for a in actors if a.start == rel.end()), None) if rel else None
        if a is not None and not _GAVE.match(text, a.end):
            a = None
    if a is None or a.person or not (a.key or "").startswith("state/"):
        return None
    return a.key


def arsenal_transfers(view: SentView, actors: list[Actor], group: str | None,
                      subject: str | None, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the arsenal's supplies given to ``group`` (the last armed group named);
    not when the sentence before opened with a state ("Israel has bought jets. Its arsenal":
    that state's)."""
    if not group or not group.startswith("org/") or not _ARSENAL.match(view.text):
        return found
    if subject and subject.startswith("state/"):
        return found
    whole = complete_weapons(found)
    for w in transfer_rules.weapons_in(view, 0, len(view.text)):
        sup = _giver(view, actors, w)
        if sup and w.start not in whole:
            found = replace_transfers(view, found, [sup], group, [w], "AR", "supplied")
    return found


# "Iran supplies their drones", "Tehran has sent its missiles": the group's weapons, supplied
_SUPPLIES_ITS = re.compile(r"\s+(?:(?:has|have|had|also|long|still)\s+){0,2}(?:supplies|supplied|"
                           r"provides|provided|sends|sent|ships|shipped|smuggles|smuggled)\s+"
                           r"(?P<its>its|their)\s+", re.I)


def _supplier_of_its(view: SentView, actors: list[Actor]):
    """(supplier, weapons) of "S supplies their W" (the weapons right after the pronoun)."""
    text = view.text
    for a in actors:
        m = _SUPPLIES_ITS.match(text, a.end)
        if m is None or a.person or not (a.key or "").startswith("state/"):
            continue
        ws = [w for w in transfer_rules.weapons_in(view, m.end(), len(text))
              if re.fullmatch(r"(?:[\w-]+\s+){0,2}", text[m.end():w.start])][:1]
        if ws:
            yield a.key, ws


def group_weapons_supplied(view: SentView, actors: list[Actor], group: str | None,
                           subject: str | None, found: list[dict[str, Any]]
                           ) -> list[dict[str, Any]]:
    """``found`` with "S supplies their W" given to the armed group the sentence before opened
    with ("The Houthis fired drones at ships. Iran supplies their drones"); only when that
    sentence's subject was the group itself, and only weapons without a complete transfer."""
    if not group or subject != group or not group.startswith("org/"):
        return found
    whole = complete_weapons(found)
    for sup, ws in _supplier_of_its(view, actors):
        ws = [w for w in ws if w.start not in whole]
        if ws and sup != group:
            found = replace_transfers(view, found, [sup], group, ws, "AR", "supplied")
    return found
