"""A bare title that takes up the state of the sentence before (round 18):

"NAIROBI — ... Somalia's government rejected the accord on Tuesday. The foreign minister,
Ahmed X, said it ignored Somali interests": "The foreign minister" is Somalia's, the state
whose stance the sentence before told, not the dateline's Kenya. The cue is double: the
sentence before (same paragraph) opens with a state (or its government) as the subject of a
verb of stance (rejected, accused, condemned, said ...), and this sentence opens with "The
[title], Name,"; the sentence before names no other state ("Russia accused Estonia of ... The
president, X, dismissed the claim": the accused's, so no guess). An attack verb ("Russia
launched drones. The foreign minister, X, said") tells no stance: the ordinary rules (the
dateline first) apply.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_OPENING = re.compile(r"^[\W_]*(?:(?:In|On|At)\s[^,]{1,40},\s+|(?:Meanwhile|However|But),?\s+)?$")
_STANCE = re.compile(
    r"^(?:['’]s\s+(?:government|foreign\s+ministry|presidency|cabinet|leadership|authorities))?"
    r"\s+(?:(?:on\s+\w+|also|has|had|swiftly|angrily|sharply|publicly|formally)\s+)*"
    r"(?:rejected|rejects|accused|accuses|condemned|condemns|protested|protests|denounced|"
    r"welcomed|welcomes|critici[sz]ed|dismissed|summoned|demanded|objected|hit\s+back|"
    r"responded|said|says|insisted|warned)\b")
_THE_TITLE = re.compile(r"^[\W_]*The\s+$")


def stance_state(prev: SentView | None, text: str, title_start: int) -> str | None:
    """The state whose stance ``prev`` opens with, for "The [title]" opening ``text``."""
    if prev is None or not _THE_TITLE.match(text[:title_start]):
        return None
    first = next((m for m in prev.mentions if m.state() or m.actor()), None)
    if first is None or not first.state() or first.is_demonym:
        return None
    if not _OPENING.match(prev.text[:first.start]) or not _STANCE.match(prev.text[first.end:]):
        return None
    states = {m.state() for m in prev.mentions if m.state() and not m.is_demonym}
    return first.state() if states == {first.state()} else None
