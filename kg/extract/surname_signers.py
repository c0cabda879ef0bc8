"""Signers named by surname alone after "signed by" (round 18):

"The agreement was signed by Tokayev and the emir, Sheikh Tamim ...", after "a state visit by
President Kassym-Jomart Tokayev": a one-word name is no person mention (entities needs two
words), so the signer is lost. Here it is the office-holder told earlier in the article whose
name ends in that word, if exactly one does; only inside the "signed by" phrase. Round 20 adds
the surname as the subject of "signed it for [state]" ("A and his Lithuanian counterpart, B,
signed the agreement, and Pevkur signed it for Estonia", Pevkur's office told a paragraph
before).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView
from kg.extract.signers import SIGNED_BY, SIGNERS_STOP


# "Pevkur signed it for Estonia": a signer by surname, for a state
_SIGNED_IT_FOR = re.compile(r"\s+(?:also\s+|then\s+|later\s+)?signed\s+(?:it|the\s+[\w-]+)\s+"
                            r"(?:for|on\s+behalf\s+of)\s+")


def earlier_holder(raw: list[dict[str, Any]], index: int, surname: str) -> str | None:
    """The person key of the one office-holder told before sentence ``index`` whose name ends
    in ``surname`` (none, or several: None)."""
    from kg.link.gazetteer import slugify

    tail = "-" + slugify(surname)
    found = {f["person"] for f in raw if f["type"] == "LeaderRole" and f["_sent"] < index
             and f["person"].endswith(tail)}
    return found.pop() if len(found) == 1 else None


def surname_signers(view: SentView, raw: list[dict[str, Any]]) -> list[str]:
    """Person keys of earlier office-holders whose surname alone follows "signed by"."""
    text = view.text
    if "signed" not in text:
        return []
    named = [m for m in view.mentions if m.is_unknown and len(m.text.split()) == 1]
    picked = [m for m in named if _SIGNED_IT_FOR.match(text, m.end)]
    for b in SIGNED_BY.finditer(text):
        stop = SIGNERS_STOP.search(text, b.end())
        hi = stop.start() if stop else len(text)
        picked += [m for m in named if b.end() <= m.start < hi]
    out: list[str] = []
    for m in picked:
        person = earlier_holder(raw, view.index, m.text)
        if person is not None and person not in out:
            out.append(person)
    return out
