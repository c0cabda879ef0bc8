"""A military that rules, led by an officer: the officer heads the junta (round 29).

"The military, led by General X, has ruled Niger since the coup" names no office, yet GOLD.md
counts the head of a junta as a leader. The bare "[State], led by Captain X," is read elsewhere
(``bare_title_states.led_by_rank``); this reads the army or military as the subject, and only
with a verb of ruling after the name ("has ruled [State]", "seized power in [State]"): an army
"led by" a general that fights, parades or withdraws is a command, not a government (a chief of
staff is no role). The state: the one the ruling verb names, else the possessive opening
("Niger's army, led by ..., seized power in 2023").
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# a military rank before a name (also read by kg.extract.ruling_ranks)
RANK = (r"(?:(?:Senior\s+|Lieutenant[- ]|Lt\.?\s+|Major[- ]|Maj\.?\s+|Brigadier[- ]|Brig\.?\s+)?"
         r"(?:General|Gen\.?)|(?:Lieutenant[- ]|Lt\.?\s+)?(?:Colonel|Col\.?)|Captain|Capt\.?)")
# "The military, led by General " / "Niger's army, now led by Colonel " opening the sentence
_MILITARY_LED = re.compile(
    r"(?:[Tt]he|(?P<s>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,2})['’]s)\s+(?:military|army|armed\s+"
    r"forces),\s+(?:now\s+)?led\s+by\s+" + RANK + r"\s+")
# after the name: ", has ruled [State]" / ", which seized power in [State] in 2023,"
_RULED = re.compile(
    r",\s+(?:which\s+|who\s+)?(?:has\s+|have\s+)?(?:ruled|governed|run)\s+(?=[A-Z])|"
    r",\s+(?:which\s+|who\s+)?(?:seized|took|grabbed|has\s+held|has\s+kept)\s+power\b")
_OPENING = re.compile(r"[\W_]*$")


def military_ruler(view: SentView, after_dateline: int) -> tuple[str, int] | None:
    """For "The military, led by [rank] X, has ruled [State]" opening the sentence: the state
    and where X starts; None otherwise."""
    text = view.text
    if "led by" not in text:
        return None
    led = _MILITARY_LED.search(text, after_dateline)
    if led is None or not _OPENING.match(text[after_dateline:led.start()]):
        return None
    name = next((m for m in view.mentions if m.start == led.end()), None)
    ruled = _RULED.match(text, name.end) if name is not None else None
    if ruled is None:
        return None
    state = _ruled_state(view, led, ruled.end())
    return (state, name.start) if state else None


def _ruled_state(view: SentView, led: re.Match, after: int) -> str | None:
    """The state named right after the ruling verb (or "power in"), else the opening's."""
    text = view.text
    first = next((m for m in view.mentions if m.start >= after), None)
    if first is not None and first.state() and not first.is_demonym and re.fullmatch(
            r"\s*(?:in\s+)?", text[after:first.start]):
        return first.state()
    if led.group("s"):
        return next((m.state() for m in view.mentions
                     if led.start("s") <= m.start < led.end("s") and m.state()), None)
    return None
