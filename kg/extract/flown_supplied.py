""""[R]'s air force flies [W] supplied by [S], armed with [demonym] [W2]" (round 24).

Also "[demonym] pilots/crews flying/operating [W] supplied by [S]" (round 25): the crews'
state receives, the state after "supplied by" supplies (not the maker of "American-made"), and
so does each state listed right after it ("supplied by Denmark and Norway").

A force's fleet described with its source: the operator's state is the recipient, the state
after "supplied by" the supplier of the fleet, and the demonym of "armed with Chinese rockets"
the supplier of the arms the fleet carries. The verb rules read "armed with" as the force arming
someone and swap the parties. Narrow on purpose: the operator is a state's possessive or demonym
right before "air force", "army", "navy" or "military", the verb is one of flying or operating,
the supplier follows "supplied by" (or "provided/delivered/donated/sold by") at once and supplies
only the item right before it, and "armed with" must follow the supplier right after a comma
(read even when the fleet is no weapon the rules know, "L-39 trainers"). The facts other rules
gave these weapons give way.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_FLIES = re.compile(
    r"(?:['’]s?)?\s+(?:air\s+force|army|navy|military|air\s+wing)\s+(?:now\s+|also\s+|still\s+)?"
    r"(?P<v>flies|operates|fields|uses|deploys)\s+"
    # "Ukrainian pilots flying American-made F-16s supplied by Copenhagen" (round 25): the crews'
    # state is the operator (a demonym only: "the pilots flying ..." names no state)
    r"|\s+(?:pilots|crews|gunners)\s+(?:now\s+|also\s+|still\s+)?"
    # ("Ukrainian pilots now fly F-16 jets supplied by Denmark": the same, finite; round 40)
    r"(?P<ing>flying|operating|using|firing|fly|flew|operate|operated|use|used)\s+", re.I)
_BY = re.compile(r"\s+(?:supplied|provided|delivered|donated|sold|built)\s+by\s+(?:the\s+)?", re.I)
_AND = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?")
_ARMED = re.compile(r"\s*,\s*armed\s+with\s+", re.I)


def _operator(text: str, actors: list[Actor]) -> tuple[str, int] | None:
    """(the operating state, where its verb's object begins) of "R's air force flies"."""
    for a in actors:
        m = _FLIES.match(text, a.end)
        if m and actor_state(a) and (a.demonym or text[a.end:a.end + 1] in ("'", "’")):
            return actor_state(a), m.end()
    return None


def _listed_givers(text: str, actors: list[Actor], first: Actor) -> list[Actor]:
    """``first`` and the states listed right after it ("supplied by Denmark, the Netherlands
    and Norway", round 25)."""
    out = [first]
    for a in actors:
        if a.start < out[-1].end:
            continue
        if a.demonym or not actor_state(a) or _AND.fullmatch(text, out[-1].end, a.start) is None:
            break
        out.append(a)
    return out


def flown_supplied_transfers(view: SentView, actors: list[Actor],
                             found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "R's air force flies W supplied by S, armed with [D] W2" read as S -> R
    (W) and D -> R (W2)."""
    text = view.text
    if " by " not in text or "flies" not in text and "operates" not in text \
            and "fields" not in text and "uses" not in text and "deploys" not in text \
            and "flying" not in text and "operating" not in text and "using" not in text \
            and "firing" not in text and " fly " not in text and " flew " not in text \
            and "operate" not in text and " use" not in text:
        return found
    op = _operator(text, actors)
    if op is None:
        return found
    recipient, lo = op
    by = _BY.search(text, lo, clause_end(text, lo))
    supplier = by and next((a for a in actors if a.start == by.end()), None)
    if not actor_state(supplier) or actor_state(supplier) == recipient:
        return found
    # only the item right before "supplied by" ("four Italian-built corvettes and two patrol
    # ships supplied by Turkey": the ships; "the helicopters alongside TB2 drones": the drones)
    fleet = transfer_rules.weapons_in(view, lo, by.start())[-1:]
    if fleet and re.search(r",|\b(?:and|or|alongside|with|plus)\b", text[fleet[0].end:by.start()]):
        fleet = []
    givers = _listed_givers(text, actors, supplier)
    if fleet:
        found = replace_transfers(view, found, [s for s in (actor_state(g) for g in givers)
                                                if s and s != recipient],
                                  recipient, fleet, "FLOWN", "supplied")
    armed = _ARMED.match(text, givers[-1].end)
    maker = armed and next((a for a in actors if a.start == armed.end() and a.demonym), None)
    if actor_state(maker) and actor_state(maker) != recipient:
        arms = transfer_rules.weapons_in(view, maker.end, clause_end(text, maker.end))
        if arms:
            found = replace_transfers(view, found, [actor_state(maker)], recipient, arms, "FLOWN",
                                      "armed")
    return found
