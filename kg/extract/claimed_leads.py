"""Claimed leads: a lead attack no strike rule read, kept when a later sentence of the article
claims it or blames it on a side (round 19).

Some leads tell an attack in a shape the strike rules do not read, and leave its author to a
later paragraph: "A suicide bomber blew herself up at a fish market in Konduga, in Borno state,
on Friday, killing 12 ... President X blamed the Konduga bombing on Boko Haram"; "At least five
bombs exploded almost simultaneously across Pakistan's Balochistan province ... The minister
blamed the bombings on the Baloch Liberation Army"; "Seven soldiers were killed on Saturday when
a gunman opened fire at an army base in Boulkessi ... JNIM claimed the shooting"; "A roadside
bomb exploded under an army truck near Macomia ... The Islamic State claimed the bombing" (round
21). A lead of one
of these narrow shapes, with its own toll, becomes the report's strike only when such a claim or
blame (a strong cue: the attack named back as "the attack", "the shooting", "the <place>
bombing") follows before any other attack is told; the attacker is the claimant or the side
blamed, never the country hit. Its place is the first place after the attack verb (the town of
"in Konduga, in Borno state", not the state), its day the lead's own "on <weekday>".
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import set_weapon
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.blamed_behind import blamed_behind
from kg.extract.held_responsible import held_responsible
from kg.link.folding import slugify

Strike = dict[str, Any]

# the lead shapes no strike rule reads
_UNREAD_LEAD = re.compile(
    # "A suicide bomber blew herself up at a crowded fish market in Konduga"
    r"\bsuicide\s+bombers?\s+blew\s+(?:himself|herself|themselves)\s+up\s+(?:at|in|near|outside|"
    r"inside)\b"
    # "five bombs exploded almost simultaneously across Pakistan's Balochistan province"
    r"|\b(?:bombs|explosions|blasts|(?:explosive\s+)?devices)\s+(?:exploded|went\s+off|detonated)"
    r"\s+(?:almost\s+|nearly\s+)?simultaneously\s+(?:across|in)\b"
    # "Seven soldiers were killed on Saturday when a gunman opened fire at an army base in X"
    rf"|\b(?:were|was)\s+(?:killed|shot\s+dead)\s+(?:(?:late\s+|early\s+)?on\s+{WEEKDAY_RE}\s+)?"
    r"when\s+(?:(?:an?\s+|two\s+|several\s+)?(?:lone\s+)?(?:gunm[ae]n|attackers?|assailants?)\s+"
    r"opened\s+fire\s+(?:at|on|in|inside)\b"
    # "... when a roadside bomb exploded under their truck near Balcad"
    r"|(?:an?\s+)?(?:roadside\s+|car\s+|truck\s+)?(?:bomb|landmine|mine|explosive\s+device)\s+"
    r"(?:exploded|went\s+off|blew\s+up)\b)"
    # "A roadside bomb exploded under an army truck near Macomia on Sunday, killing six" (round 21)
    r"|(?:^|\s[-\u2013\u2014]\s)\W*An?\s+(?:roadside|car|truck|suicide|motorcycle)\s+bomb\s+"
    r"(?:exploded|went\s+off|blew\s+up|killed|hit|struck|ripped\s+through)\b")
# the attack named back: "the attack", "the shooting", "the Konduga bombing", "the bombings",
# "the ambush", "the assault", "the raid", "the killings" (round 21: "insurgents ambushed a convoy
# ... The Islamic State claimed the ambush")
_BACK_NOUN = (r"(?:[A-Z][\w'-]*\s+)?(?:attacks?|shooting|bombings?|blasts?|explosions?|"
              r"ambush(?:es)?|assaults?|raids?|killings|massacre|strikes?)\b")
# ("blamed both attacks on", "claimed the two bombings": round 66; "That attack was claimed
# by": round 67)
_BACK = rf"(?:the|both(?:\s+the)?|the\s+two|these|those|that|this)\s+{_BACK_NOUN}"
# ("The Pakistani Taliban claimed responsibility.": a bare claim, of the attack just told, as
# for kg.extract.strikes' claims; round 72)
# ("The Group for the Support of Islam and Muslims, JNIM, claimed it.": the attack as "it" ending
# the sentence, not "claimed responsibility for it" after an earlier attack told; round 75)
_CLAIM = re.compile(rf",?\s+(?:[^.;]{{0,60}}?,\s+)?(?:(?:(?:has\s+|had\s+)?(?:later\s+|also\s+|"
                    rf"quickly\s+)?claimed\s+(?:responsibility\s+for\s+)?|said\s+(?:that\s+)?"
                    rf"(?:it|they|its\s+fighters|their\s+fighters)\s+(?:had\s+)?(?:carried\s+out|"
                    rf"conducted|(?:was|were)\s+behind)\s+)(?:{_BACK}|(?<=claimed\s)it(?=\s*[.;]))|"
                    rf"(?:has\s+|had\s+)?"
                    rf"(?:later\s+|also\s+|quickly\s+)?claimed\s+responsibility(?!\s+for\b))")
# "The Islamic State's Khorasan branch claimed the attack": the group through its branch (round 28)
_BRANCH_CLAIM = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:affiliate|branch|wing|offshoot)"
                           + _CLAIM.pattern)
# "blamed the Baloch Liberation Army, which later claimed the attack" (round 28)
_WHICH_CLAIMED = re.compile(rf",\s+which\s+(?:later\s+|also\s+|has\s+since\s+|itself\s+)?"
                            rf"claimed\s+(?:responsibility\s+for\s+)?{_BACK}")
# "The attack was claimed by al-Shabaab"; "The attack, which wounded 200 people, was claimed by
# the regional affiliate of Islamic State" (a clause between, the group through its branch;
# round 74)
_CLAIMED_BY = re.compile(rf"^\W*(?:The|Both(?:\s+the)?|The\s+two|These|Those|That|This)\s+"
                         rf"{_BACK_NOUN}(?:,\s+which\s+[^,;.]{{1,80}},)?\s+"
                         r"(?:was|were)\s+(?:later\s+)?claimed\s+by\s+"
                         r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:affiliate|branch|wing|offshoot)\s+of\s+"
                         r"(?:the\s+)?)?$")
# "Officials blamed Boko Haram for the attack"
# ("blamed the Gulf Clan, the country's largest drug trafficking group, for that attack": an
# apposition between; round 81)
_BLAMED_FOR = re.compile(rf"^(?:,\s+[^,;.()]{{1,80}},)?\s+for\s+{_BACK}")
_BLAME = re.compile(rf"\bblamed\s+(?P<back>{_BACK})\s+on\s+(?:the\s+)?$")
# (a claim may open on when it came: "Hours later al-Shabaab claimed the assault", round 32)
_SUBJECT_START = re.compile(r"\W*(?:(?:(?:Hours|Minutes|A\s+day|Days)\s+later|Later|On\s+[A-Z]\w+)"
                            r",?\s+)?(?:The\s+)?")
# "the minister said the attackers belonged to the Islamic State": who they were (round 57)
_BELONGED = re.compile(r"\b(?:attackers?|assailants?|gunm[ae]n|bombers?)\s+(?:had\s+)?"
                       r"(?:belonged|belongs|belong|were\s+members|was\s+a\s+member|were\s+linked|"
                       r"was\s+linked)\s+(?:to|of|with)\s+(?:the\s+)?$")
_ON_DAY = re.compile(rf"\bon\s+(?P<d>{WEEKDAY_RE})\b")
_SAID = re.compile(r"\b(?:said|says|reported)\b")


def claim_or_blame(v: Any, place: str | None) -> str | None:
    """The side a sentence says carried out the attack told before: the subject of "claimed
    (responsibility for) the attack" or "said it carried out the attack" (also through its
    branch, "X's Khorasan branch claimed"), the group of "..., which later claimed the attack",
    the agent of "The
    attack was claimed by", the side of "blamed <G> for the attack" or "<X> blamed the <place>
    bombing on", the state held responsible for it (kg.extract.held_responsible), the side
    "behind the attack" or the attack is "attributed to" (kg.extract.blamed_behind); a place
    named in the blame must be the attack's."""
    for m in v.mentions:
        if _SUBJECT_START.fullmatch(v.text[:m.start]) and (
                _CLAIM.match(v.text[m.end:]) or _BRANCH_CLAIM.match(v.text[m.end:])):
            return m.side()
        if m.of_type("ArmedGroup") and _WHICH_CLAIMED.match(v.text[m.end:]):
            return m.side()
        if _CLAIMED_BY.match(v.text[:m.start]):
            return m.side()
        if m.of_type("ArmedGroup") and _BELONGED.search(v.text, max(0, m.start - 60), m.start):
            return m.side()
        f = _BLAMED_FOR.match(v.text[m.end:]) if re.search(
            r"\bblamed\s+(?:the\s+)?$", v.text[:m.start]) else None
        if f is not None:
            # ("blamed Israel for the Aleppo strike" is not about the strike on Homs)
            named = [n.place() for n in v.mentions
                     if m.end + f.start() <= n.start < m.end + f.end() and n.place()]
            return m.side() if not named or named == [place] else None
        b = _BLAME.search(v.text[:m.start])
        if b is not None:
            named = [n.place() for n in v.mentions
                     if b.start("back") <= n.start < b.end("back") and n.place()]
            return m.side() if not named or named == [place] else None
    # "S has not said it carried out that strike, but V holds it ..."; "said S was behind the
    # attack"
    return held_responsible(v) or blamed_behind(v)


def _place_after(v: Any, at: int, state_of: Callable[[str], str | None]
                 ) -> tuple[str, str] | None:
    """The first place after the attack verb (key, text), a capital too ("across Baghdad"); a
    name no gazetteer knows counts after "in" or "near" ("an army base in Boulkessi")."""
    for m in v.mentions:
        if m.start < at:
            continue
        if m.place():  # (a capital too: "across Baghdad")
            return m.place(), m.text
        if m.is_unknown and v.text[:m.start].endswith((" in ", " near ")):
            return "place/" + slugify(m.text), m.text
    return None


def _day(text: str, published: date | None) -> str | None:
    """The lead's own "on <weekday>", before the report's "said"."""
    said = _SAID.search(text)
    m = _ON_DAY.search(text[:said.start()] if said else text)
    if m is None or published is None:
        return None
    return resolve_weekday(WEEKDAYS[m.group("d").lower()], published).isoformat()


def claimed_lead(raw: list[Strike], views: list[Any], published: date | None,
                 state_of: Callable[[str], str | None], dateline_state: str | None,
                 new_strike: Callable[[int, str | None], Strike]) -> Strike | None:
    """The strike of an unread lead a later sentence claims or blames (see the module's doc),
    added to raw; None when there is none."""
    told = {i for s in raw if s["type"] == "Strike" for i in (s.get("_sents") or [s["_sent"]])}
    lead = next((v for v in views[1:4] if _UNREAD_LEAD.search(v.text)), None)
    if lead is None or lead.index in told:
        return None
    killed, injured = strike_rules.casualties(lead.text)
    if killed is None and injured is None:
        return None
    trig = _UNREAD_LEAD.search(lead.text)
    placed = _place_after(lead, trig.start(), state_of)
    if placed is None:
        return None
    country = state_of(placed[0]) or next(
        (m.state() for m in lead.mentions if m.state() and m.start < trig.end() + 40
         and m.possessive), None) or dateline_state
    who = None
    for v in views[lead.index + 1:lead.index + 8]:
        if v.index in told:
            return None  # another attack told first: the claim may be of that one
        who = claim_or_blame(v, placed[0])
        if who is not None:
            break
    if who is None or who == country:
        return None
    s = new_strike(lead.index, country)
    s.update(attacker=who, target_place=placed[0], _place_text=placed[1], killed=killed,
             injured=injured, date=_day(lead.text, published), assertion="claimed",
             _sents=[lead.index, v.index])
    weapon = next((m for m in lead.mentions if m.category and m.start <= trig.end()), None)
    set_weapon(s, weapon)
    raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > lead.index), len(raw)), s)
    return s


# an attack told in a sentence between a strike and a claim ("A suicide bomber attacked ...")
_ATTACK_TOLD = re.compile(r"\b(?:suicide\s+bombers?|attacked|ambushed|bombed|exploded|"
                          r"opened\s+fire|stormed|shelled|raided)\b")
# how far after its attack a claim or blame may come (the report and the paragraphs after it)
_CLAIM_REACH = 6


def attribute_far_claims(raw: list[Strike], views: list[Any]) -> None:
    """An attack read without an author takes the side of a claim or blame that names it back
    ("the attack", "the Quetta bombing") in a later paragraph, beyond the two sentences the
    sentence-by-sentence attribution reaches: when it is the one attack told last before the
    claim, within six sentences ("Gunmen attacked ..." too: the claim names who they were)."""
    strikes = [s for s in raw if s["type"] == "Strike"]
    for v in views:
        before = [s for s in strikes if s["_sent"] < v.index]
        if not before:
            continue
        last = max(s["_sent"] for s in before)
        told = [s for s in before if s["_sent"] == last]
        if len(told) != 1 or v.index - last > _CLAIM_REACH:
            continue
        s = told[0]
        if s["attacker"] is not None:
            continue
        if any(_ATTACK_TOLD.search(w.text) for w in views[last + 1:v.index]):
            continue  # "A suicide bomber attacked a convoy ... The Taliban claimed the attack":
            # the claim is of the attack told in between, which no rule has read yet (round 21)
        who = claim_or_blame(v, s["target_place"])
        if who is None or who in (s["target_country"], s.get("_not_attacker")):
            continue
        s["attacker"], s["assertion"] = who, "claimed"
        s["_sents"] = [*(s.get("_sents") or [s["_sent"]]), v.index]
