"""The state of a bare title who speaks for it: "his country", or "[capital] would ..." said.

* "X said his country ...": from the subject of the sentence before (below).
* "BEIJING — China and Vietnam agreed ... . Deputy Prime Minister X said Hanoi would pay for its
  section": a minister with no state word who says what a government "would / will / wanted"
  do speaks for it (the speaker's side), so X is Vietnam's, not the dateline's China. Read only
  when the state opens the reported clause right after "X said (that)".

"KYIV — The Moldovan government protested on Monday against drones crossing its airspace.
Foreign Minister X said his country would summon the Russian ambassador": "his country" ties X
to a state the sentence itself does not name, and the nearest one told is the subject of the
sentence right before in the same paragraph (here Moldova, not the Kyiv dateline's Ukraine nor
the Russia of the object). Read only with "said (that) his / her country" right after the name
and a subject state that opens the sentence before; otherwise the other rules decide.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_HIS_COUNTRY = re.compile(r"(?:,\s+\w+(?:\s+\w+)?,)?\s+(?:said|told\s+\w+|stressed|insisted|"
                          r"declared)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:his|her)\s+"
                          r"(?:country|nation|government)\b")

# the opening of a sentence before its subject: "The", "On Monday,", a dateline is cut before
_OPENING = re.compile(r"[\W_]*(?:(?:On|Late|Early)\s+\w+,?\s+)?(?:[Tt]he\s+)?$")


def subject_state(view: SentView, after_dateline: int = 0) -> str | None:
    """The state that opens the sentence as its subject ("The Moldovan government
    protested", "Moldova's foreign ministry said", "Moldova protested"), or None."""
    first = next((m for m in view.mentions if m.start >= after_dateline), None)
    if first is None or not first.state():
        return None
    return first.state() if _OPENING.fullmatch(view.text[after_dateline:first.start]) else None


def his_country_state(view: SentView, name_end: int, prev_subject: str | None) -> str | None:
    """``prev_subject`` when "X said his country ..." follows the name, else None."""
    if prev_subject and _HIS_COUNTRY.match(view.text, name_end):
        return prev_subject
    return None


# "X said (on Monday) (that) [state] would / will / wanted / planned ..." ("added", "stressed",
# "insisted", "noted": the same report, round 32)
_SAID = re.compile(r"(?:,\s+who\s+[^,]{3,60},)?\s+(?:said|added|stressed|insisted|noted|"
                   # ("pledged that Norway would train pilots": round 56)
                   r"pledged|promised|vowed|confirmed|announced)\s+"
                   r"(?:on\s+\w+\s+)?(?:that\s+)?$")
# "X said Norway's troops would stay": the state's own forces or government (round 56)
_OWN_BODY = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:troops|forces|soldiers|army|military|navy|"
                       r"air\s+force|government)")
_OWN_ACTION = re.compile(r"\s+(?:would|will|wanted|wants|planned|plans|intended|intends|"
                         r"was\s+ready|is\s+ready|had\s+decided|has\s+decided)\b")

# what one says of the other side: "Moscow would fail / pay / never win / regret it"
_THREAT = re.compile(r"\s+(?:would|will)\s+(?:fail|pay\s+(?:a\s+(?:heavy\s+)?price|dearly)|never|"
                     r"lose|regret|not\s+(?:succeed|win)|be\s+(?:defeated|punished|held\s+"
                     r"responsible))\b")


def spoken_for_state(view: SentView, name_end: int) -> str | None:
    """The state whose government "X said [state] would ..." speaks for, or None."""
    text = view.text
    for m in view.mentions:
        if m.start <= name_end:
            continue
        if not m.state() or m.is_demonym or not _SAID.fullmatch(text[name_end:m.start]):
            return None
        at = m.end
        if m.possessive:
            body = _OWN_BODY.match(text, m.end)
            if body is None:
                return None
            at = body.end()
        if _THREAT.match(text, at):
            return None  # "X said Moscow would fail": the other side's
        return m.state() if _OWN_ACTION.match(text, at) else None
    return None
