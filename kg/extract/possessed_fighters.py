"""Whose fighters: an attack told as "Its fighters shelled ..." is by the subject of the
sentence before (round 21).

"The M23, which Rwanda backs, has seized much of North Kivu. Its fighters shelled the town of
Sake on Thursday": "Its" refers back to the subject of the sentence before, the group, not to
the state named inside its relative clause (Rwanda) nor to a state of another paragraph. The
sentence rules see no side in "Its fighters" and the discourse pass then guesses the nearest or
most frequent state; here the subject named just before, in the same paragraph, is the
attacker. Only on this strong cue: the attack sentence opens with "Its/Their
fighters|forces|troops|militants|gunmen" (after at most a fronted time, "On Sunday,"), and the
sentence before opens with the side (a state or an armed group, after an optional "The"); for
"fighters", "militants" or "rebels" a state opening it yields to the one armed group it names
("Rwanda denies backing the M23. Its fighters shelled ...").
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# "Its fighters shelled", "On Sunday, their forces attacked", "Overnight its militants stormed"
_POSSESSED_OPENING = re.compile(
    r"^\W*(?:(?:On|Late\s+on|Early\s+on)\s+\w+,?\s+|Overnight,?\s+|Later,?\s+)?"
    r"(?:its|their)\s+(?:own\s+)?(?P<men>fighters|forces|troops|militants|gunmen|members|units|"
    r"rebels|insurgents)\b", re.I)
# the men of an armed group, not of a state's army ("Rwanda denies backing the M23. Its
# fighters shelled ...": the group's)
_GROUP_MEN = {"fighters", "militants", "gunmen", "members", "rebels", "insurgents"}
# the subject at the opening of the sentence before ("The M23, which Rwanda backs, ...")
_SUBJECT_START = re.compile(r"\W*(?:The\s+)?")
# a dateline before it ("GOMA, Democratic Republic of Congo, Sept 12 (Staff) - ")
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,[^.]{0,80}?\s[-\u2013\u2014]\s+")


def opening_subject(view: Any) -> str | None:
    """The side a sentence opens with, if it opens with one."""
    dateline = _DATELINE.match(view.text)
    begin = dateline.end() if dateline else 0
    first = min((m for m in view.mentions if m.start >= begin), key=lambda m: m.start,
                default=None)
    if first is None or not _SUBJECT_START.fullmatch(view.text[begin:first.start]):
        return None
    return first.side()


def _the_one_group(view: Any) -> str | None:
    groups = {m.of_type("ArmedGroup").key for m in view.mentions if m.of_type("ArmedGroup")
              and not m.state()}
    return groups.pop() if len(groups) == 1 else None


def fighters_of_subject(strikes: list[Strike], views: list[Any], para: list[int]) -> None:
    """A strike told by "Its fighters <attacked> ..." takes the side the sentence before (same
    paragraph) opens with as its attacker, unless that side is the country hit; the headline's
    strike at the same place with the same guessed attacker follows it."""
    for s in strikes:
        i = s["_sent"]
        opening = _POSSESSED_OPENING.match(views[i].text) if 0 < i < len(views) else None
        if opening is None:
            continue
        if para[i] != para[i - 1]:
            continue
        who = opening_subject(views[i - 1])
        if opening.group("men").lower() in _GROUP_MEN and (who is None or who.startswith("state/")):
            who = _the_one_group(views[i - 1])  # a state has no "fighters": the group named
        if who is None or who in (s.get("target_country"), s.get("_not_attacker")):
            continue
        for twin in strikes:  # the headline's telling of it carries the same guess
            if twin["_sent"] == 0 and twin is not s and twin["attacker"] == s["attacker"] \
                    and twin.get("target_place") == s.get("target_place"):
                twin["attacker"] = who
        s["attacker"] = who
