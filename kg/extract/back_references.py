"""Weapon systems a supply sentence names only by a back-reference.

"Colombia's army has tested Guarani armoured vehicles for a year. Brasilia will deliver 30 of
them": the count and the supply verb tell a transfer, and "them" (or "the ships", "the
vehicles") stands for the one named system of the sentence before. The reference gets a copy of
that system's mention, so the transfer rules read it as the system itself (one fact, the named
weapon). Only on a strong cue: a count ("30 of them", "six of the ships") after a supply verb
in the same clause, and the sentence before, in the same paragraph, naming exactly one system of
a kind the noun fits ("the ships" are no tanks), with a proper name or a designation. Without
a count, "Madrid will ship the systems to Ukraine", "Beijing delivered the systems in March" (a
supply verb right before "the <noun>", not "the systems of/for ...") is the cue.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.caseless import caseless
from kg.extract.entities import Mention, SentView
from kg.extract.numbers import NUMBER_RE

_VERB = (r"(?:provide|supply|send|deliver|sell|give|donate|transfer|hand\s+over|ship|export|"
         r"pledge|promise)\w*|sent|sold|gave|given|shipped|handed\s+over")
_REF = re.compile(rf"\b(?:{_VERB})\b[^.;:]{{0,40}}?\b(?:{NUMBER_RE})\s+(?:more\s+)?of\s+"
                  r"(?:(?P<them>them)|the\s+(?P<noun>ships|vessels|boats|vehicles|guns|systems))\b", re.I)
# (most sentences have none: the cheap test first)
_CUE = caseless(r"\bof\s+(?:them|the\s+(?:ships|vessels|boats|vehicles|guns|systems))\b|"
                r"\bthe\s+(?:ships|vessels|boats|vehicles|guns|systems)\b",
                needs=("them", "ships", "vessels", "boats", "vehicles", "guns", "systems"))
# the kinds of system each noun can stand for
_FITS = {"ships": "ship", "vessels": "ship", "boats": "ship", "vehicles": "armoured-vehicle",
         "guns": "other", "systems": "air-defence"}
_NAMED = re.compile(r"[A-Z0-9]")  # "K9 howitzers", "Abukuma-class destroyers"
# "Guarani armoured vehicles": the name before a generic mention
_NAME_BEFORE = re.compile(r"(?<=\s)(?:[A-Z]\w*(?:-[A-Z0-9]\w*)*\s+){1,2}$")


# "Madrid will ship the systems to Ukraine": no count, the supply verb right before the noun
_BARE_REF = re.compile(rf"\b(?:{_VERB}|hand(?:s|ed|ing)?)\s+(?:over\s+)?the\s+"
                       r"(?P<noun>ships|vessels|boats|vehicles|guns|systems)\b(?!\s+(?:of|for)\b)")


# "five more Patriot systems": the noun told right after a bare model name
_SYSTEMS_AFTER = re.compile(r"\s+systems?\b")
# "Germany will provide two of the systems": a state opens the sentence and supplies the count;
# only then may the system come from the sentence before across a paragraph break (wire copy
# gives each sentence a paragraph of its own)
_STATE_OPENS = re.compile(rf"^[^,;]{{2,30}}?\s+(?:will\s+|would\s+|is\s+to\s+|has\s+|had\s+)?"
                          rf"(?:{_VERB})\s+(?:{NUMBER_RE})\s+(?:more\s+)?of\s+the\s+", re.I)


def _state_opens(v: SentView) -> bool:
    first = v.mentions[0] if v.mentions else None
    return first is not None and first.start == 0 and bool(first.state()) \
        and bool(_STATE_OPENS.match(v.text))


def _with_name(prev: SentView, m: Mention) -> Mention | None:
    """The mention with the system's proper name; None when it names no system."""
    if _NAMED.search(m.text):
        return m
    name = _NAME_BEFORE.search(prev.text, 0, m.start)
    if name is None or any(x.state() for x in prev.between(name.start(), m.start)):
        return None  # "Brazilian armoured vehicles" name no system
    return replace(m, start=name.start(), text=prev.text[name.start():m.end])


def _antecedent(prev: SentView, noun: str | None) -> Mention | None:
    fits = [n for n in (_with_name(prev, m) for m in prev.mentions if m.category
                        and (noun is None or m.category == _FITS[noun])
                        and (noun != "guns" or re.search(r"howitzer|gun", m.head or "", re.I))
                        and (noun != "systems" or re.search(r"systems?$", m.head or "", re.I)
                             or _SYSTEMS_AFTER.match(prev.text, m.end)))
            if n is not None]
    return fits[0] if len({m.text for m in fits}) == 1 else None


def add_back_references(views: list[SentView], para: list[int]) -> None:
    """Give "N of them" / "N of the ships" in a supply sentence the mention of the system the
    sentence before named (in place: the view's mentions, kept in text order)."""
    for v in views[1:]:
        prev = views[v.index - 1]
        if not _CUE.search(v.text):
            continue
        same_para = para[v.index] == para[prev.index]
        if not same_para and not _state_opens(v):
            continue
        refs = [*_REF.finditer(v.text), *(_BARE_REF.finditer(v.text) if same_para else [])]
        for m in refs:
            span = m.span("them") if m.groupdict().get("them") else m.span("noun")
            if any(x.start < span[1] and span[0] < x.end for x in v.mentions):
                continue  # already read as a mention of its own
            ante = _antecedent(prev, m.group("noun") and m.group("noun").lower())
            if ante is not None:
                v.mentions.append(replace(ante, start=span[0], end=span[1]))
                v.mentions.sort(key=lambda x: x.start)

