"""A supply told as the refilling of a group's stock: "Iranian shipments had rebuilt the group's
stockpile of Toufan ballistic missiles", "Russia has replenished Serbia's arsenal with ...".

No supply verb links the two parties: the supplier opens the clause (a state, its demonym, or
"[state]'s shipments"), the verb is "rebuilt / replenished / restocked / topped up", and the
recipient is the possessor of "stockpile / arsenal / stocks" ("the group's": the armed group told
before, not its host state; "the arsenal of Hezbollah"; "its arsenal" right after a sentence
the group opened). Also in the passive ("The group's arsenal was rebuilt with Iranian
rockets", "... replenished by Iran"). Read only in those orders and only to fill: a weapon
another rule already gave both parties keeps them.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, complete_weapons, replace_transfers
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_VERB = re.compile(r"\b(?:rebuilt|rebuil(?:d|ds|ding)|replenish(?:es|ed|ing)?|restock(?:s|ed|ing)?|"
                   r"refill(?:s|ed|ing)?|top(?:s|ped|ping)?\s+up)\s+", re.I)
# between the supplier and the verb: "Iranian shipments had", "Iran's deliveries have also"
_SUPPLIER_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:arms\s+)?(?:shipments|deliveries|supplies|"
                           r"transfers|consignments)\s+)?(?:(?:has|have|had)\s+)?"
                           r"(?:(?:also|since|quietly|largely|already)\s+)?", re.I)
_STOCK = re.compile(r"['’]s?\s+(?:(?:depleted|dwindling|own|missile|drone|rocket|weapons)\s+)?"
                    r"(?:stockpiles?|arsenals?|stocks?|inventory|inventories)\s+(?P<p>of|with)\s+",
                    re.I)
_THE = re.compile(r"(?:the\s+)?", re.I)
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _VERB


def _party(a: Actor | None) -> str | None:
    key = a.key if a is not None and not a.person else None
    return key if key and key.startswith(("state/", "org/")) else None


# "rebuilt the arsenal of Hezbollah with", "replenished its stockpile with" (its: the group the
# sentence before opened with)
_STOCK_OF = re.compile(r"(?:the\s+)?(?:stockpiles?|arsenals?|stocks?|inventory)\s+of\s+(?:the\s+)?",
                       re.I)
_ITS_STOCK = re.compile(r"(?:its|their)\s+(?:(?:depleted|dwindling|missile|drone|rocket|"
                        r"weapons)\s+)?(?:stockpiles?|arsenals?|stocks?|inventory)\s+"
                        r"(?P<p>of|with)\s+", re.I)
_WITH = re.compile(r"[^,;.]{0,40}?\bwith\s+", re.I)


def _recipient_and_items(text: str, actors: list[Actor], at: int, group: str | None):
    """(recipient actor key, where the items start) of the stock phrase at ``at``."""
    rec = next((a for a in actors if a.start == at), None)
    stock = _STOCK.match(text, rec.end) if rec is not None else None
    if stock:
        return _party(rec), stock.end()
    of = _STOCK_OF.match(text, at)
    rec = next((a for a in actors if of and a.start == of.end()), None)
    w = _WITH.match(text, rec.end) if rec is not None else None
    if w:
        return _party(rec), w.end()
    its = _ITS_STOCK.match(text, at)
    if its and group:
        return group, its.end()
    return None, None


def _told(view: SentView, actors: list[Actor], group: str | None = None):
    text = view.text
    for v in _VERB.finditer(text):
        sup = next((a for a in reversed(actors) if a.end <= v.start()
                    and _SUPPLIER_GAP.fullmatch(text, a.end, v.start())), None)
        at = _THE.match(text, v.end()).end()
        rec, lo = _recipient_and_items(text, actors, v.end(), group)
        if rec is None and at != v.end():
            rec, lo = _recipient_and_items(text, actors, at, group)
        if not (_party(sup) and rec) or _party(sup) == rec:
            continue
        ws = transfer_rules.weapons_in(view, lo, clause_end(text, lo))
        if ws:
            yield _party(sup), rec, ws


def restocked_transfers(view: SentView, actors: list[Actor], found: list[dict[str, Any]],
                        group: str | None = None) -> list[dict[str, Any]]:
    """``found`` with the refills this sentence tells added (only weapons without a complete
    transfer); ``group``: the armed group the sentence before opened with, for "its arsenal"."""
    if not _VERB.search(view.text):
        return found
    told = [*_told(view, actors, group), *_told_passive(view, actors)]
    for supplier, recipient, weapons in told:
        whole = complete_weapons(found)
        weapons = [w for w in weapons if w.start not in whole]
        if weapons:
            found = replace_transfers(view, found, [supplier], recipient, weapons, "RS",
                                      "supplied")
    return found


# the passive: "The group's arsenal was rebuilt with Iranian rockets", "Its stockpile has been
# replenished by Iran"
_STOCK_PASSIVE = re.compile(r"['’]s?\s+(?:(?:depleted|dwindling|own|missile|drone|rocket|"
                            r"weapons)\s+)?(?:stockpiles?|arsenals?|stocks?|inventory)\s+"
                            r"(?:(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+)"
                            r"(?:quietly\s+|largely\s+)?"
                            r"(?:rebuilt|replenished|restocked|refilled|topped\s+up)\s+"
                            r"(?P<p>with|by)\s+(?:the\s+)?", re.I)


def _told_passive(view: SentView, actors: list[Actor]):
    text = view.text
    for rec in actors:
        m = _STOCK_PASSIVE.match(text, rec.end)
        if m is None or not _party(rec):
            continue
        end = clause_end(text, m.end())
        if m.group("p").lower() == "by":
            sup = next((a for a in actors if a.start == m.end()), None)
            ws = transfer_rules.weapons_in(view, m.end(), end)
        else:  # "with Iranian rockets": the weapon's demonym
            ws = transfer_rules.weapons_in(view, m.end(), end)[:1]
            sup = next((a for a in actors if ws and a.demonym and m.end() <= a.start
                        and re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", text[a.end:ws[0].start])),
                       None)
        if ws and _party(sup) and _party(sup) != _party(rec):
            yield _party(sup), _party(rec), ws
