"""Items listed after the recipient of an approved sale: "The United States approved weapons
worth about $2 billion for Taiwan, among them 18 HIMARS rocket launchers and 400 Harpoon
missiles". "Approved" is no supply verb and the weapons come after the recipient, behind
"among them" / "including" / "such as", so the verb rules read nothing. The supplier is the
state right before the verb, the recipient the state right after "for"; the items are the
weapon mentions of the tail up to the clause's end. Only fills: an item that already has a fact
of this sentence keeps it (given both parties when it has neither). Round 30: a US agency that
clears sales ("the Defense Security Cooperation Agency cleared a package for Morocco including
...") sells for the United States when no state stands before the verb; "approved more arms
sales to R", "cleared three possible sales to R", "approved a $2 billion package for R" and
"packages worth $1.9 billion for R" are read too.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.transfers import transfer_facts, weapons_in

_APPROVED = re.compile(
    r"\b(?P<verb>approved|cleared|authori[sz]ed|signed\s+off\s+on)\s+"
    r"(?:the\s+|a\s+|(?:two|three|four|five|several)\s+)?"  # ("cleared three possible sales")
    r"(?:(?:possible|planned|proposed|potential)\s+)?(?:(?:sale|export)s?\s+of\s+)?"
    r"(?:new\s+|more\s+)?(?:\$[\d.,]+\s+(?:billion|million)\s+)?"
    r"(?:weapons|arms|military\s+equipment|(?:arms\s+|weapons\s+)?(?:package|sale)s?)"
    r"\b(?:[^.;:]|\.\d){0,50}?\b(?:for|to)\s+", re.I)  # ("worth $1.9 billion for")
# "for Taiwan, among them", "to Taiwan on Friday, including": the cue a little after the recipient
_LIST_CUE = re.compile(r"[^.;:,]{0,30}?,?\s*(?:among\s+them|including|such\s+as)\s+", re.I)

# round 86: "Washington cleared three packages on Thursday, including 40 Stinger missiles and
# 12 HIMARS launchers for Taiwan's army": the recipient after the list's last item
_APPROVED_LIST = re.compile(
    r"\b(?P<verb>approved|cleared|authori[sz]ed)\s+(?:the\s+|a\s+|(?:two|three|four|five|several)\s+)?"
    r"(?:other\s+|possible\s+|planned\s+|proposed\s+|potential\s+|new\s+|more\s+)*"
    r"(?:arms\s+|weapons\s+)?(?:package|sale)s?\b"
    r"(?:[^.;:,]|\.\d){0,40}?,?\s*(?:among\s+them|including|such\s+as)\s+", re.I)
_FOR_BEFORE = re.compile(r"\sfor\s+(?:the\s+)?$", re.I)
_CHEAP = re.compile(r"approved|cleared|authori|signed\s+off", re.I)
# the tail ends at a new clause: ", the State Department said", "; ...", " - "
# "... to Taiwan and notified ...": a state right after a preposition is an object, no subject
_OBJECT_BEFORE = re.compile(r"\b(?:to|for|from|of|with)\s+(?:the\s+)?$", re.I)
TAIL_END = re.compile(r"[;:]|\s[—–-]\s|,\s*(?:the|a|an|which|who|while|but|and\s+the|"
                       r"according|officials|said)\b", re.I)
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _CHEAP


# the US agencies that clear arms sales abroad: "the Defense Security Cooperation Agency
# cleared a package for Morocco including ...": the agency's state sells (round 30)
_UNITED_STATES = "state/united-states"
_US_AGENCY = re.compile(r"\b(?:State\s+Department|Defense\s+Security\s+Cooperation\s+Agency"
                        r"|DSCA|Pentagon)\W{0,3}\s*$")


def supplier_before(view: SentView, pos: int) -> str | None:
    """The state that is the verb's subject: the last state within 40 characters before it
    (none when that state is an earlier verb's object: "approved a sale to Taiwan and notified
    Congress of"), else the United States when a US agency that clears sales is the subject."""
    near = [m for m in view.mentions if m.end <= pos and pos - m.end <= 40 and m.state()
            and not m.is_demonym]
    if near:
        last = near[-1]
        return None if _OBJECT_BEFORE.search(view.text, 0, last.start) else last.state()
    return _UNITED_STATES if _US_AGENCY.search(view.text, max(0, pos - 50), pos) else None


# "400 Harpoon coastal-defence missiles": "missiles" after the name is the same item
_SAME_PHRASE = re.compile(r"[\s\w-]*")
_JOINED = re.compile(r"\b(?:and|or|plus)\b|,")


def one_per_phrase(text: str, items: list) -> list:
    """The items without a second mention inside the same noun phrase."""
    out: list = []
    for w in items:
        gap = text[out[-1].end:w.start] if out else ","
        if _SAME_PHRASE.fullmatch(gap) and not _JOINED.search(gap):
            continue
        out.append(w)
    return out


def approved_list_transfers(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers plus the items of an "approved ... for R, among them ..." tail."""
    text = view.text
    if not _CHEAP.search(text):
        return tfs
    out = list(tfs)
    for m in _APPROVED.finditer(text):
        supplier = supplier_before(view, m.start())
        rec = next((x for x in view.mentions if m.end() <= x.start <= m.end() + 4), None)
        recipient = rec.state() if rec is not None else None
        cue = _LIST_CUE.match(text, rec.end) if rec is not None else None
        if not supplier or not recipient or supplier == recipient or cue is None:
            continue
        end = TAIL_END.search(text, cue.end())
        items = one_per_phrase(text, weapons_in(view, cue.end(), end.start() if end else len(text)))
        new = [w for w in items if not _filled(tfs, w.start, supplier, recipient)]
        out.extend(transfer_facts(view, supplier, [recipient], new, "LIST", m.group("verb")))
    for m in _APPROVED_LIST.finditer(text):
        supplier = supplier_before(view, m.start())
        end = TAIL_END.search(text, m.end())
        stop = end.start() if end else len(text)
        # ("... and six reconnaissance pods for Taiwan's F-16 jets": the platform is no item)
        rec = next((x for x in view.mentions if m.end() < x.start < stop and x.state()
                    and _FOR_BEFORE.search(text, m.end(), x.start)), None) if supplier else None
        recipient = rec.state() if rec is not None else None
        if not supplier or recipient == supplier:
            continue
        # no recipient here: the article's partner of this supplier completes it
        # (kg.extract.records), as for "It has delivered IRIS-T systems"
        if rec is not None:
            last = rec.start
        else:  # (the items end at "for": "pods for F-16 jets")
            platform = re.search(r"\sfor\s", text[m.end():stop])
            last = m.end() + platform.start() if platform else stop
        items = one_per_phrase(text, weapons_in(view, m.end(), last))
        new = [w for w in items if not _filled(out, w.start, supplier, recipient)]
        out.extend(transfer_facts(view, supplier, [recipient], new, "LIST", m.group("verb")))
    return out


def _filled(tfs: list[dict[str, Any]], at: int, supplier: str, recipient: str) -> bool:
    """Whether the item at `at` has a fact already; one with neither party gets both."""
    here = [f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("_at") == at]
    for f in here:
        if not f.get("supplier") and not f.get("recipient"):
            f["supplier"], f["recipient"] = supplier, recipient
            f.pop("_carry", None)  # (told here: not the transfer told before)
    return bool(here)
