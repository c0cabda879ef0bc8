"""The state of "[rank] X, who has led the country since [year]": an officer who heads the state.

(Also "..., who has ruled since the coup", "..., in power since 2021", "..., who has been in
power since", "..., who has headed / run the country since".)

Juntas' leaders are often introduced by rank alone, their office only as a clause that refers
back to "the country" ("General X, who has led the country since July 2023, hosted the summit",
"Burkina Faso's delegation was headed by Captain Y, who has ruled the country since 2022"). The
clause names no state, so the state is the one the sentence names before the officer, or, when it
names none, the state the gazetteer has him in office for on the day, or else the dateline's
when the article is mostly about the dateline's state and the sentence tells no visit ("MOSCOW —
General X, who has led the country since 2021, arrived ..." is no Russian ruler). Read only after a military rank and with "since" (a rule still held),
so a civilian "who has led the country's delegation" or "who led the country until" is left alone.
"""

from __future__ import annotations

import re

from kg.extract.entities import Mention, SentView

_RANK_BEFORE = re.compile(
    r"\b(?:(?:Major|Lieutenant|Brigadier|Senior|Vice)[\s-])?(?:General|Gen\.|Captain|Capt\.|"
    r"Colonel|Col\.|Lt\.\s*Col\.|Marshal|Field\s+Marshal|Admiral|Major)\s+$")
# ", who has led the country since", ", who has ruled since", ", in power since", ", who has
# been in power since", ", who has headed the nation since" (a rule held until now)
_IN_POWER_SINCE = re.compile(
    r",\s+(?:who\s+(?:has|had)\s+(?:(?:led|ruled|governed|run|headed)\s+(?:the\s+"
    r"(?:country|nation)\s+)?|been\s+in\s+power\s+|held\s+power\s+)|in\s+power\s+)since\b")
_PLACED = re.compile(r"\b(?:in|to|with|from|at|near|for)\s+(?:the\s+)?$", re.I)
_VISIT = re.compile(r"\b(?:visit(?:s|ed|ing)?|arriv(?:ed|es|ing)|landed|flew|travell?ed|"
                    r"met|meets|talks\s+with)\b", re.I)


def in_power_since(text: str, name_end: int) -> int | None:
    """The end of "..., who has led the country since" right after a name, or None."""
    m = _IN_POWER_SINCE.match(text, name_end)
    return m.end() if m else None


def led_country_state(view: SentView, person: Mention, dateline_state: str | None,
                      known_state: str | None = None, context_state: str | None = None
                      ) -> str | None:
    """The state an officer "who has led the country since ..." (see in_power_since) heads,
    or None. ``known_state`` is the state of the officer's office in the gazetteer on the
    article's day (None when unknown); ``context_state`` the state the article names most."""
    text = view.text
    if not _RANK_BEFORE.search(text[max(0, person.start - 40):person.start]):
        return None
    told = [m for m in view.mentions if m.end <= person.start and m.state()]
    # ("In Moscow, General X, ...", "In talks with France, ...": places, not his state)
    before = {m.state() for m in told if not _PLACED.search(text, 0, m.start)}
    if len(before) == 1:
        return before.pop()
    if told:
        return None
    if known_state:
        return known_state
    if dateline_state != context_state or _VISIT.search(text):
        return None
    return dateline_state
