"""Transfers whose weapon or recipient is told only in the sentence before.

Two narrow shapes the verb rules cannot read because one party sits in the previous sentence of
the same paragraph:

* "Algeria's air force flew Su-30MKA fighters ... The twin-engine jet is one of dozens supplied
  to Algeria by Russia": the sentence has supplier and recipient but its subject ("The jet",
  "It") refers back to the weapon named before; the cue is "is one of (dozens|many|N) supplied
  to R by S", without which no weapon is borrowed from another sentence.
* "The Royal Moroccan Air Force held drills ... About two dozen F-16 fighters bought from the
  United States took part": the weapon and supplier are here, the recipient is the state whose
  air force (navy, army) opens the sentence before; only when this sentence opens with the
  weapon and names no other state.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import Mention, SentView
from kg.extract.numbers import parse_number
from kg.extract.sentences import DATELINE_RE
from kg.extract.transfers import transfer_facts

# "is one of dozens supplied to Algeria by Russia", "was among 40 sold to Peru by France"
_ONE_OF = re.compile(
    r"^\s*(?:The|This|That|Each|Every|It)\b(?P<subject>[^,;]{0,40}?)\s+(?:is|was|are|were)\s+"
    r"(?:one\s+of|among)\s+(?:the\s+)?(?:dozens|scores|hundreds|many|several|some|[\d,]+|"
    r"[a-z]+)\s+(?:[\w-]+\s+){0,2}?(?P<verb>supplied|sold|delivered|provided|shipped|"
    r"transferred|exported)\s+to\s+(?P<rec>[^,;]{2,40}?)\s+by\s+(?P<sup>[^,;]{2,40}?)"
    r"(?=\s+(?:since|in|from|over|during|after|before)\b|[,;.]|$)")
_ONE_OF_WORDS = ("one", "among")  # (one is in every _ONE_OF match: no match tried without)
# the back-referring subject: a head noun only ("twin-engine jet"), no model of its own
_SUBJECT_HEAD = re.compile(r"^(?:\s+[\w-]+){0,3}\s*$")

# "About two dozen F-16 fighters bought from the United States took part"
_BOUGHT_FROM = re.compile(
    r"^\s*(?:(?:About|Around|Some|Nearly|Almost|More\s+than|Over)\s+)?(?P<n>[\w-]+(?:\s+dozen)?)"
    r"\s+(?P<w>[^,;]{2,40}?)\s+(?:bought|purchased|acquired|ordered)\s+from\s+(?:the\s+)?"
    r"(?P<sup>[A-Z][^,;]{1,30}?)\s+(?:took\s+part|flew|joined|were|was|took|fired|led)\b")
_BOUGHT_WORDS = ("bought", "purchased", "acquired", "ordered")  # (one is in every match)
# "The Royal Moroccan Air Force held ...", "Egypt's navy staged ...": the force opens it
_FORCE_OPENING = re.compile(
    r"(?:The\s+)?(?:Royal\s+)?(?P<owner>[A-Z][\w'’ -]{2,30}?)(?:['’]s)?\s+"
    r"(?:[Aa]ir\s+[Ff]orce|[Nn]avy|[Aa]rmy|[Aa]rmed\s+[Ff]orces)\b")


def _state_in(view: SentView, lo: int, hi: int) -> str | None:
    """The one state named in text[lo:hi] (none when two are)."""
    states = {m.state() for m in view.mentions if lo <= m.start and m.end <= hi and m.state()}
    return states.pop() if len(states) == 1 else None


def _last_named_weapon(view: SentView) -> Mention | None:
    """The last weapon of the sentence with a model of its own ("Su-30MKA fighters")."""
    named = [m for m in view.mentions if m.category and re.search(r"\d|[A-Z]{2}", m.text)]
    return named[-1] if named else None


def _one_of_many(view: SentView, prev: SentView) -> list[dict[str, Any]]:
    if not any(w in view.text for w in _ONE_OF_WORDS):
        return []
    m = _ONE_OF.match(view.text)
    if m is None or not _SUBJECT_HEAD.match(m.group("subject")):
        return []
    if any(w.category and w.start < m.end("subject") for w in view.mentions):
        return []  # the subject names its own weapon: the verb rules' case
    recipient = _state_in(view, m.start("rec"), m.end("rec"))
    supplier = _state_in(view, m.start("sup"), m.end("sup"))
    weapon = _last_named_weapon(prev)
    if not (recipient and supplier and weapon) or recipient == supplier:
        return []
    facts = transfer_facts(prev, supplier, [recipient], [weapon], "one-of-many",
                           m.group("verb"), 0.6)
    for f in facts:
        f.update(_sent=view.index, _at=0, quantity=None, _anaphoric=False)
    return facts


def _dozen_count(words: str) -> int | None:
    """"two dozen" is 24, "three" is 3."""
    parts = words.lower().split()
    if len(parts) == 2 and parts[1] == "dozen":
        n = 1 if parts[0] in ("a", "one") else parse_number(parts[0])
        return n * 12 if n else None
    return parse_number(words) if len(parts) == 1 else None


def _force_owner(prev: SentView) -> str | None:
    """The state whose air force (navy, army) is the subject of the sentence before."""
    dl = DATELINE_RE.match(prev.text)
    lo = dl.end() if dl else 0
    m = _FORCE_OPENING.match(prev.text, lo)
    return _state_in(prev, lo, m.end("owner")) if m else None


def _bought_by_force(view: SentView, prev: SentView,
                     tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not any(w in view.text for w in _BOUGHT_WORDS):
        return []
    m = _BOUGHT_FROM.match(view.text)
    if m is None:
        return []
    supplier = _state_in(view, m.start("sup"), m.end("sup"))
    weapons = [w for w in view.mentions if w.category and m.start("w") <= w.start < m.end("w")]
    named_states = {x.state() for x in view.mentions if x.state()}
    recipient = _force_owner(prev)
    if not (supplier and weapons and recipient) or named_states != {supplier} \
            or recipient == supplier:
        return []
    for f in tfs:  # a fact already read without its recipient takes the force's owner
        if f.get("type") == "ArmsTransfer" and f.get("supplier") == supplier \
                and f.get("_at") == weapons[0].start:
            tfs.remove(f)
    facts = transfer_facts(view, supplier, [recipient], weapons[:1], "bought-by-force",
                           "bought", 0.6)
    for f in facts:
        f["quantity"] = _dozen_count(m.group("n")) or f["quantity"]
    return facts


def sentence_before_transfers(view: SentView, prev: SentView | None,
                              tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's transfers plus those completed from the sentence before (``prev``, the
    previous sentence of the same paragraph, or None)."""
    if prev is None:
        return tfs
    out = list(tfs)
    if not any(f.get("type") == "ArmsTransfer" for f in out):
        out += _one_of_many(view, prev)
    out += _bought_by_force(view, prev, out)
    return out
