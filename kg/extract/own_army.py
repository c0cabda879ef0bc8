"""An attack told as the work of "the army" is by that army's state (round 21).

"Separately, army aircraft bombed a market in Nyala"; "The army said it had bombed a rebel camp
in Guaviare"; "In neighbouring Niger, the army said its aircraft had bombed a camp of Islamic
State fighters"; "Myanmar's military said its aircraft bombed a rebel camp near Lashio"; "In
Mali, army drones struck a gathering". The sentence's agent is a state's own forces, but no
state stands where the strike rules look for a side, so the discourse pass guessed one from
context (the rebels of the paragraph, the group in the target's description, a state of
another paragraph) or none. The army's state is, in this order: the state named with it
("Myanmar's military", "the Nigerien army"); the state of a fronted "In <State>," ("In
neighbouring Niger,", "Far away in Myanmar,"); the dateline's state, when the place hit lies in
it or is not placed. A side the sentence itself names before the army is left alone. "In
Myanmar, the junta chief said ... . On Wednesday, a military air strike on a monastery in Sagaing
killed 23": a strike of "the military" with no attacker, on a place of the state that opens the
paragraph, is by that state; so is "One of them destroyed a convoy" after "The army's drones
also hit 12 targets".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.sentences import DATELINE_PART

Strike = dict[str, Any]

_ARMY = r"(?:army|military|air\s+force|[Gg]overnment)"  # ("Government warplanes bombed": round 60)
_CRAFT = r"(?:aircraft|drones?|jets?|warplanes?|helicopters?|planes?|gunships?|artillery|troops|forces)"
_STRUCK = (r"(?:had\s+|have\s+)?(?:bombed|struck|hit|attacked|shelled|pounded|targeted|"
           r"raided|fired\s+on|carried\s+out)")
# "army aircraft bombed", "military jets bombed", "army drones struck"
_ARMY_CRAFT = re.compile(rf"\b{_ARMY}(?:['’]s)?\s+{_CRAFT}\s+(?:also\s+)?{_STRUCK}\b")
# "The army's drones also hit 12 targets ... One of them destroyed a fuel convoy near Bara": the
# weapon of the sentence before, named back
_ONE_OF_THEM = re.compile(r"^\W*(?:One|Two|Three|Several|Some|Most)\s+of\s+(?:them|the\s+"
                          rf"{_CRAFT})\s+(?:also\s+)?(?:destroyed|{_STRUCK})\b")
# "the army said it had bombed", "Myanmar's military said its aircraft bombed"
_ARMY_SAID = re.compile(
    rf"\b{_ARMY}\s+(?:later\s+)?(?:said|says|announced|confirmed)\s+(?:(?:late\s+)?on\s+\w+\s+)?"
    rf"(?:that\s+)?(?:it|its\s+(?:own\s+)?(?:{_CRAFT}|forces|troops))\s+{_STRUCK}\b")
# "drones struck a market ..., the doctors' network said, accusing the army": the side blamed
# (round 58; not "accused the army of arming the militia")
_ARMY_BLAMED = re.compile(rf"\b(?:accusing|accused|accuses|blaming|blamed|blames)\s+the\s+{_ARMY}"
                          r"\b(?!['’])(?!\s+of\s+(?:arming|supplying|backing|supporting|funding|"
                          r"training|equipping)\b)")
# "In Mali, ", "In neighbouring Niger, ", "Far away in Myanmar, "
_FRONTED_IN = re.compile(rf"^{DATELINE_PART}?\W*(?:[A-Z]\w*(?:\s+\w+)?\s+)?[Ii]n\s+"
                         r"(?:neighbou?ring\s+)?$")
# "Myanmar's military", "the Nigerien army": a state right before the army
_STATE_BEFORE = re.compile(r"^(?:['’]s)?\s+$")


# "a military air strike on a monastery", "an army drone strike": the strike of the forces of the
# country the paragraph is about
_OWN_FORCES_STRIKE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:army|military|junta)\s+(?:drone\s+|air\s*|missile\s+|artillery\s+)?"
    r"(?:strikes?|airstrikes?|raids?)\b")


# "army drone strikes on the town of X", "an army air strike", "drone strikes by the army": the
# army as the strike noun's modifier or agent (round 78; not "strikes on army positions")
_ARMY_STRIKE = re.compile(
    r"\b(?:army|military|air\s+force|junta)\s+(?:drone\s+|air\s*|missile\s+|artillery\s+)?"
    r"(?:strikes?|airstrikes?|raids?|bombardments?|shelling)\b"
    r"|\b(?:strikes?|airstrikes?|raids?|bombardments?|shelling|attacks?)\s+(?:carried\s+out\s+)?"
    r"by\s+the\s+(?:army|military|air\s+force|junta)\b(?!['’])")


def _army_cue(text: str) -> re.Match[str] | None:
    return _ARMY_CRAFT.search(text) or _ARMY_SAID.search(text) or _ARMY_BLAMED.search(text) \
        or _ARMY_STRIKE.search(text)


def _paragraph_state(view: Any) -> str | None:
    """The state of a fronted "In <State>," opening the sentence."""
    return next((m.state() for m in view.mentions
                 if m.state() and _FRONTED_IN.match(view.text[:m.start])), None)


def army_state(view: Any, at: int, hit: str | None, dateline_state: str | None) -> str | None:
    """The state of the army whose cue starts at `at` in the sentence."""
    before = [m for m in view.mentions if m.end <= at and m.state()]
    if before and _STATE_BEFORE.match(view.text[before[-1].end:at]):
        return before[-1].state()  # "Myanmar's military", "the Nigerien army"
    fronted = next((m for m in before if _FRONTED_IN.match(view.text[:m.start])), None)
    if fronted is not None:
        return fronted.state()  # "In neighbouring Niger, the army said ..."
    if dateline_state and (hit is None or hit == dateline_state):
        return dateline_state
    return None


def _named_before(view: Any, side: str, at: int) -> bool:
    return any(m.start < at and (m.state() == side or (
        m.of_type("ArmedGroup") and m.of_type("ArmedGroup").key == side)) for m in view.mentions)


def own_army_attacker(strikes: list[Strike], views: list[Any], dateline_state: str | None,
                      para: list[int]) -> None:
    """Give a strike told as the army's the army's state (see the module's doc); "a military
    air strike" without attacker, in a paragraph opened by "In <State>," on a place of that
    state, is by that state."""
    for s in strikes:
        i = s["_sent"]
        if not 0 < i < len(views):
            continue
        view, cue = views[i], _army_cue(views[i].text)
        if cue is None and _ONE_OF_THEM.match(views[i].text) and para[i] == para[i - 1]:
            view, cue = views[i - 1], _army_cue(views[i - 1].text)
        if cue is None:
            continue
        who = army_state(view, cue.start(), s.get("target_country"), dateline_state)
        if who is None or who == s.get("attacker"):
            continue
        if s.get("attacker") and _named_before(view, s["attacker"], cue.start()):
            continue  # the sentence names its own side before the army
        s["attacker"] = who
    for s in strikes:  # "In Myanmar, ... . On Wednesday, a military air strike on a monastery"
        i = s["_sent"]
        if s.get("attacker") or not 1 < i < len(views) or para[i] != para[i - 1]:
            continue
        if _OWN_FORCES_STRIKE.search(views[i].text) is None:
            continue
        here = _paragraph_state(views[i - 1])
        if here is not None and here == s.get("target_country"):
            s["attacker"] = here
