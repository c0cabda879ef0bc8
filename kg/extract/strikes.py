"""Strikes: who attacked which place (and country), with what, how many killed and injured, when.

Rules:

* S1 trigger: an attack verb or noun ("hit", "struck", "shelled", "fired ... at", "strike",
  "attack", "barrage") or an interception of attacking weapons ("Russian drones downed ...").
  Not: "struck a deal", "hit back", "attack drones" (a weapon), threats and hedges
  ("warned it would prepare a retaliatory strike", "could strike"), generic plurals
  ("repeated attacks") without a place, date or casualties.
* S2 attacker: "a strike by Moscow's military", "hit by Russian missiles" (by-phrase); "a
  Russian missile hit", "Israeli airstrike" (modifier); "The Russians fired" (subject); or the
  speaker claiming it ("Ukraine's military said a strike had hit ..." -> claimed).
* S3 place: the place hit (after the trigger, else before it: "Kyiv hospital hit by ..."); the
  country from "in eastern Ukraine", "Ukrainian towns", the gazetteer's part-of chain or a
  capital's state.
* S4 casualties: "killing at least four", "four people were killed and nine hurt", "2 dead,
  16 injured", "two adults died", "no injuries" (0); "including 7 children" is not the total.
* S5 assertion: reported, claimed (by the attacker) or denied ("denied carrying out").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.extract.answered_side import targeted_group
from kg.extract.attack_cues import (accused_next, aimed_toward, alarm_only, disowns,
                                     killing_before, unarmed_downing,
                                     assaulted_name, sequence_clause, sequence_front,
                                     sea_attack_with_toll, statement_date, undated_dateline)
from kg.extract.caseless import caseless, odd_case
from kg.extract.accuser_subjects import accuser_before
from kg.extract.clauses import Actor, clause_start, group_after, relative_spans, subject_before
from kg.extract.paired_demonyms import first_of_pair
from kg.extract.dates import WEEKDAY_RE
from kg.extract.entities import WEAPON_RE, Mention, SentView
from kg.extract.judged_attacks import judged_attack
from kg.extract.discourse import (ALLY_BEFORE, BACK_REF, FOR_EARLIER, LAUNCH_AREA, NEGATED,
                                  SPONSOR_AFTER)
from kg.extract.named_beaches import BEACH_END
from kg.extract.numbers import COUNT_RE, parse_number
from kg.extract.pressed_assaults import pressed_assault
from kg.extract.relative_dates import days_before, shift_day
from kg.extract.sentences import DATELINE_RE, JOINT_DATELINE_RE
from kg.extract.struck_pacts import deal_struck
from kg.extract.time_reference_strikes import time_reference_strike
from kg.extract.tolls import two_group_total
from kg.extract.vessel_names import in_vessel_name

TRIGGER_RE = caseless(
    r"\b(?:(?P<verb>hit|hits|struck|strikes?|striking|attack(?:ed|s|ing)?|shell(?:ed|ing)|"
    r"bomb(?:ed|ing)|pound(?:ed|ing)|target(?:ed|ing)|fired|fires|firing|"
    r"launch(?:ed|es|ing)|rained|slammed|pummell?ed|raided|blasted|hammered|battered|rammed|"
    r"sent|sends|sending|"
    r"destroyed|damaged|wrecked|levelled|leveled|flattened|"
    # "Houthi missiles sank a bulk carrier": a ship sunk by an attack (round 51; the subject
    # must name who or what sank it, as for the verbs above)
    r"sank(?=\s+(?:an?|the|its|their|two|three|another|one)\s)|"
    # "Drones knocked out power to Atbara": damage told by the outage it caused (the subject
    # must be a weapon or an attack: kg.extract.strikes.OUTAGE_SUBJECT)
    r"(?:knocked|knocking)\s+out\s+(?:power|electricity|water)|cut\s+(?:off\s+)?(?:power|electricity|"
    r"water)|"
    # "gunmen opened fire at a bar", "armed men stormed a checkpoint": attacks on the ground
    r"opened\s+fire|stormed|shot\s+dead|gunned\s+down|ambushed|"
    # "ISWAP fighters overran a base, killing 12 soldiers": a capture told with its toll is an
    # attack (without one, a capture like "seized", not a strike)
    r"overran(?=[^.;]{0,120}?\b(?:killing|killed|wounding|wounded|injuring)\b)|"
    # ("gunmen besieged a hotel for thirty hours, killing 21": a siege told with its toll; round
    # 89)
    r"besieged(?=[^.;]{0,120}?\b(?:killing|wounding|injuring)\b)|"
    # "a Russian missile brought down one of its sections, killing 23": a part of a building
    # felled, told with its toll (round 20; "brought down a drone" stays an interception)
    r"(?:brought|bringing)\s+down(?=\s+(?:one\s+of\s+|part\s+of\s+)?(?:an?|the|its|their|two|three)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:sections?|walls?|roofs?|buildings?|blocks?|bridges?|towers?|floors?|"
    r"wings?|stairwells?|storeys?)\b[^.;]{0,120}?\b(?:killing|killed|wounding|wounded|injuring)\b)|"
    r"(?:tore|tearing|ripped|ripping|smashed|crashed|ploughed|plowed)\s+(?:through|into)|"
    r"slammed\s+into|came\s+down\s+on|dropped|dropping|(?:blown|blew)\s+up|"
    # ("A second bomb exploded hours later outside a police post": the time between; round 54)
    # ("Two car bombs exploded minutes apart outside the ministry": the time between; round 84)
    r"(?:fell|landed|exploded|detonated)\s+(?:(?:(?:minutes|hours|moments|shortly|soon|a\s+day|"
    r"days)\s+)?(?:later|afterwards|after\s+that)\s+|(?:seconds|minutes|moments|hours)\s+apart\s+)?"
    r"(?:on|in|near|at|inside|outside|beside|"
    r"next\s+to|close\s+to|across|throughout)|"
    # "a bomb went off at a cattle market in Konduga" (round 27a: only a bomb or device's)
    r"(?:(?<=bomb\s)|(?<=device\s)|(?<=IED\s))went\s+off\s+(?:at|in|near|outside|inside|beside)|"
    # "a drone exploded over a market": a weapon blowing up above its target
    r"(?:exploded|detonated)\s+(?:over|above)|"
    # "they detonated a car bomb near a base": a bomb set off at a place
    r"(?:detonated|set\s+off)(?=\s+(?:an?|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:bombs?|"
    r"explosives?|(?:explosive\s+)?devices?|IEDs?)\s+(?:on|in|near|at|inside|outside)\b)|"
    # "Among the targets were a depot in X and a market in Y": the places of a raid listed
    r"(?<=among\s)the\s+(?:other\s+)?targets\s+(?:[a-z]+\s+){0,2}?(?:were|was)|(?<=the\s)targets\s+(?:included|includes)|"
    # "The main target was a refinery in Ryazan": where the barrage just told was aimed
    r"(?<=main\s)target\s+(?:was|were)|(?<=primary\s)target\s+(?:was|were)|"
    r"(?:were|was)\s+(?:mostly\s+|mainly\s+)?aimed\s+at)"
    r"|(?P<noun>(?:air\s*|drone\s+|missile\s+|rocket\s+)?strikes?|airstrikes?|attacks?|"
    # "Since then the attacks have spread. The first of those, on 21 October in ...": one of
    # the attacks just counted, told by its day and place
    r"(?<=[Tt]he\s)(?:first|second|third|latest|last)\s+of\s+(?:those|these|them)(?=,\s+on\s+\d)|"
    r"barrage|bombardment|assault|raid|ambush|"
    # "carried out twin car bombings at the ministry" (round 38: the singular was a verb form)
    r"bombings|"
    # "ISWAP claimed Tuesday's massacre of farmers near Gwoza": a massacre told by its day
    # (round 28; a bare "massacre" is often history or a figure of speech)
    r"(?:(?<=day['’]s\s)|(?<=day\s)|(?<=weekend['’]s\s)|(?<=weekend\s)|(?<=night['’]s\s)|"
    r"(?<=week['’]s\s))massacre|"
    # "a Pakistani air operation near Barmal killed eight": an operation told by its toll
    r"(?:(?:air|military|ground|special|army|drone)\s+)?operation(?=[^.;]{0,90}?\bkill(?:ed|ing)\b)|"
    # "heavy artillery fire on Poonch": the fire of a weapon aimed at a place is an attack
    # ("Artillery fire killed nine people in ...": the fire told by its toll, no attacker named)
    r"(?:artillery|rocket|mortar|tank)\s+fire(?=\s+(?:on|at|into|against|across)\s|"
    # ("retaliated with artillery fire, killing three soldiers": its toll after it; round 68)
    r"\s+(?:killed|wounded|injured)\s|,\s+(?:killing|wounding|injuring)\s|"
    # ("Artillery fire by Russian troops killed four": its firer between; round 80)
    r"\s+by\s+(?:[\w'’-]+\s+){1,4}?(?:killed|wounded|injured)\s))"
    r"|(?P<intercept>downed|shot\s+down|intercepted))\b",
    # one of these stands in every branch's own words: a sentence with none (most) is not
    # scanned (the scan tries each branch at every word: ~25 us a sentence)
    needs=("attack", "strik", "hit", "struck", "fir", "sen", "target", "bomb", "shell", "launch",
           "raid", "shot", "downed", "intercepted", "destroyed", "damaged", "cut", "set", "them",
           "these", "those", "pound", "rained", "slammed", "pummel", "blasted", "hammered",
           "battered", "rammed", "wrecked", "levelled", "leveled", "flattened", "knock", "opened",
           "stormed", "gunned", "ambush", "overran", "brought", "bringing", "tore", "tearing",
           "ripped", "ripping", "smashed", "crashed", "ploughed", "plowed", "came", "dropp",
           "blown", "blew", "fell", "landed", "exploded", "detonated", "went", "aimed", "barrage",
           "assault", "massacre", "operation", "sank", "besieged"))
# "had hit investment", "struck the economy": a blow in a figure of speech
_FIGURATIVE_OBJECT = re.compile(
    r"^\s+(?:(?:the|a|an|its|their|his|her|our|[A-Z][\w'’-]*(?:['’]s)?)\s+){0,2}(?:[a-z][\w-]*\s+)?"
    r"(?:investment|investors|econom(?:y|ies)|revenues?|exports?|imports|growth|trade|"
    r"tourism|sales|profits?|earnings|prices|incomes?|jobs|confidence|morale|budgets?|currency|"
    r"shares|stocks|livelihoods|remittances|finances|reputation|ratings?|polls?|"
    r"hopes|chances|prospects|relations|ties)\b(?!\s+(?:facilit|plant|site|infrastructure|"
    r"depot|terminal|hub|port|centre|center|building|office))")
# "an attack on Europe's security", "an attack on democracy": a figure of speech (round 73)
_ABSTRACT_TARGET = re.compile(
    r"^\s+on\s+(?:(?:the|our|its|their|all\s+of)\s+)?(?:[A-Z][\w'’-]*['’]s\s+|[a-z]+\s+)?"
    r"(?:security|sovereignty|democracy|freedom|values|future|unity|order|peace|stability|"
    r"dignity|civili[sz]ation|humanity|us|all\s+of\s+us|the\s+world)\b"
    r"(?!\s+(?:forces|services|posts?|checkpoints?|convoys?|personnel|officers|buildings?|"
    r"headquarters|agenc\w+|compounds?|installations?|council|zone|base))")
# "Russia's attack on Ukraine is an attack on ...": a characterisation, no attack of its own
_CHARACTERISED = re.compile(r"\b(?:is|was|are|were|be|amounts\s+to|constitutes)\s+an?\s+"
                            r"(?:[a-z]+\s+)?$")
_IS_AN_ATTACK = re.compile(r"^\s+on\s+[^.;,]{1,40}?\s+(?:is|was)\s+an?\s+(?:[a-z]+\s+)?"
                           r"(?:attack|assault)\s+on\b")
_QUOTE = re.compile(r"“[^”]{0,400}”|\"[^\"]{0,400}\"")
# "18 people were killed in the attack", "The assault killed 27": a toll of the attack told
# before (a later, often broader or no, place), not an attack of its own
_DAYS = rf"{WEEKDAY_RE}['’]s"
TOLL_BACK_REF = re.compile(
    rf"\b(?:killed|dead|died|injured|wounded|hurt)\s+(?:in|during|by)\s+(?:the|this|that|{_DAYS})"
    rf"\s+(?:[\w-]+\s+){{0,2}}?(?:attack|strike|airstrike|assault|raid|bombing|shelling|ambush|"
    rf"blast|explosion)\b|^\W*(?:The|This|That|{_DAYS})\s+(?:[\w-]+\s+){{0,2}}?(?:attack|strike|"
    rf"airstrike|assault|raid|bombing|shelling|ambush|blast)\s+(?:(?:had|has|have)\s+)?"
    rf"(?:killed|left)\b")
# a word of every TOLL_BACK_REF match: a sentence without any is not scanned
TOLL_WORDS = ("killed", "dead", "died", "injured", "wounded", "hurt", "left")


def toll_back_ref(text: str) -> bool:
    """Whether TOLL_BACK_REF is in ``text`` (quicker for a sentence without TOLL_WORDS)."""
    return any(w in text for w in TOLL_WORDS) and TOLL_BACK_REF.search(text) is not None
# a flight or convoy that brings weapons, not one that attacks with them
_CARRIED = re.compile(r"\b(?:(?:carrying|carried|transporting|ferrying|delivering|loaded\s+with|"
                      r"laden\s+with)(?!\s+(?:an?\s+|\w+\s+)?(?:explosives?|warheads?|payloads?|"
                      r"bombs?|munitions?|grenades?)\b)|cargo|transport|freight\w*|airlift\w*|flights?|shipments?|"
                      r"consignments?|deliver(?:y|ies))\b", re.I)
# "an explosion on Monday destroyed two jets on the Saky air base": a blast of a strike whose
# attacker a later sentence may claim (kept only if one does, kg.extract.records)
_BLAST_SUBJECT = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:explosions?|blasts?)"
                            r"(?:\s+(?:(?:late|early)\s+)?on\s+[A-Z]\w+day)?\s+$")
# "Hundreds of pagers exploded across Lebanon, killing 12": devices that blew up, told with a
# toll, are an attack whose side a later blame or claim may name (round 41)
_DEVICES_SUBJECT = re.compile(r"\b(?:pagers|walkie-talkies|(?:hand-?held\s+|electronic\s+|"
                              r"communication\s+|booby-trapped\s+)?devices|radios)\s+$", re.I)
# "Gunmen killed 12 people at a bar": an attack only after an attacker left unknown ("the
# strike killed 12" is a toll); kept out of TRIGGER_RE, which other steps read as "an attack
# is told here"
_UNKNOWN_KILLED = re.compile(r"(?P<verb>\b(?:shot\s+and\s+)?killed\b)"
                             r"(?P<noun>(?!))?(?P<intercept>(?!))?")  # (the groups find reads)
# "Twenty soldiers were killed when jihadists overran a camp": a capture whose toll is told
# before it (TRIGGER_RE reads "overran" with the toll after it; round 75)
_OVERRAN = re.compile(r"(?P<verb>\boverran\b)(?P<noun>(?!))?(?P<intercept>(?!))?")
_TOLL_BEFORE = re.compile(r"\b(?:killed|wounded|injured|died)\s+(?:when|as|after)\s+"
                          r"(?:[\w'’-]+\s+){1,4}$")


# "A Russian missile killed seven workers in X": a weapon of a named maker or side as the subject
# of the toll (round 30); "the missile killed" (a toll of the attack told) is not one, nor "came
# four days after a Russian missile killed" (kg.extract.came_after dates that one)
_WEAPON_AGENT = re.compile(
    # ("In Kharkiv, a missile killed three people", "In Odesa, drones killed two": a weapon with
    # no side opens an attack too, its side from the context; round 73)
    # ("On Monday, Russian missiles killed eight people in Kyiv": a side's weapons after a
    # fronted time or place, round 88)
    r"(?:(?<!after\s)\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ss]everal)\s+|"
    r"(?:^\W*|,\s+)(?=(?:[A-Z][\w'’-]+\s+(?:[a-z]+\s+){0,2}?)?[A-Z]?[a-z]+s\s+$)|"
    # ("KYIV - Russian drones killed seven people in Dnipro": after a dateline, round 76)
    r"\s[-\u2013\u2014]\s+(?=[A-Z][\w'’-]+\s+(?:[a-z]+\s+){0,2}?[a-z]+s\s+$))"
    r"(?:[A-Z][\w'’-]+\s+)?(?:(?:cruise|ballistic|guided|"
    r"glide|attack|kamikaze|hypersonic|artillery|mortar|aerial|anti-ship)\s+){0,2}"
    r"(?:missiles?|drones?|rockets?|shells?|bombs?)\s+$")


def _triggers(text: str) -> Iterator[re.Match]:
    """TRIGGER_RE's matches, with "killed" after unknown attackers or a side's weapon, in
    order (lazily: the caller often stops at the first attack)."""
    extra = [k for k in _UNKNOWN_KILLED.finditer(text)
             if _UNKNOWN_AGENT.search(text[max(0, k.start() - 80):k.start()])
             or _WEAPON_AGENT.search(text[max(0, k.start() - 60):k.start()])
             # ("Jihadists killed 20 villagers in Mopti": round 60)
             or _BARE_GROUP_SUBJECT.search(text[max(0, k.start() - 80):k.start()])] \
        if "killed" in text else []
    if " fire" in text:
        # "were killed by Israeli fire in Rafah", "Russian fire killed two": a side's fire told
        # with its toll (round 60)
        extra += [f for f in _SIDE_FIRE.finditer(text)
                  if _BY_SIDE.search(text, max(0, f.start() - 60), f.start())
                  or (_SIDE_BEFORE.search(text, max(0, f.start() - 30), f.start())
                      and _TOLL_NEXT.match(text, f.end()))]
    if "overran" in text:
        # "Twenty soldiers were killed when jihadists overran a camp": the toll told before the
        # capture (TRIGGER_RE reads it after; round 75)
        extra += [o for o in _OVERRAN.finditer(text)
                  if _TOLL_BEFORE.search(text, max(0, o.start() - 80), o.start())
                  and not TRIGGER_RE.match(text, o.start())]
    if not extra:
        return TRIGGER_RE.finditer(text)
    return iter(sorted([*TRIGGER_RE.finditer(text), *extra], key=lambda m: m.start()))


_SIDE_FIRE = re.compile(r"(?P<verb>(?!))?(?P<noun>\bfire\b)(?P<intercept>(?!))?")
# a side's adjective, maybe a kind of fire after it: "Israeli", "Russian artillery"
_SIDE_OF_FIRE = r"[A-Z][\w'’-]+\s+(?:(?:army|military|tank|sniper|artillery|gun|naval)\s+)?$"
_BY_SIDE = re.compile(r"\b(?:killed|wounded|injured|shot)\s+by\s+" + _SIDE_OF_FIRE)
_SIDE_BEFORE = re.compile(r"(?:^|[—–-]\s+|[.;]\s+)" + _SIDE_OF_FIRE)
_TOLL_NEXT = re.compile(r"\s+(?:also\s+)?(?:killed|wounded|injured)\b")
# what may cause an outage told as an attack: "Blasts knocked out power", "Russian drones cut
# electricity" (not "Storms knocked out power", "The utility cut water supplies")
OUTAGE_SUBJECT = re.compile(r"\b(?:blasts?|explosions?|strikes?|airstrikes?|shelling|bombing|"
                            r"bombardment|(?:artillery|rocket|mortar)\s+fire|drones?|missiles?|"
                            r"rockets?|shells?|bombs?|barrage)\s+(?:(?:also|have|has|had)\s+)?$",
                            re.I)
_OUTAGE = re.compile(r"^(?:knocked|knocking|cut)\s", re.I)
_SANCTION = re.compile(r"\bsanction(?!ed\s+(?:[\w-]+\s+)?(?:tankers?|vessels?|ships?|fleet|oil|"
                       r"crude|cargo)\b)", re.I)
_GROUND_VERB = re.compile(r"^(?:opened\s+fire|stormed|overran|shot\s+dead|gunned\s+down|"
                          r"ambushed)$")
_AMBUSHED_PASSIVE = re.compile(r"\b(?:was|were|been|being)\s+$")
_NOUN_ONLY = {"barrage", "bombardment", "assault", "raid", "ambush", "fire"}
_NOT_ATTACK_AFTER = re.compile(
    r"^\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:deal|agreement|balance|note|chord|pose|"
    r"record|milestone|target|memorandum|accord|bargain|compromise|pact|partnership|contract|"
    r"truce|ceasefire|tone|nerve)|(?:back|out|home)\b|the\s+road|hard\s+by\s+(?:sanctions|inflation)|"
    r"(?:drones?|helicopters?|aircraft|submarines?|jets?|capabilit\w+|force|group|"
    r"package|power(?!\s+(?:stations?|plants?|grids?|lines?|substations?|facilit\w+|"
    r"infrastructure|supplies|networks?))|range|missions?|dogs?)\b|with\s+sanctions|by\s+sanctions|on\s+the\s+idea|"
    # "the first attack so close to Beirut since ...": a comparison, not an attack (round 70)
    r"(?:so|this|as)\s+close\s+to\b|"
    # "twelve French Attack-class submarines": a class of vessel or weapon (round 84)
    r"[-‑](?:class|type)\b)",
    re.I)
_NOT_ATTACK_BEFORE = caseless(
    r"(?:heart|panic|cyber|verbal|political|retaliatory|counter|precision|possible|potential|"
    r"any|future|new|planned|further|preemptive|pre-emptive|hunger|general|long-range|"
    # "the systems to intercept drone attacks on Cairo": what arms bought are for (round 85;
    # not "air defences worked to repel drone attacks", an attack under way)
    r"(?:systems?|batteries|interceptors|missiles|launchers|equipment|weapons|jets)\s+"
    r"(?:(?:needed|used|designed|meant|bought|intended)\s+)?(?:to|can|could|would|will)\s+"
    # ("to help Kyiv defend against missile attacks from Russia": round 87)
    r"(?:help\s+(?:[\w'’-]+\s+){0,3}?)?(?:intercept|counter|repel|thwart|deter|"
    r"fend\s+off|defend\s+against|protect\s+against|guard\s+against)"
    r"(?:\s+(?:drone|missile|rocket|air|ballistic))?)[\s-]*"
    r"[“\"‘']?$")
# ("May 8 (Staff) - A military air strike": a dateline's month and day, not the hedge "may")
_HEDGE = caseless(
    r"\b(?:would|could|might|may(?!\s+\d)|will|shall|threaten\w*|warn\w*|vow\w*|plan(?:s|ned|ning)?|prepar\w*|"
    r"(?:did|does|do)\s+not\s+want\w*|"
    r"if|unless|possible|risk\w*|fear\w*|ready\s+to|able\s+to|capable\s+of|want\w*\s+to|"
    r"intend\w*|consider\w*|prevent\w*|avoid\w*|deter\w*|aimed\s+at|designed\s+to|"
    r"can|cannot)\b[^.;,]{0,30}$")
# "vowed revenge after an Israeli air strike": the strike that came before, told with its side
# (round 82; not "vows to fight on after drone attacks", whose side the clause does not name)
_SIDED_AFTER = re.compile(r"\b(?:after|following)\s+(?:an?\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){1,2}"
                          r"(?:[a-z-]+\s+){0,2}$")
# "in response to an Iranian ballistic missile attack on Israel": the earlier attack answered
_EARLIER = re.compile(r"\b(?:(?:in\s+)?(?:response|retaliation|reply)\s+(?:to|for)|after|following|"
                      r"to\s+avenge)\s+(?:an?|the|last\s+\w+['’]s|its|their)?\s*(?:[\w-]+\s+){0,5}$",
                      re.I)
_EARLIER_ANY = re.compile(r"\b(?:(?:(?:in\s+)?(?:response|retaliation|reply|revenge)\s+(?:to|for)|"
                          r"to\s+avenge)\s+|(?:after|following)\s+(?=(?:an?|the|last\s+\w+['’]s|"
                          r"its|their)\b|(?:[\w-]+\s+){0,2}?(?:rockets?|missiles?|drones?|"
                          r"strikes?|airstrikes?|attacks?|shelling|bombing|raids?|barrage)\b))",
                          re.I)
# "the bombing of its positions in Khiam": the side answering was the one hit
_OWN_SIDE = re.compile(r"\b(?:its|their|our)\b", re.I)
# "..., killing four" after the answered attack's phrase: the toll of the sentence's main attack
_ANSWER_TOLL = re.compile(r",\s*(?:killing|wounding|injuring|leaving)\b")
# "in retaliation for a suicide bombing by the Pakistani Taliban": the attack answered
_ANSWERED = re.compile(r"\b(?:retaliation|response|reply|revenge|reprisal)\s+(?:to|for)\s+"
                       r"(?:an?\s+|the\s+|its\s+|their\s+|last\s+\w+['’]s\s+)?(?:[\w-]+\s+){0,4}$",
                       re.I)
# "Israel said the strike was retaliation for a rocket that landed on ...": the speaker answers
# the attack told after it, so it is not that attack's attacker
_ANSWERS = re.compile(r"\b(?:(?:in\s+)?(?:response|retaliation|reply|revenge)\s+(?:to|for)|"
                      r"to\s+avenge|answer(?:ed|ing)?)\b", re.I)
_LAUNCH_VERB = re.compile(r"^(?:sent|sends|sending|fired|fires|firing|launch(?:ed|es|ing))$")
_FLOWN_OVER = re.compile(r"\b(?:over|above)\s+(?:the\s+)?$", re.I)
# "hit the Odesa region overnight, damaging port facilities in the town of Chornomorsk"
_DAMAGE_IN = re.compile(r"(?:\s+(?:region|province|oblast|governorate|state))?(?:\s+[\w-]+){0,3}?,"
                        r"\s+(?:damaging|destroying|hitting|killing|wounding|injuring)\b"
                        r"[^.;,]{0,80}?\b(?:in|at)\s+(?:the\s+(?:[a-z]+\s+)?(?:town|city|village|"
                        r"port|district)\s+of\s+)?(?=\S)")
# "the Nabatieh area", "the Idlib countryside": a city named for the land around it
_AREA_AFTER = re.compile(r"\s+(?:area|region|countryside|outskirts|surroundings)\b", re.I)
# "killed five people in a tent camp in Mawasi": the place of the toll told after the attack
# ("killed six Yemenis in Ras Isa", "six Palestinian civilians in ...": the victims' people,
# round 30)
_TOLL_IN = re.compile(r"\s+(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:(?:at\s+least|"
                      r"more\s+than|some|about|nearly)\s+)?[\w-]+\s+(?:[A-Z][\w'’-]*\s+)?"
                      r"(?:[a-z][\w-]*\s+){0,2}?(?:in\s+"
                      r"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?in\s+)?"
                      # ("killed six people at a fuel port in Ras Isa")
                      r"|(?:at|near)\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,3}?in\s+)")
# "fired a barrage of 90 drones across Ukraine": the volley launched, not another attack
_VOLLEY_OBJECT = re.compile(r"\s+(?:an?|the|another|its|their)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:barrage|bombardment)", re.I)
_SHIP_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+)*(?:tanker|ship|vessel|freighter|bulk\s+carrier|"
                         r"carrier|container\s+ship|destroyer|frigate|warship|cruiser|"
                         r"corvette)\b", re.I)
_AERIAL = {"drone", "loitering-munition", "missile", "ballistic-missile", "cruise-missile",
           "anti-ship-missile", "rocket", "aircraft", "helicopter"}
_CAMPAIGN = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak)\b|\bsince\s+(?:(?:early|late|February|"
    r"October)\s+)?(?:19|20)\d\d\b|\bsince\s+(?:(?:early|mid|late)[\s-]+)?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b|\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?"
    r"(?:years?|months?|weeks?)\b|\bevery\s+(?:day|night|week)\b|\b(?:daily|nightly|routinely|"
    r"regularly|repeatedly)\b|\b(?:thousands|hundreds|dozens|scores)\s+of\s+(?:[\w-]+\s+)?(?:missiles|drones|"
    r"rockets|strikes|attacks|shells|bombs)\b|\bsince\s+the\s+(?:war|conflict|invasion|fighting)\b"
    # "have shelled Kupiansk and Izium for months": how long, not when
    r"|\bfor\s+(?:(?:many|several|two|three|four|five|six|the\s+(?:past|last)\s+(?:few\s+)?)\s*)?"
    r"(?:weeks|months|years)\b",
    re.I)
# what an attack told before meant, in a reaction ("the strike showed that ...")
_MEANING_AFTER = re.compile(r"^\s+(?:showed|shows|proved|proves|demonstrated|demonstrates|revealed|"
                            r"reveals|underlined|underlines|underscored|underscores|signalled|"
                            r"signaled|signals|exposed|meant|means|was\s+(?:a|an)\s+(?:sign|"
                            r"message|warning|reminder|signal))\b", re.I)
# "The attack came as ...", "the strike followed ...": when the attack told happened
_CAME_AFTER = re.compile(r"^\s+(?:(?:on|in)\s+[A-Z][\w-]*\s+)?(?:came|comes|happened|occurred|"
                         r"took\s+place|followed|follows|was\s+the\s+(?:latest|deadliest|"
                         r"largest|biggest|first|second|third))\b", re.I)
# "a second winter of attacks", "months of shelling": a campaign, not one attack
_SEASON_OF = re.compile(r"\b(?:winters?|summers?|days|nights|weeks|months|years|decades?)\s+of\s+"
                        r"(?:[\w-]+\s+){0,2}$", re.I)
_OCCASIONS = re.compile(r"\bon\s+(?:at\s+least\s+)?(?:two|three|four|five|several|multiple|"
                        r"numerous|many|\d+)\s+(?:separate\s+)?occasions\b", re.I)
# "It did not say who carried out the strike", "without saying which side fired": the text
# says the attacker is unknown, so none is inferred from the rest of the article
# "gunmen on motorbikes attacked", "unidentified attackers shot dead": an attacker the text
# leaves unknown (not one to guess from the rest of the article)
_UNKNOWN_AGENT = re.compile(
    r"\b(?:(?:unidentified|unknown|masked|suspected|hooded)\s+(?:armed\s+)?"
    r"(?:gunmen|men|attackers|assailants|militants|fighters)|gunmen|armed\s+men|assailants)"
    r"(?:\s+(?:on|in|riding)(?:\s+[\w-]+){1,2}?)?\s+(?:(?:had|have|also|then|reportedly)\s+)?$",
    re.I)
# "a militant attack", "an insurgent bombing": an attack noun whose modifier leaves the attacker
# unnamed
_UNNAMED_MODIFIER = re.compile(r"\b(?:militant|insurgent|terrorist|rebel|jihadist|separatist|"
                               r"extremist|bandit|gunmen['’]s)\s+(?:[a-z-]+\s+)?$", re.I)
# "militants fired an anti-tank missile", "its positions had been attacked by armed men": an
# attacker the writer leaves unnamed (bare group nouns; _UNKNOWN_AGENT holds the qualified ones)
_BARE_GROUP_SUBJECT = re.compile(
    # ("BOGOTA — Dissident fighters attacked": the sentence's start after a dateline's dash)
    # ("six soldiers were killed when a militant opened fire": one, after "when"; round 54)
    r"(?:^|\bsaid\s+(?:that\s+)?|[,;]\s+|\s[—–-]\s+|\b(?:when|as|after)\s+)(?:an?\s+|one\s+)?"
    r"(?:(?:suspected|armed|dissident|unidentified|lone)\s+)?"
    r"(?:militants?|jihadists?|insurgents?|bandits?|fighters|extremists?|gunman|attackers?|"
    # ("A suicide bomber killed 11 people at a mosque in Kunduz": round 74)
    r"assailants?|shooters?|suicide\s+(?:bombers?|attackers?))"
    r"\s+(?:(?:had|have|also|then|reportedly)\s+)?$", re.I)
# "Gangs in Haiti", "militants based in Somalia": an unnamed group placed in a state (round 75)
_GROUP_LOCATED = re.compile(r"(?:^|[^\w-])(?:[Gg]angs?|[Mm]ilitants|[Ff]ighters|[Rr]ebels|"
                            r"[Ii]nsurgents|[Jj]ihadists|[Gg]unmen|[Bb]andits|[Ee]xtremists|"
                            r"[Aa]ttackers|[Aa]ssailants|[Aa]rmed\s+groups?)\s+(?:based\s+)?in\s+"
                            r"(?:the\s+)?(?:[a-z]+\s+)?$")
_UNNAMED_BY = re.compile(
    r"^\s+by\s+(?:(?:unidentified|unknown|suspected|masked|armed|dissident)\s+)?(?:armed\s+)?"
    r"(?:gunmen|men|attackers|assailants|militants|jihadists|insurgents|bandits|fighters)\b", re.I)


def unnamed_agent(before: str, after: str) -> bool:
    """Whether the attack verb's agent is an unnamed group (before it, or "by ..." after)."""
    return bool(_BARE_GROUP_SUBJECT.search(before[-80:]) or _UNNAMED_BY.match(after))


UNATTRIBUTED = caseless(
    r"\b(?:(?:not|never|n['’]t|without)\s+(?:yet\s+)?(?:say|said|saying|know|known|knowing|"
    r"clear|identify|identified|identifying|name|named|naming|specify|specified|specifying)\s+"
    r"(?:who|which\s+(?:side|group|country|force|forces|party))|"
    r"(?:unclear|unknown|not\s+clear|not\s+known)\s+(?:who|which\s+side)|"
    r"no\s+(?:one|group|side|party)\s+(?:has\s+|had\s+)?(?:immediately\s+)?claimed)\b")
_DENIAL = re.compile(r"\b(?:denied|denies|deny|denying|rejected|dismissed|refuted)\b", re.I)
_CLAIM = re.compile(r"\b(?:claimed|claims|claiming)\s+(?:responsibility|credit)\b", re.I)
_GENERIC = re.compile(r"\b(?:repeated|ongoing|continued|continuing|daily|nightly|regular|"
                      r"frequent|such|deliberate|constant|relentless|its|their|these|those|"
                      r"recent|past|previous)\s+(?:[\w-]+\s+){0,2}$", re.I)
_SPEAKER = re.compile(
    r"(?:['’]s\s+(?:military|army|armed\s+forces|forces|defen[cs]e\s+ministry|general\s+staff|"
    r"air\s+force|navy|ministry\s+of\s+defen[cs]e)\s+)?(?:said|says|claimed|announced|reported|"
    r"confirmed)\b", re.I)
_UNITS = (r"(?:[Cc]ommand|[Mm]ilitary\s+[Dd]istrict|[Gg]roup\s+of\s+[Ff]orces|[Ff]leet|military|army|"
          r"armed\s+forces|forces|"
          r"air\s+force|navy|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|general\s+staff)")
_OWN_FORCES = (r"(?:said|says|claimed|announced|reported|confirmed)\s+(?:that\s+)?(?:its|it|they|"
               r"their|troops|soldiers|forces|aircraft|jets|warplanes|drones|artillery|units?)\b"
               r"(?:(?!\b(?:said|says|told)\b)[^.;])*$")
_COMMAND_SAID = re.compile(rf"^(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,4}}?{_UNITS}\s+{_OWN_FORCES}")
_FOLLOWED = re.compile(r"\b(?:followed|came\s+(?:\w+\s+){0,3}?after)\s+(?:an?\s+|the\s+)?"
                       r"(?:[\w-]+\s+){0,2}$")
_ON_ANOTHER_VESSEL = re.compile(r"\s+on\s+(?:another|an?|the|a\s+second)\s+(?:[\w-]+\s+)?(?:vessel|ship|"
                                r"boat|tanker|freighter|bulk\s+carrier)\b")
_RESPONSIBLE = re.compile(r"\b(?:was|were|is|are|had\s+been)\s+(?:\w+\s+)?(?:responsible\s+for|"
                          r"behind)\s+(?:\w+\s+){0,4}$")
_GROUP_IN = re.compile(r"\s+in\s+(?:the\s+)?")
# groups with regional branches named "[group] in [region]" ("al-Qaeda in the Islamic Maghreb")
_BRANCHED = re.compile(r"(?i)(?:the\s+)?(?:islamic\s+state|al[- ]qa['’]?eda|isis|isil|IS)")
_ACROSS = re.compile(r"\b(?:cities|towns|villages|regions|provinces|areas|targets|sites|"
                     r"infrastructure|facilities|positions)\s+(?:across|throughout|all\s+over|"
                     r"around)\b")
_AFTER_THAT = re.compile(r"\b(?:[Aa]fter|[Ff]ollowing|[Ss]ince|[Bb]efore|[Dd]espite|[Ii]n\s+"
                         r"(?:response|reply|retaliation)\s+to)\s+(?:that|this|the|those|these)\s+"
                         r"(?:[\w-]+\s+){0,2}$")
_BLAST_WORD = re.compile(r"\b(?:explod|detonat|blew\s+up|went\s+off|blasts?\b)", re.I)
_OWN_SAID = re.compile(r"\b(?:its|their)\b", re.I)
_COMMAND_OF = re.compile(rf"\b{_UNITS}\s+of\s+(?:the\s+)?$")
_UNIT_SAID = re.compile(rf"^(?:['’]s)?\s+(?:{_UNITS}\s+)?{_OWN_FORCES}")
_AREA_WORDS = (r"(?:border\s+)?(?:region|regions|city|cities|town|towns|village|villages|"
               r"territory|infrastructure|positions|oblast|province|port|capital|district|"
               r"areas?|soil|airfield|base|bases|posts|outposts|checkpoints?|military\s+posts)")
# "Rockets| fired from southern Lebanon |hit": the weapon, told where it was fired from
_FIRED_FROM_GAP = re.compile(r"\s+(?:fired|launched)\s+from\s+(?:[\w'’-]+\s+){1,4}", re.I)
_MOD_WORDS = caseless(
    # ("a Saudi-led coalition air strike", "jets of the US-led coalition struck": its leader)
    r"^(?:['’]s|-led\s+(?:military\s+)?(?:coalition|alliance))?"
    r"(?:\s+(?:missile|missiles|drone|drones|air|rocket|rockets|artillery|"
    r"ballistic|cruise|massive|deadly|overnight|combined|large-scale|new|latest|major|"
    r"first|heavy|fresh|military|army|forces|troops|aerial|kamikaze|Shahed|warplanes?|"
    r"jets?|fighter|fighter\s+jets|aircraft|planes?|bombers?|helicopters?|gunboats?|warships?|"
    r"navy|air\s+force|artillery|“|”|\"))*\s*[“\"]?(?:\s+(?:that|which)(?:\s+(?:had|has))?)?"
    # ("An Israeli operation also hit ...", "Ukrainian drones also struck ...")
    r"(?:\s+(?:operation|naval\s+drones))?(?:\s+(?:also|again|then|later))?\s*$")
# "said Indian artillery had shelled ...": a national force as the subject of a past perfect
_FORCE_HAD = re.compile(r"^\s+(?:artillery|forces|troops|jets|warplanes|aircraft|drones|army|navy|"
                        r"air\s+force|gunboats|warships|helicopters)\s+(?:had|has|have)\s*$", re.I)
_DIRECTION = (r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
              r"central|the\s+(?:north|south|east|west)\w*\s+of)")

# a name is a place only with a cue when no gazetteer knows it ("the village of Aitou", "the
# Bureij camp", "Abu Shouk displacement camp")
_PLACE_NOUNS = (r"(?:city|town|village|hamlet|settlement|port|district|neighbou?rhood|suburbs?|"
                r"quarter|camp|refugee\s+camp|region|province|governorate|oblast|area|county|"
                r"municipality|outskirts|island|valley|border\s+town|border\s+village)")
# ("dropped explosives on an army base in Catatumbo", "shelled the naval base at Kyaukphyu")
_OBJECT_IN = re.compile(r"(?:\s+(?:explosives|bombs|grenades|munitions)\s+(?:on|onto))?"
                        r"\s+(?:an?|the|its|their|two|three|several)\s+(?:[a-z][\w-]*\s+){1,3}"
                        r"(?:in|near|outside|at)\s+(?:the\s+)?")
_SETTLEMENT_IN = re.compile(r"\b(?:an?|one)\s+(?:[a-z][\w-]*\s+)?(?:village|town|hamlet|"
                            r"settlement|camp)\s+in\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?$")
# "a strike on Abu Ali, a senior commander": a person named after the noun, not a place
_PERSON_AFTER = re.compile(r"^(?:,\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:commander|leader|chief|official|member|head|founder|spokes\w+)|"
                           r"\s*['’]s\s+(?:home|house|car|convoy|family))", re.I)
_NOUN_OBJECT_IN = re.compile(r"\s+(?:on|against)" + _OBJECT_IN.pattern)
# ("a gunman opened fire at an army camp in Boulkessi": round 54)
_FIRE_OBJECT_IN = re.compile(r"\s+(?:at|on|inside)" + _OBJECT_IN.pattern)
_PLACE_CUE_BEFORE = re.compile(rf"\b(?:the\s+)?(?:[\w-]+\s+)?{_PLACE_NOUNS}\s+of\s+(?:the\s+)?$",
                               re.I)
# "near Boulkessi": a name the gazetteer lacks, placed by "near" right before it (round 47)
_NEAR_NAME = re.compile(r"\bnear\s+(?:the\s+(?:town|village)\s+of\s+)?$")
_NOUN_NEAR = re.compile(r"\s+near\s+")
_PLACE_CUE_AFTER = re.compile(r"^\s+(?:[a-z][\w-]*\s+)?(?:refugee\s+|displacement\s+|"
                              r"displaced\s+people['’]s\s+)?(?:camp|district|neighbou?rhood|"
                              r"village|suburb|area|quarter)\b|^,\s+(?:a|an|the)\s+(?:[\w-]+\s+)"
                              r"{0,3}?(?:town|village|city|hamlet|settlement|suburb|district|"
                              r"neighbou?rhood|camp|port|outpost|base|garrison)\b")
# "an air strike on Sunday about 35 kilometres northeast of Kismayo": a land strike placed by its
# distance from the town right after the attack noun is at that town (not a ship "50 nautical
# miles west of" a port; round 82)
_STRIKE_DISTANCE = re.compile(
    r"(?:\s+(?:on\s+\w+day|overnight|early\s+on\s+\w+day|late\s+on\s+\w+day))?,?\s+"
    r"(?:(?:some|about|around|roughly|nearly|approximately)\s+)?[\w-]+\s+"
    r"(?:km|kilometres|kilometers)\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+"
    r"(?:the\s+)?(?:(?:port|city|town|village)\s+of\s+(?:the\s+)?)?", re.I)
# "fired from over the Golan Heights", "launched from Lebanon": the launch area; "the war in
# Gaza", "the conflict in Sudan": a background mention
_NOT_TARGET_BEFORE = caseless(
    r"\b(?:km|kilometres|kilometers|miles|nautical\s+miles)\s+(?:\(\d+\s+\w+\)\s+)?"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward|erly)?\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:port|city|town|village)\s+of\s+(?:the\s+)?)?$|"
    r"\b(?:flying|flew|flown|operating|circling|patrolling)\s+(?:over|above)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}$|"
    # "the car was hit ... as it headed north towards Bint Jbeil": where the hit vehicle was
    # going, not a place hit (round 20)
    # (a clause of the hit vehicle or people, "as it/they/the car ..."; not "drones heading
    # for Lahore", the weapons' aim)
    r"\b(?:as|while|when)\s+(?:it|they|the\s+[\w-]+)\s+(?:was\s+|were\s+)?"
    r"(?:headed|heading|driving|drove|travell?ing|travell?ed|fleeing|fled)\s+(?:(?:north|"
    r"south)(?:-?(?:east|west))?|east|west|back|home)?\s*(?:towards?|for)\s+(?:the\s+)?$|"
    r"\bfrom\s+(?:[\w-]+\s+){0,3}$|\bby\s+(?:the\s+)?$|"
    # "fired six missiles from the direction of the occupied Golan Heights" (round 82)
    r"\bfrom\s+(?:the\s+)?direction\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$|"
    r"\b(?:since|(?<!such )as|when|while|after|"
    # "fired from an area north of Donetsk": where they were launched (round 56)
    r"before)\s+$|\bfrom\s+(?:an?\s+|the\s+)?(?:area|areas|region|territory|positions?)\s+"
    r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+of\s+(?:the\s+)?$|"
    r"\b(?:since|(?<!such )as|when|while|after|"
    r"before)\s+$|"
    # "a drone of the kind Russia has sold to Minsk": who was armed, not a place hit (round 58)
    r"\b(?:sold|supplied|delivered|shipped|exported|transferred|donated|gifted)\s+"
    r"(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?$|"
    # "accused Kabul of sheltering fighters who carry out attacks": who is accused (round 43)
    r"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?:the\s+)?$|"
    # "condemned the strike and called on Washington to restrain Israel": who is appealed to
    r"\b(?:called\s+on|calls\s+on|calling\s+on|urged|urges|urging|appealed\s+to|"
    r"appeals\s+to|pressed|pressing)\s+(?:the\s+)?$|"
    # "until shipping through the Bab el-Mandeb is safe": a place in the goal, not the target
    r"\b(?:until|unless|till)\s+(?:[\w'’-]+\s+){0,4}$|"
    # "shocked Gulf capitals that rely on Washington for protection": whom they lean on (R62)
    r"\b(?:rely|relies|relied|relying|depend|depends|depended|depending)\s+(?:on|upon)\s+"
    r"(?:the\s+)?$|"
    r"\b(?:war|wars|conflict|fighting|crisis|invasion|occupation|campaign)"
    r"\s+(?:in|on|over|with)\s+(?:the\s+)?(?:[\w-]+\s+)?$")
# "that Tehran has supplied", "which Moscow sent": a capital standing for its state as supplier
_SUPPLIES_AFTER = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|long\s+)?(?:supplied|"
                             r"supplies|sent|sends|provided|provides|delivered|delivers|shipped|"
                             r"ships|sold|sells|smuggled|smuggles|transferred|transfers|"
                             # ("and Kigali arms the M23": who arms or backs; round 56)
                             r"arms|armed|backs|backed|funds|funded)\b")
# "a claim Kyiv rejected", "Tehran denies": a capital acting for its state
_ACTS_AFTER = re.compile(r"^\s+(?:has\s+|had\s+|have\s+|also\s+|quickly\s+|later\s+)?"
                         r"(?:rejected|rejects|denied|denies|accused|accuses|blamed|blames|"
                         r"condemned|condemns|responded|responds|warned|warns|insisted|insists|"
                         r"claimed|claims|announced|announces|called|calls|urged|urges|"
                         r"demanded|demands|confirmed|confirms|reported|reports|dismissed|"
                         r"dismisses|vowed|vows|threatened|threatens|retaliated|said|says|"
                         r"launched|launches|began|begins|started|struck|hit|attacked|fired|"
                         r"bombed|shelled|summoned|summons|recalled|recalls|expelled|expels|"
                         r"protested|protests|voiced|voices|expressed|expresses|lodged|"
                         r"denounced|denounces|deplored|deplores|"
                         # ("said Paris stood with the people of Lebanon": round 61)
                         r"stood|stands|"
                         # "Kyiv described the strike as a war crime", "Tokyo would not look
                         # away": the speaker, not the place hit (round 49)
                         r"described|describes|branded|brands|termed|terms|labell?ed|labels|"
                         r"(?:would|will|could|should|must|might|can)\s+(?!be\b)(?:not\s+)?[a-z]+)\b",
                         re.I)
# a capital standing for its state as the subject of what the state did (round 76)
_SEAT_ACTS = re.compile(r"^\s+(?:has\s+|had\s+|have\s+|also\s+)?(?:held|holds|staged|stages|"
                        r"conducted|conducts|approved|approves|cancell?ed|cancels|bore|bears|"
                        r"(?:must|should|would|will)\s+be\s+held\s+(?:accountable|responsible))\b",
                        re.I)
# "The attack drew sharp criticism in Kyiv", "the strikes were condemned in Tehran", "The
# bombing prompted calls for restraint in Paris": a reaction to the attack, told where it was
# voiced; a place after it is not a place hit
_REACTION = re.compile(
    r"\b(?:drew|draws|drawn|drawing|prompted|prompts|prompting|sparked|sparks|sparking|"
    r"triggered|triggers|provoked|provokes|raised|raises|stirred|fuell?ed|brought|met\s+with|"
    r"caused|causing)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:criticism|condemnation|outrage|concerns?|alarm|questions|protests?|anger|calls?|"
    r"appeals?|demands?|debate|reactions?|backlash|rebukes?|uproar|fury|dismay|denunciations?|"
    r"warnings?|worries|unease|consternation|indignation|(?:emergency\s+)?(?:sessions?|"
    r"meetings?|summits?)|statements?|vigils?|rall(?:y|ies)|demonstrations?|inquir(?:y|ies)|"
    r"investigations?|sanctions)\b|"
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:widely|sharply|strongly|"
    r"quickly|swiftly|also|roundly|immediately)\s+)?(?:condemned|critici[sz]ed|denounced|"
    r"deplored|decried|questioned|protested|welcomed|praised|debated)\b", re.I)
# "the US-run Al Udeid base", "an Israeli-linked tanker": the state owns or runs the target;
# it is neither the place hit nor a word that hides the facility's name
_OWNER_HYPHEN = r"-(?:run|operated|owned|managed|led|held|controlled|flagged|linked|backed|occupied)\b"
_OWNER_AFTER = re.compile(r"^" + _OWNER_HYPHEN, re.I)
# "fires US-made ATACMS into Russia": the weapon's maker, neither the place nor the country hit
# (round 74)
_MAKER_AFTER = re.compile(r"-(?:made|built|supplied|designed|produced|manufactured|provided|"
                          r"donated|developed)\b", re.I)
# "fires missiles at US base in Qatar": whose base, not the country hit (round 75)
_HELD_SITE_AFTER = re.compile(r"\s+(?:(?:military|air|naval|army)\s+)?(?:bases?|embassy|"
                              # ("fires missiles at US forces in Iraq": whose troops, round 76)
                              r"consulate|forces|troops|soldiers|personnel)\s+(?:in|at|near)\b")
# "struck Lviv overnight, according to Kyiv": who said so, not a place hit (round 75)
# ("..., according to officials in Kharkiv and Sumy": where the sources sit; round 89)
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,3}"
                           r"(?:in|from)\s+(?:[A-Z][\w'’.-]*\s+){0,2}?"
                           r"(?:[A-Z][\w'’.-]*(?:\s*,\s*|\s+and\s+))?)?$")


# "launched 120 drones and 40 missiles at Ukraine": the whole state as the object (round 76)
_AT_STATE_GAP = re.compile(r"[^,;.]{0,60}?\s(?:at|against)\s+(?:the\s+)?")


def _at_state(view: SentView, pos: int, country: str | None) -> bool:
    """The attack's object after ``pos`` is the state ``country`` itself (no town of it)."""
    return country is not None and any(
        m.state() == country and not m.place() and m.start >= pos
        and _AT_STATE_GAP.fullmatch(view.text, pos, m.start) for m in view.mentions)


def _named_not_hit(text: str, m: Mention) -> bool:
    """A state or place named as a weapon's maker ("US-made"), a site's owner ("US base in"; a
    state only, not "Al Udeid air base in") or a source ("according to Kyiv"): never the place
    or the country hit (rounds 74-75; read by _place and _country alike)."""
    return bool(_MAKER_AFTER.match(text, m.end)
                or (m.state() and not m.place() and _HELD_SITE_AFTER.match(text, m.end))
                or ("ccording to" in text
                    and _ACCORDING_TO.search(text, max(0, m.start - 80), m.start)))
# "wounding a soldier who was later flown to Cairo for treatment": where the wounded were taken,
# not a place hit (round 74)
_TAKEN_TO = re.compile(r"\b(?:flown|airlifted|evacuated|taken|rushed|transferred|brought|moved)"
                       r"\s+(?:later\s+)?to\s+(?:(?:a|the)\s+(?:[\w-]+\s+)?hospital\s+in\s+)?$")
# "Tehran's nuclear programme", "Moscow's military": a capital as its state, owner of what follows
# (round 69)
_STATE_HOLDING = re.compile(r"(?:['’]s)?\s+(?:(?:disputed|secret|covert|main|key|ballistic|civil)\s+)?"
                            r"(?:nuclear|military|missile|drone|weapons?|defen[cs]e|government|"
                            r"regime|programmes?|programs?|forces|army|navy|proxies|allies)\b",
                            re.I)
_OBJECT_GAP = re.compile(r"^\s*(?:(?:destroyed|damaged|knocked\s+out|wrecked|set\s+fire\s+to|"
                         r"disabled|levelled|leveled|flattened|hit)\s+)?(?:the|a|an)\s+"
                         r"(?:[A-Z][\w.]*" + _OWNER_HYPHEN + r"\s+)?"
                         r"(?:[a-z][\w-]*\s+){0,2}$")
_FACILITY_AFTER = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:plant|field|oil\s*field|refinery|facility|facilities|"
    r"terminal|depot|base|air\s*base|airfield|airport|port|power\s+station|station|complex|"
    r"hospital|school|market|bridge|dam|factory|compound|camp|building|headquarters)s?\b", re.I)
_LOCATOR = re.compile(r"\b(?:of|in|near|outside|inside|from|across|beyond|km|kilometres|"
                      r"kilometers|miles|north|south|east|west|northern|southern|eastern|western|"
                      r"central)\b", re.I)
_COORD_PLACES = re.compile(r"^(?:\s+[a-z][\w-]*){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                           r"(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,2}$")
_CLAUSE_END = re.compile(r";|\s[—–]\s|,\s*(?:and|but|while|whereas|before|after)\s+(?:he|she|it|"
                         r"they|we|i|his|her|its|their|the|a|an)\b|"
                         r",\s*(?:saying|claiming|adding|citing|accusing|arguing)\b", re.I)
_MASK = re.compile(rf",?\s*\(?(?:including|among\s+them)\s+(?:{COUNT_RE})\s+[\w-]+"
                   rf"(?:\s+[\w-]+)?\)?,?|(?:{COUNT_RE})\s+of\s+them\s+[\w-]+", re.I)
# "killing a man", "a child was killed": one person
# ("killed a Kenyan peacekeeper", "wounding a local journalist": one person, a word describing
# them between the article and the noun; round 74)
_ONE = (r"(?:a|an)(?=\s+(?:[\w-]+\s+)??(?:man|woman|child|boy|girl|person|civilian|soldier|"
        r"teenager|baby|journalist|worker|policeman|policewoman|police\s+officer|resident|"
        r"pensioner|fisherman|farmer|guard|passer-?by|bystander|driver|pedestrian|motorist|student|"
        r"nurse|doctor|paramedic|medic|shepherd|peacekeeper)\b)"
        # "struck a motorcycle ..., killing its rider": the one person of the vehicle hit
        r"|its(?=\s+(?:driver|rider|pilot|sole\s+occupant|only\s+occupant)\b)")
# "injuring a dozen people", "about two dozen were hurt"
_DOZEN = (r"(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|roughly|up\s+to)\s+)?"
          r"(?:a|one|two|three|four|five|six|several|half\s+a)\s+dozen")
# "a couple of crew members were hurt": two
_COUPLE = r"a\s+couple(?:\s+of)?"
_C = rf"(?P<n>{_DOZEN}|{_COUPLE}|{COUNT_RE}|{_ONE}|no(?:\s+one)?|nobody|none)"
_FILL = r"(?:(?!and\b|or\b|killed\b|injured\b|wounded\b|hurt\b|dead\b)[\w-]+\s+)"
# "two people in the car were killed": where the victims were, between the count and the verb
_WHERE = r"(?:(?:in|inside|aboard|at|on)\s+(?:the|a|an|their)\s+(?:[\w-]+\s+){1,2}?)?"
# (case-insensitive patterns run over the lower-cased sentence, kg.extract.caseless: the same
# matches, quicker; each skipped when the sentence holds none of the words it needs)
KILLED_RES = [
    caseless(rf"\bkill(?:ing|ed|s)\s+{_C}\b", needs=("kill",)),
    # "shot dead four policemen", "gunning down two guards"
    caseless(rf"\b(?:sho(?:t|oting)\s+dead|gun(?:ned|ning)\s+down)\s+{_C}\b",
             needs=("dead", "down")),
    caseless(rf"\b{_C}\s+{_FILL}{{0,3}}?{_WHERE}(?:(?:were|was|have\s+been|had\s+been|are|is|"
             rf"being)\s+)?(?:killed|dead|died|die)\b", needs=("killed", "dead", "die")),
    caseless(rf"\b(?:left|leaving)\s+{_C}\s+(?:[\w-]+\s+){{0,2}}?dead\b", needs=("dead",)),
    # "The dead included four guards", "Among the dead were two children": the toll as the
    # complement of "the dead"
    caseless(rf"\b(?:the\s+dead|the\s+victims|those\s+killed)\s+(?:included|include|includes|"
             rf"were|are)\s+{_C}\b", needs=("dead", "victims", "killed")),
    caseless(rf"\bamong\s+(?:the\s+dead|the\s+victims|those\s+killed)\s+(?:were|are|was|is)"
             rf"\s+{_C}\b", needs=("among",)),
    caseless(rf"\bdeath\s+toll\s+(?:[\w-]+\s+){{0,3}}?(?:to|of|at|is|was|reached|stood\s+at)"
             rf"\s+{_C}", needs=("death",)),
    caseless(rf"\b{_C}\s+(?:deaths|fatalities)\b", needs=("deaths", "fatalities")),
    # "the number of dead rose to at least 40", "the toll ... has risen to thirteen"
    caseless(rf"\b(?:number\s+(?:of\s+(?:people\s+|those\s+)?)?(?:dead|killed|deaths|victims|"
             rf"fatalities)|(?:death\s+)?toll)\b[^.;]{{0,160}}?\b(?:rose|rises|risen|climbed|"
             rf"increased|reached|grew|grown|jumped|raised|revised|updated|corrected)"
             rf"\s+(?:(?:up|upwards?)\s+)?(?:to\s+)?{_C}",
             needs=("rose", "rises", "risen", "climbed", "increased", "reached", "grew", "grown",
                    "jumped", "raised", "revised", "updated", "corrected")),
    # "officials later raised the number of dead to seven": the verb before the count it revises
    caseless(rf"\b(?:raised|raises|revised|revises|updated|updates|increased|corrected|put|puts)"
             rf"\s+(?:the|its|their)\s+(?:death\s+toll|toll|number\s+of\s+(?:people\s+)?"
             rf"(?:dead|killed|deaths|victims|fatalities))\s+(?:(?:up|upwards?)\s+)?(?:to|at)\s+{_C}",
             needs=("raise", "revise", "update", "increase", "correct", "put")),
]
INJURED_RES = [
    caseless(rf"\b(?:injur|wound)(?:ing|ed)\s+{_C}\b", needs=("injur", "wound")),
    caseless(rf"\b{_C}\s+{_FILL}{{0,3}}?{_WHERE}(?:(?:were|was|have\s+been|had\s+been|are|is|"
             rf"being)\s+)?(?:injured|wounded|hurt)\b", needs=("injured", "wounded", "hurt")),
    caseless(rf"\b(?:left|leaving)\s+{_C}\s+(?:[\w-]+\s+){{0,2}}?(?:injured|wounded)\b",
             needs=("injured", "wounded")),
    caseless(rf"\b{_C}\s+(?:injuries|casualties)\b", needs=("injuries", "casualties")),
    # "the number of wounded climbed to 62", "raised the number of injured to 14": a revised count
    caseless(rf"\bnumber\s+of\s+(?:people\s+|those\s+)?(?:wounded|injured|hurt)\b[^.;]{{0,80}}?"
             rf"\b(?:rose|rises|risen|climbed|climbs|increased|reached|grew|grown|jumped)"
             rf"\s+(?:(?:up|upwards?)\s+)?to\s+{_C}", needs=("number",)),
    caseless(rf"\b(?:raised|raises|revised|revises|updated|updates|increased|put|puts)\s+(?:the|its|"
             rf"their)\s+number\s+of\s+(?:people\s+)?(?:wounded|injured|hurt)\s+(?:to|at)\s+{_C}",
             needs=("number",)),
]
# "in the attack", "the strike killed": the attack told just before
BACK_REF_NOUN = caseless(r"\b(?:the|this|that|Friday['’]s|Saturday['’]s|Sunday['’]s|"
                         r"Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s)\s+"
                         r"(?:[\w-]+\s+)?(?:attacks?|strikes?|raids?|bombings?|blasts?|explosions?|"
                         r"barrage|assault)\b(?!\s+(?:on|in|against)\s+[A-Z])"
                         # "The missile hit a clinic in ...": the weapon just told
                         r"|^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:missiles?|drones?|"
                         r"rockets?|shells?|bombs?|projectiles?)\b"
                         # "Four were killed when the missiles struck two terminals": the
                         # weapon just told, named again in the clause of the toll
                         r"|\b(?:when|as|after)\s+(?:the|those|these)\s+(?:[\w-]+\s+)?"
                         r"(?:missiles?|drones?|rockets?|shells?|bombs?|projectiles?)\s+"
                         r"(?:struck|hit|slammed|crashed|landed|exploded)\b")
REPORT_DATE = re.compile(r"\b(?:said|says|told|reported|announced|added|wrote|confirmed|"
                          r"stated|posted|tweeted)\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.I)
# "an overnight strike", "overnight attacks": a time of day told with the attack, whose day is
# another date in the sentence when one is told
_OVERNIGHT_NOUN = re.compile(r"overnight\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|"
                             r"raids?|barrages?|bombardments?|bombings?|shelling|assaults?)\b",
                             re.I)
# "after the writer died of her wounds on Saturday": the day of another event
_OTHER_EVENT_DATE = caseless(r"\b(?:died|succumbed|passed\s+away|was\s+buried|were\s+buried|"
                             r"funeral|visited|met|arrived|returned)\b[^.;,]{0,30}$")
# "a toll that rose to 15 by Wednesday": the day of the count, not of the attack
_TOLL_BY = re.compile(r"\b(?:rose|risen|climbed|increased|reached|grew|grown|jumped|raised|"
                      r"revised|updated)\s+to\s+"
                      r"[^.;]{0,30}?\bby\s+(?:late\s+|early\s+)?$", re.I)
_NO_CASUALTIES = re.compile(r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?casualties\b", re.I)
_KIND_BY_CATEGORY = {
    "missile": "missile", "ballistic-missile": "missile", "cruise-missile": "missile",
    "anti-ship-missile": "missile", "drone": "drone", "loitering-munition": "drone",
    "rocket": "rocket", "rocket-artillery": "rocket", "shell": "artillery",
    "artillery-shell": "artillery", "aircraft": "air", "helicopter": "air",
}


def _count(rxs: list[re.Pattern], text: str) -> int | None:
    # "killed 12 people in the valley, a toll that rose to 15 by Wednesday": the latest figure
    if rxs is KILLED_RES and (rxs[-2].search(text) or rxs[-1].search(text)):
        rxs = rxs[-2:]
    elif rxs is INJURED_RES and (rxs[-2].search(text) or rxs[-1].search(text)):
        rxs = rxs[-2:]
    for rx in rxs:
        m = rx.search(text)
        if m:
            raw = m.group("n").lower()
            if raw.startswith("no"):
                return 0
            if raw in ("a", "an", "its"):
                return 1
            if raw.startswith("a couple"):
                return 2
            dozen = re.search(r"\b(\w+)\s+dozen$", raw)
            if dozen:  # "two dozen": 24 ("several dozen" has no one figure)
                if raw.endswith("half a dozen"):
                    return 6
                n = {"a": 1, "one": 1}.get(dozen.group(1)) or parse_number(dozen.group(1))
                return n * 12 if n and dozen.group(1) != "several" else None
            num = re.sub(r"^(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|"
                         r"roughly|up\s+to|as\s+many\s+as|approximately|an\s+estimated|"
                         r"at\s+most|fewer\s+than|less\s+than)\s+", "", raw)
            n = parse_number(num)
            if n is not None and n < 100000 and not (1900 <= n <= 2100):
                return n
    return None


_SUBSET = re.compile(r"\b[\w-]+\s+of\s+(?:the|those)\s+(?:injured|wounded|hurt)\b", re.I)
# "Security forces killed four of the attackers", "killing all three gunmen": the attackers'
# dead, not the attack's toll (round 41); not "killing 12 militants" (a strike's targets)
_ATTACKERS_DEAD = re.compile(
    rf"\b(?:(?:{COUNT_RE})\s+of\s+the|all(?:\s+(?:{COUNT_RE}))?(?:\s+of)?(?:\s+the)?|(?:{COUNT_RE}))"
    rf"\s+(?:attackers|assailants|gunmen|raiders|hijackers|(?:suicide\s+)?bombers)\b", re.I)
_ATTACKER_WORDS = ("attackers", "assailants", "gunmen", "raiders", "hijackers", "bombers")


def casualties(text: str) -> tuple[int | None, int | None]:
    """(killed, injured) stated in a sentence."""
    low = text.lower()
    # every _MASK match holds "including" or "them" (its costly scan is skipped without them)
    masked = _MASK.sub(lambda m: " " * len(m.group(0)), text) if (
        "them" in low or "including" in low or odd_case(text)) else text
    if "injured" in low or "wounded" in low or "hurt" in low:  # (one is in every _SUBSET match)
        # "two of the injured died": a part of the wounded told before, not their number
        masked = _SUBSET.sub(lambda m: " " * len(m.group(0)), masked)
    if any(w in low for w in _ATTACKER_WORDS):
        masked = _ATTACKERS_DEAD.sub(lambda m: " " * len(m.group(0)), masked)
    killed, injured = _count(KILLED_RES, masked), _count(INJURED_RES, masked)
    killed = two_group_total(masked, "killed", killed)
    injured = two_group_total(masked, "injured", injured)
    if _NO_CASUALTIES.search(masked):
        killed = 0 if killed is None else killed
        injured = 0 if injured is None else injured
    return killed, injured


# "struck the city again", "a separate attack": another attack, not more of the one told
# "About an hour later, a missile hit the centre": a sentence opening with a later time tells
# another attack when it has its own attack verb
_LATER_START = re.compile(r"^\W*(?:(?:about|some|nearly|around|just|barely|less\s+than|more\s+than)"
                          r"\s+)?(?:(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?"
                          # ("Days later, an American drone strike in the city killed ten";
                          # "The next day, ...": round 88)
                          r"(?:hours?|minutes?|days?|weeks?)\s+(?:later|afterwards)\b|"
                          r"^\W*later\s+that\s+(?:day|night|evening|morning|afternoon)\b|"
                          r"^\W*(?:the|on\s+the)\s+"
                          r"(?:next|following)\s+(?:day|morning|night|evening)\b", re.I)
# ("A second wave hit the city's north": more of the same night's attack, not another one)
_AGAIN = caseless(r"\b(?:separate|another|fresh|second|renewed)\b(?!\s+waves?\b)|\b(?:later|afterwards|"
                  r"next\s+day|following\s+day|that\s+night)\b[^.;]*\bagain\b")
# "launched 476 drones and 48 missiles at Ukraine, with Kyiv the main target": the night's
# count, restating an attack told with its own place and day
# "The heaviest fell on the capital", "Most of them landed in Odesa", "Several hit Kharkiv": a
# part of the salvo just told, as the subject of the sentence
_PART_OF_SALVO = re.compile(r"^\W*(?:(?:the|of\s+those,?\s+the)\s+)?(?:heaviest|worst|most|many|some|"
                            r"several|others?|rest|bulk|majority|one|two|three|four|five)"
                            r"(?:\s+of\s+(?:them|these|those|the\s+(?:[\w-]+\s+)?(?:missiles|"
                            r"drones|rockets|shells|bombs|projectiles|munitions|strikes|salvo|"
                            r"barrage)))?\s+"
                            r"(?:(?:were|was)\s+)?$", re.I)
# "One of them destroyed ...", "One bomb flattened ...", "In the deadliest, ...": a sentence
# opening on a part of the raid the sentence before counted
PART_OF_RAID_START = re.compile(r"\W*(?:(?:one|two|three|another)\s+(?:of\s+(?:them|these|those)\b|"
                                r"(?:[a-z][\w-]*\s+)?(?:bombs?|missiles?|drones?|rockets?|shells?|"
                                r"strikes?|raids?|airstrikes?)\b)|(?:in\s+)?the\s+(?:deadliest|"
                                r"heaviest|worst)\b)", re.I)
# "In a separate raid in Bay province, ...", "A separate strike hit ...": another attack by the
# side of the one just told
SEPARATE_ATTACK_START = re.compile(r"\W*(?:In\s+)?(?:a|another)\s+separate\s+(?:[a-z][\w-]*\s+)?"
                                   r"(?:strike|raid|attack|airstrike|operation|bombing)\b", re.I)
# "The first such attack, on 28 November in the Black Sea, ...": one attack of a series the
# article tells, picked out by its day and place (a sea is its place, though no ship is named)
_ORDINAL_BEFORE = re.compile(r"\b[Tt]he\s+(?:first|second|third|fourth|fifth|latest|last)\s+"
                             r"(?:such\s+|(?:[\w-]+\s+)?)$")
_ORDINAL_AFTER = re.compile(r"(?:\s+(?:on|against)\s+(?:an?|the)\s+[\w-]+(?:\s+(?:this|last)\s+"
                            r"(?:year|month|week))?)?,\s+on\s+(?:\d|[A-Z][a-z]+\s+\d)"
                            r"[^,;.]{0,30}?\b(?:in|off|near|at)\s+")
_MAIN_TARGET = re.compile(r"\b(?:main|primary|principal|chief|key)\s+targets?\b", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:[\w-]+\s+){0,2}$", re.I)
_BARE_PRESENT = {"attack", "strike", "target", "bomb", "shell", "pound", "raid"}
_ONGOING = re.compile(r"\b(?:began|begun|begin|begins|started|start|starts|continued|continue|"
                      r"continues|keep|keeps|kept|stopped|stop|resumed|been|accused\s+of|"
                      r"capable\s+of|of)\s+(?:[\w-]+\s+)?$", re.I)
_AMBIGUOUS = re.compile(r"^(?:attacks?|strikes?|raid|raids|bombing|shelling|assault)$")
_VERB_BEFORE = re.compile(r"\b(?:has|have|had|to|will|would|could|did|then|also|again|they|it|"
                          r"he|she|we|who|which|and)\s+$", re.I)


def _is_noun(word: str, before: str, actors: list[Actor]) -> bool:
    """"attacks"/"strikes" are nouns unless a subject or an auxiliary comes right before."""
    if word in _NOUN_ONLY or word.startswith(("air", "drone ", "missile ", "rocket ")) \
            or (word.endswith((" fire", "operation")) and not word.startswith("opened")):
        return True
    if not _AMBIGUOUS.match(word):
        return False
    if _VERB_BEFORE.search(before):
        return False
    # ("a US strike on Sanaa": a name after an indefinite article modifies the noun; "the
    # Houthi attack" keeps its old reading, a reference to the attack told)
    if any(a.end <= len(before) and re.fullmatch(r"\s*", before[a.end:]) and not a.demonym
           and not re.search(r"\b(?:a|an|another)\s+$", before[:a.start], re.I)
           for a in actors):
        return False
    return True


def _attacker_key(a: Actor) -> str | None:
    return a.key


def _by_phrase(actors, text, t_end) -> Actor | None:
    # ("fired from southern Lebanon by Hezbollah": the launch area before the by-phrase)
    m = re.match(r"^\s*(?:from\s+(?:[\w-]+\s+){1,3}?(?=by\s))?(?:[\w“”\"-]+\s+){0,2}?by\s+",
                 text[t_end:t_end + 60])
    if not m:
        return None
    pos = t_end + m.end()
    desc = _AGENT_DESCRIPTION.match(text, pos)  # "by the paramilitary Rapid Support Forces"
    g = group_after(actors, text, desc.end() if desc else pos, max_gap=10)
    return g.actors[0] if g else None


# the words that describe an armed group before its name (round 59): "shelling by the
# paramilitary Rapid Support Forces", "a bombing by the militant group al-Shabaab" (not "the
# Iran-backed Houthis": three sets' retellings of one attack then stood apart)
_AGENT_DESCRIPTION = re.compile(
    r"(?:the\s+)?(?:(?:paramilitary|militant|rebel|jihadist|islamist|armed|insurgent|separatist|"
    r"extremist)\s+){1,3}"
    r"(?:(?:group|movement|militia|outfit)\s+)?", re.I)


# "Fighters of the Allied Democratic Forces (ADF) attacked", "The ELN (National Liberation
# Army) struck": a group named with its acronym (or its members) as the subject; the brackets
# end a clause for subject_before, and "of the" reads as a preposition
_MEMBERS = (r"(?:fighters|militants|guerrillas?|rebels|members|gunmen|insurgents|jihadists|"
            r"combatants|extremists|assailants|attackers)\s+(?:of|from)\s+(?:the\s+)?")
_MEMBERS_OF = re.compile(rf"\b{_MEMBERS}$", re.I)
# the clause opening on the members of a group: "Fighters from ", "Gunmen of the " (round 48)
_MEMBERS_OPEN = re.compile(rf"\W*(?:the\s+)?{_MEMBERS}", re.I)
_NAMED_GAP = re.compile(r"(?P<br>\s*\([^()]{2,60}\))?"
                        # "Fighters of the JNIM group attacked" (round 43)
                        r"(?P<kind>\s+(?:group|movement|militia|faction|organi[sz]ation))?"
                        r"(?P<men>\s+(?:fighters|militants|guerrillas|"
                        r"rebels|gunmen|insurgents|jihadists|members|attackers))?"
                        r"\s*(?:(?:has|have|had)\s+)?"
                        r"(?:(?:also|reportedly|allegedly|again)\s+)?")


def _named_group_subject(actors, text, t_start) -> Actor | None:
    before = [a for a in actors if a.end <= t_start and t_start - a.end <= 70]
    if not before:
        return None
    a = before[-1]
    if len(before) > 1 and text[a.start - 1:a.start] == "(" and a.key == before[-2].key:
        a = before[-2]  # "the Baloch Liberation Army (BLA)": both held, the name first
    if a.person or not a.key or a.demonym:
        return None
    g = _NAMED_GAP.fullmatch(text, a.end, t_start)
    if g is None:
        return None
    if _MEMBERS_OF.search(text[max(0, a.start - 40):a.start]):
        return a
    if (g.group("men") or g.group("kind")) and a.mention is not None \
            and a.mention.of_type("ArmedGroup"):
        return a  # "ISWAP fighters attacked", "the JNIM group attacked"
    if g.group("br") and re.fullmatch(r"\W*(?:the\s+)?", text[clause_start(text, a.start):a.start],
                                      re.I):
        return a
    return None


def _ally(actors, text, t_start) -> tuple[Actor, int] | None:
    """The actor an ally phrase names in the subject before the attack's verb ("backed by X"),
    and where the phrase starts; not the subject of a relative clause ("alongside Russian
    jets, which bombed")."""
    lo = clause_start(text, t_start)
    for a in reversed([a for a in actors if lo <= a.start and a.end <= t_start]):
        m = ALLY_BEFORE.search(text, max(0, a.start - 60), a.start)
        if m is not None and m.end() == a.start and not re.search(
                r",\s*(?:which|that|who)\b", text[a.end:t_start]):
            return a, m.start()
    return None


def _backed(actors, text, at) -> Actor | None:
    """The subject an ally phrase ("backed by ...") describes, told just before it."""
    g = subject_before(actors, text, at, include_demonyms=True)
    if g is None or g.actors[0].person or not g.actors[0].key \
            or not re.fullmatch(r"\s*(?:[a-z][\w-]*\s*){0,3},?\s*", text[g.end:at]):
        return None
    return g.actors[0]


_LAUNCHER_GAP = re.compile(r"\s+(?:(?:an?|the|some|several|dozens|all|\d+|two|three|four|five|six|"
                           r"(?:wave|salvo|volley|swarm|barrage|pair)s?\s+of)\s+){0,4}")


# ("... drones aimed at Jammu": the interception of an attack on a named target; "shot down
# drones over eastern Poland" tells no target)
_AIMED_AT = re.compile(r"\s+(?:that\s+were\s+|which\s+were\s+)?(?:aimed|headed|heading|fired|"
                       r"launched|bound|targeting|directed)\b", re.I)


def _launcher(actors, view: SentView, t_end: int) -> Actor | None:
    """The state or group named on the weapons an interception downed, when they were aimed at
    a target ("intercepted a wave of Pakistani drones aimed at Jammu")."""
    text = view.text
    for a in actors:
        if a.start < t_end or a.person or not a.key:
            continue
        if not _LAUNCHER_GAP.fullmatch(text, t_end, a.start):
            return None
        if any(m.category and 0 <= m.start - a.end <= 20
               and re.fullmatch(r"[\s\w-]*", text[a.end:m.start])
               and _AIMED_AT.match(text, m.end) for m in view.mentions):
            return a
        return None
    return None


def _modifier(actors, text, t_start) -> Actor | None:
    for a in reversed([a for a in actors if a.end <= t_start and t_start - a.end <= 40]):
        if a.person:
            return None
        if LAUNCH_AREA.search(text[max(0, a.start - 40):a.start]):
            return None  # "a drone launched from Lebanon struck": where it came from
        gap = text[a.end:t_start]
        if _MOD_WORDS.match(gap) or (a.demonym and _FORCE_HAD.match(gap)):
            return a
        return None
    return None


class StrikeFinder:
    def __init__(self, gazetteer: Any, places: Any = None):
        from kg.link.places import places_for

        self.gaz = gazetteer
        self.places = places if places is not None else places_for(gazetteer)
        self._more: list = []
        self._sea_ok = False  # (set per trigger: an ordinal anaphor's place may be a sea)
        self._vessel_told = False  # (set per sentence: "It had been hit" after a ship's sentence)

    def country_of(self, place: str | None) -> str | None:
        """The state a place lies in (gazetteer chain, a capital's state, or GeoNames)."""
        return self.places.state_of(place)

    def find(self, view: SentView, actors: list[Actor],
             before: SentView | None = None) -> list[dict[str, Any]]:
        """The strikes a sentence tells; `before` is the sentence before it in its paragraph."""
        text = view.text
        # "The tanker was abandoned. It had been hit by Houthi missiles in the Red Sea": the
        # pronoun is the ship, so the sea is where it was hit (round 58)
        self._vessel_told = before is not None and _IT_HIT.match(text) is not None \
            and _VESSEL.search(before.text) is not None
        out: list[dict[str, Any]] = []
        # weapon phrases blanked: "a Russian glide bomb tore through" - Russian modifies it
        wmasked = text
        for m in view.mentions:
            if m.category:
                wmasked = wmasked[:m.start] + " " * (m.end - m.start) + wmasked[m.end:]
        made, last_end, boundary = False, 0, 0
        # "To avenge the shelling of their villages, Afghan forces attacked ...": the opening
        # phrase tells the attack answered, the main clause after its comma the answer
        front = _FRONT_EARLIER.match(text) if _FRONT_NEEDS.search(text) else None
        # "Hours after the strike on Dnipro, drones hit ...": two attacks, neither the answer
        # of the other (no side guessed for the first)
        seq_front = sequence_front(text) if front is None else None
        if seq_front is not None and TRIGGER_RE.search(text, 0, seq_front.end()) is None:
            seq_front = None
        front = front or seq_front
        front_end = front.end() if front else 0
        quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)] \
            if "“" in text or '"' in text else []  # (every quote opens with one of these)
        for t in _triggers(text):
            word = t.group(0).lower()
            is_noun = _is_noun(word, text[:t.start()], actors)
            intercept = bool(t.group("intercept"))
            before = text[:t.start()]
            after = text[t.end():]
            if (_NOT_ATTACK_AFTER.match(after) and not _LAUNCH_VERB.match(word)) \
                    or _NOT_ATTACK_BEFORE.search(before):
                continue
            if deal_struck(word, before, after):
                continue  # "a naval pact that Sudan struck with Moscow": a deal made
            if pressed_assault(word, before):
                continue  # "Rebels pressed their assault on Sittwe": ground fighting
            if " after " in before and time_reference_strike(view, word, t.start(), t.end()):
                continue  # "A week after Iran struck Israel, ...": a time reference
            if _HEDGE.search(before[-60:]) and not _SIDED_AFTER.search(before[-60:]):
                continue
            if alarm_only(text, t.start(), t.end()):
                continue  # "Air-raid sirens sounded in Eilat": a warning, not a raid
            if intercept and unarmed_downing(after):
                continue  # "shot down two surveillance drones": no attack was under way
            if not is_noun and _FIGURATIVE_OBJECT.match(after):
                continue  # "violence had hit investment", "sanctions hit exports"
            if is_noun and (_ABSTRACT_TARGET.match(after) or _CHARACTERISED.search(before[-40:])
                            or _IS_AN_ATTACK.match(after)):
                continue  # "an attack on Europe's security", "X's attack on Y is an attack on"
            quote = next(((a, b) for a, b in quotes if a < t.start() < b), None)
            if quote is not None and not any(
                    quote[0] <= m.start and m.end <= quote[1] and (m.place() or m.is_unknown)
                    for m in view.mentions):
                continue  # "“We were hit hard,” a resident of Kharkiv said": no place in it
            if not is_noun and (
                    (word in _BARE_PRESENT and not (
                        view.index == 0 and re.search(r"\w\ws\s+$", before)))  # "Drones attack X"
                    or re.search(r"\bto\s+$", before)
                    or (word.endswith("ing") and _ONGOING.search(before[-40:]))):
                # "they attack ships", "the ability to hit", "began attacking shipping":
                # habits, aims and campaigns, not an attack that happened
                continue
            sanction = _SANCTION.search(text[t.end():t.end() + 90])
            if sanction and sanction.start() < 60:
                continue  # (trade strikes and sanctions; not "a sanctioned tanker" hit)
            if is_noun and _CAME_AFTER.match(after) and re.search(
                    r"\b(?:the|this|that|it|its)\s+(?:[\w-]+\s+){0,2}$", before, re.I):
                continue  # "The attack came hours after Zelenskyy visited Kharkiv": when
            if is_noun and judged_attack(before, after):
                continue  # "said the attacks near the dam broke a ceasefire": one told before
            if is_noun and _MEANING_AFTER.match(after):
                continue  # "said the strike showed that Moscow was trying to ...": a reaction
            if is_noun and _SEASON_OF.search(before):
                continue  # "help Kyiv survive a third winter of Russian attacks": a campaign
            plural = is_noun and word.endswith("s") and not word.endswith("ss")
            ordinal = is_noun and bool(_ORDINAL_BEFORE.search(before[-40:]) or " of " in word) \
                and bool(_ORDINAL_AFTER.match(after))
            generic = bool(_GENERIC.search(before[-40:])) and (plural or is_noun) and not ordinal
            if re.match(r"(?:fell|landed|exploded|detonated)\s|(?:were|was)\s.*aimed", word) and not (
                    any(m.category and 0 <= t.start() - m.end <= 25 for m in view.mentions)
                    or re.search(r"\b(?:missiles?|drones?|rockets?|shells?|bombs?|mortars?|"
                                 r"projectiles?|debris|blow|brunt|(?:explosive\s+)?devices?|"
                                 r"explosives|IEDs?|grenades?)\b[^.;,]{0,20}$", before, re.I)
                    or (_DEVICES_SUBJECT.search(before) and casualties(view.text) != (None, None))
                    or _PART_OF_SALVO.search(before)):
                continue  # "tank shells fell on houses": a weapon must have fallen
            if re.match(r"(?:landed|crashed|ploughed|plowed|smashed)\b", word) and (
                    _CARRIED.search(before[-80:]) or word.startswith("landed") and any(
                    m.category in ("aircraft", "helicopter") and 0 <= t.start() - m.end <= 25
                    for m in view.mentions)):
                continue  # "a cargo plane carrying drones landed in Damascus": a delivery
            if word in ("fired", "fires", "firing", "launched", "launches", "launching",
                        "rained", "dropped", "dropping") and not any(m.category for m in view.mentions
                                               if m.start >= t.end()
                                               and m.start - t.end() < 50) \
                    and not re.search(r"missile|drone|rocket|shell|bomb", before[-40:], re.I) \
                    and not _FIRED_WHAT.match(after) \
                    and not (word in ("fired", "firing") and _FIRED_ON.match(after)):
                continue
            outage = bool(_OUTAGE.match(word))
            if outage and not OUTAGE_SUBJECT.search(before[-60:]):
                continue  # "The utility cut power to the district": no attack
            by_weapon = bool(re.search(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?$", before)) and any(
                m.category in _AERIAL and 0 <= m.start - t.end() <= 30
                and re.match(r"^\s+by\s+(?:an?|the|two|three|several)?\b", after)
                for m in view.mentions)  # "was damaged by a Ukrainian naval drone"
            if word in ("destroyed", "damaged", "wrecked", "levelled", "leveled", "flattened") \
                    and not by_weapon and not _VESSEL_OBJECT.match(after) \
                    and not _PART_OF_SALVO.search(before) \
                    and (not (any(
                    m.category and m.category != "air-defence" and 0 <= t.start() - m.end <= 3
                    for m in view.mentions) or _BLAST_SUBJECT.search(before)) or (any(
                    m.category in _AERIAL and 0 <= m.start - t.end() <= 30
                    for m in view.mentions) and not _BLAST_SUBJECT.search(before))):
                # "Russian missiles damaged a shipyard": a weapon must be the subject, and what
                # it destroyed not a weapon ("air defences destroyed 20 drones")
                continue
            if word.startswith(("brought", "bringing")) and not any(
                    m.category and m.category != "air-defence" and 0 <= t.start() - m.end <= 3
                    for m in view.mentions):
                continue  # "a missile brought down ...": a weapon must be the subject (no quake)
            if word.startswith("send") or word == "sent":
                # "sent more than 300 drones and missiles at Israel" - not "sent tanks to"
                ws = [m for m in view.mentions if m.category and 0 <= m.start - t.end() < 50]
                if not ws or not re.match(r"^[^,;.]{0,60}?\b(?:at|towards?|against|into)\s+",
                                          text[ws[0].start:]) or \
                        re.search(r"\b(?:to|for)\s+$", text[:ws[0].start]):
                    continue
            # "cruise missiles fired at cities": a participle describing weapons in general
            if word in ("fired", "launched") and re.search(
                    r"(?:missiles?|drones?|rockets?|shells?|bombs?)\s+$", before) and re.match(
                    r"^\s+(?:at|on|against|toward|towards)\s+(?:[\w-]+\s+){0,2}?(?:cities|towns|"
                    r"civilians|targets|villages|homes|people|infrastructure)\b", after, re.I):
                continue
            via_earlier, not_attacker, wclause = False, None, None
            sequence = False  # a second attack told by its time ("hours after ...")
            disowned = False  # a side says the attack was not its own
            in_front = t.start() < front_end
            if in_front:
                via_earlier = True
            elif made and front_end and last_end <= front_end:
                boundary = front_end  # the main clause, after the opening phrase
                sequence = seq_front is not None
            elif made:
                # a second strike needs its own clause (or is the one answered)
                sep = re.search(r",\s*(?:and|while|but|whereas)\s+|;|(?<=\w)\s+(?:as|while|whereas)"
                                r"\s+(?=(?:the\s+|its\s+|their\s+)?[A-Z])", text[last_end:t.start()])
                wclause = weapon_clause(view, last_end, t.start())
                # ("..., killing four, hours before drones hit a port in X": its own attack)
                seq = sequence_clause(text, last_end, t.start())
                sequence = seq is not None
                sep = sep or wclause or seq
                w0 = max(last_end, t.start() - 70)
                earlier = _EARLIER.search(text[w0:t.start()])
                if not sep and not earlier:
                    continue
                boundary = last_end + sep.start() if sep else w0 + earlier.start()
                if earlier and not sep and out:
                    # "... in retaliation for a strike on its consulate in Damascus that killed
                    # seven": the attack answered, never by the one answering it
                    via_earlier, not_attacker = True, out[0]["attacker"]
            assertion = "reported"
            if _DENIAL.search(before):
                assertion = "denied"
            elif _CLAIM.search(text):
                assertion = "claimed"
            # S2 attacker
            attacker = None
            att_actor = None
            subject = None  # the coordinated subject: none of its members is the place hit
            rel_verb = None  # "the barrage ... that Iran fired at Israel": the clause's verb
            if not intercept and not _REACTION.match(text, t.end() + 1):
                # (not "the strike was condemned by Tehran": who reacted)
                att_actor = _by_phrase(actors, text, t.end())
            if att_actor is None:
                att_actor = _modifier(actors, wmasked, t.start())
                if att_actor is not None and BACKER.match(text[att_actor.end:]):
                    att_actor = None
                if att_actor is not None:  # "Syrian and Turkish drones": the first named
                    att_actor = first_of_pair(actors, text, att_actor)
                if att_actor is not None and not is_noun:
                    # "The United States and Britain struck": the group's first member
                    g = subject_before(actors, text, t.start(), include_demonyms=False)
                    if g is not None and att_actor in g.actors:
                        att_actor, subject = g.actors[0], g
            if att_actor is None and not intercept and not is_noun and not re.search(
                    r"\b(?:was|were|been|being|is|are)\s+$", before):
                att_actor = _named_group_subject(actors, text, t.start())
            if att_actor is None and not intercept and not is_noun and not re.search(
                    r"\b(?:was|were|been|being|is|are)\s+$", before):
                g = subject_before(actors, text, t.start(), include_demonyms=False)
                # ("Ukraine's air force said 11 missiles launched at Kyiv were destroyed": the
                # speaker is the subject of "said", not of the attack)
                # (a relative clause between does not count: "The Saudi-led coalition, of which
                # the UAE is a member, struck"; round 66)
                if g and t.start() - g.end - sum(b - a for a, b in relative_spans(
                        text, g.end, t.start())) <= 45 \
                        and not _REPORTING.search(text, g.end, t.start()):
                    att_actor, subject = g.actors[0], g
            if att_actor is None and is_noun:
                # "Pakistani jets carried out a series of air strikes", "the army conducted
                # drone strikes": the subject of the verb that carries the attack out
                cv = _CARRY_OUT.search(before[-80:])
                if cv is not None:
                    at = len(before) - len(before[-80:]) + cv.start()
                    g = subject_before(actors, text, at, include_demonyms=True)
                    if g is not None and not g.actors[0].person and g.actors[0].key \
                            and at - g.end <= 30 and not _REPORTING.search(text, g.end, at):
                        att_actor, subject = g.actors[0], g
            if att_actor is None and is_noun and re.search(
                    r"\b(?:in|with)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}$", before) or (
                    word.endswith(" fire") and re.search(r"\bwith\s+(?:[\w-]+\s+){0,2}$", before)):
                # "Israel killed the group's leader in an air strike on Beirut": the clause subject
                lo = clause_start(text, t.start())
                first = next((a for a in actors if a.start >= lo and a.end <= t.start()), None)
                if first is not None and first.key and not first.person and not first.demonym \
                        and (re.fullmatch(r"\W*(?:the\s+)?", text[lo:first.start], re.I)
                             # "Fighters from al-Shabaab killed nine in an attack" (round 48)
                             or _MEMBERS_OPEN.fullmatch(text, lo, first.start)) \
                        and not (first.mention is not None and first.mention.possessive) \
                        and not _victim_report(text, first.end, t.start()) \
                        and not disowns(text, first.end, t.start()):
                    att_actor = first
                elif first is not None and first.key and disowns(text, first.end, t.start()):
                    # ("Kabul said it was not involved in the attack on Bannu")
                    not_attacker, disowned = first.key, True
            if att_actor is None and is_noun:
                # "the barrage of 180 missiles that Iran fired at Israel": the relative clause
                rel = _REL_AGENT.match(after)
                if rel:
                    g = group_after(actors, text, t.end() + rel.end(), max_gap=2)
                    if g is not None and not g.actors[0].person and re.match(
                            r"\s+(?:had\s+|has\s+)?(?:fired|launched|sent|carried\s+out|"
                            r"conducted|dropped)\b", text[g.end:]):
                        att_actor = g.actors[0]
                        rel_verb = g.end
            accuser = att_actor is not None and accuser_before(text, att_actor.end, t.start())
            if accuser:
                # "US accuses Iran over missiles fired at tanker": the accuser; the accused
                # may have only supplied them, so no side is guessed (the body's report tells)
                not_attacker, att_actor, subject = att_actor.key, None, None
            if att_actor is not None and BACKER.match(text[att_actor.end:]):
                # "An Iran-backed militia fired rockets": the backer, not the attacker
                not_attacker, att_actor, subject = att_actor.key, None, None
            located_group = att_actor is not None and bool(_GROUP_LOCATED.search(
                text, max(0, att_actor.start - 40), att_actor.start))
            if located_group:
                # "Gangs in Haiti attacked a police station": where the unnamed group is, not
                # who attacked (round 75)
                not_attacker, att_actor, subject = att_actor.key, None, None
            ally = _ally(actors, text, t.start())
            if ally is not None and (att_actor is ally[0] or (
                    att_actor is None and not is_noun and not intercept
                    and not re.search(r"\b(?:was|were|been|being|is|are)\s+$", before))):
                # "Russian units backed by North Korean troops shelled": the ally or supplier
                # named in the subject is not the attacker; who it backs is
                not_attacker, att_actor, subject = ally[0].key, _backed(actors, text, ally[1]), None
            if intercept and att_actor is not None and any(
                    m.category == "air-defence" and m.start >= att_actor.end
                    and m.end <= t.start() for m in view.mentions):
                # "Ukraine's air defences shot down 40 drones": the side that intercepted
                not_attacker, att_actor = att_actor.key, None
            if intercept and not is_noun:
                # "India intercepted Pakistani drones aimed at Jammu": who launched them (the
                # subject is the side that intercepted)
                att_actor = _launcher(actors, view, t.end()) or att_actor
            # "A Lebanese drone hit Metula": a state told only as the weapon's origin; a group
            # claiming the attack next is who fired it (kg.extract.records)
            origin = bool(att_actor is not None and att_actor.demonym and any(
                m.category and 0 <= m.start - att_actor.end <= 1 for m in view.mentions))
            unnamed_noun = is_noun and _UNNAMED_MODIFIER.search(before[-40:]) is not None
            if unnamed_noun:
                # "after last week's militant attack in Balochistan": unnamed attackers, not
                # the sentence's subject (round 73)
                att_actor = None
            if att_actor is not None:
                attacker = _attacker_key(att_actor)
            unknown = attacker is None and (unnamed_noun or located_group or not is_noun and bool(
                _UNKNOWN_AGENT.search(before[-80:]) or unnamed_agent(before, after)) or accuser)
            if not is_noun and _SENT_WORD.match(word) and _sent_to_state(view, t.end()):
                continue  # "Iran had sent Russia ballistic missiles": a supply (round 52)
            if is_noun and _AFTER_THAT.search(text, max(0, t.start() - 30), t.start()) \
                    and re.match(r"\s*,", text[t.end():]):
                continue  # "After that attack, Moscow suspended ...": the attack told before
            if attacker is None and not unknown and _GROUND_VERB.match(word) \
                    and not (word == "ambushed"
                             and _AMBUSHED_PASSIVE.search(text, max(0, t.start() - 12), t.start())):
                continue  # "three men were shot dead in a bar fight": no attacker, no attack told
                # ("a patrol was ambushed near Menaka" is an attack by someone: round 82)
            # S3 place and country
            used = {id(att_actor.mention)} if att_actor is not None and att_actor.mention else set()
            if subject is not None:  # "Washington and London have struck": not London
                used |= {id(a.mention) for a in subject.actors if a.mention is not None}
            nxt = self._second_clause(view, actors, t.end())
            if in_front:
                nxt = front_end if nxt is None else min(nxt, front_end)
            # (or an attack at sea told with its toll: "an attack ... in the Red Sea in which")
            self._sea_ok = ordinal or (is_noun and sea_attack_with_toll(text, t.end()))
            place, place_text, place_mention = self._place(view, t, used,
                                                           nxt if nxt is not None else None,
                                                           is_noun=is_noun,
                                                           lo=boundary if via_earlier and not in_front
                                                           else front_end if not in_front else 0)
            bare_capital = cap_after = False
            if place is None and "capital" in text and not _CHARACTERISES.search(before):
                # "the Afghan capital", "the capital": the capital of the state named (or, for
                # the bare noun, of the article's country: kg.extract.records)
                cap = _CAPITAL.search(text, max(0, t.start() - 60), t.end() + 100)
                if cap is not None and not (is_noun and cap.start() < t.start()):
                    dem = next((m for m in view.mentions if m.state() and m.is_demonym
                                and m.start == cap.start("dem")), None) if cap.group("dem") else None
                    if cap.group("of") or cap.group("own"):  # "the capital of Sudan"
                        dem = next((m for m in view.mentions if m.state() and not m.is_demonym
                                    and (m.start == cap.start("of") if cap.group("of")
                                         else m.end == cap.end("own"))), None)
                    key = self.places.capital_of(dem.state()) if dem is not None else None
                    if key is not None:
                        place, place_text, place_mention = key, self.places.ref(key).label, None
                        cap_after = cap.start() >= t.end()
                    bare_capital = not (cap.group("dem") or cap.group("of") or cap.group("own"))
            country = self._country(view, t, place, rel_verb)
            if place_mention is not None:
                lo = max(0, place_mention.start - 40)
                held = _HELD_BY.search(text[lo:place_mention.start])
                if held:  # "Pakistani-administered Kashmir": the state that holds it
                    end = lo + held.end("who")
                    who = next((m.state() for m in view.mentions if m.state() and m.end == end),
                               None)
                    country = who or country
            if self._parent is not None and (country is None or (
                    place_mention is not None and place_mention.is_unknown)):
                # "the Beirut suburb of Haret Hreik": the state of the place it is part of
                country = self.country_of(self._parent) or country
            if attacker is None and not intercept and (place is not None or country
                                                        or BACK_REF.search(text)
                                                        or _VESSEL_OBJECT.match(text, t.end())):
                # ("The Houthis said it had destroyed another vessel": a ship, at sea; round 51)
                # ("Riyadh said its air force had also hit camps in the capital": the place
                # told before)
                sp = None
                for a in actors:
                    if a.end <= t.start() and _SPEAKER.match(text[a.end:].lstrip()):
                        sp = a
                if sp is not None and sp.key and (_ANSWERS.search(text, sp.end, t.start())
                                                  or disowns(text, sp.end, t.start())):
                    # ("Hezbollah said it was not involved in the strikes": not its attack)
                    disowned = disowned or disowns(text, sp.end, t.start())
                    not_attacker, sp = sp.key, None
                own = None
                if sp is None:
                    # "US Central Command said its forces struck", "the Central Command of the
                    # Myanmar army said its aircraft struck": a state's command telling its own
                    for a in actors:
                        if a.end <= t.start() and a.key and a.key.startswith("state/") and (
                                _COMMAND_SAID.match(text[a.end:t.start()])
                                or (_COMMAND_OF.search(text[max(0, a.start - 40):a.start])
                                    and _UNIT_SAID.match(text[a.end:t.start()]))):
                            sp = own = a
                blamed_on = _RESPONSIBLE.search(text, sp.end, t.start()) if sp is not None \
                    else None
                if blamed_on is not None:
                    # "Israel said Hezbollah commander X was responsible for a rocket attack on
                    # Majdal Shams": the one named responsible, not the accuser (round 50)
                    named = [a for a in actors if sp.end <= a.start < blamed_on.start() and a.key]
                    if named and named[-1].key != country:
                        attacker, assertion = named[-1].key, "reported"
                    sp = None
                if sp is not None and own is None and bare_capital and not _OWN_SAID.search(
                        text, sp.end, t.start()):
                    # "Kyiv said a ballistic missile hit the capital": the speaker tells of an
                    # attack on its own capital, not of its forces' (round 49)
                    sp = None
                if sp is not None and sp.key and (sp.key != country or own is not None):
                    attacker, assertion = sp.key, "claimed"
            if attacker and country and attacker == country and place is None:
                continue
            cut_m = None if made else _EARLIER_ANY.search(text, t.end())
            seq_m = None if made else _sequence_after(text, t.end())
            if seq_m is not None and (cut_m is None or seq_m.start() <= cut_m.start()):
                cut_m = seq_m  # "..., killing two, hours after a missile struck X, injuring five"
            cut = front_end if in_front else cut_m.start() if cut_m else None
            # "... in response to Israeli strikes on Beirut that killed 22": the earlier
            # attack's toll and day are its own
            # ("... in response to a drone attack on Haifa last week, killing four": a toll told
            # by a participle after the answered attack's phrase is the answer's own)
            tail = None if in_front or seq_m is not None else _ANSWER_TOLL.search(
                text, boundary if via_earlier else cut) if via_earlier or cut is not None else None
            killed, injured = casualties(
                text[boundary:] if sequence  # (the later part of the sentence is its own)
                else text[:cut] if in_front
                else text[boundary:tail.start() if tail else None] if via_earlier
                else text[:cut] + (text[tail.start():] if tail else "") if cut is not None
                else text[front_end:])
            if wclause is not None or not made:
                killed, injured = _clause_casualties(view, t, boundary, wclause, killed, injured)
            if killed is None and is_noun:
                # "after the killing of 12 people near X in an air strike": the toll named first
                killed = killing_before(text, t.start())
            weapon = self._weapon(view, t, att_actor)
            date, rel_date = None, False
            # the day a toll was given ("officials said on Sunday") is not the attack's
            own = [d for d in view.dates if (not made or d.start >= boundary)
                   and (cut is None or d.start < cut)
                   and (in_front or d.start >= front_end)
                   # ("since 2023": where a campaign began; but "the worst since a strike on
                   # a market in Kostiantynivka in September 2023" dates that strike)
                   and not _since_before(text, d.start)
                   and not text.startswith(("since", "Since"), d.start)
                   # ("said Saturday's attack": a possessive day is the attack's own)
                   and (not REPORT_DATE.search(text[max(0, d.start - 30):d.start])
                        or text.startswith(("'s", "’s"), d.end))
                   and not _OTHER_EVENT_DATE.search(text[max(0, d.start - 45):d.start])
                   and not statement_date(text, d.start)
                   and not _TOLL_BY.search(text[max(0, d.start - 60):d.start])]
            own, dateline_day = undated_dateline(text, own)
            if any(d.kind != "rel" for d in own):
                # "an overnight strike ... late on Sunday": the day told, not the publication's
                own = [d for d in own if not _OVERNIGHT_NOUN.match(text, d.start)]
            if own:  # a second strike's date is told in its own part of the sentence
                near = min(own, key=lambda d: abs(d.start - t.start()))
                # ("struck Dnipro again overnight": another night's attack)
                date, rel_date = near.value, near.kind == "rel" and " again" not in text
                ago = days_before(text, near.end, t.start())
                if ago is not None and near.end <= t.start() and date and len(date) == 10:
                    # "Kim inspected a factory on Tuesday, a day after a Ukrainian drone attack
                    # on Kursk": Tuesday is the other event's day; the attack's, a day before
                    date = shift_day(date, -ago)
            else:
                # "Kim visited a shipyard on Thursday, a day after ...": the day told before "a
                # day after" is another event's (or the report's); the attack's, a day before
                told = [d for d in view.dates if d.end <= t.start() and d.value
                        and len(d.value) == 10]
                ago = days_before(text, told[-1].end, t.start()) if told else None
                if ago is not None:
                    date = shift_day(told[-1].value, -ago)
            has_place = place is not None
            has_cas = killed is not None or injured is not None
            if generic and not (has_place or has_cas):
                continue
            told_date = date if not dateline_day else None  # (a lead's filing day is none)
            if not (has_place or country or told_date) and _ANSWERED.search(before[-80:]):
                continue  # an undated attack answered, at no place: background, not a strike
            if not has_cas and _OCCASIONS.search(text):
                continue  # "had fired missiles at Riyadh on at least two occasions": a record
            if not (has_place or has_cas or told_date) and _CAMPAIGN.search(text):
                continue  # "has launched thousands of drones at Ukrainian cities since 2022"
            # ("Another strike on the city on Thursday wounded five": a second attack on the
            # place just told, kept apart as "the same city" is; round 87)
            same_place = not has_place and not intercept and bool(
                _SAME_PLACE.match(after) or (is_noun and _ANOTHER_BEFORE.search(before)
                                             and _THE_TOWN_AFTER.match(after)))
            if is_noun and _RECAP_BEFORE.search(before) and _CARRIED_BY.match(after):
                # "The strikes were carried out by F/A-18 jets flying from a carrier in the Red
                # Sea": who or what did the attack just told; kg.extract.records joins it
                wkey, wtext, wcat = weapon_fields(self._weapon(view, t, att_actor))
                out.append({"type": "Strike", "_recap": True, "_sent": view.index,
                            "weapon": wkey, "weapon_text": wtext, "weapon_category": wcat,
                            "attacker": attacker})
                break
            opened = is_noun and not intercept and not has_place and bool(
                _OPENED_WITH.search(before[-120:]))
            if plural and not (has_place or has_cas or date or opened):
                continue
            if not is_noun and not has_cas and _WEAPON_USED_BEFORE.search(before) and any(
                    m.category and _WEAPON_USED_BEFORE.fullmatch(text, m.end, t.start())
                    for m in view.mentions):
                # "Iskander missiles, which Russian forces have fired at positions in Donetsk": a
                # weapon's use summed up in a relative clause, no one attack (round 45)
                continue
            if not is_noun and not (has_cas or told_date) and (
                    _PERFECT.search(before)
                    # "has besieged El Fasher since May 2024 and shelled its camps almost daily"
                    or (_PERFECT_AND.search(before) and _CAMPAIGN.search(text))) \
                    and (not has_place or _CAMPAIGN.search(text)):
                # "which has fired missiles and drones at Israel", "have fired hundreds of
                # missiles since the war began": a campaign summed up, not one attack
                continue
            pending = placeless = False
            # "Two days later the country's military hit a second boat": the state told before
            state_ref = attacker is None and not intercept and not is_noun and bool(
                STATE_BACK_REF.search(text, max(0, t.start() - 60), t.start()))
            # "A drone struck a US base in north-eastern Jordan, killing three": the state is
            # the place when no finer one is named; who did it may be told in another sentence
            # ("More than 40 missiles were fired at targets across Ukraine": a barrage on the
            # whole state, whose side the sentence before or after tells; round 54)
            state_only = bool(place is None and country and not is_noun and not intercept
                              and attacker is None and (has_cas or (
                                  _ACROSS.search(text, t.end()) and re.search(
                                      r"\b(?:missiles?|drones?|rockets?|shells?|bombs?)\s+"
                                      r"(?:were|have\s+been|had\s+been)\s+$", before))))
            # ("Three US soldiers were killed in a drone attack on a base in Jordan": the noun's
            # own site, in the state named; round 68)
            state_only = state_only or bool(
                place is None and country and is_noun and not plural and not intercept
                and attacker is None and has_cas and _SITE_IN_STATE.match(after))
            facility_name = bool(place_mention is not None and place_mention.is_unknown
                                 and self._facility_only)
            # "The tanker Sounion was struck by Houthi missiles": a ship hit, told with no place
            vessel_passive = bool(not is_noun and not intercept and re.search(
                r"\b(?:was|were|been)\s+(?:\w+\s+)?$", before) and _VESSEL.search(before))
            vessel_hit = bool(attacker) and vessel_passive
            # ("A tanker was hit by a drone 80 miles east of Aden ... The Houthis claimed the
            # attack": a ship hit at sea whose attacker is told next)
            vessel_wait = vessel_passive and attacker is None and not has_place \
                and bool(weapon or date or has_cas)
            # "Ukrainian naval drones hit a Russian patrol ship on Sunday. The vessel was in the
            # Black Sea ...": a ship hit by a known attacker; where, the next sentence may tell
            at_sea = bool(not is_noun and not intercept and attacker and not has_place
                          and not country and (_VESSEL_AT.match(after) if _LAUNCH_VERB.match(word)
                                               else _VESSEL_OBJECT.match(after)))
            vessel_wait = vessel_wait or (at_sea and bool(weapon or date or has_cas))
            # "The strike followed a Saturday attack on another vessel that killed two sailors":
            # an earlier attack at sea, kept apart by its day; its side is the one told before
            # (round 54)
            followed_at_sea = bool(
                is_noun and not has_place and has_cas and date and not intercept
                and _FOLLOWED.search(text, max(0, t.start() - 40), t.start())
                and _ON_ANOTHER_VESSEL.match(text, t.end()))
            vessel_wait = vessel_wait or followed_at_sea
            # "MAZATLAN, Mexico — Gunmen opened fire at a bar, killing 12": the place is the
            # dateline's (kg.extract.discourse)
            # (not "fired missiles at cities across Ukraine": a country-wide barrage, whose
            # place is no town, the dateline's least of all; round 51)
            dateline_only = bool(not has_place and not intercept and has_cas
                                 and (attacker or unknown) and view.index <= 4
                                 and DATELINE_RE.match(text)
                                 and not _ACROSS.search(text, t.end())
                                 and not _at_state(view, t.end(), country))
            # "A ballistic missile hit the capital overnight, killing four": the capital of the
            # article's country (kg.extract.records), by an attacker not told, in the lead (as
            # dateline_only below; later, "the capital" is as often background) (round 49)
            # ("A bomb exploded outside a bank in the capital": a blast, no attack told)
            capital_only = bool(bare_capital and attacker is None and not intercept
                                and not has_place and has_cas and view.index <= 4
                                and not _BLAST_WORD.search(text))
            # "That attack followed a strike on Tuesday on a school in the city, which killed
            # four": an earlier attack on the place told before (kg.extract.records gives it
            # that place and its side), kept apart by its own day (round 50)
            followed = bool(is_noun and not has_place and has_cas and date and not intercept
                            and BACK_REF.search(text, t.end())
                            and _FOLLOWED.search(text, max(0, t.start() - 40), t.start()))
            if not ((attacker and (has_place or country or has_cas or vessel_hit))
                    or (has_place and (has_cas or weapon or attacker or via_earlier or outage
                                       or ordinal))) \
                    or (attacker is None and not has_place):
                # the rest of the attack may be told in another sentence ("The city's airport
                # was hit again"; "Muzaffarabad was also struck"): kept pending for the
                # discourse step (kg.extract.discourse), dropped unless it completes it
                place_after = place_mention is not None and place_mention.start >= t.end() and (
                    not is_noun or place_mention.start - t.end() <= 40) or cap_after
                passive = bool(re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$",
                                         before))
                placeless = bool(attacker and not has_place and not country and date
                                 and not intercept and not generic and not via_earlier)
                if disowned:
                    continue  # a denial refers to an attack; it tells none of its own
                if same_place:
                    # "three days after a missile strike on the same city": another attack on
                    # the place told (kg.extract.records gives it that place, kept apart)
                    pending = True
                elif opened:
                    # "The offensive opened on Monday with artillery and drone strikes": the
                    # opening attack of the push the sentence before told (its who and where)
                    pending = True
                elif placeless and is_noun:
                    # "Pakistani jets carried out a series of air strikes late on Thursday": the
                    # place may follow ("The heaviest fell on the Afghan capital"); kept for
                    # the next sentence of the paragraph, dropped unless it names the place
                    pending = True
                elif intercept or plural or generic or not (has_place or BACK_REF.search(text)
                                                            or state_only or state_ref
                                                            or vessel_wait or dateline_only
                                                            or capital_only or followed) \
                        or not (has_place or weapon or has_cas or date or is_noun is False) \
                        or (has_place and not (place_after or (passive and not is_noun))) \
                        or (not has_place and is_noun and not capital_only and not followed
                            and not followed_at_sea and not state_only):
                    continue
                else:
                    pending, placeless = True, False
            conf = 0.8
            if attacker is None or not has_place:
                conf = 0.6
            if intercept:
                conf -= 0.1
            wkey, wtext, cat = weapon_fields(weapon)
            out.append({
                "type": "Strike", "attacker": attacker, "target_place": place, "_clause2": made,
                "_place_text": place_text, "_place_new": place is not None and place_mention
                and place_mention.is_unknown,
                "target_country": country,
                "weapon": wkey, "weapon_text": wtext, "weapon_category": cat,
                "killed": killed, "injured": injured, "date": date,
                # ("missiles launched overnight": a night told from the publication's day,
                # either of two days; kg.extract.records merges it with the lead's, round 59)
                "_rel_date": rel_date,
                "strike_kind": _KIND_BY_CATEGORY.get(cat or "", "air" if "air" in word
                                                     else "unknown"),
                "assertion": assertion, "_sent": view.index, "_plural": plural,
                # ("Hours later it carried out a drone strike": a new attack, not "the strike")
                "_again": bool(_AGAIN.search(text)) or (bool(_LATER_START.match(text)) and (
                    not is_noun or bool(_INDEFINITE_BEFORE.search(before))))
                or word.startswith("the other targets") or same_place, "_t": t.start(),
                "_earlier": via_earlier, "_not_attacker": not_attacker, "_origin": origin,
                "_sequence": sequence,
                "_state_only": state_only, "_facility_name": facility_name,
                "_state_ref": state_ref, "_vessel": vessel_wait,
                "_listed": word.endswith(("were", "was", "included", "includes")),
                "_summary": bool(_MAIN_TARGET.search(text)),
                "_locators": list(self._locators) if place is not None else [],
                "_backref": bool(BACK_REF_NOUN.search(text)),
                "_pending": pending, "_bare_capital": bare_capital, "_capital_only": capital_only,
                "_placeless": placeless, "_opened": opened and pending, "_wclause": bool(wclause),
                "_same_place": same_place, "_unknown": unknown, "_at_sea": at_sea,
                "_dateline_only": dateline_only, "_ordinal": ordinal,
                "_blast": attacker is None and not is_noun and bool(_BLAST_SUBJECT.search(before)
                                                                 or _DEVICES_SUBJECT.search(before)),
                "_tollref": bool(is_noun and attacker is None and has_cas
                                 and toll_back_ref(text)),
                "confidence": round(conf, 2),
            })
            for mp, mtext, mm in self._more:  # coordinated targets: one strike each
                out.append({**out[-1], "target_place": mp, "_place_text": mtext,
                            "_place_new": mm is not None and mm.is_unknown})
            # a later clause with its own subject may tell another strike ("Hezbollah fired
            # rockets at Metula, and Israel struck the Bekaa Valley")
            made, last_end = True, t.end()
            if in_front and seq_front is not None:
                out[-1]["_earlier"], out[-1]["_sequence"] = False, True
                continue
            if in_front:
                out[-1]["attacker"], out[-1]["_front"] = None, True
                continue
            if nxt is None and not _EARLIER_ANY.search(text, t.end()) \
                    and _sequence_after(text, t.end()) is None:
                break
        main = next((o for o in out if not o.get("_front") and not o.get("_earlier")
                     and o["attacker"]), None)
        for o in out:
            if o.pop("_front", False):  # never by the side that answers it
                o["_not_attacker"] = main["attacker"] if main else None
            if main is None or not (o.get("_earlier") or o.get("_not_attacker")) \
                    or o["attacker"] is not None or not o["target_place"] \
                    or main["target_country"] in (None, main["attacker"]):
                continue
            # ("the bombing of its positions in Khiam": the answering side was the one hit)
            own_side = bool(o["_place_text"] and _OWN_SIDE.search(
                text, o["_t"], max(o["_t"], text.find(o["_place_text"], o["_t"]))))
            if o["target_country"] in (None, main["attacker"]) or (
                    own_side and not main["attacker"].startswith("state/")):
                # "Afghan forces attacked Pakistani posts to avenge the shelling of their
                # villages": the attack answered was the other side's, on the answering side
                # (a group's own positions lie in its host state: "Hezbollah ... the shelling
                # of its positions in Kfar Kila")
                o["attacker"], o["confidence"] = targeted_group(
                    text, actors, main["_t"], o["_t"]) or main["target_country"], 0.6
                o["_side_guess"] = True  # a claim or blame told for its place wins (records)
                o["_own_side"] = own_side
        if any(o.get("_clause2") for o in out):
            first = out[0]["attacker"]
            out = [o for o in out if not o.get("_clause2")
                   or (o["attacker"] and o["attacker"] != first)
                   or (o.get("_earlier") and o["target_place"] and not o["attacker"])
                   or (o.get("_sequence") and o["target_place"])
                   or _weapon_clause_strike(o, out)]
        for o in out:
            o.pop("_clause2", None)
            if o.pop("_wclause", False) and o["attacker"] is None:
                o["attacker"] = out[0]["attacker"]  # the first clause's side fired both
        return out

    @staticmethod
    def _second_clause(view: SentView, actors: list[Actor], pos: int) -> int | None:
        """Where a later clause with its own subject and attack verb starts, if any."""
        text = view.text
        # ("Israel hits Rafah as Hamas fires rockets at Ashkelon": a clause of its own)
        for m in re.finditer(r",\s*(?:and|while|but|whereas)\s+|;\s*|(?<=\w)\s+(?:as|while|whereas)\s+",
                             text[pos:]):
            g = group_after(actors, text, pos + m.end(), max_gap=6)
            if g is None:
                continue
            t = TRIGGER_RE.search(text, g.end, g.end + 40)
            if t is not None and re.fullmatch(r"\s*(?:[\w-]+\s+){0,3}", text[g.end:t.start()]):
                return pos + m.start()
        m = weapon_clause(view, pos, len(text))
        return pos + m.start() if m is not None and TRIGGER_RE.search(text, pos + m.end(),
                                                                      pos + m.end() + 60) else None

    def _place(self, view: SentView, t: re.Match, used: set,
               limit: int | None = None, is_noun: bool = False, lo: int = 0
               ) -> tuple[str | None, str | None, Mention | None]:
        text = view.text
        cands = []
        facility_only: set[int] = set()  # unknown names placed only by a facility noun after
        self._parent, self._facility_only = None, False
        dateline = DATELINE_RE.match(text) or JOINT_DATELINE_RE.match(text)
        vessel = bool(_VESSEL.search(text)) or self._vessel_told
        for m in view.mentions:
            if id(m) in used or m.category:
                continue
            if t.group("intercept") and m.start >= t.end() and _OVER.search(
                    text[max(t.end(), m.start - 30):m.start]):
                continue  # "shot down 40 drones over the Kyiv region": where, not a target
            if dateline and m.end <= dateline.end():
                continue  # "JERUSALEM — Israeli jets struck ...": where the report was filed
            if _named_not_hit(text, m) or _TAKEN_TO.search(text, max(0, m.start - 60), m.start):
                continue  # "US-made ATACMS", "according to Kyiv", "flown to Cairo for treatment"
            if m.end <= t.start() and (_subject_of(text, m, t, is_noun)
                                       or _CLAUSE_JOIN.search(text, m.end, t.start())):
                continue  # "Moscow hit the city": who struck, not what was hit; "Kyiv
                # accepted ..., and Russian strikes ...": another clause's
            if _VESSEL_BEFORE.search(text[max(0, m.start - 30):m.start]) \
                    or (vessel and in_vessel_name(text, m.start)):
                continue  # "the cargo ship Aurora", "the tanker Marlin Luanda": the ship's name
            if m.state() and m.possessive and _STATE_HOLDING.match(text, m.end):
                continue  # "Tehran's nuclear programme sites at Natanz": whose, not where
            if m.state() and _OWNER_AFTER.match(text[m.end:]):
                continue  # "the US-run Al Udeid base": whose the target is, not where
            if _APPOSITION_LOCATOR.match(text[:m.start]):
                continue  # "The port, in Hodeidah province, was hit": the port told before
            if _GROUP_IN.search(text, max(0, m.start - 12), m.start) and any(
                    g.end <= m.start and g.of_type("ArmedGroup") and _BRANCHED.fullmatch(g.text)
                    and _GROUP_IN.fullmatch(text, g.end, m.start) for g in view.mentions):
                continue  # "Islamic State in the Sahel claimed": the branch's name (round 50)
            if re.match(r"^\s+(?:port|city|town|resort|coast|harbou?r)\s+of\b", text[m.end:]):
                continue  # "the Black Sea port of Novorossiysk": the port is named next
            if m.place() and not m.of_type("Person"):
                e = self.gaz.get(m.place())
                if e is not None and re.search(r"\b(?:sea|ocean|east|europe|house|white)\b",
                                               e.label, re.I) and not m.possessive \
                        and not (self._sea_ok and _WATER.search(e.label)) and not (
                        vessel and _WATER.search(e.label) and _AT_SEA.search(
                            text[max(0, m.start - 30):m.start])
                        and not TRIGGER_RE.search(text, t.end(), max(t.end(), m.start))):
                    continue  # a sea is the place only of a ship hit in it
                # "Kyiv Mayor", "the Kremlin said", "a claim Kyiv rejected" are not places hit
                if re.match(r"^\s*(?:['’]s\s+)?(?:(?:regional|city|provincial|district|oblast|state)"
                            r"\s+(?:governor|mayor|administration|authorities|officials?|head|chief|"
                            r"council|police|prosecutors?)\b|spokes(?:man|woman|person)|envoy|embassy|"
                            r"(?:foreign|defen[cs]e|interior|health|emergenc(?:y|ies))\s+ministry|"
                            # ("the Gaza civil defence agency said": round 59)
                            r"civil\s+defen[cs]e|"
                            r"press\s+(?:office|secretary)|mayor|governor|"
                            r"officials?|authorities|said|"
                            # ("the Kati military base": the base's town, round 77)
                            r"says|administration|military(?!\s+(?:base|camp|post|barracks|"
                            r"academy|airfield|airport|garrison|installation|compound|"
                            r"headquarters)\b)|government|president)\b",
                            text[m.end:], re.I):
                    continue
                if m.state() and _ACTS_AFTER.match(text[m.end:]):
                    continue
                if self.places.state_of(m.place()) and self.places.capital_of(
                        self.places.state_of(m.place())) == m.place() \
                        and (_ACTS_AFTER.match(text[m.end:]) or _SEAT_ACTS.match(text[m.end:])):
                    continue  # "Washington must be held accountable", "Beijing held drills"
                if _SUPPLIES_AFTER.match(text, m.end):
                    continue  # "an arsenal that Tehran has supplied to the Houthis": who armed
                # (a place after the trigger by the words after it only: "rockets fired from
                # Lebanon hit Haifa" hit Haifa; round 70)
                if (_NOT_TARGET_BEFORE.search(text[max(0, m.start - 40, t.end() if m.start >= t.end()
                                                       else 0):m.start])
                        and not (m.start >= t.end()
                                 and _STRIKE_DISTANCE.fullmatch(text, t.end(), m.start))) \
                        or _NOT_TARGET_AFTER.match(text[m.end:]):
                    continue  # "fired from over the Golan Heights", "the war in Gaza"
                cands.append(m)
            elif m.is_unknown and not re.match(r"^\s*(?:['’]s)?\s*(?:said|says)", text[m.end:]) \
                    and not re.search(r"\b[A-Z][a-z]+\s+of\s+(?:the\s+)?$", text[:m.start]) \
                    and not _SHIP_AFTER.match(text[m.end:]) \
                    and not _NOT_TARGET_BEFORE.search(text[max(0, m.start - 40):m.start]) \
                    and not (re.match(r"^\s+(?:port|city|town|village|region|province|district)\s+"
                                      r"of\b", text[m.end:])
                             and self._of_region(view, m) is None) \
                    and (_PLACE_CUE_BEFORE.search(text[max(0, m.start - 60):m.start])
                         or _PLACE_CUE_AFTER.match(text[m.end:])
                         or BEACH_END.search(m.text)  # "Lido beach" (kg.extract.named_beaches)
                         # "were ambushed by JNIM militants near Boulkessi": where (round 47)
                         or (m.start >= t.end() and not is_noun
                             and _NEAR_NAME.search(text, t.end(), m.start)
                             and not _VESSEL.search(text, t.end(), m.start)
                             and "," not in text[t.end():m.start]  # (its own clause)
                             and not any(x.is_unknown and t.end() <= x.start < m.start
                                         for x in view.mentions))
                         # "US aircraft struck the Hiraan region": the verb's object, a region
                         # the gazetteer lacks (not "hideouts in the X region": round 42)
                         or (m.start >= t.end() and not is_noun
                             and _REGION_OBJECT.fullmatch(text, t.end(), m.start)
                             and _REGION_AFTER.match(text, m.end))
                         # "struck a military post in Tibú": where the object hit stands
                         or (m.start >= t.end() and not is_noun
                             and _OBJECT_IN.fullmatch(text, t.end(), m.start))
                         or (m.start >= t.end() and t.group(0).startswith("opened")
                             and _FIRE_OBJECT_IN.fullmatch(text, t.end(), m.start))
                         # "a drone strike on a wedding in Intahaka": the noun's object
                         or (m.start >= t.end() and is_noun
                             and _NOUN_OBJECT_IN.fullmatch(text, t.end(), m.start))
                         # "RSF fighters stormed Um Sumeima": the place assaulted
                         or (m.start >= t.end() and assaulted_name(text, t, m.start))
                         # "killed in an ambush near Boni": where the noun's attack was (round 66)
                         or (m.start >= t.end() and is_noun
                             and _NOUN_NEAR.fullmatch(text, t.end(), m.start))
                         # "a Turkish-made drone strike on Al-Nuhud": the noun's object named
                         or (m.start >= t.end() and is_noun
                             and re.fullmatch(r"\s+on\s+", text[t.end():m.start])
                             and not _PERSON_AFTER.match(text[m.end:]))
                         # "a sea drone struck the tanker Sig near the Kerch Strait"
                         or (vessel and _WATER_NAME.search(m.text))
                         # "GAZA CITY — An airstrike killed five people in a tent camp in
                         # Mawasi": where the toll fell (else the dateline stands in for it)
                         or (m.start >= t.end() and _TOLL_IN.fullmatch(text, t.end(), m.start))
                         # ("An RSF drone killed nine people at a market in Um Rawaba": the
                         # toll's verb is the trigger, _WEAPON_AGENT)
                         or (m.start >= t.end() and t.group(0) == "killed" and t.start() > 0
                             and _TOLL_IN.fullmatch(text, t.start() - 1, m.start))):
                cands.append(m)
            elif m.is_unknown and m.start >= t.end() and (
                    _OBJECT_GAP.match(text[t.end():m.start])
                    # "struck fuel tanks at the Ras Isa oil terminal": the facility's place
                    or (_FACILITY_PREP.search(text, max(t.end(), m.start - 30), m.start)
                        and not _CLAUSE_END.search(text, t.end(), m.start))) \
                    and _FACILITY_AFTER.match(text[m.end:]) \
                    and not re.match(r"^\s*(?:['’]s)?\s*(?:said|says)", text[m.end:]):
                # "struck the giant Abqaiq processing plant": the object of the verb
                cands.append(m)
                facility_only.add(id(m))
        # a place after the trigger belongs to its clause ("when the missile hit, and she was
        # taken to hospital in Dnipro": Dnipro was not hit)
        end = _CLAUSE_END.search(text, t.end())
        hi = end.start() if end else len(text)
        react = _REACTION.search(text, t.end(), hi) if is_noun or re.search(
            r"\b(?:was|were|been)\s+$", text[:t.start()]) else None
        if react:  # "The attack drew criticism in Kyiv": where the reaction was voiced
            hi = react.start()
        earlier = _EARLIER_ANY.search(text, t.end())
        if earlier:  # "... in response to Israeli strikes on Beirut": the earlier attack's place
            hi = min(hi, earlier.start())
        if limit is not None:  # "..., and Israeli jets struck the Bekaa Valley": not this one's
            hi = min(hi, limit)
        after = [m for m in cands if m.start >= t.end() and m.end <= hi]
        before = [m for m in cands if lo <= m.start and m.end <= t.start()]
        pick = after[0] if after else (before[-1] if before else None)
        self._more, self._locators = [], []
        if pick is None:
            return None, None, None
        if after and pick is after[0]:
            # "the southern Beirut suburb of Haret Hreik": the suburb is the place, in the city
            for m in after[1:2]:
                gap = text[pick.end:m.start]
                if pick.possessive and m.is_unknown and BEACH_END.search(m.text) \
                        and re.fullmatch(r"['’]s\s+", gap):
                    # "Mogadishu's Lido beach": the beach, in the city
                    self._parent = pick.place()
                    pick = m
                elif (_PART_OF_GAP.match(gap) and self._of_region(view, pick) is None) or (
                        # "the Sumy region village of Bilopillia": the village, in the region
                        # ("the Danube river port of Izmail": the port, not the river)
                        _REGION_PART_GAP.match(gap) and (
                            (pick.place() and self.places.ref(pick.place()).admin)
                            # (not "the Tawila district of North Darfur": a region is
                            # never the finer place)
                            or (m.place() and not pick.place()
                                and not self.places.ref(m.place()).admin))):
                    self._parent = pick.place()
                    pick = m
            # coordinated targets: "struck the X plant and the Y oil field"; "which hit a
            # mosque in Bahawalpur, a seminary in Muridke near Lahore and sites near Kotli"
            prev = pick
            for m in view.mentions:
                if _BETWEEN.search(text, 0, pick.start):
                    break  # "on the road between Nabatieh and Kfar Tebnit": one place, located
                if m.start < prev.end or m.end > hi or m.category:
                    continue
                gap = text[prev.end:m.start]
                if _LOCATES.match(gap) and m in cands:
                    prev = m  # "in Muridke near Lahore": Lahore only locates Muridke
                    continue
                if not (_COORD_ITEM.match(gap) or _COORD_PREP.match(gap)
                        or (_COORD_PLACES.match(gap) and not _LOCATOR.search(gap))) \
                        or accused_next(gap) or _APPOSITIVE_PLACE.match(gap):
                    break  # "near Binyamina, south of Haifa": Haifa locates it
                if not (m in cands or m.is_unknown and (
                        _FACILITY_AFTER.match(text[m.end:])
                        # "bombed Nyala, Zalingei and El Geneina": a bare list of names after
                        # a known place lists places, known or not
                        or (pick.place() and _BARE_LIST_GAP.fullmatch(gap)
                            and not re.match(r"^\s*(?:['’]s\b|said|says)", text[m.end:])))):
                    break
                self._more.append(self._place_of(m))
                prev = m
        elif re.search(r"\b(?:were|was)\s+(?:\w+\s+)?$", text[pick.end:t.start()]):
            # "the ports of Hodeidah, Salif and Ras Kanatib were also hit": each one listed
            nxt = pick
            for m in reversed([m for m in cands if m.end <= pick.start]):
                gap = text[m.end:nxt.start]
                if not _COORD_PLACES.match(gap) or _LOCATOR.search(gap):
                    break
                self._more.append(self._place_of(m))
                nxt = m
        if after and pick is after[0] and not self._more \
                and _SETTLEMENT_IN.search(text, max(0, pick.start - 40), pick.start):
            # "attacked a village in the Sahel region ..., killing 27 people in Solle": the
            # region only locates the village, named later in the clause
            inner = next((m for m in view.mentions if m.start > pick.end and m.end <= hi
                          and not m.category and not m.state() and (m.place() or m.is_unknown)
                          and re.search(r"\bin\s+$", text[pick.end:m.start])
                          and not re.search(r"\b(?:said|says|told)\b", text[pick.end:m.start])),
                         None)
            if inner is not None:
                pick = inner
        if after and pick is after[0] and not self._more:
            pick = self._damage_in(view, pick, hi)  # "hit the Odesa region, damaging ... in X"
        if id(pick) in facility_only and not self._more:
            nxt = next((m for m in after if m.start > pick.end and id(m) not in facility_only
                        and m.place()), None)
            if nxt is not None and re.match(r"^\s+(?:[a-z][\w-]*\s+){1,3}in\s+(?:the\s+)?"
                                            r"(?:(?:city|town|port)\s+of\s+)?$",
                                            text[pick.end:nxt.start]) \
                    and not self.places.ref(nxt.place()).admin:
                pick = nxt  # "the Acme refinery in Baiji": the town the facility is in
        self._facility_only = id(pick) in facility_only
        # "the village of Tsyrkuny near Kharkiv", "Beit Hanoun, north of Gaza City": the
        # places that only locate the one hit (a later "the drones also hit Kharkiv" is more
        # of this attack)
        at = pick
        for m in view.mentions:
            if m.start < at.end or m.category:
                continue
            if not _LOCATOR_GAP.match(text[at.end:m.start]) or not m.place():
                break
            self._locators.append(m.place())
            at = m
        if pick.is_unknown and self._parent is None:
            self._parent = self._of_region(view, pick)  # (its state: the province's)
        return self._place_of(pick)

    def _damage_in(self, view: SentView, pick: Mention, hi: int) -> Mention:
        """"Missiles hit the Odesa region, damaging port facilities in the town of
        Chornomorsk": a region struck, then the town the clause's damage or toll names in it,
        is the town. Else the region (or whatever was picked) stays."""
        if not pick.place() or not (self.places.ref(pick.place()).admin
                                    # "bombed the Nabatieh area, hitting ... the town of X"
                                    or _AREA_AFTER.match(view.text, pick.end)):
            return pick
        for m in view.mentions:
            if m.start <= pick.end or m.end > hi or m.category or m.state() \
                    or not (m.place() or m.is_unknown):
                continue
            g = _DAMAGE_IN.match(view.text, pick.end, m.start)
            if g is None or re.match(r"\s*(?:,\s*|\s+and\s+)(?:the\s+)?[A-Z]", view.text[m.end:]):
                return pick  # (not "in Balakliia and Kupiansk": the region holds both)
            if not m.place():  # a name no table holds: only as "the town of X"
                return m if g.group(0).rstrip().endswith(" of") else pick
            ref = self.places.ref(m.place())
            region = self.places.ref(pick.place())
            if ref.admin or (ref.state and region.state and ref.state != region.state):
                return pick
            return m
        return pick

    def _of_region(self, view: SentView, m: Mention) -> str | None:
        """"the Barmal district of Paktika province": a district (or town) of a province or
        region, told after it, is the finer place ("the Beirut suburb of X" is the other way).
        The region's key (or its state's), else None."""
        text = view.text
        g = _OF_NEXT.match(text, m.end)
        if g is None:
            return None
        after = [n for n in view.mentions if n.start >= g.end() and not n.category
                 and n.start - g.end() <= 40]
        if after and _REGION_WORD.match(text, g.end()):
            region = next((n for n in after if n.place() and not n.state()), None) or after[-1]
            return region.place() or region.state() or ""  # ("": a region no table knows)
        nxt = after[0] if after and after[0].start == g.end() else None
        if nxt is not None and nxt.place() and self.places.ref(nxt.place()).admin:
            return nxt.place()
        return None

    def _place_of(self, m: Mention) -> tuple[str | None, str | None, Mention | None]:
        if m.place():
            return m.place(), m.text, m
        from kg.link.gazetteer import slugify

        return "place/" + slugify(m.text), m.text, m

    def _country(self, view: SentView, t: re.Match, place: str | None,
                 rel_verb: int | None = None) -> str | None:
        text = view.text
        if place:
            known = self.country_of(place)
            if known:
                return known
        # (the verb of its relative clause is no other attack: "... that Iran fired at Israel")
        nxt = TRIGGER_RE.search(text, t.end() if rel_verb is None else rel_verb + 12)
        if nxt and _VOLLEY_OBJECT.fullmatch(text, t.end(), nxt.end()) and _LAUNCH_VERB.match(
                t.group(0).lower()):
            nxt = TRIGGER_RE.search(text, nxt.end())  # "fired a barrage of drones at": its object
        limit = nxt.start() if nxt else len(text)
        for m in view.mentions:
            if m.start >= limit:
                break
            if m.start < t.end() or not m.state():
                continue
            if m.is_demonym:  # "Ukrainian towns", "the Russian border region of Belgorod"
                if re.match(rf"^\s*(?:[\w-]+\s+){{0,2}}?{_AREA_WORDS}\b", text[m.end:], re.I):
                    return _host_state(view, m, limit) or m.state()
                continue
            if m.place() or _OWNER_AFTER.match(text[m.end:]) or _named_not_hit(text, m):
                continue  # a capital is the place hit ("in Kyiv"); its state comes from it
            pre = text[t.end():m.start]
            if _LAUNCH_VERB.match(t.group(0).lower()) and _FLOWN_OVER.search(pre):
                continue  # "fired a ballistic missile over Japan": where it flew (round 66)
            if len(pre) < 80 and re.search(
                    rf"(?:^\s*|\b(?:in|on|at|against|across|over|into|inside|within|off|"
                    rf"off\s+the\s+coast\s+of)\s+)"
                    rf"(?:the\s+)?"
                    rf"(?:{_DIRECTION}\s+)?$", pre, re.I) or aimed_toward(t.group(0), pre):
                return m.state()
        return self.country_of(place) if place else None

    def _weapon(self, view: SentView, t: re.Match, att: Actor | None) -> Mention | None:
        text = view.text
        ws = [m for m in view.mentions if m.category]
        if not ws:
            return None
        for m in ws:  # "missile strike", "a Russian missile hit", "hit by Russian missiles"
            if m.end <= t.start() and t.start() - m.end <= 25 and _MOD_WORDS.match(
                    text[m.end:t.start()]):
                return _munition_of(m, ws, t, text)
            if m.end <= t.start() and _FIRED_FROM_GAP.fullmatch(text, m.end, t.start()):
                return m  # "Rockets fired from Lebanon hit Haifa" (round 70)
        for m in ws:
            if m.start >= t.end() and m.start - t.end() <= 40 and re.match(
                    r"^\s*(?:[\w“”\"-]+\s+){0,3}?(?:by|with|using|of)?\s*(?:[\w“”\"-]+\s+){0,3}$",
                    text[t.end():m.start]) and (
                    re.search(r"\b(?:by|with|using)\b", text[t.end():m.start])
                    or t.group(0).lower() in ("fired", "fires", "firing", "launched",
                                              "launches", "launching", "rained", "sent",
                                              "sends", "sending", "dropped", "dropping")):
                return m
        for m in ws:  # "a drone strike", "Missile strikes on Odesa": the weapon in the noun
            if t.start() <= m.start < t.end() and t.group("noun"):
                return m
        cv = _CARRY_OUT.search(text, max(0, t.start() - 80), t.start())
        if cv is not None and cv.end() == t.start():
            for m in ws:  # "Pakistani jets carried out a series of air strikes": the subject
                if m.end <= cv.start() and re.fullmatch(r"\s*(?:(?:has|have|had)\s+)?"
                                                        r"(?:also\s+|again\s+|then\s+)?",
                                                        text[m.end:cv.start()]):
                    return m
        if t.group("intercept"):
            for m in ws:
                if m.end <= t.start() and t.start() - m.end <= 15:
                    return m
        return None


# "The vessel was in the Black Sea, about 40 km off Crimea": where the ship just told was hit
_SHIP_TOLD = re.compile(r"^\W*(?:(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:ship|vessel|boat|tanker|"
                        r"carrier|freighter|warship)|It)\s+(?:was|had\s+been)\b")


# the military sites the two readings below share ("a base in north-eastern Jordan")
_SITE_NOUNS = r"bases?|air\s*bases?|airfields?|outposts?|garrisons?"
_IN_STATE = rf"\s+(?:in|inside)\s+(?:the\s+)?(?:{_DIRECTION}\s+)?"
# "an attack on a base in Jordan", "a drone strike on an outpost in northeastern Syria": the attack
# noun's site, placed only by its state (round 68)
_SITE_IN_STATE = re.compile(rf"\s+(?:on|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_SITE_NOUNS}|"
                            rf"posts?|positions?|camps?|checkpoints?|convoys?){_IN_STATE}[A-Z]")
# "an American base in north-eastern Jordan": a site the state runs abroad, in the state named
_SITE_ABROAD = re.compile(rf"^\s*(?:[\w-]+\s+){{0,2}}?(?:{_SITE_NOUNS}|posts|positions)"
                          rf"{_IN_STATE}$", re.I)


def _host_state(view: SentView, owner: Mention, limit: int) -> str | None:
    """The state a foreign base stands in: "a US base in Syria" was hit in Syria, not in the
    United States (the owner only names whose base it is)."""
    for m in view.mentions:
        if m.start < owner.end or m.start >= limit:
            continue
        if m.state() and not m.is_demonym and not m.place() \
                and _SITE_ABROAD.match(view.text[owner.end:m.start]):
            return m.state()
    return None


def sea_of_ship(view: SentView, gaz: Any) -> Mention | None:
    """The sea a sentence about the ship just told places it in, if it opens so."""
    if not _SHIP_TOLD.match(view.text):
        return None
    for m in view.mentions:
        e = gaz.get(m.place()) if m.place() else None
        if e is not None and _WATER.search(e.label) and _AT_SEA.search(
                view.text[max(0, m.start - 40):m.start]):
            return m
    return None


# what carries or launches a weapon, not what hits: "Su-34 bombers dropped glide bombs"
_PLATFORM = {"aircraft", "helicopter", "ship"}
_RELEASE = re.compile(r"^(?:fired|fires|firing|launched|launches|launching|dropped|dropping|"
                      r"dropped|rained)$", re.I)


def _munition_of(subject: Mention, ws: list[Mention], t: re.Match, text: str) -> Mention:
    """The munition a platform subject released ("a destroyer fired Tomahawk missiles at ...":
    the missiles), else the subject itself ("drones struck", "warplanes bombed")."""
    if subject.category not in _PLATFORM or not _RELEASE.match(t.group(0)):
        return subject
    for m in ws:
        if m.start >= t.end() and m.start - t.end() <= 30 and m.category not in _PLATFORM \
                and re.fullmatch(r"\s*(?:(?:an?|the|two|three|four|several|\d+)\s+)?"
                                 r"(?:[\w-]+\s+){0,2}?", text[t.end():m.start]):
            return m
    return subject


_VESSEL = caseless(r"\b(?:ship|ships|vessel|vessels|tanker|tankers|freighter|carrier|"
                   r"bulk\s+carrier|cargo\s+ship|container\s+ship|warship|destroyer|frigate|"
                   r"boats?|speedboats?|dhows?|ferry|ferries)\b")
_IT_HIT = re.compile(r"(?:It|She)\s+(?:(?:had|has)\s+been|was)\s+(?:hit|struck|attacked|targeted)\b")
_HELD_BY = re.compile(r"(?P<who>\w+)-(?:administered|controlled|held|occupied|run)\s+$")
# "The port, in Hodeidah province, was hit again": the province locates the port told before
_APPOSITION_LOCATOR = re.compile(
    r"^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:port|city|town|village|base|airport|airfield|"
    r"plant|refinery|facility|camp|harbou?r|terminal|depot)\s*,\s*(?:which\s+(?:is|lies)\s+)?"
    r"(?:in|near|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_VESSEL_BEFORE = re.compile(r"\b(?:ship|tanker|vessel|freighter|carrier|boat|destroyer|frigate|"
                            r"warship|cruiser|corvette|dhow|ferry|submarine)\s+(?:the\s+)?$", re.I)
# "the Kerch Strait", "the Gulf of Oman": a body of water by its name
_WATER_NAME = re.compile(r"\b(?:Strait|Straits|Sea|Gulf|Bay|Channel|Sound|Ocean)$|^(?:the\s+)?(?:Gulf|"
                         r"Straits?|Bay|Sea)\s+of\b")
# "the road between Nabatieh and ": the second place only locates the first
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:(?:towns?|villages?|cities|city)\s+(?:of\s+)?)?$")
# "in Intahaka, a gold-mining town in the Gao region": what the place is, not another target
_APPOSITIVE_PLACE = re.compile(r"^\s*,\s*an?\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|"
                               r"settlement|hamlet|district|suburb|port|hub)\s+(?:in|near|of|"
                               r"outside|north|south|east|west)\b")
_BARE_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# list items that each name their own place: ", a religious seminary in X", "and sites near Y"
_COORD_ITEM = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:a|an|the|two|three|four|"
                         r"several|some|other)\s+)?(?:[a-z][\w-]*\s+){1,3}(?:in|near|at|outside)"
                         r"\s+(?:the\s+)?$")
_OVER = re.compile(r"\b(?:over|above)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# "targets in Rafah and in Khan Younis": the same preposition again, another place hit
_FACILITY_NOUN = (r"(?:plant|refinery|facility|terminal|depot|base|airbase|airfield|airport|"
                  r"port|station|complex|hospital|market|factory|compound|site|installation)s?")
_PLACE_OF = (r"(?:[a-z][\w-]*\s+)?(?:city|town|village|port|district|region|province|"
             r"outskirts|suburbs?|edge|centre|center|heart)\s+of\s+(?:the\s+)?")
# (a facility noun may close the first item: "the Ras Isa fuel terminal and the port of X")
_COORD_PREP = re.compile(rf"^(?:\s+(?:[a-z][\w-]*\s+){{0,2}}{_FACILITY_NOUN})?"
                         rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:also\s+)?(?:in|on|at|near|"
                         rf"outside|around)\s+(?:the\s+)?(?:{_PLACE_OF})?|(?:the\s+)?{_PLACE_OF})$")
# a place right after another that only locates it ("Muridke near Lahore")
_LOCATES = re.compile(r"^\s+(?:near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|"
                      r"west))?\s+of)\s+(?:the\s+(?:city\s+of\s+)?)?$", re.I)
# "the Beirut suburb of Haret Hreik", "Gaza City's Shejaiya district" is told the other way
_PART_OF_GAP = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}(?:suburbs?|district|neighbou?rhood|quarter|"
                          r"refugee\s+camp|camp)\s+of\s+(?:the\s+)?$")
_WATER = re.compile(r"\b(?:sea|ocean|gulf|strait|bay|channel)\b|^Bab\b", re.I)
_AT_SEA = re.compile(r"\b(?:(?:in|off|into|through|across|near|at|on|crossing)\s+(?:the\s+)?|"
                     r"waters\s+of\s+(?:the\s+)?)"
                     r"(?:(?:southern|northern|eastern|western|central|lower|upper)\s+)?$", re.I)
_SUBJECT_GAP = re.compile(r"\s*(?:(?P<aux>has|have|had)\s+)?(?:(?:also|again|then|first|"
                          r"repeatedly|now|later|reportedly|previously)\s+)?")
_OBJECT_NEXT = re.compile(r"^\s+(?:the|a|an|its|their|his|her|[A-Z0-9]|targets?\b|positions?\b|"
                          r"sites?\b|military\b)")


# "since the war began in October": when a campaign began, not the day of an attack
_SINCE = re.compile(r"\bsince\b[^.;,]{0,80}$", re.I)
# "the country's military", "the nation's air force" as the subject: a state told before
STATE_BACK_REF = re.compile(r"\b[Tt]he\s+(?:country|nation)['’]s\s+(?:armed\s+forces|military|"
                            r"army|navy|air\s+force|forces|troops|jets|warplanes|warships|"
                            r"drones)\s+(?:(?:has|have|had)\s+)?(?:(?:also|then|again|later)\s+)?$")
# "fired artillery across the border at ...": what was fired, when no weapon system is named
_FIRED_WHAT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:artillery|mortars?|shells?|rockets?|missiles?|"
                         r"drones?|bombs?|salvos?|volleys?|projectiles?)\b", re.I)
# "US forces destroyed a suspected drug boat": a vessel destroyed is one attacked (not "air
# defences destroyed 20 drones")
_VESSEL_OBJECT = re.compile(r"\s+(?:an?|the|another|two|three|four|several|\d+)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:boats?|speedboats?|vessels?|ships?|tankers?|freighters?|"
                            r"carriers?|warships?)\b")
# "fired two missiles at a Liberian-flagged tanker": launched at a ship
_VESSEL_AT = re.compile(r"\s+(?:[\w-]+\s+){1,4}?(?:at|on)" + _VESSEL_OBJECT.pattern)
# "troops fired on Armenian positions": shooting at a target (not "fired on Monday")
_FIRED_ON = re.compile(r"\s+(?:on|upon)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|\d)\b)(?:the\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:positions?|posts?|troops|soldiers|villages?|"
                       r"towns?|homes|houses|convoys?|boats?|"
                       r"vessels?|ships?|patrols?|checkpoints?|bases?|vehicles?|cars?|buses|"
                       r"camps?|city|market)\b")
# ", which Russian forces have " after a weapon: a relative clause telling how it is used
_WEAPON_USED_BEFORE = re.compile(r",\s+(?:which|that)\s+(?:[\w'’-]+\s+){0,3}?(?:has|have)\s+"
                                 r"(?:(?:also|repeatedly|already|often|regularly)\s+)?$")
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:also|repeatedly|already|now|since|often|"
                      r"regularly)\s+)?(?:been\s+)?$", re.I)
# "has besieged the city since May and ": a perfect that governs the verb coordinated after it
_PERFECT_AND = re.compile(r"\b(?:has|have)\s+(?:(?:also|repeatedly|already|long)\s+)?[a-z]+ed\b"
                          r"[^.;:]{0,80}?\s+and\s+(?:(?:also|repeatedly|regularly)\s+)?$")
# "the Gaza war", "the Ukraine conflict": a place naming a war, not one hit
_NOT_TARGET_AFTER = re.compile(r"^\s+(?:war|wars|conflict|crisis|ceasefire|truce|talks|peace|"
                               r"deal|invasion|offensive)\b", re.I)
# "a strike on the same city", "drones hit the same town": another attack on the place told
_SAME_PLACE = re.compile(r"^\s+(?:(?:on|in|against|at|near)\s+)?the\s+same\s+(?:[\w-]+\s+)?(?:city|"
                         r"town|village|port|area|district|region|camp|base|market|hospital|"
                         r"building|site|neighbou?rhood|facility|plant|refinery)\b", re.I)
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a\s+(?:second|third|fresh|new|further))\s+"
                             r"(?:[\w-]+\s+)?$", re.I)
_THE_TOWN_AFTER = re.compile(r"^\s+(?:on|in|against|at)\s+the\s+(?:city|town|village|port|capital)\b"
                             r"(?!['’]s)", re.I)
# "The strikes were carried out by ...", "The raid was conducted with ...": the attack just told
_RECAP_BEFORE = re.compile(r"^\W*(?:The|These|Those|This|That|Both|Saturday['’]s|Sunday['’]s|"
                           r"Monday['’]s|Tuesday['’]s|Wednesday['’]s|Thursday['’]s|Friday['’]s)"
                           r"\s+(?:[\w-]+\s+)?$")
_CARRIED_BY = re.compile(r"\s+(?:was|were)\s+(?:(?:reportedly|apparently|mainly|mostly|"
                         r"largely)\s+)?(?:carried\s+out|conducted|launched|flown|made|executed|"
                         r"delivered)\s+(?:[\w-]+\s+){0,3}?(?:by|with|using|from)\b", re.I)
# "The offensive opened with artillery and drone strikes", "Their assault began with heavy
# shelling of army positions": the attack that opened a push told before
_OPENED_WITH = re.compile(r"(?:\b(?:offensive|assault|attack|push|operation|campaign|advance|"
                          r"incursion|onslaught)|^\W*(?:It|This))\s+(?:(?:has|had)\s+)?(?:opened|began|begun|"
                          r"started|kicked\s+off|commenced)\s+(?:[\w-]+\s+){0,4}?with\s+"
                          r"(?:[\w-]+\s+){0,5}$", re.I)
# "It was the second strike on the capital since ...": the attack just told, characterised
_CHARACTERISES = re.compile(r"^\W*(?:It|This|That)\s+(?:was|is|marked)\s+(?:the|a|an)\s+"
                            r"(?:[\w-]+\s+){0,2}$")
_NOT_THE_CITY = r"(?!\s+(?:region|district|province|area|territory|city\s+of))"
# ("Somalia's capital", "the capital of Sudan": the state named by its name; round 80)
_CAPITAL = re.compile(rf"\b[Tt]he\s+(?:(?P<dem>[A-Z][\w-]+)\s+)?capital\b{_NOT_THE_CITY}"
                      rf"(?:(?(dem)(?!)|\s+of\s+(?P<of>[A-Z][\w-]+)))?"
                      rf"|\b(?P<own>[A-Z][\w-]+)['’]s\s+capital\b{_NOT_THE_CITY}")
# "carried out a series of air strikes", "launched a wave of drone attacks", "conducted strikes"
# (and a retaliation told as "responded with strikes")
_CARRY_OUT = re.compile(r"\b(?:carried\s+out|carry\s+out|carries\s+out|conducted|conducts|"
                        r"launched|launches|mounted|mounts|staged|stages|unleashed|unleashes|"
                        # "Abuja and N'Djamena have responded with air strikes on ...": the answer
                        r"(?:responded|responds|retaliated|retaliates|(?:hit|struck)\s+back)\s+with|"
                        # "Israel began its campaign on June 13 with strikes on ..." (round 66)
                        r"(?:launched|began|begun|started|opened|kicked\s+off)\s+(?:its|their|"
                        r"the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:offensive|assault|operation|campaign|"
                        r"war|onslaught|incursion|push)\s+(?:[\w-]+\s+){0,4}?with)\s+"
                        r"(?:(?:a|an|the|their|its|his|two|three|several|new|fresh|more)\s+)?"
                        r"(?:(?:series|wave|round|string|spate|volley|number|pair|set)\s+of\s+)?"
                        r"(?:[\w-]+\s+){0,2}$", re.I)
_REL_AGENT = re.compile(r"\s+(?:of\s+)?(?:[\w-]+\s+){0,6}?(?:that|which)\s+", re.I)
_REPORTING = re.compile(r"\b(?:said|says|told|reported|announced|added|stated|wrote)\b", re.I)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but|while|whereas|yet)\s+|;|"
                          # "Houthis set a tanker ablaze in Red Sea as US jets strike ...": a
                          # place before another clause's subject is that clause's
                          r"(?<=\w)\s+(?:as|while|whereas)\s+(?=(?:the\s+|its\s+|their\s+)?[A-Z])")
_FRONT_EARLIER = re.compile(
    r"^\W*(?:(?:In|As)\s+(?:(?:a|an)\s+)?(?:retaliation|response|reply|revenge|reprisal)\s+"
    r"(?:for|to)|To\s+avenge|Avenging|Responding\s+to|Retaliating\s+for)\b[^,;]{3,160},\s*")
_FRONT_NEEDS = re.compile(r"^\W*(?:In|As|To|Avenging|Responding|Retaliating)\b")
_LOCATOR_GAP = re.compile(r"^,?\s+(?:near|outside|close\s+to|around|on\s+the\s+outskirts\s+of|"
                          r"(?:(?:some|about|around)\s+)?(?:\d+\s+(?:km|kilometres|kilometers|miles)\s+)?"
                          r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
                          r"(?:the\s+(?:(?:city|town|port|regional\s+capital)\s+of\s+)?)?$", re.I)
_REGION_PART_GAP = re.compile(r"^\s+(?:[a-z][\w-]*\s+)?(?:town|village|city|settlement|hamlet|"
                              r"port|district|camp)\s+of\s+(?:the\s+)?$")
_FACILITY_PREP = re.compile(r"\b(?:at|in|on|inside|near)\s+the\s+(?:[A-Z][\w.]*" + _OWNER_HYPHEN
                            + r"\s+)?(?:[a-z][\w-]*\s+)?$")
_REGION_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:central|northern|southern|eastern|western|"
                            r"north-?(?:east|west)ern|south-?(?:east|west)ern)\s+)?")
_REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|governorate|county|state)\b")
_OF_NEXT = re.compile(r"\s+(?:rural\s+)?(?:district|county|town|village|municipality)\s+of\s+"
                      r"(?:the\s+)?")
_REGION_WORD = re.compile(r"(?:[A-Z][\w'’-]*(?:['’]s)?\s+)?(?:[A-Z][\w'’-]*\s+)+(?:province|"
                          r"region|state|governorate|oblast)\b")


# "Nigeria said 20 people had been killed in the attacks": a toll the speaker reports (often
# the state hit), not the speaker's own attack ("Israel said it killed him in a strike" is)
_REPORTED_TOLL = re.compile(r"\b(?:said|says|reported|announced|stated)\s+(?:that\s+)?"
                            r"(?!(?:it|its|they|their)\b)", re.I)


_WEAPON_WHILE = re.compile(r"(?<=\w)(?:,?\s+(?:(?:while|whereas)\s+(?:(?:the|its|their|two|three|"
                           r"several|more|other)\s+)?"
                           # ("Shells fell on A and a drone struck B": "and" with an indefinite
                           # weapon; not "and the ...", which often goes on with the same attack)
                           r"|and\s+(?:a|an)\s+)"
                           # ("..., killing four, and drones struck a facility in B": a bare
                           # plural after a comma; round 66)
                           r"|,\s+and\s+"
                           # ("..., killing three; hours later a drone struck a power station in
                           # B": after a semicolon an indefinite weapon starts a clause; round 88)
                           r"|;\s+(?:(?:(?:hours|minutes|days|moments|shortly|soon)\s+)?"
                           r"(?:later|afterwards|after\s+that)\s*,?\s+|meanwhile\s*,?\s+)?"
                           r"(?:a|an|another|two|three|four|five|several|more)\s+)"
                           r"(?:[a-z][\w-]*\s+){0,2}$")


def _weapon_clause_strike(o: dict[str, Any], out: list[dict[str, Any]]) -> bool:
    """A weapon-subject clause's strike on a place of its own (not told by the first clause)."""
    return bool(o.get("_wclause") and o["target_place"] and o["attacker"] in (None, out[0]["attacker"])
                and all(p["target_place"] != o["target_place"] for p in out if p is not o))


def _clause_casualties(view: SentView, t: re.Match, boundary: int, wclause: re.Match | None,
                       killed: int | None, injured: int | None) -> tuple[int | None, int | None]:
    """A weapon-subject clause's toll is its own: "drones hit A while missiles struck B,
    killing two" gives the two to B, not A."""
    text = view.text
    if wclause is not None:
        back = _toll_of_first(text, boundary)
        return casualties(text[boundary:back.start()] + text[back.end():] if back
                          else text[boundary:])
    nxt = weapon_clause(view, t.end(), len(text))
    if nxt is not None and TRIGGER_RE.search(text, t.end() + nxt.end(), t.end() + nxt.end() + 60):
        back = _toll_of_first(text, t.end() + nxt.start())
        return casualties(text[:t.end() + nxt.start()] + (" " + back.group(0) if back else ""))
    return killed, injured


# "..., killing 31 people in the market": a toll placed by a noun of the clause before
_TOLL_NAMED_IN = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+[^,;.]{0,40}?"
                            r"\b(?:in|at|inside)\s+the\s+(?P<noun>[a-z][\w-]*)\b")


def _sequence_after(text: str, at: int) -> re.Match | None:
    """", hours after a missile struck X": a phrase after the attack at ``at`` that tells
    another attack by its time (an attack verb must follow it in its clause)."""
    m = sequence_clause(text, at)
    if m is None:
        return None
    nxt = TRIGGER_RE.search(text, m.end())
    return m if nxt is not None and not re.search(r"[;.]", text[m.end():nxt.start()]) else None


def _toll_of_first(text: str, boundary: int) -> re.Match | None:
    """The toll after a second clause (from `boundary`) that names a place noun of the first
    clause and not of its own ("Shells hit a market in A and a drone struck a hospital in B,
    killing 31 people in the market"): the first clause's toll."""
    m = _TOLL_NAMED_IN.search(text, boundary)
    if m is None:
        return None
    noun = re.compile(rf"\b{re.escape(m.group('noun'))}\b", re.I)
    return m if noun.search(text, 0, boundary) and not noun.search(text, boundary, m.start()) \
        else None


def weapon_clause(view: SentView, lo: int, hi: int) -> re.Match | None:
    """"Drones hit a plant in A while ballistic missiles struck a depot in B": a second clause
    whose subject is a weapon; the match of its joining word in text[lo:], or None."""
    for m in view.mentions:
        if m.category and lo < m.start <= hi:
            j = _WEAPON_WHILE.search(view.text[lo:m.start])
            if j is not None:
                return j
    return None


def _victim_report(text: str, lo: int, hi: int) -> bool:
    """Whether the words between a clause's first actor and an attack noun are "said N ...
    were killed": the actor only reports the toll."""
    return bool(_REPORTED_TOLL.search(text, lo, hi)) and bool(
        re.search(r"\b(?:were|was|been)\s+(?:killed|wounded|injured|hurt)\b", text[lo:hi]))


def _since_before(text: str, at: int) -> bool:
    """Whether the date at ``at`` follows "since" in its stretch of text: after the last attack
    word before it ("since a strike on a market in September 2023" dates that strike)."""
    lo = max(0, at - 100)
    last = None
    for last in TRIGGER_RE.finditer(text, lo, at):
        pass
    return bool(_SINCE.search(text, last.end() if last is not None else lo, at))


_SENT_WORD = re.compile(r"(?i)sen(?:t|ds|ding)$")


def _sent_to_state(view: SentView, pos: int) -> bool:
    """"sent Russia ballistic missiles", "sends Ukraine more drones": the verb's first object is a
    state, the second a weapon (a double-object supply, not "sent drones at Kyiv")."""
    after = [m for m in view.mentions if m.start >= pos]
    if len(after) < 2 or not after[0].state() or after[0].is_demonym or after[0].category:
        return False
    return re.fullmatch(r"\s+(?:the\s+)?", view.text[pos:after[0].start]) is not None \
        and bool(after[1].category) and after[1].start - after[0].end <= 40


def _subject_of(text: str, m: Mention, t: re.Match, is_noun: bool) -> bool:
    """A name right before an active attack verb with an object is its subject ("Moscow hit
    the city", "Washington and London have struck Houthi sites"), not the place hit; "Kyiv hit
    by missiles" and "Kyiv hit again" keep Kyiv as the place."""
    if is_noun:
        return False
    g = _SUBJECT_GAP.fullmatch(text[m.end:t.start()])
    if g is None:
        return False
    return bool(g.group("aux")) or bool(_OBJECT_NEXT.match(text[t.end():]))


def weapon_text(m: Mention) -> str:
    txt = re.sub(r"[“”\"‘’]", "", m.text)
    return re.sub(r"\s+", " ", txt).strip()


# the record slots weapon_fields fills, in its order: what a merge copies from one strike to another
WEAPON_SLOTS = ("weapon", "weapon_text", "weapon_category")


def weapon_fields(m: Mention | None) -> tuple[str | None, str | None, str | None]:
    """A strike's weapon slots from its weapon phrase: the gazetteer key (none for a generic
    word such as "drone"), the text as written, and the category."""
    if m is None:
        return None, None, None
    w = m.weapon()
    return (w.key if w and not w.key.startswith("generic/") else None, weapon_text(m),
            m.category)


# --------------------------------------------------------------------------- context attribution

_CLAIM_VERB = caseless(
    r"\b(?:claimed|claims|claiming)\s+(?:responsibility\s+for\s+|credit\s+for\s+)?(?:the|this|"
    r"that|these|those|both|Saturday's|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|"
    r"Friday's)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|assault|bombing|operation|"
    r"ambush(?:es)?|bombings|blasts?|shooting)\b"  # ("later claimed the ambush": round 59)
    r"|\b(?:claimed|claims)\s+(?:responsibility\s+for\s+)?(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?)"
    r"\s+(?:on|against)\b"
    r"|\b(?:claimed|claims)\s+responsibility\b"
    r"|\bsaid\s+(?:it|they)\s+(?:had\s+)?(?:carried\s+out|launched|conducted)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|operation)\b"
    # "[country] said it had been targeting army positions" after "[place] was hit" (round 70)
    r"|\bsaid\s+(?:it|they)\s+had\s+been\s+(?:targeting|targetting|striking|attacking|"
    r"shelling|bombing)\b"
    # "said it was behind the attack"; "later acknowledged carrying out the strike"
    r"|\bsaid\s+(?:it|they)\s+(?:was|were)\s+(?:behind|responsible\s+for)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?|ambush|operation)\b"
    # "Al-Shabaab was behind a car bombing in ... that killed 121" (round 38)
    r"|\b(?:was|were)\s+(?:also\s+)?(?:behind|responsible\s+for)\s+(?:the|a|an|twin|two|three|"
    r"both)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|raids?|bombings?|ambush|blasts?|"
    r"explosions?)\b"
    r"|\b(?:acknowledged|admitted|confirmed)\s+(?:(?:that\s+)?(?:it|they)\s+(?:had\s+)?carried\s+out|"
    r"carrying\s+out|responsibility\s+for)\s+the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|"
    r"raids?|bombings?|ambush|operation)\b",
    needs=("claim", "said", "acknowledged", "admitted", "confirmed", "behind", "responsible"))
_USE_VERB = caseless(r"\b(?:(?:has|have|had)\s+been\s+|is\s+|are\s+|was\s+|were\s+)?"
                     r"(?:us(?:ing|ed|es)|deploy(?:ing|ed|s)|employ(?:ing|ed|s))\b",
                     needs=("us", "deploy", "employ"))
# the cue every firing of this module's sentence pass needs (kg.extract.article_cues)
USE_CUE = _USE_VERB


# "Iran-backed militias", "Iranian-made drones": the backer or maker, not the attacker
BACKER = re.compile(r"^-(?:backed|aligned|allied|supported|funded|sponsored|armed|linked|made|"
                    r"designed|built|supplied)\b", re.I)
_BLAME = re.compile(r"\b(?:[Bb]lamed|[Bb]lames|[Bb]laming)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                    r"(?=[A-Z]|al-[A-Z])"
                    # "police said the bomb had been planted by the ELN": who set the bomb
                    r"|\b(?:planted|placed|set\s+off|detonated)\s+by\s+(?:the\s+)?(?=[A-Z])"
                    # "Russian officials accused Ukraine of carrying out the attack": the same
                    # accusation (not "accused Iran of arming the group")
                    r"|\b[Aa]ccus(?:ed|es|ing)\s+(?:the\s+)?(?=[A-Z][^.;]{0,40}?\bof\s+(?:"
                    r"(?:carrying|having\s+carried)\s+out|being\s+behind|launching|staging|"
                    r"conducting|(?:the|an?)\s+(?:[\w-]+\s+)?(?:attack|strike|air\s*strike|"
                    r"assassination|bombing|blast|shelling|raid)\b))")


_BLAMED_BY = re.compile(r"^[Bb]lamed\s+by\b")
_ON_AFTER_ACCUSER = re.compile(r"\s+on\s+(?:the\s+)?")


# "officials blamed an Iran-backed militia", "blamed dissidents of the former FARC": a side the
# text does not name
_BLAME_UNNAMED = re.compile(r"\b[Bb]lam(?:ed|es|ing)\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?"
                            r"(?:militias?|groups?|rebels|dissidents|gunmen|insurgents|militants|"
                            r"fighters|factions?)\b")


def blames_unnamed(view: SentView, actors: list[Actor]) -> bool:
    """Whether the sentence blames an attack on a side it leaves unnamed (no one to guess)."""
    m = _BLAME_UNNAMED.search(view.text) if "lam" in view.text else None
    return m is not None and not _HEDGE.search(view.text[:m.start()][-60:]) \
        and blamed(view, actors) is None


def blamed(view: SentView, actors: list[Actor]) -> str | None:
    """"The army blamed the paramilitary Rapid Support Forces": who is blamed for an attack
    told nearby (an accusation: the attacker as reported, not as claimed)."""
    text = view.text
    m = _BLAME.search(text) if "lam" in text or "ccus" in text or " by " in text \
        else None  # (cheap pre-test)
    if not m or _HEDGE.search(text[:m.start()][-60:]):
        return None
    g = group_after(actors, text, m.end(), max_gap=2)
    if g is not None and _BLAMED_BY.search(m.group(0)):
        # "The attack was blamed by the TPLF on the Ethiopian army": the accuser follows "by";
        # the side blamed follows "on" (round 65)
        on = _ON_AFTER_ACCUSER.match(text, g.end)
        g = group_after(actors, text, on.end(), max_gap=12) if on else None
    if g is not None and FOR_EARLIER.match(text, g.end):
        return None  # "Moscow blames Kyiv for earlier raid": another attack (round 46)
    sponsor = SPONSOR_AFTER.match(text, g.end) if g is not None else None
    if sponsor is not None:
        # "blamed the Pakistan-based Lashkar-e-Taiba", "the Iran-backed Houthis": the group
        # (with none named, "blamed Pakistan-based militants" keeps the state)
        g = group_after(actors, text, sponsor.end(), max_gap=2) or g
    if g is None or not g.actors[0].key or g.actors[0].person or BACKER.match(text[g.end:]):
        return None
    return g.actors[0].key


def claimant(view: SentView, actors: list[Actor], earlier: list[SentView] = ()) -> str | None:
    """"The Houthi movement, which ..., claimed the attack": who claims an attack told nearby.
    ``earlier``: the sentences before it, nearest last, for "the al-Qaeda-linked group"."""
    text = view.text
    m = _CLAIM_VERB.search(text)
    if not m or _DENIAL.search(text[:m.start()]) or _HEDGE.search(text[:m.start()][-60:]) \
            or NEGATED.search(text[max(0, m.start() - 30):m.start()]):
        return None  # "Israel has not said it carried out the strike"
    g = subject_before(actors, text, m.start())
    if g is None or not g.actors[0].key or g.actors[0].person:
        return None
    if BACKER.match(text[g.actors[0].end:]):
        # "The al-Qaeda-linked group claimed the attack": the group named before, not the
        # network it is linked to (round 58)
        return _linked_group(g.actors[0].key, earlier)
    return g.actors[0].key


def _linked_group(network: str, earlier: list[SentView]) -> str | None:
    """The one armed group other than ``network`` that the nearest earlier sentence naming
    one names; None when there is none or a choice."""
    for w in reversed(earlier):
        groups = dict.fromkeys(m.of_type("ArmedGroup").key for m in w.mentions
                               if m.of_type("ArmedGroup")
                               and m.of_type("ArmedGroup").key != network)
        if groups:
            return next(iter(groups)) if len(groups) == 1 else None
    return None


def weapon_users(view: SentView, actors: list[Actor]) -> list[tuple[str, str]]:
    """"Russia has been using Iranian-designed Shahed-136 attack drones": (user, weapon head)."""
    text = view.text
    out = []
    for u in _USE_VERB.finditer(text):
        g = subject_before(actors, text, u.start())
        if g is None or not g.actors[0].key or g.actors[0].person:
            continue
        if _HEDGE.search(text[:u.start()][-60:]) or _DENIAL.search(text[:u.start()]):
            continue
        for m in view.mentions:
            # ("used them to bomb a camp": a verb after "to", not a weapon the subject uses)
            if m.category and m.start >= u.end() and m.start - u.end() <= 60 \
                    and not _TO_VERB.search(text, 0, m.start):
                out.append((g.actors[0].key, _head_family(m)))
                break
    return out


_TO_VERB = re.compile(r"\bto\s+$")


def _head_family(m: Mention) -> str:
    return re.sub(r"s$", "", (m.head or "").lower().split()[-1]) if m.head else ""


def weapon_family(text: str | None) -> str:
    if not text:
        return ""
    w = WEAPON_RE.search(text)
    return re.sub(r"s$", "", w.group("head").lower().split()[-1]) if w else ""
