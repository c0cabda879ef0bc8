"""States the sentence sets against its subject: never the recipient taken from it.

"Taiwan's defence ministry said it would strengthen its coastal defences against China.
Washington will also supply 400 Harpoon missiles, it said": the transfer names no recipient,
and the sentence before names two states, so no one is taken. The state behind "defences
against", "tension(s) with", "threat(s) from", "dispute with" is the adversary the arms are
meant for, not the one supplied; without it the sentence names one state, its subject.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# (a defence "against" S only: in "Russia's war against Ukraine" the state behind "against" is
# the victim, and the attacker is no recipient either)
_AGAINST = re.compile(
    r"\b(?:(?:defen[cs]es?|defend\w*|protect\w*|guard\w*|deter\w*)\s+(?:[\w'’-]+\s+){0,4}?"
    r"against|tensions?\s+with|threats?\s+from|dispute\s+with|rivalry\s+with)\s+(?:the\s+)?$",
    re.I)


def opposed_states(view: SentView) -> set[str]:
    """The states ``view`` names only as an adversary (behind "against", "tension with" ...)."""
    opposed = {m.state() for m in view.mentions if m.state()
               and _AGAINST.search(view.text[max(0, m.start - 30):m.start])}
    plain = {m.state() for m in view.mentions if m.state()
             and not _AGAINST.search(view.text[max(0, m.start - 30):m.start])}
    return {k for k in opposed if k not in plain}


# "Russia has fired more than 300 missiles at Ukrainian cities", "Russia pounds Ukraine's
# grid": a state told attacking another in the sentence (round 50)
_ATTACKS = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|is\s+|was\s+)?(?:also\s+|again\s+|now\s+)?(?:fired|launched|"
    r"attacked|struck|shelled|bombed|pounded|pounds|pounding|invaded|hit|targeted|"
    r"stepped\s+up\s+(?:its\s+)?(?:attacks|strikes|offensive|assault))\b")
_AT_OBJECT = re.compile(r"[^.;]{0,60}?\b(?:at|on|against|into)\s+(?:the\s+)?$|^\s+(?:the\s+)?$")


def attacked_state(view: SentView, supplier: str | None) -> str | None:
    """The state ``view`` tells under attack by another (its subject), for supply told right
    after it by a third state: "Russia has fired missiles at Ukrainian cities. Germany will
    provide a Patriot system" supplies Ukraine, not the attacker the sentence opens with."""
    text = view.text
    for i, m in enumerate(view.mentions):
        att = m.state()
        if not att or m.is_demonym or m.possessive or att == supplier:
            continue
        verb = _ATTACKS.match(text, m.end)
        if verb is None:
            continue
        for v in view.mentions[i + 1:]:
            victim = v.state()
            if victim and victim not in (att, supplier) and v.start >= verb.end() \
                    and _AT_OBJECT.search(text[verb.end():v.start]):
                return victim
        return None
    return None
