"""The side whose embassy was hit is no attacker of that strike (rounds 31 and 78).

"Pakistan launched air strikes at hideouts in Paktika in retaliation for a strike on its embassy
in Kabul": the strike rules read the earlier attack on the embassy as a second strike of the
sentence and gave it the sentence's subject, the side retaliating, which is the very side whose
embassy ("its embassy") was hit. Here that attacker is emptied, so a side the article names
elsewhere ("X claimed the embassy attack") can still fill it. The cue is narrow: "in
retaliation|revenge|response for|to a(n) <attack> on its embassy|consulate in <place>", the
strike placed at that place and given the attacker of another strike of the same sentence.

The second reading, mission_owners_not_attackers (round 78, run after the first, which has
already emptied the retaliating side): the state whose embassy or consulate a strike hit is its
victim, not its attacker.

"Tehran said the operation was punishment for an air strike on its embassy compound in Damascus
that killed seven members of the Revolutionary Guards"; "The Damascus attack destroyed a consular
building next to Iran's embassy": the sentence's only state is the one whose mission was hit, so
the strike rules gave it as the attacker (counted over the older sets: ten sets on one kind of
report). A state does not bomb its own embassy. The attacker becomes the one side that state's
own strikes in the article were aimed at (the answer names whom it answers), else none is given.
Narrow: the mission is the state's by possessive ("Iran's", "its" after that state as the
sentence's first actor) or adjective ("the Iranian embassy"), and the strike has no other side
named in its sentence.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_OWN_MISSION = re.compile(
    r"\bin\s+(?:retaliation|revenge|response|reprisal)\s+(?:for|to)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strike|attack|bombing|air\s+strike|raid)\s+on\s+its\s+"
    r"(?:embassy|consulate|diplomatic\s+mission|mission)\s+in\s+(?P<place>[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2})")


def embassy_victims(strikes: list[Strike], views: list[Any]) -> None:
    """Empty the attacker of the strike on "its embassy in X" when it is the retaliating
    side of the same sentence."""
    for s in strikes:
        if s.get("type") != "Strike" or s.get("attacker") is None:
            continue
        text = views[s["_sent"]].text
        if "retaliation" not in text and "revenge" not in text and "response" not in text \
                and "reprisal" not in text:
            continue
        m = _OWN_MISSION.search(text)
        if m is None or not _placed_at(s, m.group("place")):
            continue
        if any(o is not s and o.get("type") == "Strike" and o["_sent"] == s["_sent"]
               and o.get("attacker") == s["attacker"] for o in strikes):
            s["attacker"] = None


def _placed_at(s: Strike, name: str) -> bool:
    """The strike's place is the one named after "its embassy in"."""
    told = s.get("_place_text") or ""
    return bool(told) and (name.startswith(told) or told.startswith(name))


_MISSION_WORDS = (r"(?:[\w-]+\s+){0,2}?(?:embassy|consulate|consular|diplomatic\s+(?:mission|"
                  r"compound|building))\b(?:\s+(?:compound|building|section))?"
                  # "... in Damascus": where the mission stands
                  r"(?:\s+in\s+(?:the\s+)?(?P<where>(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))"
                  r"\b(?!\s+capital\b))?")  # (not "in the Syrian capital": a capital named so)
_MISSION = re.compile(rf"^(?:['’]s)?\s+{_MISSION_WORDS}", re.I)
_ITS_MISSION = re.compile(rf"\b(?:its|their)\s+{_MISSION_WORDS}", re.I)


def _mission_owner(view: Any, side: str, place_text: str) -> bool:
    """True when the sentence names an embassy or consulate of `side` standing at the strike's
    place (or at no place it names)."""
    def here(m: re.Match | None) -> bool:
        where = m and m.group("where")
        return m is not None and (not where or where.startswith(place_text)
                                  or place_text.startswith(where))

    sides = [m for m in view.mentions if m.side()]
    for m in view.mentions:
        if m.state() == side and here(_MISSION.match(view.text[m.end:])):
            return True
    return bool(sides) and sides[0].state() == side and any(
        here(m) for m in _ITS_MISSION.finditer(view.text))


def mission_owners_not_attackers(strikes: list[Strike], views: list[Any]) -> None:
    """Give the strike on a state's own mission the side that state's strikes answered."""
    for s in strikes:
        side = s.get("attacker")
        if not side or not side.startswith("state/") or not 0 <= s["_sent"] < len(views) \
                or not s.get("target_place") or s.get("target_country") == side:
            continue  # (a barrage on the other state itself is the answer, not the attack)
        view = views[s["_sent"]]
        if not _mission_owner(view, side, s.get("_place_text") or ""):
            continue
        if any(m.side() and m.side() != side and m.state() != s.get("target_country")
               for m in view.mentions if not m.place()):
            continue  # another side is named: the rules chose between them
        answered = {o.get("target_country") for o in strikes if o is not s
                    and o.get("attacker") == side and o.get("target_country") not in (None, side)}
        s["attacker"] = answered.pop() if len(answered) == 1 else None
        s["confidence"] = min(s.get("confidence", 0.6), 0.6)
