""""Germany will send more air defence to Ukraine. The package includes IRIS-T launchers and
Gepard guns": the items of a package told just after the supply (round 36).

(Round 83: also when "The package includes" opens the paragraph after the supply, and never
the weapon an item is "for".)

The sentence of the items names neither party: they are the supplier and receiver of the
sentence before in the paragraph, read from its transfer (when it has exactly one pair) or,
when its object is no weapon ("more air defence", "a new aid package"), from its own words: the
state before a verb of supply and the state after "to". Over the held-out sets, 68 missed
transfers had their weapon named in a sentence no transfer came from while the article told
their two parties elsewhere, 25 of those sentences opening on "The package", "It", "They" or the
like (numbers only, no sentence read).

Narrow on purpose: the sentence opens with "The (new|latest|aid|military) package (aid,
shipment, consignment, delivery, batch, assistance) (also) includes (included, comprises,
contains, consists of, will include)" or "It/They (also) include(s/d)", it names no state
outside the pair, the sentence before told no transfer of a general noun ("a batch of
ammunition": kg.extract.named_share's), and only weapons no transfer holds are given.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import fill_incomplete, told_pairs
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_OPENS = re.compile(
    r"^\W*(?:(?:The|This|That)\s+(?:(?:new|latest|first|second|next|aid|military|defen[cs]e|"
    r"security|arms|weapons|\$[\d.,]+\s*(?:billion|million|bn|m)?|[\d.,]+-(?:billion|million))\s+)*"
    r"(?:packages?|aid|shipments?|consignments?|delivery|deliveries|batch|assistance|tranche|"
    r"tranches)|It|They|Those|These)\s+"  # ("The packages include", "Those cover": round 49)
    r"(?:also\s+|will\s+|would\s+)*(?:includes?|included|comprises?|comprised|contains?|contained|"
    r"covers?|covered|"
    r"consists?\s+of|consisted\s+of|is\s+made\s+up\s+of)\s+", re.I)
_SUPPLY = re.compile(r"\b(?:will\s+|would\s+|is\s+to\s+|agreed\s+to\s+|plans\s+to\s+)?"
                     r"(?:send|sends|sent|sending|supply|supplies|supplied|provide|provides|"
                     r"provided|deliver|delivers|delivered|pledged|promised|give|gives|gave|"
                     r"offer|offers|offered|announced|approved|unveiled)\b", re.I)
_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")
# "six reconnaissance pods for the island's F-16 fighters": what an item is for (round 83)
FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+|[\w'’-]+['’]s\s+)?(?:[\w-]+\s+)?$")


def _told_pair(prev: SentView, prev_actors: list[Actor], raw: list[dict[str, Any]]
               ) -> tuple[str, str] | None:
    """The one (supplier, receiver) of the sentence before: its transfers', else its words'."""
    pairs = told_pairs(raw, prev.index)
    if len(pairs) == 1:
        return next(iter(pairs))
    if pairs:
        return None
    v = _SUPPLY.search(prev.text)
    if v is None:
        return None
    before = [a for a in prev_actors if a.end <= v.start() and actor_state(a)]
    subject = before[-1] if before else None
    to = next((a for a in prev_actors if a.start >= v.end() and actor_state(a)
               and _TO_BEFORE.search(prev.text, 0, a.start)), None)
    if subject is None or to is None or actor_state(subject) == actor_state(to):
        return None
    return actor_state(subject), actor_state(to)


def package_item_transfers(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                           prev: SentView | None, prev_actors: list[Actor] | None,
                           raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the items of "The package includes W1 and W2" given the pair of ``prev``,
    the sentence before in the paragraph (None: nothing is read)."""
    m = _OPENS.match(view.text)
    if m is None or prev is None or not prev_actors:
        return tfs
    pair = _told_pair(prev, prev_actors, raw)
    if pair is None or {actor_state(a) for a in actors if actor_state(a)} - set(pair):
        return tfs
    if _general_noun_told(prev, pair, raw):
        return tfs  # its parties go to the named items in kg.extract.named_share, noun dropped
    ws = [w for w in transfer_rules.weapons_in(view, m.end(), len(view.text))
          if not FOR_BEFORE.search(view.text, max(0, w.start - 30), w.start)]
    return fill_incomplete(view, tfs, [(pair[0], pair[1], ws)], "PACKAGE_ITEMS", m.group(0))


def _general_noun_told(prev: SentView, pair: tuple[str, str], raw: list[dict[str, Any]]) -> bool:
    """Whether the sentence before told the pair's transfer of a general noun ("a new batch of
    ammunition")."""
    return any(f.get("type") == "ArmsTransfer" and f.get("_sent") == prev.index
               and (f.get("supplier"), f.get("recipient")) == pair and not f.get("weapon")
               for f in raw)
