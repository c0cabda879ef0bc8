""""S supplied them with W", "them" the forces of the sentence just before (round 30).

"Western officials say Russian units near Kursk have relied on North Korean help. North Korea
supplied them with Koksan self-propelled guns as well": the verb rules find no recipient in the
sentence. "Them" is read only when the sentence opens with the supplier (after a short time
phrase at most: "Since 2023, Iran has supplied them ..."), the sentence before stands in the
same paragraph and names the forces of exactly one state ("Russian units", "Iranian troops") or
opens with a plural armed group ("The Houthis have fired ..."), and that party is not the
supplier; a weapon whose transfer already has a recipient keeps it. A "them" with no such
forces right before stays unread.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clause_parties import clause_end
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView
from kg.extract.opening_actor import opening_actor

_SUPPLIED_THEM = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?:supplied|supplies|provided|provides|armed|"
    r"equipped|furnished)\s+them\s+with\s+(?:the\s+)?")
# the supplier opens the sentence, perhaps after a short time phrase ("Since 2023, Iran ...")
_LEAD_IN = re.compile(r"\W*(?:(?:Since|In|By|Last|This|Over)\b[^,]{1,30},\s+)?(?:The\s+)?")
_FORCES = re.compile(r"\s+(?:forces|troops|units|soldiers)\b")


def _forces_state(prev_view: SentView, prev_actors: list[Actor]) -> str | None:
    """The one state whose forces the sentence before names ("Russian units")."""
    states = {actor_state(a) for a in prev_actors
              if a.demonym and actor_state(a) and _FORCES.match(prev_view.text, a.end)}
    return states.pop() if len(states) == 1 else None


def _opening_group(prev_view: SentView, prev_actors: list[Actor]) -> str | None:
    """The plural armed group the sentence before opens with ("The Houthis have fired ...")."""
    first = opening_actor(prev_view, prev_actors)
    if first is None or first.person or not (first.key or "").startswith("org/") \
            or not prev_view.text[first.start:first.end].endswith("s"):
        return None
    return first.key


def them_recipients(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                    prev_view: SentView | None, prev_actors: list[Actor]
                    ) -> list[dict[str, Any]]:
    """``tfs`` with the forces' state as recipient of "S supplied them with W"."""
    text = view.text
    if " them with " not in text or prev_view is None:
        return tfs
    first = next((a for a in actors if not a.person), None)
    supplier = actor_state(first) if first is not None and not first.demonym else None
    verb = _SUPPLIED_THEM.match(text, first.end) if supplier else None
    if verb is None or not _LEAD_IN.fullmatch(text[:first.start]):
        return tfs
    recipient = _forces_state(prev_view, prev_actors) or _opening_group(prev_view, prev_actors)
    if recipient is None or recipient == supplier:
        return tfs
    weapons = transfer_rules.weapons_in(view, verb.end(), clause_end(text, verb.end()))
    return transfer_rules.complete_or_add(view, tfs, weapons, supplier, recipient, "recipient",
                                          "THEM", verb.group(0).strip())
