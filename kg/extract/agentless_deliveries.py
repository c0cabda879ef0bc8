"""Weapons delivered in the passive with no one named, continuing the supply told just before
(round 66): "Germany agreed to send Ukraine another IRIS-T system. Dozens of Leopard 1 tanks
have also been sent, officials say"; "Poland bought 180 K2 tanks from South Korea. ..., while 48
K9 howitzers ordered in 2022 are still waiting for delivery".

The weapons are the subject of the clause ("Dozens of", "The first ten", "A further six" may
open it), the verb phrase follows them within a few words ("have (also) been sent / shipped /
delivered / handed over", "were (being) delivered", "are still waiting for delivery") with no
"by" after it, and the parties are the one (supplier, receiver) pair the nearest of the two
sentences before told a transfer or a supply relation of. A state after "to" ("have been
shipped to Kyiv") must be that pair's receiver. The sentence may name no other state, nor a
demonym before the weapons ("Turkish drones have also been delivered":
kg.extract.also_delivered's); only weapons no transfer holds with both parties are given.
"""

from __future__ import annotations

from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.caseless import caseless
from kg.extract.clause_parties import fill_incomplete, told_pairs
from kg.extract.clauses import Actor, actor_state, clause_start
from kg.extract.entities import SentView

_VERB = (r"(?:delivered|shipped|sent|supplied|provided|handed\s+over|transferred|donated|"
         r"flown\s+in)")
CUE = caseless(
    rf"\s(?:(?:has|have|had)\s+(?:also\s+|now\s+|already\s+|since\s+)?been\s+(?:[a-z]+ly\s+)?"
    rf"{_VERB}|(?:is|are|was|were)\s+(?:also\s+|now\s+|already\s+)?(?:being\s+)?"
    rf"(?:[a-z]+ly\s+)?{_VERB}|(?:is|are|was|were)\s+(?:still\s+)?(?:waiting\s+for|awaiting)\s+"
    r"(?:their\s+|its\s+)?delivery)\b",
    needs=("been", "being", "delivered", "shipped", "sent", "delivery", "handed", "supplied",
           "provided", "transferred", "donated", "flown"))
# what may open the clause before the weapons: "Dozens of", "The first ten", "A further six"
_OPENER = caseless(r"\W*(?:(?:the|a|an|some|dozens|hundreds|scores|more|further|first|second|"
                   r"next|remaining|last|other|another|of|all|several|\d[\d,]*|one|two|three|"
                   r"four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
                   r"forty|fifty|hundred)\s+)*")
# what may stand between the weapons and the verb: "ordered in 2022", "from the same batch"
_TAIL = caseless(transfer_rules.UNIT_NOUNS + r"(?:\s+(?:ordered|bought|"
                 r"purchased|from|of|in|under|for)\s+[\w\s-]{0,30}?)?"
                 # "were released this week and are being delivered"
                 r"(?:\s+(?:were|was|have\s+been|has\s+been)\s+(?:released|approved|cleared|"
                 r"loaded|unloaded)(?:\s+[\w-]+){0,3}?\s+and)?")
# an agent after the verb is kg.extract.passive_supply's ("by rail" is no agent)
_BY_NEXT = caseless(r"[^,;.]{0,40}?\bby\s+(?!(?:rail|road|sea|air|ship|truck|lorry|train|plane|"
                    r"land|convoy)\b)")
_TO_NEXT = caseless(r"[^,;.]{0,30}?\bto\s+(?:the\s+)?")


def _pair_before(view: SentView, raw: list[dict[str, Any]]) -> tuple[str, str] | None:
    """The one (supplier, receiver) the nearest of the two sentences before told."""
    for back in (1, 2):
        pairs = told_pairs(raw, view.index - back)
        if pairs:
            return next(iter(pairs)) if len(pairs) == 1 else None
    return None


def agentless_delivery_transfers(view: SentView, actors: list[Actor],
                                 found: list[dict[str, Any]], raw: list[dict[str, Any]]
                                 ) -> list[dict[str, Any]]:
    """``found`` with the weapons of "W have (also) been sent" given the pair told before."""
    text = view.text
    pair = None
    for m in CUE.finditer(text):
        if _BY_NEXT.match(text, m.end()):
            continue
        lo = clause_start(text, m.start())
        ws = transfer_rules.weapons_in(view, lo, m.start())
        if not ws or not _OPENER.fullmatch(text, lo, ws[0].start) \
                or not _TAIL.fullmatch(text, ws[-1].end, m.start()):
            continue
        pair = pair or _pair_before(view, raw)
        if pair is None or not _only_pair(text, actors, pair, m):
            return found
        found = fill_incomplete(view, found, [(pair[0], pair[1], ws)], "AGENTLESS",
                                m.group(0).strip())
    return found


def _only_pair(text: str, actors: list[Actor], pair: tuple[str, str], m: Any) -> bool:
    """Whether the sentence names no state but the pair's, none of them as the receiver of
    the supplier ("shipped to [the supplier]")."""
    for a in actors:
        state = actor_state(a)
        if state is None:
            continue
        if state not in pair:
            return False  # another state ("Turkish drones have also been delivered": the
            # demonym's, kg.extract.also_delivered)
        if a.start >= m.end() and state == pair[0] and _TO_NEXT.fullmatch(text, m.end(), a.start):
            return False
    return True
