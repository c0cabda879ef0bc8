"""Arms told as pledged, cleared or still to be delivered, with no supply verb of their own
(round 32).

Three narrow structures, each with both sides inside the sentence:

* a participle after the weapon: "the first of three W promised to R by S", "the W, pledged by S
  to R,", "the N W it has committed to R" (``it``: the one state named before the weapon, the
  sentence's subject, supplies), "the W Berlin pledged to Kyiv", "the W due to be delivered to
  R by S"; and "S has earmarked W for R";
* a clearance: "S (has) cleared / authorised / allowed R to buy W";
* deliveries to come: "S says the first W will reach R"; "S said (this week) (that) deliveries of W to R would begin / are
  expected to start"; "S is expected to deliver W to R", "R is expected to receive W from S";

"the Defense Security Cooperation Agency approved the sale of W to R" (the United States sells);

round 76: "a pledge by S to provide W (to R)"; "Deliveries of W to R have begun, [S] officials
said" (the one other state the sentence names); round 77: "R announced in December that it would
buy W from S" (a decided purchase, "would" the reported "will");

and one near-miss taken away: a supply told by a noun ("the re-export of W to R") that the
same clause says was refused, blocked or cancelled (any rule: the weapon inside "refused ... of").

Money, troops and non-weapons are no weapon mention, so they give nothing. Only an empty slot is
filled: a fact already at the weapon keeps its supplier; one without a supplier gets it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.sentences import DATELINE_RE

_PARTICIPLE = re.compile(r",?\s+(?:(?:that|which)\s+)?"
                         r"(?:(?P<subj>it|(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+"
                         r"(?:has\s+|had\s+)?(?:already\s+)?)?"
                         r"(?:(?:due|set|scheduled|expected)\s+to\s+be\s+)?"
                         r"(?P<v>pledged|promised|committed|earmarked|delivered|supplied|sold|sent|"
                         r"transferred|handed\s+over)\s+(?P<prep>to|by)\s+"
                         r"(?:the\s+)?")
_HEAD_ONLY = re.compile(r"(?:\s+[a-z]+s)?")
# "Italy has earmarked four SAMP/T batteries for Ukraine"
_EARMARKED = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?earmarked\s+")
_FOR = re.compile(r"\s+for\s+(?:the\s+)?")
_SECOND = {"to": re.compile(r"\s+by\s+(?:the\s+)?"), "by": re.compile(r"\s+to\s+(?:the\s+)?")}
_CLEARED = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:formally\s+)?"
                      r"(?:cleared|authori[sz]ed|allowed|permitted)\s+(?:the\s+)?")
_TO_BUY = re.compile(r"\s+to\s+(?:buy|purchase|acquire)\s+")
_BEGIN = re.compile(r"\bsaid\s+(?:(?:this|last)\s+week\s+|on\s+\w+\s+)?(?:that\s+)?(?:the\s+)?"
                    r"deliveries\s+of\s+(?P<what>[^,;]{3,60}?)\s+to\s+(?:the\s+)?(?P<r>[A-Z])"
                    r"[^,;]{0,40}?\s+(?:would|will|should|(?:are|were)\s+(?:expected|due|set)\s+to)\s+"
                    r"(?:begin|start)\b")
# "refused to allow the re-export of W to R", "cancelled the delivery of W to R": no transfer
_REFUSED = re.compile(r"\b(?:refused|declined|rejected|blocked|vetoed|cancell?ed|scrapped)\s+"
                      r"(?:to\s+(?:allow|approve|permit|authori[sz]e)\s+)?(?:the\s+|a\s+|any\s+)?"
                      r"(?:re-?exports?|exports?|transfers?|sales?|deliver(?:y|ies)|shipments?)\s+"
                      r"of\s+[^,;]{0,60}")


def _after_dateline(view: SentView, actors: list[Actor]) -> list[Actor]:
    """The actors after a dateline ("LISBON, June 12 — ", "OSLO, May 2 (Staff) - "): the
    dateline place is no party."""
    m = DATELINE_RE.match(view.text)
    return [a for a in actors if a.start >= m.end()] if m else actors


def _state_at(actors: list[Actor], at: int) -> Actor | None:
    """The state actor starting at ``at`` (or at the "the" just before it)."""
    return next((a for a in actors if a.start in (at, at - 4) and a.end > at
                 and actor_state(a) and not a.demonym), None)


def _weapon_before(view: SentView, at: int):
    """The weapon mention that ends right before ``at`` (at most its plural head between:
    "Abukuma-class destroyer escorts")."""
    return next((m for m in view.mentions if m.category and m.end <= at
                 and _HEAD_ONLY.fullmatch(view.text, m.end, at)), None)


def _add(view: SentView, tfs: list[dict[str, Any]], supplier: str, recipient: str,
         weapons: list, rule: str, verb: str) -> list[dict[str, Any]]:
    """Fill the supplier of a supplier-less fact at the weapon, or add a new fact."""
    if supplier == recipient:
        return tfs
    return transfer_rules.complete_or_add(view, tfs, weapons, supplier, recipient, "supplier",
                                          rule, verb, 0.7)


def _subject_before(actors: list[Actor], at: int) -> Actor | None:
    """The state (not a demonym) whose mention ends right at ``at``: the clause's subject."""
    return next((a for a in actors if a.end == at and actor_state(a) and not a.demonym), None)


def _participles(view: SentView, actors: list[Actor],
                 tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = view.text
    for m in _PARTICIPLE.finditer(text):
        w = _weapon_before(view, m.start())
        first = _state_at(actors, m.end())
        if w is None or first is None:
            continue
        second = None
        nxt = _SECOND[m.group("prep")].match(text, first.end)
        if nxt:
            second = _state_at(actors, nxt.end())
        if m.group("prep") == "by":
            supplier, recipient = first, second
        elif second is not None:
            supplier, recipient = second, first
        elif m.group("subj") == "it":
            before = [a for a in _after_dateline(view, actors)
                      if a.end <= w.start and actor_state(a)]
            if len({actor_state(a) for a in before}) != 1 or before[0].demonym:
                continue
            supplier, recipient = before[0], first
        elif m.group("subj"):  # "the two Patriot batteries Berlin pledged to Kyiv"
            supplier, recipient = _state_at(actors, m.start("subj")), first
        else:
            continue
        if supplier is None or recipient is None:
            continue
        tfs = _add(view, tfs, actor_state(supplier), actor_state(recipient), [w],
                   "PLEDGED_TO", m.group("v"))
    return tfs


def _earmarked(view: SentView, actors: list[Actor],
               tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = view.text
    for m in _EARMARKED.finditer(text):
        seller = _subject_before(actors, m.start())
        to = _FOR.search(text, m.end(), min(len(text), m.end() + 90))
        buyer = _state_at(actors, to.end()) if to else None
        if seller is None or buyer is None:
            continue
        ws = transfer_rules.weapons_in(view, m.end(), to.start())
        tfs = _add(view, tfs, actor_state(seller), actor_state(buyer), ws, "EARMARKED_FOR",
                   "pledged")
    return tfs


# "Sweden is expected to deliver W to Slovakia", "Slovakia is expected to receive W from Sweden":
# a stated schedule (the general hedge reads "expected" as a guess)
_EXPECTED = re.compile(r"\s+(?:is|are)\s+(?:also\s+)?expected\s+to\s+(?:(?P<give>deliver|supply|"
                       r"send|hand\s+over|transfer)|(?P<get>receive|take\s+delivery\s+of))\s+")
_PARTNER = {"give": re.compile(r"\s+to\s+(?:the\s+)?"), "get": re.compile(r"\s+from\s+(?:the\s+)?")}


def _expected(view: SentView, actors: list[Actor],
              tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = view.text
    for m in _EXPECTED.finditer(text):
        subject = _subject_before(actors, m.start())
        side = "give" if m.group("give") else "get"
        to = _PARTNER[side].search(text, m.end(), min(len(text), m.end() + 90))
        other = _state_at(actors, to.end()) if to else None
        if subject is None or other is None or re.search(r"[,;]", text[m.end():to.start()]):
            continue
        ws = transfer_rules.weapons_in(view, m.end(), to.start())
        supplier, recipient = (subject, other) if side == "give" else (other, subject)
        tfs = _add(view, tfs, actor_state(supplier), actor_state(recipient), ws,
                   "EXPECTED_SUPPLY", "delivered")
    return tfs


# "The Defense Security Cooperation Agency approved the sale of up to 30 W to Morocco": the US
# agency that clears sales abroad sells for the United States (no state names the seller)
_AGENCY_SALE = re.compile(r"\b(?:Defense\s+Security\s+Cooperation\s+Agency|DSCA|Pentagon)\s+"
                          r"(?:has\s+|had\s+)?(?:approved|cleared)\s+(?:the\s+|a\s+)?"
                          r"(?:possible\s+|proposed\s+)?(?:sale|export)\s+of\s+(?P<what>[^,;]{3,80}?)"
                          r"\s+to\s+(?:the\s+)?(?P<r>[A-Z])")
_UNITED_STATES = "state/united-states"


def _agency_sales(view: SentView, actors: list[Actor],
                  tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    m = _AGENCY_SALE.search(view.text)
    buyer = _state_at(actors, m.start("r")) if m else None
    if m is None or buyer is None:
        return tfs
    ws = transfer_rules.weapons_in(view, m.start("what"), m.end("what"))
    return _add(view, tfs, _UNITED_STATES, actor_state(buyer), ws, "AGENCY_SALE", "approved")


# "Canberra says the first Abrams tanks will reach Kyiv by spring": the speaking state's own
# first deliveries (the one state before "says"; the recipient right after the arrival verb)
_FIRST_REACH = re.compile(r"\s+(?:says|said)\s+(?:that\s+)?(?:the\s+)?first\s+(?P<what>[^,;]{3,60}?)"
                          r"\s+(?:will|would|should)\s+(?:reach|arrive\s+in|be\s+delivered\s+to)"
                          r"\s+(?:the\s+)?(?P<r>[A-Z])")


def _first_reaching(view: SentView, actors: list[Actor],
                    tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    m = _FIRST_REACH.search(view.text)
    if m is None:
        return tfs
    speaker = _subject_before(_after_dateline(view, actors), m.start())
    recipient = _state_at(actors, m.start("r"))
    if speaker is None or recipient is None:
        return tfs
    ws = transfer_rules.weapons_in(view, m.start("what"), m.end("what"))
    return _add(view, tfs, actor_state(speaker), actor_state(recipient), ws, "FIRST_REACH",
                "delivered")


def _clearances(view: SentView, actors: list[Actor],
                tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = view.text
    for m in _CLEARED.finditer(text):
        seller = _subject_before(actors, m.start())
        buyer = _state_at(actors, m.end())
        buy = _TO_BUY.match(text, buyer.end) if buyer else None
        if seller is None or buy is None:
            continue
        end = re.search(r"[,;]|\s+(?:for|from|under|after|which|while)\s|$", text[buy.end():])
        ws = transfer_rules.weapons_in(view, buy.end(), buy.end() + end.start())
        tfs = _add(view, tfs, actor_state(seller), actor_state(buyer), ws, "CLEARED_TO_BUY",
                   "approved")
    return tfs


def _deliveries(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                pattern: re.Pattern, rule: str) -> list[dict[str, Any]]:
    """A supply told as "deliveries of W to R" (would) begin: the supplier is the one state of
    the speaker before it ("S said deliveries ... would begin") or, for deliveries that have
    begun (``_BEGUN``), the one state the sentence names besides R ("..., Indian officials
    said")."""
    m = pattern.search(view.text)
    recipient = _state_at(actors, m.start("r")) if m else None
    if recipient is None:
        return tfs
    states = {actor_state(a) for a in _after_dateline(view, actors)
              if actor_state(a) and actor_state(a) != actor_state(recipient)
              and (pattern is _BEGUN or a.end <= m.start())}
    if len(states) != 1:
        return tfs
    ws = transfer_rules.weapons_in(view, m.start("what"), m.end("what"))
    return _add(view, tfs, states.pop(), actor_state(recipient), ws, rule, "delivered")


# "a pledge by Norway to provide six NASAMS launchers (to Ukraine)": the pledging state
# supplies what the infinitive names; the receiver after "to", or none here (round 76)
_PLEDGE_BY = re.compile(r"\b(?:a|the|its|their)\s+(?:[\w-]+\s+)?(?:pledge|promise|commitment)\s+"
                        r"by\s+(?:the\s+)?")
_TO_GIVE = re.compile(r"\s+to\s+(?:(?:also|quickly|soon)\s+)?(?:provide|send|supply|deliver|give|"
                      r"donate|transfer|hand\s+over)\s+")
_GIVE_END = re.compile(r"[,;]|\s(?:to|for|by|within|before|after|over|from|in|as|once|if|when|"
                       r"while|which|that)\s")


def _pledges_by(view: SentView, actors: list[Actor],
                tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = view.text
    for m in _PLEDGE_BY.finditer(text):
        supplier = _state_at(actors, m.end())
        give = _TO_GIVE.match(text, supplier.end) if supplier else None
        if give is None:
            continue
        end = _GIVE_END.search(text, give.end())
        hi = end.start() if end else len(text)
        ws = transfer_rules.weapons_in(view, give.end(), hi)
        to = re.match(r"\s+to\s+(?:the\s+)?", text[hi:]) if end else None
        recipient = _state_at(actors, hi + to.end()) if to else None
        if ws:
            tfs = _add(view, tfs, actor_state(supplier),
                       actor_state(recipient) if recipient else None, ws, "PLEDGE_BY", "pledged")
    return tfs


# "Finland announced in December that it would buy 64 F-35A jets from the United States": a
# purchase decided, not a hope ("would" is the reported "will"; round 77)
_WOULD_BUY = re.compile(r"\s+(?:announced|said|confirmed|decided)\s+(?:(?:in|on|last)\s+\w+\s+)?"
                        r"(?:that\s+)?it\s+would\s+(?:buy|purchase|acquire|order)\s+")
_FROM_STATE = re.compile(r"\s+from\s+(?:the\s+)?")


def _would_buy(view: SentView, actors: list[Actor],
               tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = view.text
    for m in _WOULD_BUY.finditer(text):
        buyer = _subject_before(_after_dateline(view, actors), m.start())
        end = re.search(r"[,;]|$", text[m.end():])
        hi = m.end() + end.start()
        frm = None
        for f in _FROM_STATE.finditer(text, m.end(), hi):
            frm = f
        seller = _state_at(actors, frm.end()) if frm else None
        if buyer is None or seller is None:
            continue
        ws = transfer_rules.weapons_in(view, m.end(), frm.start())
        tfs = _add(view, tfs, actor_state(seller), actor_state(buyer), ws, "WOULD_BUY", "ordered")
    return tfs


# "Deliveries of BrahMos missiles to the Philippines have begun, Indian officials said": begun,
# the supplier the one other state the sentence names (round 76)
_BEGUN = re.compile(r"\b[Dd]eliveries\s+of\s+(?P<what>[^,;]{3,60}?)\s+to\s+(?:the\s+)?(?P<r>[A-Z])"
                    r"[^,;]{0,40}?\s+(?:(?:have|has)\s+(?:now\s+|already\s+)?(?:begun|started)|"
                    r"began|started)\b")


def _refused(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` without the supply told by a noun ("the re-export of W to R") a state refused or
    cancelled in the same clause."""
    spans = [m.span() for m in _REFUSED.finditer(view.text)]
    return [f for f in tfs if not (f.get("type") == "ArmsTransfer"
                                   and any(lo <= (f.get("_at") or -1) < hi for lo, hi in spans))]


def pledged_supply_transfers(view: SentView, actors: list[Actor],
                             tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the pledged, cleared and still-to-come supply the sentence tells."""
    text = view.text
    if " to be " in text or "pledge" in text or "promise" in text or "commit" in text \
            or "earmarked" in text:
        tfs = _participles(view, actors, tfs)
        if " by " in text:
            tfs = _pledges_by(view, actors, tfs)
        if "earmarked" in text:
            tfs = _earmarked(view, actors, tfs)
    if " to buy " in text or " to purchase " in text or " to acquire " in text:
        tfs = _clearances(view, actors, tfs)
    if "deliveries of" in text:
        tfs = _deliveries(view, actors, tfs, _BEGIN, "DELIVERIES_BEGIN")
    if "eliveries of" in text and ("begun" in text or "began" in text or "started" in text):
        tfs = _deliveries(view, actors, tfs, _BEGUN, "DELIVERIES_BEGUN")
    if "Agency " in text or "DSCA " in text or "Pentagon " in text:
        tfs = _agency_sales(view, actors, tfs)
    if " first " in text and ("says" in text or "said" in text):
        tfs = _first_reaching(view, actors, tfs)
    if "expected to " in text:
        tfs = _expected(view, actors, tfs)
    if " it would " in text:
        tfs = _would_buy(view, actors, tfs)
    if tfs and " of " in text and ("used " in text or "lled " in text or "cked " in text
                                   or "jected " in text or "vetoed " in text or "scrapped " in text):
        tfs = _refused(view, tfs)
    return tfs
