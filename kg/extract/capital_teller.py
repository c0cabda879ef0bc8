"""Whose capital "the capital" is, under a foreign dateline (round 25).

"NAIROBI - Al-Shabaab militants attacked a military base in the capital on Tuesday, killing
four Ugandan soldiers and a Somali officer, Somalia's defence ministry said." A bare "the
capital" took the dateline's state (Kenya) when the strike named no country; the report is
about the state whose ministry, army or government tells it. Only that strong cue counts: the
sentence names exactly one state with a possessive ("Somalia's defence ministry", "Mali's
army"), not the dateline's own state, and does not name the dateline's state at all.
"""

from __future__ import annotations

from typing import Any


def _in_dateline(m: Any) -> bool:
    """A mention of the dateline itself ("NAIROBI, Dec 2"): capitals near the sentence's start."""
    return m.start < 40 and m.text.isupper() and len(m.text) > 3


def possessive_teller(view: Any, dateline_state: str | None) -> str | None:
    """The one state the sentence names with a possessive, when it is not the dateline's and
    the dateline's state is not named in it."""
    if "'s " not in view.text and "\u2019s " not in view.text:
        return None
    body = [m for m in view.mentions if not _in_dateline(m)]
    states = {m.state() for m in body if m.state() and not m.is_demonym}
    owners = {m.state() for m in body if m.state() and m.possessive}
    if len(owners) != 1 or dateline_state in states:
        return None
    owner = owners.pop()
    return owner if owner != dateline_state else None
