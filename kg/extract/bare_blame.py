"""Blame of a group with no attack named: "The authorities blamed Boko Haram, which ..." (round 24).

A report often leaves the author of the attack it told to a later sentence that names only the
group blamed, with no "for the attack" after it: "The authorities blamed Boko Haram, which has
fought the Nigerian state for years". The claim rules (kg.extract.claimed_leads) need the attack
named back; this one reads the bare blame, kept narrow because nothing ties it to an attack but
its place in the report: the subject is the authorities ("The authorities", "Officials", "Police",
"The army"), the object an armed group (never a state: "blamed Rwanda" is as often about a war as
about an attack), and nothing follows the group but the end of the clause ("blamed X for the
drought", "blamed X on" are not this shape); any subject when the group denies it next ("...
blamed the SDF, which rejected the accusation", round 28). The caller decides which attack it
names.
"""

from __future__ import annotations

import re
from typing import Any

# "The authorities blamed ", "Local officials have blamed ", "Police blamed the "
_AUTHORITIES_BLAMED = re.compile(
    r"^\W*(?:The\s+)?(?:(?:local|state|provincial|regional|security|government|military|"
    r"district)\s+)?(?:authorities|officials|police|army|military|government)\s+"
    r"(?:have\s+|had\s+|quickly\s+|later\s+)?blamed\s+(?:the\s+)?"
    # ("blamed a faction of FARC dissidents": round 81)
    r"(?:(?:a|one)\s+(?:faction|splinter\s+group|wing|cell|unit)\s+of\s+(?:the\s+)?)?$", re.I)
# the clause ends after the group ("Boko Haram, which ...", "the ADF.", "ISWAP fighters,")
_CLAUSE_ENDS = re.compile(r"^(?:\s+(?:fighters|militants|insurgents|rebels|jihadists|gunmen))?"
                          # ("... FARC dissidents led by the commander known as X", "... rebels
                          # who rejected the 2016 peace deal": who they are; round 81)
                          r"(?:\s*(?:[,.;]|$)|\s+(?:led\s+by|loyal\s+to|who|that)\s)")


# "blamed " right before the side; "for the hotel attack" right after it
_BLAMED = re.compile(r"\bblamed\s+(?:the\s+)?$")
_FOR_WORD_ATTACK = re.compile(r"^\s+for\s+the\s+[a-z][a-z-]+\s+(?:attacks?|bombings?|blasts?|"
                              r"raids?|ambush|assault|massacre|shelling|strikes?)\b")


# "blamed the Kurdish-led SDF, which rejected the accusation": blamed by one side, denied by the
# other; the denial ties the blame to the attack whoever blames (round 28)
_DENIED_AFTER = re.compile(r"^(?:\s+(?:fighters|militants|insurgents|rebels|jihadists|gunmen))?"
                           r",\s+which\s+(?:has\s+|had\s+|later\s+|quickly\s+|swiftly\s+)?"
                           r"(?:denied|rejected|dismissed)\b")
_BLAMED_LED = re.compile(r"\bblamed\s+(?:the\s+)?(?:[A-Z][\w'’]*-(?:led|backed)\s+)?$")


def bare_blame(v: Any) -> str | None:
    """The armed group the authorities blame in a sentence that names no attack, or the side
    blamed "for the <word> attack", else None."""
    for m in v.mentions:
        if _BLAMED.search(v.text[:m.start]) and _FOR_WORD_ATTACK.match(v.text[m.end:]):
            return m.side()
        group = m.of_type("ArmedGroup")
        if group is None:
            continue
        if _AUTHORITIES_BLAMED.match(v.text[:m.start]) and _CLAUSE_ENDS.match(v.text[m.end:]):
            return group.key
        if _BLAMED_LED.search(v.text[:m.start]) and _DENIED_AFTER.match(v.text[m.end:]):
            return group.key  # ("Syria's interior ministry blamed the SDF, which denied it")
    return None


# how far after its attack the bare blame may come (the report's next paragraph at most)
_REACH = 4
# another attack told in between: the blame may be of that one
_ATTACK_TOLD = re.compile(r"\b(?:suicide\s+bombers?|attacked|ambushed|bombed|exploded|"
                          r"opened\s+fire|stormed|shelled|raided)\b")


def attribute_bare_blames(raw: list[dict[str, Any]], views: list[Any]) -> None:
    """The strikes of the last sentence that told one before a bare blame (within four sentences,
    no attack told in between, none with an author yet) take the group blamed. The rules may
    read one attack twice in its sentence (the town and its province): all take the group."""
    strikes = [s for s in raw if s["type"] == "Strike"]
    for v in views:
        before = [s for s in strikes if s["_sent"] < v.index]
        if not before:
            continue
        last = max(s["_sent"] for s in before)
        told = [s for s in before if s["_sent"] == last]
        if v.index - last > _REACH or any(s["attacker"] is not None for s in told):
            continue
        if any(_ATTACK_TOLD.search(w.text) for w in views[last + 1:v.index]):
            continue
        group = bare_blame(v)
        if group is None or any(group == s["target_country"] for s in told):
            continue
        for s in told:
            s["attacker"], s["assertion"] = group, "claimed"
            s["_sents"] = [*(s.get("_sents") or [s["_sent"]]), v.index]
