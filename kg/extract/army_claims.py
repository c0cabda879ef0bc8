"""The side hit is not the attacker; "The army said it had carried out the strike" is (round 21).

"On Monday, a Turkish-made drone struck an RSF convoy near Bara, killing 20 fighters. The army
said it had carried out the strike." The sentence names no agent: the maker's adjective is no
side, and the group that owns the convoy is the target. Read sentence by sentence, the group
after the verb became the attacker. Two narrow repairs, run once per article after the
discourse pass (kg.extract.records):

* a side named right after the attack verb as the owner of the target ("struck an RSF convoy",
  "shelled M23 positions", "bombed a Houthi base") is not the attacker: the slot is emptied;
* an empty attacker is filled by the next sentence (or the one after) when it is the army's own
  claim, "The (Sudanese) army|military|air force said it (had) carried out the strike": the
  army is the state its adjective names, else the dateline's state, whose territory this may be
  (a civil war's army strikes at home). A claim with no army state known fills nothing;
* "Turkish drones operated by the army struck Nyala airport": the weapon's user told right
  after it ("operated|flown|fired|launched by the (Sudanese) army") is the attacker, not the
  state of the weapon's adjective (its maker).
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_VERB = (r"(?:struck|hit|bombed|shelled|targeted|pounded|attacked|raided|strikes|hits|bombs|"
         r"shells|targets)")
# "struck an RSF convoy", "shelled M23 positions", "bombed a Houthi base": what comes before the
# side and after it
_BEFORE_OWNER = re.compile(rf"\b{_VERB}\s+(?:an?\s+|the\s+|two\s+|several\s+)?$", re.I)
_AFTER_OWNER = re.compile(
    r"^(?:\s+(?:military|army|rebel|militia|fighters?'?))?\s+(?:convoys?|positions?|bases?|camps?|"
    r"vehicles?|hideouts?|headquarters|checkpoints?|strongholds?|targets?|fighters|gatherings?|"
    r"depots?|outposts?|trucks?|compounds?|training\s+camps?)\b", re.I)

# "The army said it had carried out the strike", "The Sudanese army later said on Monday that
# it conducted the attack"
_ARMY_CLAIM = re.compile(
    r"^\W*(?:The|Its)\s+(?:(?P<dem>[A-Z][\w-]*)\s+)?(?:army|military|armed\s+forces|air\s+force)"
    r"\s+(?:later\s+)?(?:said|says|confirmed|announced)\s+(?:(?:late\s+)?on\s+\w+\s+)?"
    r"(?:that\s+)?it\s+(?:had\s+|has\s+)?(?:carried\s+out|conducted|launched|mounted)\s+the\s+"
    r"(?:air\s+|drone\s+)?(?:strikes?|airstrikes?|attack|raid|bombing)\b")


# a dateline with its country: "EL OBEID, Sudan, Nov 16 (Staff) - "
_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+[A-Z][\w .'-]+,[^.\n]{0,40}?\s[-\u2013\u2014]\s+")


# "Turkish drones operated by the army", "jets flown by the Sudanese air force"
_OPERATED_BY = re.compile(
    r"\b(?:drones?|jets?|aircraft|planes?|warplanes?|missiles?|helicopters?|rockets?|guns?)\s+"
    r"(?:operated|flown|piloted|fired|launched)\s+by\s+(?:the\s+)?(?:(?P<dem>[A-Z][\w-]*)\s+)?"
    r"(?:army|military|armed\s+forces|air\s+force)\b")


# between the target and its place: another attack told ("in retaliation for rocket fire on")
_OTHER_ATTACK_BETWEEN = re.compile(r"\b(?:retaliation|response|answer|revenge|after|for|when)\b",
                                   re.I)


def target_owner(view: Any, who: str, place_text: str | None) -> bool:
    """Whether the sentence names this side only as the owner of what was hit, at the strike's
    place ("struck an RSF convoy near Bara"; not "bombed Hezbollah positions near Tyre in
    retaliation for rocket fire on Nahariya", the strike on Nahariya)."""
    told = [m for m in view.mentions if m.side() == who]
    if not told or not place_text:
        return False
    for m in told:
        if not (_BEFORE_OWNER.search(view.text[:m.start])
                and _AFTER_OWNER.match(view.text[m.end:])):
            return False
        at = view.text.find(place_text, m.end)
        if at < 0 or at - m.end > 60 or _OTHER_ATTACK_BETWEEN.search(view.text[m.end:at]):
            return False
    return True


def army_claimant(view: Any, dateline_state: str | None) -> str | None:
    """The state whose army the sentence says carried out the attack told before."""
    return _army_state(view, _ARMY_CLAIM.match(view.text), dateline_state)


def _army_state(view: Any, m: re.Match[str] | None, dateline_state: str | None) -> str | None:
    """The state of the army a match names: its adjective's, else the dateline's."""
    if m is None:
        return None
    if m.group("dem"):
        named = next((x for x in view.mentions if x.start == m.start("dem")), None)
        return named.state() if named is not None else None
    return dateline_state


def owner_is_not_attacker(strikes: list[Strike], views: list[Any]) -> None:
    """Empty the attacker that the attack's sentence names only as the target's owner."""
    for s in strikes:
        i, who = s["_sent"], s.get("attacker")
        if who and 0 < i < len(views) and target_owner(views[i], who, s.get("_place_text")):
            s["attacker"], s["_not_attacker"] = None, who


def dateline_country(views: list[Any]) -> str | None:
    """The state a dateline names after its city ("EL OBEID, Sudan, Nov 16 (Staff) - "), for a
    dateline whose city the gazetteer does not place."""
    for v in views[1:5]:
        m = _DATELINE.match(v.text)
        if m is not None:
            return next((x.state() for x in v.mentions if x.end <= m.end() and x.state()), None)
    return None


def army_claimed(strikes: list[Strike], views: list[Any], dateline_state: str | None) -> None:
    """An attack without attacker takes the state of the army claim one or two sentences on
    (before another attack is told)."""
    told = {s["_sent"] for s in strikes}
    dateline_state = dateline_state or dateline_country(views)
    for s in strikes:
        i = s["_sent"]
        if s.get("attacker") or i < 1:
            continue
        for j in range(i + 1, min(i + 3, len(views))):
            if j in told:
                break
            who = army_claimant(views[j], dateline_state)
            if who is not None and who != s.get("_not_attacker"):
                s["attacker"] = who
                break


def army_operated(strikes: list[Strike], views: list[Any], dateline_state: str | None) -> None:
    """The army that operated the weapon of the attack's sentence is its attacker."""
    dateline_state = dateline_state or dateline_country(views)
    for s in strikes:
        i = s["_sent"]
        if not 0 < i < len(views):
            continue
        who = _army_state(views[i], _OPERATED_BY.search(views[i].text), dateline_state)
        if who is not None and who != s.get("attacker"):
            s["attacker"] = who
