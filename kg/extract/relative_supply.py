"""Transfers told through a relative clause or a pronoun for one of the parties.

"Sudan's army fields TB2 drones, several of which Turkey has supplied", "armoured vehicles, most
of which came from China", "Iran, which supplies them with cruise missiles", "Iran, which
Washington accuses of supplying the Houthis with missiles", "helicopters sold to it by the United
Kingdom", "...; they took delivery of M113 carriers from Australia": the verb rules of
kg.extract.transfers see no party, or the wrong one (the speaker of "X says"), around the verb.
These rules only fill: a weapon that already has a complete transfer keeps it.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import (AUX_ADVERB, clause_end, recipient_told_before,
                                       replace_transfers)
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_GIVE = r"supplied|delivered|sold|sent|shipped|donated|provided|transferred|gifted|exported"
# "W, several of which ..." / "W, most of them ..."
_OF_WHICH = re.compile(
    r"\s*,\s*(?:several|most|many|some|all|half|part|much|dozens|a\s+few|a\s+number|the\s+bulk|"
    r"the\s+majority|about\s+half|at\s+least\s+\w+|\w+)\s+of\s+(?:which|them|these)\s+", re.I)
# ("... of which came from S", "... of which were supplied by S")
_BEEN = r"(?:(?:were|have\s+been|had\s+been)\s+)?"
_CAME_FROM = re.compile(rf"(?:came|come|arrived|{_BEEN}(?:bought|purchased|imported|smuggled|"
                        rf"shipped|sent))\s+from\s+|{_BEEN}(?:{_GIVE})\s+by\s+", re.I)
_GAVE_AFTER = re.compile(rf"\s+{AUX_ADVERB}(?:{_GIVE})\b", re.I)
_THE = re.compile(r"(?:the\s+)?", re.I)
# "S, which supplies them with W" / "S, which X accuses of supplying R with W"
_WHICH = re.compile(r"\s*,\s*which\s+", re.I)
_SUPPLY_ING = r"supplying|arming|providing|sending|shipping|selling"
_WHICH_SUPPLIES = re.compile(
    r"(?:also\s+)?(?:(?:has|have)\s+(?:long\s+)?)?(?:supplies|supplied|provides|provided|arms|armed|"
    r"equips|equipped)\s+(?P<p>them|it)\s+with\s+", re.I)
_ACCUSES = re.compile(rf"\s*(?:accuses|accused|has\s+accused|have\s+accused)\s+of\s+(?:{_SUPPLY_ING})"
                      r"\s+", re.I)
_WITH = re.compile(r"\s+(?:group\s+|militia\s+|movement\s+|rebels\s+)?with\s+", re.I)
# (a speaker: "The United States says the group ...")
_SPEAKS = re.compile(r"\s+(?:says|said|told|claims|claimed|accuses|accused|reports|reported)\b",
                     re.I)
# "W sold to it by S"
_TO_IT_BY = re.compile(rf"\s+(?:{_GIVE}|given)\s+to\s+(?:it|them)\s+by\s+(?:the\s+)?", re.I)
# "...; they took delivery of W from S", "..., and it received W from S"
_PRONOUN_GETS = re.compile(
    r"(?:;|,\s*and)\s+(?:it|they)\s+(?:also\s+)?(?:(?:has|have|had)\s+)?(?:took|taken|takes|take)"
    r"\s+delivery\s+of\s+|(?:;|,\s*and)\s+(?:it|they)\s+(?:also\s+)?(?:(?:has|have|had)\s+)?"
    r"(?:received|receives|bought|acquired|obtained)\s+", re.I)
_SOURCE_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?", re.I)
# (a dateline may come first: "PORT SUDAN — Sudan's army ...")
_OPENING = re.compile(r"\W*(?:[A-Z][A-Z .'-]+\s[—–-]\s+)?(?:[Tt]he\s+)?")


def _party(a: Actor | None) -> str | None:
    key = a.key if a is not None and not a.person else None
    return key if key and key.startswith(("state/", "org/")) else None


def _actor_at(actors: list[Actor], pos: int) -> Actor | None:
    return next((a for a in actors if a.start == pos), None)


def _subject(view: SentView, actors: list[Actor]) -> Actor | None:
    """The state or group that opens the sentence ("Sudan's army", "The Houthis"), after a
    dateline ("KYIV — ")."""
    text = view.text
    first = next((a for a in actors if not re.match(r"\s+[—–-]\s", text[a.end:a.end + 3])), None)
    if first is None or not _party(first) or not _OPENING.fullmatch(text[:first.start]):
        return None
    return first


def _antecedent(view: SentView, pos: int) -> list:
    """The weapon phrase that ends right before ``pos`` (the relative clause's antecedent)."""
    return [m for m in view.mentions if m.category and m.end <= pos
            and re.fullmatch(r"[\w\s-]*", view.text[m.end:pos])][-1:]


def _of_which(view, actors):
    """"R fields W, several of which S has supplied / came from S": (S..., R, weapons)."""
    text = view.text
    rec = _subject(view, actors)
    if rec is None:
        return
    for m in _OF_WHICH.finditer(text, rec.end):
        ws = _antecedent(view, m.start())
        if not ws or ws[0].start < rec.end:
            continue
        came = _CAME_FROM.match(text, m.end())
        at = _THE.match(text, came.end() if came else m.end()).end()
        s = _actor_at(actors, at)
        if not _party(s) or (not came and not _GAVE_AFTER.match(text, s.end)):
            continue
        sups = [s]
        more = re.compile(r"\s+and\s+(?:the\s+)?").match(text, s.end) if came else None
        t = _actor_at(actors, more.end()) if more else None
        if _party(t):
            sups.append(t)
        yield [_party(a) for a in sups], _party(rec), ws


def _which_supplies(view, actors):
    """"S, which supplies them with W" and "S, which X accuses of supplying R with W"."""
    text = view.text
    for s in actors:
        m = _WHICH.match(text, s.end)
        if not m or not _party(s):
            continue
        sup = _WHICH_SUPPLIES.match(text, m.end())
        if sup:
            # "them": the state or group the clause is about, not one who speaks
            rec = next((a for a in reversed(actors) if a.end <= s.start and _party(a)
                        and not _SPEAKS.match(text, a.end)), None)
            lo = sup.end()
        else:
            x = _actor_at(actors, m.end()) or _actor_at(actors, _THE.match(text, m.end()).end())
            acc = re.compile(r"(?:the\s+\w+\s+|\w+\s+)?").match(text, m.end())
            acc = _ACCUSES.match(text, x.end if x else acc.end())
            if not acc:
                continue
            rec = next((a for a in actors if a.start >= acc.end()), None)
            w = rec and _WITH.match(text, rec.end)
            if not w or not re.fullmatch(r"(?:the\s+)?", text[acc.end():rec.start], re.I):
                continue
            lo = w.end()
        if _party(rec) and _party(rec) != _party(s):
            yield [_party(s)], _party(rec), transfer_rules.weapons_in(
                view, lo, clause_end(text, lo))


def _to_it_by(view, actors, before):
    """"W sold to it by S": "it" is the state told last before W in the sentence, else the
    recipient of a transfer told in the two sentences before."""
    text = view.text
    for m in _TO_IT_BY.finditer(text):
        s = _actor_at(actors, m.end())
        ws = _antecedent(view, m.start())
        if not _party(s) or not ws:
            continue
        # (not a supplier of the clause before: "bought W from Australia, and the W2 sold to it")
        rec = next((a for a in reversed(actors) if a.end <= ws[0].start and _party(a)
                    and not _SOURCE_BEFORE.search(text[:a.start])), None)
        rec = _party(rec) or recipient_told_before(view, before)
        yield [_party(s)], rec, ws


def _pronoun_gets(view, actors):
    """"R received W from S; they took delivery of W2 from T": the sentence's subject."""
    text = view.text
    rec = _subject(view, actors)
    if rec is None:
        return
    for m in _PRONOUN_GETS.finditer(text, rec.end):
        end = clause_end(text, m.end())
        fr = _FROM.search(text, m.end(), end)
        s = fr and _actor_at(actors, fr.end())
        if _party(s):
            yield [_party(s)], _party(rec), transfer_rules.weapons_in(view, m.end(), fr.start())


# "Kyiv has received its first F-16 jets. Many of them were supplied by Denmark." (round 53)
_OF_THEM_OPENING = re.compile(
    r"\W*(?:many|most|some|all|half|several|dozens|a\s+few|the\s+bulk|the\s+majority)\s+of\s+"
    rf"(?:them|these|those)\s+{_BEEN}(?:{_GIVE})\s+by\s+(?:the\s+)?", re.I)


def _of_them_opening(view, actors, before) -> None:
    """"R received W. Many of them were supplied by S": S is the supplier of the receipt told
    in the sentence before, which named none (in place)."""
    m = _OF_THEM_OPENING.match(view.text)
    s = _actor_at(actors, m.end()) if m else None
    if not _party(s):
        return
    for f in before:
        if f.get("type") == "ArmsTransfer" and f.get("_sent") == view.index - 1 \
                and f.get("recipient") and not f.get("supplier") and f["recipient"] != _party(s):
            f["supplier"] = _party(s)


def relative_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                       before: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the transfers these clauses tell added; a fact of the verb rules for the
    same weapon is replaced only when it lacks a party."""
    low = view.text.lower()
    if " of them " in low or " of these " in low or " of those " in low:
        _of_them_opening(view, actors, before)
    told = []  # (suppliers, recipient, weapons, whether a verb rule's recipient is replaced)
    if " of " in low:
        told += [(*t, False) for t in _of_which(view, actors)]
    if "which" in low:
        told += [(*t, False) for t in _which_supplies(view, actors)]
    if " to it by " in low or " to them by " in low:
        # ("sold to it by S": the verb rules read S right but take "it" for another state)
        told += [(*t, True) for t in _to_it_by(view, actors, before)]
    if " it " in low or " they " in low:
        told += [(*t, False) for t in _pronoun_gets(view, actors)]
    for suppliers, recipient, weapons, same_supplier in told:
        whole = {f.get("_at") for f in found if f.get("type") == "ArmsTransfer"
                 and f.get("supplier") and f.get("recipient")
                 and not (same_supplier and f["supplier"] in suppliers)}
        weapons = [w for w in weapons if w.start not in whole]
        if not weapons or not recipient or recipient in suppliers:
            continue
        found = replace_transfers(view, found, suppliers, recipient, weapons, "RL", "supplied")
    return found
