"""A state that only consents to a re-export is no supplier (round 21):

"Berlin has approved Spain's request to send 10 Leopard tanks to Ukraine", "Germany gave Poland
permission to re-export its Leopard tanks to Ukraine", "Germany allowed the Netherlands to send
the howitzers to Ukraine", "The US gave the green light for Denmark to send F-16s to Ukraine":
the verb rules read the approver as the supplier (and the state asking as the recipient); the
arms go from the state asking to the state after "to". So too "Washington signed off on the
transfer of Dutch F-16 jets to Ukraine": the state of the adjective sends, not the approver.
The consent verb and the "to send W to R" or "transfer of [demonym] W to R" that follows are the
cue; only the transfers of those weapons change.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end, replace_transfers
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_SEND = r"(?:re-?export|send|deliver|transfer|supply|give|hand\s+over|donate|sell|ship)"
# the approver's verb, right after it: "has approved", "gave", "allowed"
_CONSENT = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:finally\s+)?(?P<v>approved|cleared|authori[sz]ed|"
    r"allowed|permitted|gave|given|granted|backed|agreed\s+to|signed\s+off\s+on|okayed|"
    r"green-?lit)\s+(?:the\s+)?", re.I)
# "gave the green light for B to send", "granted permission for B to re-export", "approved a
# request by B to send"
_GO_AHEAD_FOR = re.compile(
    r"(?:the\s+|its\s+)?(?:green\s+light|go-ahead|permission|approval|clearance|consent)\s+"
    r"for\s+|(?:a\s+|the\s+)?request\s+(?:by|from)\s+(?:the\s+)?", re.I)
_TO_SEND = re.compile(rf"\s+to\s+{_SEND}\s+", re.I)
# "the transfer of Dutch F-16 jets", "sending 19 Danish F-16 jets"
_TRANSFER_OF = re.compile(
    r"(?:re-?export|transfer|export|delivery|handover)\s+of\s+|(?:re-?exporting|sending|"
    r"transferring)\s+", re.I)
# what follows the state asking: "'s request to send", " permission to re-export", " to send"
_ASKED = re.compile(
    rf"(?:['’]s\s+(?:request|plan|application|bid|proposal)\s+to\s+{_SEND}"
    rf"|\s+(?:permission|approval|consent|the\s+go-ahead|(?:an?\s+)?(?:export\s+)?licen[cs]e)"
    rf"\s+to\s+{_SEND}|\s+to\s+{_SEND})\s+", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?", re.I)
# ("the transfer of German-built tanks": the maker, who need not be the one sending)
_MAKER = re.compile(r"-(?:built|made|designed|manufactured|developed|produced)\b", re.I)
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
CUE = _CONSENT


def _at(actors: list[Actor], pos: int) -> Actor | None:
    return next((a for a in actors if a.start == pos), None)


def _asking_state(view: SentView, actors: list[Actor], pos: int) -> tuple[Actor | None, int]:
    """The state asking, right after the consent verb, and where its weapons begin: "B's
    request to send", "B permission to re-export", "B to send", "the green light for B to
    send"."""
    text = view.text
    sender = _at(actors, pos)
    if actor_state(sender) and not sender.demonym:
        asked = _ASKED.match(text, sender.end)
        return (sender, asked.end()) if asked else (None, pos)
    go = _GO_AHEAD_FOR.match(text, pos)
    sender = _at(actors, go.end()) if go else None
    send = _TO_SEND.match(text, sender.end) if actor_state(sender) else None
    return (sender, send.end()) if send else (None, pos)


def _adjective_sender(view: SentView, actors: list[Actor], pos: int,
                      ws: list) -> Actor | None:
    """"the transfer of Dutch F-16 jets": the state of the adjective on the first weapon."""
    if not ws:
        return None
    return next((a for a in actors if a.demonym and actor_state(a) and pos <= a.start
                 and a.end <= ws[0].end and not _MAKER.match(view.text, a.end)), None)


def _consents(view: SentView, actors: list[Actor]):
    """(sender, recipient, weapons) of "A approved B's request to send W to R" and the like."""
    text = view.text
    for a in actors:
        c = _CONSENT.match(text, a.end) if actor_state(a) else None
        if c is None:
            continue
        sender, lo = _asking_state(view, actors, c.end())
        ws = []
        if sender is None:
            of = _TRANSFER_OF.match(text, c.end())
            if of is None:
                continue
            lo = of.end()
            ws = transfer_rules.weapons_in(view, lo, clause_end(text, lo))
            sender = _adjective_sender(view, actors, lo, ws)
        if not actor_state(sender) or actor_state(sender) == actor_state(a):
            continue
        ws = ws or transfer_rules.weapons_in(view, lo, clause_end(text, lo))
        to = _TO.match(text, ws[-1].end) if ws else None
        rec = _at(actors, to.end()) if to else None
        if actor_state(rec) and actor_state(rec) not in (actor_state(a), actor_state(sender)):
            yield actor_state(sender), actor_state(rec), ws


def consented_transfers(view: SentView, actors: list[Actor],
                        found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``found`` with the weapons of a consented re-export going from the state asking."""
    for sender, rec, ws in _consents(view, actors):
        found = replace_transfers(view, found, [sender], rec, ws, "RX", "consented")
    return found
