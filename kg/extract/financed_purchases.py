"""A purchase paid for by a third state (round 21):

"Norway will finance the purchase of 18 Caesar howitzers from France for Ukraine", "Germany
funded the purchase of 12 Caesar howitzers for Ukraine from France": the state paying is no
party (money is no arms transfer, GOLD.md); the seller after "from" supplies the state after
"for". No verb rule reads the noun "purchase"; only weapons without a complete transfer are given,
and only when both the seller and the state bought for are written in the phrase.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, fill_incomplete
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

# "will finance the purchase of", "is funding the acquisition of", "paid for the purchase of"
# (or the weapons right after the verb: "Germany will pay for 18 Caesar howitzers from France
# for Ukraine"; the seller and the state bought for must both follow)
_FINANCE = re.compile(
    r"\b(?:financ|fund)(?:e|es|ed|ing)?\s+(?:the|a)\s+(?:[\w$.,€£-]+\s+){0,3}?"
    r"(?:purchase|acquisition|procurement)\s+of\s+|\bpa(?:y|ys|id|ying)\s+for\s+(?:the|a)\s+"
    r"(?:[\w$.,€£-]+\s+){0,3}?(?:purchase|acquisition|procurement)\s+of\s+"
    r"|\b(?:(?:will|to|would)\s+(?:financ|fund)e?|financ(?:es|ed|ing)|fund(?:s|ed|ing)|"
    r"pa(?:y|ys|id|ying)\s+for)\s+", re.I)
_FROM = re.compile(r"\s*from\s+(?:the\s+)?", re.I)
_SYSTEMS = re.compile(r"\s+(?:air[- ]defen[cs]e\s+)?(?:systems?|batteries|battery|units?|"
                      r"launchers?)\b", re.I)
_FOR = re.compile(r"\s*for\s+(?:the\s+)?", re.I)
# the cue every firing of financed_transfers needs, in lower case (kg.extract.article_cues)
CUE = re.compile(r"purchase|acquisition|procurement|financ|fund|pa(?:y|id)")


def _parties_after(text: str, actors: list[Actor], pos: int, end: int):
    """The seller ("from S") and the state bought for ("for R") right after the weapons, in
    either order."""
    seller = buyer = None
    while pos < end:
        fr, fo = _FROM.match(text, pos), _FOR.match(text, pos)
        m = fr or fo
        # (the actor may include the "the" the pattern skipped: "from the United States")
        a = next((a for a in actors if m and a.start in (m.end(), m.end() - 4)), None)
        if not actor_state(a):
            break
        if fr:
            seller = actor_state(a)
        else:
            buyer = actor_state(a)
        pos = a.end
    return seller, buyer


def _financed(view: SentView, actors: list[Actor]):
    text = view.text
    for m in _FINANCE.finditer(text):
        end = clause_end(text, m.end())
        ws = transfer_rules.weapons_in(view, m.end(), end)
        if not ws or ws[0].start - m.end() > 25:
            continue  # (the weapons are what is paid for, right after the verb)
        tail = _SYSTEMS.match(text, ws[-1].end)  # ("Patriot" + " systems")
        seller, buyer = _parties_after(text, actors, tail.end() if tail else ws[-1].end, end)
        if seller and buyer and seller != buyer:
            yield seller, buyer, ws


def financed_transfers(view: SentView, actors: list[Actor],
                       found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with "finance the purchase of W from S for R" read as S -> R."""
    low = view.text.lower()
    if not CUE.search(low):
        return found
    return fill_incomplete(view, found, _financed(view, actors), "FP", "financed")
