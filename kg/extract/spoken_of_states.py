"""A bare title is not of a state its sentence names only as spoken of (round 30).

"NAIROBI — Ethiopia's government renewed its demand for a port ... . (new paragraph) Foreign
Minister X warned Eritrea that ...", "Prime Minister Y said of Eritrea ...", "Defence Minister Z
said the Russian jets had ...": the title names no state, so the rules took the one state the
sentence names (the warned, the spoken-of, a demonym's thing) or fell back to the dateline's
Kenya. Whose office it is, the lead already said: the government that opens the dateline's
sentence ("Ethiopia's government", "The Estonian government"). Read only with that strong cue,
for a state the rules took from the context (the dateline's or a spoken-of one), when every
state the sentence names is a demonym ("the Russian jets", "the Swedish capital") or the object
of speech ("warned / said of / accused X", "[capital] accuses"), at least one of them; a state the sentence names as a speaker
or actor ("said Kenya would ...") keeps its holder, and so does one who warns the lead's state
itself ("President X warned Somalia and Ethiopia": not Somalia's).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# "Ethiopia's government", "The Estonian government": the lead's speaker is a government
_GOVERNMENT = re.compile(r"(?:['’]s)?\s+government\b")
_SPOKEN_OF = re.compile(r"\b(?:warn(?:ed|s|ing)|said\s+of|spoke\s+of|accus(?:ed|es|ing)|"
                        r"threaten(?:ed|s|ing))\s+(?:the\s+)?$")
_ACCUSES_AFTER = re.compile(r"\s+accuses\b")


def governing_subject(view: SentView, after_dateline: int) -> str | None:
    """The state whose government opens the dateline's sentence ("NAIROBI — Ethiopia's
    government renewed ..."), or None."""
    first = next((m for m in view.mentions if m.start >= after_dateline), None)
    if first is None or not first.state() or first.person():
        return None
    opening = view.text[after_dateline:first.start]
    if not re.fullmatch(r"[\W_]*(?:[Tt]he\s+)?", opening):
        return None
    if not _GOVERNMENT.match(view.text, first.end):
        return None
    return first.state()


def _spoken_of(view: SentView, m) -> bool:
    """A state named only as what the sentence speaks of, not as a speaker or actor."""
    if m.is_demonym:
        return True  # "the Russian jets", "the Swedish capital"
    before = view.text[max(0, m.start - 20):m.start]
    return bool(_SPOKEN_OF.search(before) or _ACCUSES_AFTER.match(view.text, m.end))


def governed_state(view: SentView, state: str, subject: str | None,
                   dateline_state: str | None) -> str:
    """``subject`` (the lead's governing state) instead of ``state`` when ``state`` is the
    dateline's or spoken of and the sentence names no state as an actor; else ``state``."""
    if not subject or not dateline_state or subject == dateline_state or state == subject:
        return state
    spoken: set[str] = set()
    for m in view.mentions:
        named = m.state()
        if not named or m.person():
            continue
        if named == subject:
            if _spoken_of(view, m) and not m.is_demonym:
                return state  # "President X warned Somalia": not Somalia's own
            continue
        if not _spoken_of(view, m):
            return state  # a state the sentence names as speaker or actor ("said Kenya would")
        spoken.add(named)
    if spoken and (state == dateline_state or state in spoken):
        return subject
    return state
