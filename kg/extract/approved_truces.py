"""A truce told as approved by one state's cabinet and accepted by another's (round 28e).

"... after the truce was approved by Thailand's cabinet on Sunday and accepted by Cambodia's
government hours later": no signing verb, yet both states bound themselves to it, so it is a
treaty of the two (GOLD.md counts ceasefires as agreements between states). Read only in a
sentence with a ceasefire noun (truce, ceasefire, armistice) and no rejection or hedge, from
the governments that approved it: "[verb] by [state]'s [cabinet | government | parliament]"
(passive), "[state]'s [body] approved / accepted it" (active), "by the governments of A and B",
"by the Thai and Cambodian governments"; at least two states, dated by the first date after the
first approval. A proposal "rejected by" a government is no treaty, nor a truce one state alone
approved.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_NOUN = re.compile(r"\b(?P<kind>truce|ceasefire|cease-fire|armistice)\b", re.I)
_VERB = r"(?:approved|accepted|endorsed|ratified)"
_BODIES = (r"(?:cabinet|government|parliament|legislature|national\s+assembly|senate|"
           r"council\s+of\s+ministers|leadership)")
# "approved by [the] " (or "and by ") right before a state's name
_BY = re.compile(r"\b(?:" + _VERB + r"|and)\s+by\s+(?:the\s+)?$", re.I)
# "Thailand's cabinet", "Israel's security cabinet" right after a state's name
_BODY = re.compile(r"['’]s\s+(?:\w+\s+)?" + _BODIES + r"\b", re.I)
# after the body, the active verb: "Cambodia's government (formally) accepted it"
_ACTIVE = re.compile(r"\s+(?:(?:on\s+\w+|later|also|then|formally|quickly|unanimously|has|had)"
                     r"\s+)*" + _VERB + r"\b", re.I)
# "by the governments of A and B", "by the Thai and Cambodian governments": one phrase, two
_PLURALS = r"(?:cabinets|governments|parliaments|legislatures|leaderships)"
_PLURAL_OF = re.compile(_VERB + r"\s+by\s+the\s+" + _PLURALS + r"\s+of\s+$", re.I)
_PLURAL_BODY = re.compile(r"\s+" + _PLURALS + r"\b", re.I)
_DEMONYM_BY = re.compile(_VERB + r"\s+by\s+the\s+$", re.I)
_NOT = re.compile(r"\b(?:rejected|refused|reject|refuse|declined|proposal|proposed|draft|would|"
                  r"could|may|might|yet\s+to|not|never|expected|set\s+to|plans?\s+to)\b", re.I)
_CUE = re.compile(_VERB, re.I)
# an article with no truce noun skips the pass for all its sentences (kg.extract.article_cues)
CUE = _NOUN


def _approvers(view: SentView) -> list[tuple[str, int]]:
    """(state, position) of each state the sentence tells as approving or accepting."""
    text = view.text
    out: list[tuple[str, int]] = []
    listing: list = []  # the mentions of a "governments of A and B" / "Thai and ..." list
    for m in view.mentions:
        st = m.state()
        if not st:
            listing = []
            continue
        body = _BODY.match(text, m.end)
        if body and (_BY.search(text, max(0, m.start - 40), m.start)
                     or _ACTIVE.match(text, body.end())):
            out.append((st, m.start))
            continue
        lo = listing[-1].end if listing else None
        if listing and re.fullmatch(r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", text[lo:m.start]):
            listing.append(m)
        elif _PLURAL_OF.search(text, max(0, m.start - 60), m.start) or (
                m.is_demonym and _DEMONYM_BY.search(text, max(0, m.start - 40), m.start)):
            listing = [m]
        else:
            listing = []
            continue
        if len(listing) >= 2 and (not listing[0].is_demonym
                                  or _PLURAL_BODY.match(text, m.end)):
            out.extend((x.state(), x.start) for x in listing if (x.state(), x.start) not in out)
    return out


def approved_truce_treaties(view: SentView, told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The truce of "the truce was approved by A's cabinet and accepted by B's government",
    unless ``told`` already has a treaty of A and B."""
    text = view.text
    if not _CUE.search(text):
        return []
    noun = _NOUN.search(text)
    if noun is None or _NOT.search(text):
        return []
    found = _approvers(view)
    states = list(dict.fromkeys(s for s, _ in found))
    if len(states) < 2:
        return []
    if any(set(states) <= set(f.get("parties") or []) for f in told):
        return []
    first = min(p for _, p in found)
    date = next((d.value for d in view.dates if d.start >= first), None)
    return [{"type": "Treaty", "parties": states, "signatories": [], "date": date,
             "duration_years": None, "kind": noun.group("kind").lower(), "_sent": view.index,
             "_signed": True, "confidence": 0.6}]
