"""The operator of a "[maker]-made" weapon receives it from the maker (round 32).

"Armenia's army has relied on Russian-made T-72 tanks", "Egyptian pilots have flown
American-made F-16 jets", "Nigeria, which also deploys Turkish-built armoured vehicles",
"the Indian navy's fleet of French-designed Scorpene submarines", "drones were brought down by
American-made F-16 fighters of the Pakistani air force", "Using Chinese-made Wing Loong drones,
the Nigerian air force struck ...". The demonym rule (A5) reads the maker as the supplier and
leaves the recipient empty, so the fact is dropped; the gold counts the state that operates the
weapon as its recipient. Read within the sentence only, and only from the operator's syntax:

- before the maker: "[R] / [R]'s or [R-demonym] army|air force|navy|forces|pilots|crews ...",
  an optional ", which", auxiliaries and adverbs, then an operating verb of a small lexicon
  (relies on, flies, fields, operates, deploys, keeps, uses, trains on, maintains, fires,
  launches), or "[force] has moved its", or a possessive ("[R]'s", "'s fleet of", "'s own"),
  then at most "its/their (own)", "the" or "a fleet of" right before the maker;
- after the weapon: "W of the [R-demonym] air force|navy|army", "W that/which [R]('s navy)
  keeps|flies|operates ...", or "Using [maker]-made W, the [R-demonym] air force ...".

Only an empty recipient of a maker-only fact is filled; the operator is another state than the
maker ("the French air force flew its own French-made Mirage jets" gives nothing); captured,
seized, recovered weapons and debris or wreckage right before the maker are never read, nor a
weapon of a foreign design that is fired or launched ("Russia launched Iranian-designed drones
at Odesa": who designed them, not who supplied them; round 42), nor a sentence that leaves the source open ("without saying where they came from") or builds the
weapon at home ("a factory to make them"), nor an operator told by a pronoun ("Its army flew
...": the pipeline resolves it later; filling it early moved an anaphoric weapon on dev22d).
Also: a state the sentence names only as a maker adjective is no recipient there ("drones
were brought down by American-made F-16s": not India -> United States).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor
from kg.extract.entities import SentView
from kg.extract.transfers import transfer_facts

_MAKER_SUFFIX = re.compile(r"-(?:made|built|designed|manufactured|produced)\b")
_MADE_GAP = re.compile(r"-(?:made|built|designed|manufactured|produced)\s+(?:[\w-]+\s+){0,2}")
_FORCE = (r"(?:army|armed\s+forces|air\s+force|navy|military|forces|troops|pilots|crews|units|"
          r"soldiers|marines|coast\s+guard|fleet)")
_AUX = r"(?:(?:has|have|had|is|are|was|were|now|also|long|still|already|increasingly|mostly|"\
       r"largely|heavily|for\s+years|for\s+decades)\s+)*"
_VERB = (r"(?:rel(?:y|ies|ied|ying)\s+(?:(?:for|over|since)\s+[\w\s-]{1,25}?\s+)?"
         r"(?:heavily\s+|largely\s+|mainly\s+)?(?:up)?on|depend(?:s|ed|ing)?\s+on|"
         r"train(?:s|ed|ing)?\s+on|fl(?:y|ies|ew|own|ying)|field(?:s|ed|ing)?|"
         r"operat(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|keep(?:s|ing)?|kept|us(?:e|es|ed|ing)|"
         r"maintain(?:s|ed|ing)?|fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)")
_POSSESSIVE = re.compile(r"(?:'s|\s*" + _FORCE + r"'s)\s+(?:fleet\s+of\s+|own\s+)?$")
_SUBJECT_VERB = re.compile(
    r"(?:'s)?(?:\s*" + _FORCE + r")?(?:\s*,\s*which)?\s+" + _AUX + _VERB +
    r"\s+(?:(?:its|their)\s+(?:own\s+)?|the\s+|a\s+fleet\s+of\s+)?$")
_AFTER_OF = re.compile(r"(?:\s+[a-z]+){0,2}\s+of\s+(?:the\s+)?")
_AFTER_THAT = re.compile(r"\s+(?:that|which)\s+(?:the\s+)?")
_THAT_VERB = re.compile(r"(?:'s)?(?:\s+" + _FORCE + r")?\s+" + _AUX + _VERB + r"\b")
_USING = re.compile(r"(?:^|[\s,—-])(?:Using|using|Flying|flying|Operating|operating)\s+$")
# a force that moves, keeps or flies "its [maker]-made W" owns them ("has moved its Israeli-made")
_ITS_OWN = re.compile(r"(?:'s)?\s*" + _FORCE + r"\s+" + _AUX +
                      r"[a-z]+(?:ed|s)\s+(?:its|their)\s+$")
# the source left open, or the weapon built at home to a foreign design: no transfer told
_UNTOLD = re.compile(r"without\s+saying\s+(?:where|how|who)|(?:not|n't)\s+(?:say|said|disclose)\w*"
                     r"\s+(?:where|how|who)|\bfactor(?:y|ies)\b|\bat\s+home\b|licen[cs]e|"
                     r"\blocally\b|\bdomestically\b")
_PRONOUN = re.compile(r"(?:its|their|his|her)\b", re.I)
_FIRED = re.compile(r"\b(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\b", re.I)
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+|an?\s+)?$")
_SPOILED = re.compile(r"captur|seiz|recover|debris|wreck|remains|fragment|abandon|trophy|"
                      r"shot\s+down|downed|intercept|against", re.I)


def _states(actors: list[Actor]) -> list[Actor]:
    return [a for a in actors if a.key and a.key.startswith("state/") and not a.person]


def _spoiled(text: str, at: int) -> bool:
    """Captured, recovered, downed or wrecked right before the maker (not "downed by the")."""
    return bool(_SPOILED.search(text, max(0, at - 30), at)) and not _BY_AGENT.search(text, 0, at)


def _operator_before(states: list[Actor], text: str, maker: Actor) -> str | None:
    """The nearest state before the maker joined to it by an operating verb or a fleet."""
    before = [a for a in states if a.end <= maker.start and maker.start - a.end <= 70]
    for a in reversed(before):
        if _PRONOUN.match(text, a.start):
            return None  # ("Its army flew ...": the state told before is left to the pipeline)
        gap = text[a.end:maker.start]
        if _SUBJECT_VERB.match(gap) or _POSSESSIVE.match(gap) or (
                _ITS_OWN.match(gap) and not _SPOILED.search(gap)):
            return a.key
        return None
    return None


def _force_of(states: list[Actor], text: str, start: int) -> str | None:
    """The state named at ``start`` as "[R-demonym] / [R]'s air force|navy|army ..."."""
    for a in states:
        if a.start == start and re.match(r"(?:'s)?\s+" + _FORCE + r"\b", text[a.end:a.end + 30]):
            return a.key
    return None


def _operator_after(states: list[Actor], text: str, maker: Actor, w_end: int) -> str | None:
    """"W of the [R] air force", "W that [R]'s navy keeps", "Using W, the [R] air force"."""
    for a in states:
        if a.start < w_end or a.start - w_end > 40:
            continue
        gap = text[w_end:a.start]
        if _AFTER_OF.fullmatch(gap) and _force_of(states, text, a.start):
            return a.key
        if _AFTER_THAT.fullmatch(gap) and _THAT_VERB.match(text, a.end):
            return a.key
        if re.fullmatch(r",\s+(?:the\s+)?", gap) and _USING.search(text[:maker.start]) \
                and _force_of(states, text, a.start):
            return a.key
    return None


def _drop_maker_recipients(text: str, states: list[Actor],
                           tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A state named in the sentence only as a maker ("by American-made F-16s") receives
    nothing there: "Indian drones were brought down by American-made F-16 fighters"."""
    makers = {a.key for a in states if _MAKER_SUFFIX.match(text, a.end)}
    only = {k for k in makers if all(_MAKER_SUFFIX.match(text, a.end)
                                     for a in states if a.key == k)}
    if not only:
        return list(tfs)
    return [f for f in tfs if f.get("type") != "ArmsTransfer" or f["recipient"] not in only]


def maker_operator_transfers(view: SentView, actors: list[Actor],
                             tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with the operator of each "[maker]-made W" as its recipient (see module doc)."""
    text = view.text
    if "-made" not in text and "-built" not in text and "-designed" not in text \
            and "-manufactured" not in text and "-produced" not in text:
        return tfs
    states = _states(actors)
    out = _drop_maker_recipients(text, states, tfs)
    if _UNTOLD.search(text):
        return out
    for maker in states:
        suffix = _MAKER_SUFFIX.match(text, maker.end)
        if suffix is None or _spoiled(text, maker.start):
            continue
        if suffix.group(0) == "-designed" and _FIRED.search(text, max(0, maker.start - 70),
                                                             maker.start):
            continue  # "Russia launched Iranian-designed drones at Odesa": the design's origin,
            # not who supplied what was fired (round 42)
        w = next((m for m in view.mentions if m.category and m.weapon() is not None
                  and _MADE_GAP.fullmatch(text, maker.end, m.start)), None)
        if w is None:
            continue
        op = _operator_before(states, text, maker) or _operator_after(states, text, maker, w.end)
        if not op or op == maker.key:
            continue
        told = [f for f in out if f.get("type") == "ArmsTransfer" and f.get("_at") == w.start]
        if any(f["recipient"] for f in told):
            continue  # (a filled slot is left alone)
        for f in told:
            if f["supplier"] == maker.key:
                f["recipient"], f["_rule"] = op, "A5op"
                f.pop("_needs_recipient", None)  # (told here, not the attacker of a strike)
        if not told:
            for f in transfer_facts(view, maker.key, [op], [w], "A5op", "operated", conf=0.55):
                f["quantity"] = None
                out.append(f)
    return out
