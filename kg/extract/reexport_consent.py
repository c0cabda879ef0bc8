"""A state that only consents to a re-export is no supplier (round 21):

"Berlin has approved Spain's request to send 10 Leopard tanks to Ukraine", "Germany gave Poland
permission to re-export its Leopard tanks to Ukraine", "Germany allowed the Netherlands to send
the howitzers to Ukraine": the verb rules read the approver as the supplier and the state asking
as the recipient; the tanks go from the state asking to the state after "to". The consent verb
and the "to send W to R" that follows are the cue; only the transfers of those weapons change.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, replace_transfers
from kg.extract.clauses import Actor
from kg.extract.entities import SentView

_SEND = r"(?:re-?export|send|deliver|transfer|supply|give|hand\s+over|donate|sell|ship)"
# the approver's verb, right after it: "has approved", "gave", "allowed"
_CONSENT = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:finally\s+)?(?P<v>approved|cleared|authori[sz]ed|"
    r"allowed|permitted|gave|given|granted|backed|agreed\s+to)\s+(?:the\s+)?", re.I)
# what follows the state asking: "'s request to send", " permission to re-export", " to send"
_ASKED = re.compile(
    rf"(?:['’]s\s+(?:request|plan|application|bid|proposal)\s+to\s+{_SEND}"
    rf"|\s+(?:permission|approval|consent|the\s+go-ahead|(?:an?\s+)?(?:export\s+)?licen[cs]e)"
    rf"\s+to\s+{_SEND}|\s+to\s+{_SEND})\s+", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.I)


def _state(a: Actor | None) -> str | None:
    key = a.key if a is not None and not a.person else None
    return key if key and key.startswith("state/") else None


def _at(actors: list[Actor], pos: int) -> Actor | None:
    return next((a for a in actors if a.start == pos), None)


def _consents(view: SentView, actors: list[Actor]):
    """(sender, recipient, weapons) of "A approved B's request to send W to R" and the like."""
    text = view.text
    for a in actors:
        c = _CONSENT.match(text, a.end) if _state(a) else None
        sender = _at(actors, c.end()) if c else None
        asked = _ASKED.match(text, sender.end) if _state(sender) else None
        if asked is None or _state(sender) == _state(a):
            continue
        ws = transfer_rules.weapons_in(view, asked.end(), clause_end(text, asked.end()))
        to = _TO.match(text, ws[-1].end) if ws else None
        rec = _at(actors, to.end()) if to else None
        if _state(rec) and _state(rec) not in (_state(a), _state(sender)):
            yield _state(sender), _state(rec), ws


def consented_transfers(view: SentView, actors: list[Actor],
                        found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the weapons of a consented re-export going from the state asking."""
    for sender, rec, ws in _consents(view, actors):
        found = replace_transfers(view, found, [sender], rec, ws, "RX", "consented")
    return found
