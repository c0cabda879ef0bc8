"""Transfers told by how the arms came or who gave them, with no supply verb between the parties.

- "Ukrainian pilots flying Dutch-supplied F-16 fighters": the adjective names the supplier, the
  crew's nationality the recipient;
- "Two Turkish military planes carrying Kirpi armoured vehicles landed in Tripoli": the
  carriers' nationality supplies, the state of the place where they land receives;
- "Russian military instructors arrived in Bamako on Wednesday, bringing two Mi-24 helicopters":
  the same, with the people who brought the arms;
- "signed contracts for 12 X from South Korea and for two Y from India": each "for ... from S"
  its own supplier (the subject that signed receives).

Each reading needs its whole frame (the nationality right before the crew or carrier noun, the
verb of arrival, "for ... from"); read only to fill: a weapon another rule gave both parties
keeps them.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_SUPPLIED = re.compile(r"-(?:supplied|donated|provided|gifted)\s+", re.I)
_CREW = re.compile(r"\s+(?:military\s+|air\s+force\s+|army\s+|navy\s+)?(?:pilots|crews|gunners|"
                   r"troops|soldiers|forces|operators)\s+(?:now\s+|still\s+|also\s+|have\s+)?"
                   r"(?:fly|flies|flew|flown|flying|fire|fired|firing|use|used|using|operate|"
                   r"operated|operating)\s+(?:the\s+|their\s+)?$", re.I)
CARRIERS = transfer_rules.CARRIERS  # the carriers that bring arms
_CARRIER = re.compile(rf"\s+{CARRIERS}\s+(?:carrying|loaded\s+with|laden\s+with)\s+", re.I)
_LANDED = re.compile(r"[^.;]{0,40}?\b(?P<v>landed|arrived|docked|touched\s+down)\s+(?:in|at)\s+"
                     r"(?:the\s+)?", re.I)
_BRINGERS = re.compile(r"\s+(?:military\s+)?(?:instructors|advisers|advisors|trainers|"
                       r"technicians|officers)\s+(?:arrived|landed)\s+in\s+", re.I)
_BRINGING = re.compile(r"[^.;]{0,60}?,\s+(?:bringing|carrying|with)\s+", re.I)
_CONTRACT_FOR = re.compile(r"\b(?:contracts?|deals?|orders?)\s+for\s+", re.I)
# the buyer signs or places the contracts ("South Korea won contracts for K2 tanks from Poland":
# the seller wins them, not read)
_BUYER_VERB = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|now\s+|finally\s+)?"
                         r"(?:signed|placed|concluded|agreed)\s+(?:[\w$.,-]+\s+){0,3}$", re.I)
_AND_FOR = re.compile(r"\s+and\s+(?:for\s+)?", re.I)
_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.I)


def _actor_at(actors: list[Actor], pos: int) -> Actor | None:
    return next((a for a in actors if a.start == pos), None)


def _state_at(view: SentView, actors: list[Actor], pos: int) -> str | None:
    """The state named at ``pos``: an actor ("Kyiv"), else the state of a place ("Tripoli")."""
    found = actor_state(_actor_at(actors, pos))
    if found:
        return found
    place = next((m for m in view.mentions if m.start == pos and m.place()), None)
    return transfer_rules._state_of_place(place) if place is not None else None


def _supplied_adjectives(view: SentView, actors: list[Actor]):
    text = view.text
    for s in actors:
        adj = _SUPPLIED.match(text, s.end)
        if not (adj and s.demonym and actor_state(s)):
            continue
        crew = next((a for a in actors if a.demonym and a.end <= s.start
                     and _CREW.match(text[a.end:s.start])), None)
        first = transfer_rules.weapons_in(view, adj.end(), clause_end(text, adj.end()))[:1]
        if actor_state(crew) and first and first[0].start == adj.end():
            yield actor_state(s), actor_state(crew), adj.end(), first[0].end, "supplied"


def _carried(view: SentView, actors: list[Actor]):
    text = view.text
    for s in actors:
        if not actor_state(s):  # ("Turkish military planes": the actor is "Turkish military")
            continue
        carrier = _CARRIER.match(text, s.end)
        if carrier:
            landed = _LANDED.match(text, carrier.end())
            if landed:
                rec = _state_at(view, actors, landed.end())
                yield actor_state(s), rec, carrier.end(), landed.start("v"), "delivered"
            continue
        came = _BRINGERS.match(text, s.end)
        bringing = _BRINGING.match(text, came.end()) if came else None
        if bringing:
            rec = _state_at(view, actors, came.end())
            yield actor_state(s), rec, bringing.end(), clause_end(text, bringing.end()), "delivered"


def _contract_items(view: SentView, actors: list[Actor]):
    text = view.text
    head = _CONTRACT_FOR.search(text)
    if head is None:
        return
    rec = next((actor_state(a) for a in actors if a.end <= head.start() and actor_state(a)
                and _BUYER_VERB.fullmatch(text, a.end, head.start())), None)
    lo = head.end()
    while rec:
        frm = _FROM.search(text, lo, clause_end(text, lo))
        sup = actor_state(_actor_at(actors, frm.end())) if frm else None
        if sup is None:
            return
        yield sup, rec, lo, frm.start(), "ordered"
        more = _AND_FOR.match(text, _actor_at(actors, frm.end()).end)
        if more is None:
            return
        lo = more.end()


def carried_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]]
                      ) -> list[dict[str, Any]]:
    """``found`` with the transfers these frames tell, for weapons no rule gave both parties."""
    low = view.text.lower()
    if not any(cue in low for cue in ("-supplied", "-donated", "-provided", "-gifted",
                                      "carrying", "laden", "loaded with", "bringing",
                                      " for ")):
        return found
    for supplier, recipient, lo, hi, verb in [*_supplied_adjectives(view, actors),
                                              *_carried(view, actors),
                                              *_contract_items(view, actors)]:
        if not recipient or supplier == recipient:
            continue
        whole = complete_weapons(found)
        weapons = [w for w in transfer_rules.weapons_in(view, lo, hi) if w.start not in whole]
        if not weapons:
            continue
        span = {w.start for w in weapons}
        found = [f for f in found if not (f.get("type") == "ArmsTransfer"
                                          and f.get("_at") in span)]
        found += transfer_rules.transfer_facts(view, supplier, [recipient], weapons, "CS", verb,
                                               0.75)
    return found
