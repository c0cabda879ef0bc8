"""Blame told as "<side> was behind the attack" or "attributed the attack to <side>" (round 21).

A state whose site was hit often names the author in the next sentence without the verbs the
claim rules read ("blamed", "accused ... of", "holds ... responsible for"): "Riyadh said the
Houthis were behind the attack"; "Baghdad said Kataib Hezbollah was responsible for the strike";
"Officials attributed the bombing to the Islamic State"; "Islamic State militants carried out
the attack, a war monitor said"; "The military said the drone had been launched by the Pakistani
Taliban"; "It said the drones had been supplied to the RSF by the UAE" (the user, not the
supplier). The side so named is the attacker the
text gives, as with "blamed X for the attack" (kg.extract.claimed_leads), and never the state
that speaks. Only with the attack named back ("the attack", "that strike", "it") or a bare "was
responsible" ending its clause (round 28), the side as
the subject of a reported clause or of the sentence, and no negation between them.
"""

from __future__ import annotations

import re
from typing import Any

# "the attack", "that strike", "Monday's bombing", "the ambush"
_ATTACK_BACK = (r"(?:that|the|this|both|[A-Z]\w+day['’]s)\s+(?:[\w-]+\s+)?(?:strikes?|attacks?|raids?|"
                r"bombings?|shelling|airstrikes?|ambush(?:es)?|blasts?|explosions?)\b")
# the side as the subject: at the start, or of a reported clause ("Riyadh said the Houthis ...")
_SUBJECT_BEFORE = re.compile(
    r"(?:^\W*|\b(?:said|says|believes?|believed|concluded|suspects?|suspected|added|insisted)"
    r"\s+(?:that\s+)?)(?:the\s+)?$")
# "... were behind the attack", "... was responsible for the strike", "... was behind it"
_BEHIND_AFTER = re.compile(
    r"\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:(?:most\s+)?likely\s+)?"
    rf"(?:behind|responsible\s+for)\s+(?:{_ATTACK_BACK}|it\b)"
    # "said al-Shabaab was responsible, an accusation the group rejected" (round 28: the clause
    # ends there, nothing else it could be responsible for)
    r"|\s+(?:was|were|is|are)\s+(?:(?:most\s+)?likely\s+)?responsible(?=\s*(?:[,;.]|$))"
    # "Islamic State militants carried out the attack, a war monitor said"
    r"|\s+(?:(?:fighters|militants|members|forces|gunmen|insurgents)\s+)?(?:had\s+|have\s+)?"
    rf"(?:carried\s+out|conducted|staged|mounted)\s+{_ATTACK_BACK}")
# "the drone had been launched by the Pakistani Taliban": the weapon or attack named back, then
# its agent
_LAUNCHED_BY_BEFORE = re.compile(
    r"\b(?:the|that)\s+(?:drones?|missiles?|rockets?|shells?|attack|strike|raid)\s+(?:had\s+been|"
    r"has\s+been|was|were)\s+(?:launched|fired|sent|flown|carried\s+out)\s+by\s+(?:the\s+)?$")
# "the drones had been supplied to the RSF by the UAE": the side the weapon named back was
# supplied to used it (not the supplier)
_SUPPLIED_TO_BEFORE = re.compile(
    r"\bthe\s+(?:drones?|missiles?|rockets?)\s+(?:had\s+been|has\s+been|have\s+been|was|were)\s+"
    r"(?:supplied|sent|given|provided|delivered)\s+to\s+(?:the\s+)?$")
# "both attacks were the work of Boko Haram", "the bombing was likely the work of ISWAP" (round 27a)
_WORK_OF_BEFORE = re.compile(rf"\b{_ATTACK_BACK}\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
                             r"(?:(?:most\s+)?likely\s+|probably\s+)?the\s+work\s+of\s+(?:the\s+)?$")
# "attributed the attack to the Islamic State"
# ("attributed the attack to a faction of the Pakistani Taliban": the faction's group, round 77)
_ATTRIBUTED_BEFORE = re.compile(rf"\battribut(?:ed|es|ing)\s+{_ATTACK_BACK}\s+to\s+"
                                r"(?:(?:a|one)\s+(?:faction|wing|branch|splinter\s+group|cell)\s+"
                                r"of\s+)?(?:the\s+)?$")


def _side(m: Any) -> str | None:
    """A state or an armed group: who may carry out an attack."""
    group = m.of_type("ArmedGroup")
    return m.state() or (group.key if group else None)


def blamed_behind(v: Any) -> str | None:
    """The side a sentence says was behind the attack it names back, else None."""
    for m in v.mentions:
        side = _side(m)
        if side is None:
            continue
        before = v.text[:m.start]
        if _SUBJECT_BEFORE.search(before) and _BEHIND_AFTER.match(v.text[m.end:]):
            return side
        if _ATTRIBUTED_BEFORE.search(before) or _LAUNCHED_BY_BEFORE.search(before) \
                or _SUPPLIED_TO_BEFORE.search(before) \
                or " work of " in before[-40:] and _WORK_OF_BEFORE.search(before):
            return side
    return None
