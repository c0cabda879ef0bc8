"""A guessed office-holder serves the lead's signer, not the partner it signed with (round 28e).

"Ghana signed a power agreement with Togo on Monday. ... The president, John Mahama, spoke ...
Togolese households ...": with no dateline and no state word before the title, the role took the
article's most-named state, and the partner's adjective ("Togolese households", "Togolese
officials") made that the partner. The article is told from the signer's side: a guessed role
(confidence 0.5 or less) whose state is the lead's "with" partner goes to the lead's subject.
Read only when the lead opens with "[A] (has) signed ... with [B]", the role's state is B, the
role's own sentence names B by adjective at most, and the dateline (if any) is
A's.
"""

from __future__ import annotations

import dataclasses
import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase
from kg.extract.sentences import DATELINE_PART

_SIGNED = re.compile(r"\s+(?:(?:has|have|had|on\s+\w+)\s+)?signed\b[^.;]{0,80}?\bwith\s+"
                     r"(?:the\s+)?$")
# (the shared dateline piece: "WASHINGTON, March 12 (Staff) - " too; round 71)
_OPENING = re.compile(rf"[\W_]*{DATELINE_PART}?(?:the\s+)?$", re.I)


def _lead_pair(views: list[SentView], before: int) -> tuple[str, str] | None:
    """(A, B) of a lead "[A] signed ... with [B]": the first sentence with a state in it."""
    for v in views[1:before]:
        states = [m for m in v.mentions if m.state()]
        if not states:
            continue
        text = v.text
        subj = next((m for m in states if not m.is_demonym and not m.possessive
                     and _OPENING.fullmatch(text, 0, m.start)), None)
        if subj is None:
            return None
        partner = next((m for m in states if m.start > subj.end and not m.is_demonym
                        and _SIGNED.fullmatch(text, subj.end, m.start)), None)
        if partner is None or partner.state() == subj.state():
            return None
        return subj.state(), partner.state()  # type: ignore[return-value]
    return None


def signer_subject_roles(view: SentView, views: list[SentView], roles: list[RolePhrase],
                         dateline_state: str | None) -> list[RolePhrase]:
    """``roles`` with a guess of the lead's "with" partner given to the lead's signer."""
    if not roles or view.index < 2 or all(r.confidence > 0.5 for r in roles):
        return roles
    pair = _lead_pair(views, view.index)
    if pair is None or dateline_state not in (None, pair[0]):
        return roles
    signer, partner = pair
    named = {m.state() for m in view.mentions if m.state() and not m.is_demonym}
    if partner in named:
        return roles
    return [dataclasses.replace(r, state=signer) if r.confidence <= 0.5 and r.state == partner
            else r for r in roles]
