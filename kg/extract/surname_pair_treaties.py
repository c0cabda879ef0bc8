"""A treaty told by its two signers' surnames: "Mr Modi and Mr Albanese signed a five-year
maritime security agreement on Friday" (round 36).

A one-word name is no person mention unless the gazetteer knows it, and no state is named, so
no treaty rule found parties. Here each surname is the office-holder told earlier in the
article whose name ends in it (exactly one, as for a surname after "signed by",
kg.extract.surname_signers), or a person the gazetteer knows; their two states are the parties.

Narrow on purpose: the pair opens the sentence (a courtesy title or office allowed; after a
fronted time, "In May,", since round 59), "signed"
follows it at once (a few adverbs allowed) and a treaty noun within the object; two distinct
states; only when no treaty rule read the sentence.

Round 70: the second signer may be a titled full name, "Redfern and Ukrainian President Petro
Danylenko signed a partnership treaty" (the adjective's state, the person the sentence's roles
give it), with the first signer's office told firmly before (not a guess); a one-party fact
waiting for its counterpart gives way to the pair.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.surname_signers import earlier_holder
from kg.extract.treaties import durations, treaty_kind

_TITLE = r"(?:(?:Mr|Ms|Mrs|Dr|President|Prime\s+Minister|Premier|Chancellor)\.?\s+)?"
_PAIR_SIGNED = re.compile(
    rf"^(?:.{{0,60}}?\s[-—–]\s+)?(?P<when>(?:In|On|Last|Earlier|Later)\s+[\w ]{{1,20}}?,\s+)?"
    rf"{_TITLE}(?P<a>[A-Z][\w'’-]+)\s+and\s+(?:{_TITLE}(?P<b>[A-Z][\w'’-]+)|"
    # "Redfern and Ukrainian President Petro Danylenko signed": a titled full name (round 70)
    r"(?P<bdem>[A-Z][a-z]+)\s+(?:President|Prime\s+Minister|Premier|Chancellor)\s+"
    r"(?P<bname>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}))"
    r"\s+(?:(?:have|has|had|also|formally|then|later|jointly)\s+)*signed\s+(?:a|an|the)\s+"
    r"(?P<obj>[^,;.]{0,80}?\b(?P<noun>agreement|treaty|pact|accord|deal|memorandum|"
    r"declaration|partnership)s?)\b")
CUE = re.compile(r"\band\s+[^,;.]{0,40}\bsigned\b")


def _holder(view: SentView, surname: str, at: int, raw: list[dict[str, Any]],
            firm: bool = False) -> tuple[str, str] | None:
    """(person, state) of the one earlier office-holder with this surname, or of the person
    the gazetteer knows at ``at`` (with ``firm``, only an office whose state was no guess)."""
    known = next((m for m in view.mentions if m.start == at and m.person()), None)
    person = known.person() if known is not None else earlier_holder(raw, view.index, surname)
    if person is None:
        return None
    state = next((f["state"] for f in raw if f["type"] == "LeaderRole" and f["_sent"] < view.index
                  and f["person"] == person and f.get("state")
                  and not (firm and f["confidence"] <= 0.5)), None)
    state = state or (known.state() if known is not None else None)
    return (person, state) if state else None


def _titled(view: SentView, m: re.Match, raw: list[dict[str, Any]]
            ) -> tuple[str, str] | None:
    """(person, state) of "[Demonym] President [Full Name]": the state its adjective names, the
    person the sentence's roles give that state's office."""
    dem = next((x for x in view.mentions if x.start == m.start("bdem") and x.is_demonym
                and x.state()), None)
    if dem is None:
        return None
    person = next((f["person"] for f in raw if f["type"] == "LeaderRole"
                   and f["_sent"] == view.index and f.get("state") == dem.state()), None)
    return (person, dem.state()) if person else None


def surname_pair_treaties(view: SentView, raw: list[dict[str, Any]],
                          found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` (the sentence's treaty facts), or the treaty the signers' surnames tell (in
    place of a fact that only carries signers to the treaty before, or that waits for a
    counterpart)."""
    # (a one-party fact waiting for its counterpart gives way: round 70)
    if any(not f.get("_attach_only") and not f.get("_needs_counterpart") for f in found) \
            or "signed" not in view.text \
            or not CUE.search(view.text):  # (the word first: CUE scans after every "and")
        return found
    m = _PAIR_SIGNED.match(view.text)
    if m is None:
        return found
    titled = m.group("b") is None
    # (a guessed office of the surname's holder is too weak beside a titled full name)
    a = _holder(view, m.group("a"), m.start("a"), raw, firm=titled)
    b = _titled(view, m, raw) if titled else _holder(view, m.group("b"), m.start("b"), raw)
    if a is None or b is None or a[1] == b[1]:
        return found
    # ("In May, Kowal and Dvorak signed a defence pact": the fronted time, round 59)
    date = next((d.value for d in view.dates if d.start >= m.end()
                 or (m.group("when") and m.start("when") <= d.start < m.end("when"))), None)
    return [{"type": "Treaty", "parties": [a[1], b[1]], "signatories": [a[0], b[0]], "date": date,
             "duration_years": durations(m.group("obj")),
             "kind": treaty_kind(view.text, m.start("noun")),
             "_sent": view.index, "_signed": True, "confidence": 0.7, "_definite": False}]
