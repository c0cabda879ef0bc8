"""Transfers whose supplier or recipient is written outside the verb's own clause.

News writers often move a party of a transfer away from its verb: into a relative clause
("Latvia, to which Norway has delivered four NASAMS batteries, ..."), in front of the clause
("From South Korea, it has bought 24 K9 howitzers") or into the subject of an earlier verb
("Italy signed the contract in 2016 and earlier delivered a landing ship to Qatar"). The verb
rules of kg.extract.transfers look for the parties around the verb and miss them or take
another state of the sentence; these rules read the party from where the clause puts it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "has also", "had earlier": what may stand between a subject and its supply verb
AUX_ADVERB = r"(?:(?:has|have|had)\s+)?(?:(?:also|already|recently|since|now|earlier|previously)\s+)?"
_GIVE = (r"delivered|sold|supplied|sent|shipped|exported|transferred|donated|gifted|given|"
         r"provided|handed\s+over")
# "Latvia, to which Norway has delivered": the supplier right after "to which"
_TO_WHICH = re.compile(r"\s*,\s*to\s+(?:which|whom)\s+(?:the\s+)?$", re.I)
_REL_VERB = re.compile(rf"\s+{AUX_ADVERB}(?P<v>{_GIVE})\s+", re.I)
# "From South Korea, it has bought": a fronted source, then the buyer as subject
_FROM_FRONT = re.compile(r"^\s*(?:(?:And|But|Meanwhile|Separately),?\s+)?From\s+(?:the\s+)?$")
_FRONT_GAP = re.compile(r"\s*,?\s*$")
_IT = re.compile(r"\s*,?\s*(?:it|the\s+(?:country|government|kingdom|republic))\b", re.I)
_BUY_VERB = re.compile(rf"\s+{AUX_ADVERB}(?P<v>bought|purchased|acquired|ordered|received|obtained|"
                       r"imported|procured)\s+", re.I)
# "S signed the contract ... and earlier delivered W to R": the first clause's subject supplies
_AND_GIVE = re.compile(rf"\band\s+{AUX_ADVERB}(?P<v>{_GIVE})\s+", re.I)
# (a hedge, or reported speech whose own subject may be another state: "Kyiv said Berlin ...")
_HEDGE_BEFORE = re.compile(r"\b(?:would|will|could|may|might|plans?\s+to|wants?\s+to|"
                           r"offered|not|never|said|says|told|that|which|who|whose)\b", re.I)
# (a comma or point between digits is no clause end: "supply 5,000 missiles", round 25)
_CLAUSE_END = re.compile(r";|(?<!\d)[,.]|[,.](?!\d)|\s[—–]\s|$")


def clause_end(text: str, pos: int) -> int:
    """Where the clause running at ``pos`` ends (a comma, semicolon, full stop or dash)."""
    return _CLAUSE_END.search(text, pos).start()


def _relative_recipient(view, actors):
    """"R, to which S has delivered W, ...": (supplier, recipient, verb, weapons span)."""
    text = view.text
    for s in actors:
        gap = _TO_WHICH.search(text, 0, s.start)
        if not gap or not actor_state(s):
            continue
        r = next((a for a in reversed(actors) if a.end <= gap.start()), None)
        if not actor_state(r) or text[r.end:gap.start()].strip():
            continue
        v = _REL_VERB.match(text, s.end)
        if v:
            yield actor_state(s), actor_state(r), v.group("v"), v.end(), clause_end(text, v.end())


def _fronted_supplier(view, actors):
    """"From S, R has bought W": the source written before the buyer."""
    text = view.text
    for s in actors:
        if not actor_state(s) or not _FROM_FRONT.match(text[:s.start]):
            continue
        r = next((a for a in actors if a.start >= s.end), None)
        it = _IT.match(text, s.end)
        if it:  # ("From S, it has bought W": the state told before, found in context)
            r, subj_end = None, it.end()
        elif actor_state(r) and _FRONT_GAP.fullmatch(text, s.end, r.start):
            subj_end = r.end
        else:
            return
        v = _BUY_VERB.match(text, subj_end)
        if v:
            yield actor_state(s), actor_state(r), v.group("v"), v.end(), clause_end(text, v.end())
        return


def _elided_supplier(view, actors):
    """"S signed ... and earlier delivered W to R": the sentence's subject supplies."""
    text = view.text
    first = actors[0] if actors else None
    if not actor_state(first) or text[:first.start].strip(" \"'“") or first.demonym:
        return
    for v in _AND_GIVE.finditer(text, first.end):
        if _HEDGE_BEFORE.search(text, first.end, v.start()) or ";" in text[first.end:v.start()]:
            return
        end = clause_end(text, v.end())
        to = re.compile(r"\bto\s+(?:the\s+)?").search(text, v.end(), end)
        r = to and next((a for a in actors if a.start >= to.end() and a.end <= end), None)
        if r and actor_state(r) and re.fullmatch(r"\s*", text[to.end():r.start]):
            yield actor_state(first), actor_state(r), v.group("v"), v.end(), to.start()
        return


def recipient_told_before(view: SentView, before: list[dict[str, Any]]) -> str | None:
    """The state "it" stands for: the recipient of the transfer told just before (within two
    sentences), the state the passage is about."""
    return next((f["recipient"] for f in reversed(before)
                 if f.get("type") == "ArmsTransfer" and f.get("recipient")
                 and 0 < view.index - f.get("_sent", -9) <= 2), None)


def complete_weapons(found: list[dict[str, Any]]) -> set[int]:
    """Where the weapons of ``found``'s complete transfers (supplier and recipient) stand: the
    rules that only fill what is missing leave those alone."""
    return {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"
            and f.get("supplier") and f.get("recipient")}


def told_pairs(raw: list[dict[str, Any]], sent: int, head: str | None = None
               ) -> set[tuple[str, str]]:
    """The (supplier, recipient) pairs of the complete transfers sentence ``sent`` told (only
    those of a weapon whose head noun is ``head``, when given): the parties a later sentence
    that names neither refers back to."""
    return {(f["supplier"], f["recipient"]) for f in raw
            if f.get("type") == "ArmsTransfer" and f.get("_sent") == sent
            and f.get("supplier") and f.get("recipient")
            and (head is None or ((f.get("_head") or "").lower().split() or [""])[-1] == head)}


def fill_incomplete(view: SentView, found: list[dict[str, Any]], readings: Any, rule: str,
                    verb: str) -> list[dict[str, Any]]:
    """``found`` with each reading ``(supplier, recipient, weapons)`` told for the weapons no
    complete transfer holds yet (``replace_transfers``)."""
    whole = complete_weapons(found)
    for supplier, recipient, weapons in readings:
        weapons = [w for w in weapons if w.start not in whole]
        if weapons:
            found = replace_transfers(view, found, [supplier], recipient, weapons, rule, verb)
    return found


def replace_transfers(view: SentView, found: list[dict[str, Any]], suppliers: list[str],
                      recipient: str, weapons: list, rule: str, verb: str,
                      confidence: float = 0.75) -> list[dict[str, Any]]:
    """``found`` with the transfers of ``weapons`` told anew: the facts other rules gave for the
    same weapons give way to one per supplier (confidence 0.75 by default: a party read from
    another clause)."""
    span = {w.start for w in weapons}
    found = [f for f in found if not (f.get("type") == "ArmsTransfer" and f.get("_at") in span)]
    for s in suppliers:
        found += transfer_rules.transfer_facts(view, s, [recipient], weapons, rule, verb,
                                               confidence)
    return found


def clause_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                     before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers of these clauses told right: the verb rules' facts for the
    same weapons are replaced (they named another state of the sentence, or nobody).
    ``before`` holds the facts of the article's earlier sentences."""
    low = view.text.lower()
    rules = [(rule, fill_only) for rule, cue, fill_only in (
        (_relative_recipient, " to wh", False), (_fronted_supplier, "from ", False),
        (_elided_supplier, " and ", True)) if cue in low]
    for rule, fill_only in rules:
        for supplier, recipient, verb, lo, hi in list(rule(view, actors)):
            recipient = recipient or recipient_told_before(view, before)
            weapons = transfer_rules.weapons_in(view, lo, hi)
            if fill_only:  # (the elided subject is a guess: a verb rule's supplier stands)
                told = {f.get("_at") for f in found
                        if f.get("type") == "ArmsTransfer" and f.get("supplier")}
                weapons = [w for w in weapons if w.start not in told]
            if not weapons or supplier == recipient:
                continue
            found = replace_transfers(view, found, [supplier], recipient, weapons, "CL", verb)
    return found
