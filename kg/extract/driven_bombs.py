"""A vehicle bomb driven into a post, its toll in the next sentence and its author in a later
claim (round 25).

"A suicide bomber drove an explosives-laden vehicle into an army post in Boulkessi on Sunday
morning, the army said. The explosion killed 14 soldiers and wounded 20 others ... The al
Qaeda-linked group JNIM said in a statement on its Telegram channel that it carried out the
attack." No strike rule reads "drove ... into", and the sentence has no toll, so the attack went
missing. The lead (one of the first three body sentences, no strike read in it) gives the place
(the first after "into ... in|at|near") and its day; the toll comes from the next sentence when
it opens on the blast ("The explosion|blast|bombing|attack killed ..."); the attacker only from
the nearest claim that names the attack back ("said ... that it carried out the attack",
"claimed the bombing") by an armed group opening its sentence, within six sentences and before
any other attack is read. Without such a claim the attack is kept without side.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import new_strike, sentences_read
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.later_claims import claims_attack_after
from kg.link.folding import slugify

Strike = dict[str, Any]

# "drove an explosives-laden vehicle into", "rammed a car packed with explosives into"
_CUE = re.compile(r"\b(?:drove|rammed)\s+(?:an?\s+)?(?:(?:explosives?-(?:laden|packed|filled)|"
                  r"bomb-laden|booby-trapped)\s+(?:vehicle|car|truck|lorry|van)|(?:vehicle|car|"
                  r"truck|lorry|van)\s+(?:packed|laden|loaded|filled)\s+with\s+explosives)"
                  r"\s+into\b")
_BOMBER = re.compile(r"\b(?:suicide\s+(?:bomber|attacker)s?|bombers?|attackers?)\s+$")
_PLACE_LEAD = re.compile(r"\s(?:in|at|near)\s+$")
_ON_DAY = re.compile(rf"\bon\s+(?P<d>{WEEKDAY_RE})\b")
# "The explosion killed 14 soldiers", "The blast killed"
_TOLL_NEXT = re.compile(r"^\W*(?:The|That)\s+(?:explosion|blast|bombing|attack)\s+"
                        r"(?:killed|left)\b")
_CLAIM_REACH = 6
# the group opens the claim: "The al Qaeda-linked group JNIM said ...", "JNIM later said ..."
_GROUP_FRONT = re.compile(r"^\W*(?:The\s+)?(?:(?:[\w'-]+\s+){0,3}?(?:group|movement)\s+)?$")


def _place(v: Any, at: int) -> tuple[str, str] | None:
    """The first place after "into ... in|at|near" (key, text); an unknown name counts too."""
    for x in v.mentions:
        if x.start < at or not _PLACE_LEAD.search(v.text[:x.start]):
            continue
        if x.place():
            return x.place(), x.text
        if x.is_unknown:
            return "place/" + slugify(x.text), x.text
    return None


def _claimant(v: Any) -> str | None:
    """The armed group that opens the sentence and claims the attack named back."""
    for x in v.mentions:
        group = x.of_type("ArmedGroup")
        if group is None or x.state() or not _GROUP_FRONT.match(v.text[:x.start]):
            continue
        if claims_attack_after(v.text[x.end:]):
            return group.key
    return None


def _claimed_by(views: list[Any], lead: int, read: set[int]) -> str | None:
    """The nearest claim after the lead, before another attack is read."""
    for v in views[lead + 1:lead + 1 + _CLAIM_REACH]:
        if v.index in read:
            return None
        who = _claimant(v)
        if who is not None:
            return who
    return None


def driven_bombs(raw: list[Strike], views: list[Any], published: date | None,
                 state_of: Callable[[str], str | None], dateline_state: str | None) -> None:
    """Add the attack of a lead "a suicide bomber drove an explosives-laden vehicle into a post
    in <place>" (see the module's doc)."""
    lead = next((v for v in views[1:4] if _CUE.search(v.text)), None)
    if lead is None or published is None:
        return
    cue = _CUE.search(lead.text)
    read = sentences_read(raw)
    if cue is None or lead.index in read or not _BOMBER.search(lead.text[:cue.start()]):
        return
    placed = _place(lead, cue.end())
    if placed is None:
        return
    killed, injured = strike_rules.casualties(lead.text)
    nxt = views[lead.index + 1] if lead.index + 1 < len(views) else None
    if killed is None and nxt is not None and nxt.index not in read \
            and _TOLL_NEXT.match(nxt.text):
        killed, injured = strike_rules.casualties(nxt.text)
    day = _ON_DAY.search(lead.text)
    s = new_strike(lead.index)
    s.update(attacker=_claimed_by(views, lead.index, read), target_place=placed[0],
             _place_text=placed[1], target_country=state_of(placed[0]) or dateline_state,
             killed=killed, injured=injured, weapon_text="explosives-laden vehicle",
             date=resolve_weekday(WEEKDAYS[day.group("d").lower()], published).isoformat()
             if day else None)
    raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > lead.index), len(raw)), s)
