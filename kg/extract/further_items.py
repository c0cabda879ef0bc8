"""Later items of a transfer's list that no rule reads (round 23).

The verb rules give the first weapons of a sentence their transfer, but stop where the list is
broken by more than "and": "Britain has sent 14 Challenger 2 tanks to Ukraine, as well as Storm
Shadow missiles that officials say have been fired at ..." (the second item after the
recipient), "Sweden shipped 50 CV90 vehicles, which weigh about 35 tonnes each, and 10 Archer
howitzers to Ukraine" (a relative clause between two counted items), "approved the sale of 6
HIMARS launchers to Estonia and cleared the sale of two other systems: 40 Javelin missiles and
12 Stinger launchers for Lithuania" (a colon list with its own recipient). Only weapons that no
transfer holds are given one, with the parties of the complete transfer the list continues (the
colon list: its seller, and the state after "for"/"to"). Round 69 (from `blind87`/`blind88`): also
"alongside", an article ("along with a Patriot battery") or a comparative ("as well as larger
launchers") before the later item, and the item's own noun ("vehicles") after the first.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import Mention, SentView
from kg.extract.numbers import NUMBER_RE, parse_number

_COUNT = rf"(?:(?:up\s+to|about|some|around|nearly|more\s+than|at\s+least)\s+)?(?:{NUMBER_RE})\s+"
# "as well as dozens of [B]": a vague count before the later item (round 30)
_VAGUE_COUNT = r"(?:dozens|scores|hundreds|thousands)\s+of\s+"
# "[to Ukraine], as well as", "[to the Philippines], along with up to 60", "together with
# further"; round 24: "[S-400] systems to India in 2021 under a deal signed in 2018, along with"
# (the system's noun after its name, and a longer span up to the comma)
_ALONG_WITH = re.compile(
    rf"(?:\s+(?:systems?|batteries|units|vehicles|launchers))?"
    # ("[A] from South Korea, as well as": the seller told after the first item; round 66)
    rf"(?:\s+(?:to|for|from)\s+(?:the\s+)?[^,;:()]{{1,80}}?)?\s*,?\s+(?:as\s+well\s+as|along\s+with|"
    # ("alongside further CV90 vehicles", "along with a Patriot battery", "as well as larger
    # launchers": round 68)
    rf"together\s+with|alongside)\s+(?:an?\s+|{_COUNT}|{_VAGUE_COUNT})?"
    rf"(?:more\s+|additional\s+|further\s+)?(?:(?:larger|smaller|newer|older|heavier|lighter|"
    rf"modern|advanced)\s+)?", re.I)
# "N [A], which weigh about 35 tonnes each, and N [B]": a counted item after a relative clause
# ("20 Marder vehicles, which": the mention may end before the noun)
_AFTER_RELATIVE = re.compile(
    rf"(?:\s+[a-z]+){{0,2}}\s*,\s*(?:which|that|each\s+of\s+which)\s+[^,;:()]{{1,80}},"
    rf"\s+and\s+{_COUNT}"
    r"(?:[a-z]+-)?", re.I)  # ("460 laser-guided rockets": the mention may start at "guided")
# "the sale of two other systems: 40 [A] and 12 [B] for Lithuania"
_COLON_LIST = re.compile(
    r"\b(?:sales?|transfers?|deliver(?:y|ies)|exports?)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"(?:systems|weapons|items|packages|types\s+of\s+\w+)\s*:\s*", re.I)
_LIST_TO = re.compile(r"\s+(?:to|for)\s+(?:the\s+)?$", re.I)
# "[B] from Brazil", "[B] built by ...": the later item names a source of its own
# ("six air defence systems of the IRIS-T type": the system is named after it, read elsewhere)
_OWN_SOURCE = re.compile(r"\s+(?:(?:from|by|made\s+by|built\s+by)\b|of\s+(?:the\s+)?[A-Z])")


def _weapons(view: SentView) -> list[Mention]:
    return sorted((m for m in view.mentions if m.category), key=lambda m: m.start)


def _untold(tfs: list[dict[str, Any]], w: Mention) -> bool:
    """No transfer of ``w`` names a party (a rule may have left one with neither)."""
    return not any(f.get("type") == "ArmsTransfer" and f.get("_at") == w.start
                   and (f.get("supplier") or f.get("recipient")) for f in tfs)


def _partyless(f: dict[str, Any], spans: set[int]) -> bool:
    return f.get("type") == "ArmsTransfer" and f.get("_at") in spans \
        and not f.get("supplier") and not f.get("recipient")


def _supplied_before(tfs: list[dict[str, Any]], ws: list[Mention], w: Mention
                     ) -> tuple[dict[str, Any], Mention] | None:
    """The transfer with a supplier whose weapon stands last before ``w`` (its recipient may
    still be told later: "sold the country 12 [A], which ..., and 460 [B]")."""
    at = {m.start: m for m in ws}
    told = [(f, at[f["_at"]]) for f in tfs if f.get("type") == "ArmsTransfer"
            and f.get("supplier") and f.get("_at") in at
            and at[f["_at"]].end <= w.start]
    return max(told, key=lambda fm: fm[1].start, default=None)


# "shipped millions of shells to Russia for use in Ukraine, along with dozens of [B]": the war
# the weapons are for, not a party to the later item (round 81)
_FOR_USE_IN = re.compile(r"\bfor\s+(?:use\s+in|(?:its|their|the)\s+(?:war|fight|invasion|"
                         r"offensive|campaign)\s+(?:in|on|against))\s+(?:the\s+)?$", re.I)


def _other_states_between(actors: list[Actor], lo: int, hi: int, keep: set[str],
                          text: str = "") -> bool:
    return any(lo <= a.start and a.end <= hi and (a.person or actor_state(a) not in keep)
               and not (text and not a.person
                        and _FOR_USE_IN.search(text, max(lo, a.start - 40), a.start))
               for a in actors if a.key or a.person)


def _recipient_after(text: str, actors: list[Actor], w: Mention) -> str | None:
    """The state right after "[B] to (the)"."""
    to = re.compile(r"\s+to\s+(?:the\s+)?").match(text, w.end)
    a = next((a for a in actors if to and a.start == to.end()), None)
    return actor_state(a) if a is not None and not a.demonym else None


# ", 48 [C] and 288 [D]": the next item of the list a continued item opened (round 67)
_NEXT_ITEM = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_COUNT})?", re.I)


def _continued_items(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]]):
    """(supplier, recipient, [w]) for each untold weapon a list continues."""
    text = view.text
    ws = _weapons(view)
    chain: tuple[str, str, Mention] | None = None  # the last item read after "as well as"
    for w in ws:
        if not _untold(tfs, w) or _OWN_SOURCE.match(text, w.end):
            chain = None
            continue
        if chain is not None and _NEXT_ITEM.fullmatch(text, chain[2].end, w.start):
            # "as well as 212 [B], 48 [C] and 288 [D]": each further item of that list
            chain = (chain[0], chain[1], w)
            yield chain[0], chain[1], [w], "supplied", "FI"
            continue
        chain = None
        told = _supplied_before(tfs, ws, w)
        if told is None:
            continue
        f, p = told
        gap = text[p.end:w.start]
        along = _ALONG_WITH.fullmatch(gap)
        relative = _AFTER_RELATIVE.fullmatch(gap) if along is None else None
        if along is None and relative is None:
            continue
        if along is not None and any(m.start >= p.end and m.end <= w.start for m in ws):
            continue  # ("as well as" joins the next weapon only)
        if _other_states_between(actors, p.end, w.start, {f["recipient"], f["supplier"]}, text) \
                or _other_states_between(actors, w.start, w.end, {f["supplier"]}):
            continue  # ("..., as well as Russian missiles": another state's weapons)
        recipient = f["recipient"] or _recipient_after(text, actors, w)
        if recipient is None and along is not None:
            continue  # ("as well as" after a clause with no recipient: too loose)
        if f["recipient"] is None:
            f["recipient"] = recipient  # "shipped N [A], which ..., and N [B] to Ukraine"
        # (a recipient still untold is found as for the first item: its rule's name is kept)
        if along is not None and recipient:
            chain = (f["supplier"], recipient, w)
        yield f["supplier"], recipient, [w], f.get("status") or "supplied", \
            "FI" if recipient else f.get("_rule", "FI")


def _colon_items(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]]):
    """(seller, recipient, weapons) of "the sale of N other systems: [A] and [B] for R"."""
    text = view.text
    if ":" not in text:  # (every _COLON_LIST match holds one)
        return
    m = _COLON_LIST.search(text)
    if m is None:
        return
    ws = _weapons(view)
    told = [f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("supplier")
            and f.get("recipient") and f.get("_at", len(text)) < m.start()]
    if not told:
        return
    items = []
    for w in ws:
        if w.start < m.end():
            continue
        gap = text[items[-1].end if items else m.end():w.start]
        if items and not re.fullmatch(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:{_COUNT})?", gap,
                                      re.I):
            break
        if not items and not re.fullmatch(rf"(?:{_COUNT})?", gap, re.I):
            return
        items.append(w)
    if not items:
        return
    rec = next((a for a in actors if a.start >= items[-1].end
                and _LIST_TO.fullmatch(text[items[-1].end:a.start])), None)
    seller = told[-1]["supplier"]
    recipient = actor_state(rec)
    if rec is None and re.search(r"\bother\b", m.group(0), re.I) \
            and not any(actor_state(a) for a in actors if a.start >= m.end()):
        # "approved the sale of N [A] to Taiwan and cleared the sale of three other systems:
        # N [B] and N [C]": the same buyer
        recipient = told[-1]["recipient"]
    if recipient and recipient != seller:
        yield seller, recipient, [w for w in items if _untold(tfs, w)], \
            told[-1].get("status") or "supplied", "FI"


# "bought [A] from India as well as two [B] from the United States": a later item of a purchase
# with its own seller (round 64)
_ALSO_FROM_GAP = re.compile(rf"\s+from\s+(?:the\s+)?[^,;:()]{{1,40}}?"
                            # ("from India, which delivered the first battery in April, as well as")
                            rf"(?:\s*,\s*(?:which|who)\s+[^,;:()]{{1,80}}?)?\s*,?\s+(?:and|as\s+well\s+as|"
                            rf"along\s+with|plus)\s+(?:{_COUNT})?(?:more\s+|other\s+)?", re.I)
_FROM = re.compile(r"\s+from\s+(?:the\s+)?", re.I)


def _bought_also_from(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]]):
    """(seller, buyer, [w]) for "R bought [A] from S1 and / as well as [B] from S2": the buyer of
    the told purchase of [A] buys [B] from the state after its own "from"."""
    text = view.text
    ws = _weapons(view)
    for w in ws:
        src = _FROM.match(text, w.end)
        if src is None or not _untold(tfs, w):
            continue
        told = _supplied_before(tfs, ws, w)
        if told is None or not told[0].get("recipient") \
                or not _ALSO_FROM_GAP.fullmatch(text, told[1].end, w.start):
            continue
        seller = next((actor_state(a) for a in actors if a.start == src.end()
                       and not a.demonym and not a.person), None)
        if seller and seller != told[0]["recipient"]:
            yield seller, told[0]["recipient"], [w], told[0].get("status") or "supplied", "FI"


# "and 460 laser-": the count of an item whose mention starts inside a compound
_COUNT_BEFORE_PART = re.compile(rf"\b(?P<n>{NUMBER_RE})\s+[a-z]+-$", re.I)


def _count_into(facts: list[dict[str, Any]], text: str, w: Mention) -> None:
    """The count before a compound the weapon's mention starts inside, where none was read."""
    m = _COUNT_BEFORE_PART.search(text, max(0, w.start - 40), w.start)
    for f in facts:
        if m and f.get("quantity") is None:
            f["quantity"] = parse_number(m.group("n"))


def further_item_transfers(view: SentView, actors: list[Actor],
                           tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the later items of a told transfer's list (and of a colon list)."""
    text = view.text
    listed = "," in text or ":" in text
    if not listed and " from " not in text:
        return tfs
    out = list(tfs)
    found = [*_continued_items(view, actors, tfs), *_colon_items(view, actors, tfs)] \
        if listed else []
    if " from " in text:
        found += _bought_also_from(view, actors, tfs)
    for supplier, recipient, weapons, status, rule in found:
        if weapons and supplier != recipient:
            spans = {w.start for w in weapons}
            out = [f for f in out if not _partyless(f, spans)]
            for w in weapons:
                told = transfer_rules.transfer_facts(view, supplier, [recipient], [w], rule,
                                                     status, 0.65)
                _count_into(told, text, w)
                out += told
    return out
