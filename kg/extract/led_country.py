"""The state of "[rank] X, who has led the country since [year]": an officer who heads the state.

Juntas' leaders are often introduced by rank alone, their office only as a clause that refers
back to "the country" ("General X, who has led the country since July 2023, hosted the summit",
"Burkina Faso's delegation was headed by Captain Y, who has ruled the country since 2022"). The
clause names no state, so the state is the one the sentence names before the officer, or, when it
names none, the dateline's. Read only after a military rank and with "since" (a rule still held),
so a civilian "who has led the country's delegation" or "who led the country until" is left alone.
"""

from __future__ import annotations

import re

from kg.extract.entities import Mention, SentView

_RANK_BEFORE = re.compile(
    r"\b(?:(?:Major|Lieutenant|Brigadier|Senior|Vice)[\s-])?(?:General|Gen\.|Captain|Capt\.|"
    r"Colonel|Col\.|Lt\.\s*Col\.|Marshal|Field\s+Marshal|Admiral|Major)\s+$")
_COUNTRY_SINCE = re.compile(r"(?:country|nation)\s+since\b")


def led_country_state(view: SentView, person: Mention, clause_end: int,
                      dateline_state: str | None) -> str | None:
    """The state an officer "who has led the country since ..." heads, or None.

    ``clause_end`` is where "..., who has led (the) " ends."""
    text = view.text
    if not _COUNTRY_SINCE.match(text, clause_end):
        return None
    if not _RANK_BEFORE.search(text[max(0, person.start - 40):person.start]):
        return None
    before = {m.state() for m in view.mentions if m.end <= person.start and m.state()}
    if len(before) == 1:
        return before.pop()
    return dateline_state if not before else None
