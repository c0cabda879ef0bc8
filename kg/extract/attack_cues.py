"""Sentence-level cues that tell whether a strike sentence tells an attack, and by whom.

Round 18's false alarms and misses came from words the strike rules read too literally:

* an air-raid *alert* or *siren* names where a warning sounded, not where anything was hit
  ("Air-raid sirens sounded in Eilat"): the "raid" of "air-raid" is no attack there;
* a speaker who says it was *not involved* in an attack is not its attacker ("Hezbollah said it
  was not involved in the strikes"), though the attack itself may be real;
* weapons launched *toward* a state are aimed at it ("launched 70 drones toward Israel"): the
  state is the target even when no place is named (only after a launch verb: "moved troops
  toward the border" is no attack).

Round 20 added two more:

* an interception of *surveillance* or *reconnaissance* drones ("shot down two surveillance
  drones near Jammu") tells no attack under way, so no strike (an interception of attacking
  drones still tells the launcher's attack);
* "after the killing of 12 people near X in an air strike": the toll of an attack told as a
  nominalisation before its noun, which the casualty patterns (verbs, "N killed") do not read.

Each cue is narrow on purpose: it reads only the words next to the trigger or the speaker.
"""

from __future__ import annotations

import re

from kg.extract.caseless import caseless
from kg.extract.numbers import COUNT_RE, parse_number
from kg.extract.sentences import DATELINE_RE, JOINT_DATELINE_RE

# "air-raid sirens", "air raid alerts were issued", "an air-raid warning": a warning, not a raid
_ALARM_AFTER = re.compile(r"^\s*(?:sirens?|alerts?|alarms?|warnings?|shelters?|alert\s+system)\b",
                          re.I)
_AIR_BEFORE = re.compile(r"\bair[\s-]$", re.I)

# "said it was not involved in", "had no role in", "was not behind", "had nothing to do with",
# "denied any involvement in": the speaker disowns the attack told after it
_DISOWNS = re.compile(
    r"\b(?:(?:was|were|is|are|had\s+been|has\s+been)\s+not\s+(?:involved\s+in|behind|"
    r"responsible\s+for|part\s+of)|(?:was|were|is|are)\s+in\s+no\s+way\s+involved\s+in|"
    r"(?:had|has|have|played)\s+no\s+(?:role|part|hand|involvement)\s+in|"
    r"(?:had|has|have)\s+nothing\s+to\s+do\s+with|"
    r"(?:did|does|do)\s+not\s+(?:take\s+part|participate)\s+in|"
    r"denied\s+(?:any\s+)?(?:involvement|role|responsibility)\s+(?:in|for))\b"
    r"[^.;]{0,40}$", re.I)

_LAUNCH = re.compile(r"^(?:sent|sends|sending|fired|fires|firing|launch(?:ed|es|ing))$")
_TOWARD_BEFORE = re.compile(r"\btowards?\s+(?:the\s+)?$", re.I)


def alarm_only(text: str, start: int, end: int) -> bool:
    """Whether the trigger at [start, end) is the "raid" of an air-raid warning."""
    return text[start:end].lower() == "raid" and bool(_AIR_BEFORE.search(text[max(0, start - 4):start])) \
        and bool(_ALARM_AFTER.match(text[end:end + 20]))


def disowns(text: str, speaker_end: int, trigger_start: int) -> bool:
    """Whether the words between a speaker and the attack say it was not the speaker's."""
    return bool(_DISOWNS.search(text[speaker_end:trigger_start]))


def aimed_toward(trigger_word: str, between: str) -> bool:
    """Whether a state after a launch verb is where the weapons were aimed ("launched 120
    drones toward Russia"); ``between`` is the text from the trigger to the state."""
    return bool(_LAUNCH.match(trigger_word.lower())) and len(between) < 80 \
        and bool(_TOWARD_BEFORE.search(between))


# "the attack on Bannu and accused Islamabad of ...": the name after an accusing verb is the
# accused, not a second place hit
_ACCUSING_GAP = re.compile(r"\b(?:accus|blam|condemn|urg|warn)\w*\s+(?:the\s+)?$", re.I)


def accused_next(gap: str) -> bool:
    """Whether the words before a coordinated name end with a verb aimed at that name."""
    return bool(_ACCUSING_GAP.search(gap))


# ", hours after a missile struck the city", "hours before drones hit a port": another attack
# told by its time next to the sentence's main one (its own place and toll)
# (not "a day after the Russian strike on Kyiv": an attack told before, by its article)
_SEQUENCE = caseless(
    r"(?:,?\s+(?:(?:only|just|a\s+few|several|some|two|three|\d+)\s+)?(?:hours|minutes|"
    r"moments)\s+(?:before|after)\s+|,?\s+(?:shortly|soon|just)\s+(?:before|after)\s+)"
    r"(?!(?:the|this|that|its|their|his|her)\b|[A-Z][\w-]*['’]s\b)")


def sequence_clause(text: str, start: int, end: int | None = None) -> re.Match | None:
    """The first ", hours after ..." phrase in text[start:end] (the caller checks that an
    attack verb follows it)."""
    return _SEQUENCE.search(text, start, len(text) if end is None else end)


def told_apart(a: dict, b: dict) -> bool:
    """Whether two strikes of one sentence are two attacks because one is told by its time
    beside the other ("..., hours after a missile struck the city, injuring five"): never
    merged, however their places nest."""
    return a.get("_sent") == b.get("_sent") and bool(a.get("_sequence") or b.get("_sequence"))


def undated_dateline(text: str, dates: list) -> tuple[list, bool]:
    """The dates of a sentence without its dateline's ("PORT SUDAN, Aug 11 (Staff) - RSF
    fighters stormed Bara on Sunday": the day the report was filed, not the attack's), when
    another date is told; and whether the dateline's are its only dates (then they are the
    day it was filed, not a day told of an attack: "KYIV, May 9 (Staff) - Russia has fired
    9,000 missiles at Ukraine since ...", a campaign summed up; round 62)."""
    head = DATELINE_RE.match(text) or JOINT_DATELINE_RE.match(text)
    if head is None:
        return dates, False
    rest = [d for d in dates if d.start >= head.end()]
    return (rest, False) if rest else (dates, bool(dates))


# "RSF fighters stormed Um Sumeima", "stormed into Walikale": a name right after a verb of
# assault on the ground is the place taken, known to the gazetteer or not
_GROUND_ASSAULT = re.compile(r"^(?:stormed|overran|raided)$", re.I)
_GROUND_GAP = re.compile(r"\s+(?:into\s+)?")


def assaulted_name(text: str, trigger: re.Match, name_start: int) -> bool:
    """Whether the name at ``name_start`` is the direct object of a ground assault verb."""
    return bool(_GROUND_ASSAULT.match(trigger.group(0))) \
        and _GROUND_GAP.fullmatch(text, trigger.end(), name_start) is not None


# "In a separate statement on Sunday, Boko Haram said it was behind an attack": the day of
# the statement, not of the attack
_STATEMENT_DATE = re.compile(r"\b(?:statement|briefing|interview|video|communiqu[eé]|"
                             r"news\s+conference|press\s+conference)\s+(?:(?:issued|released|"
                             r"published|posted|given)\s+)?(?:(?:early|late)\s+)?(?:on\s+)?$", re.I)


def statement_date(text: str, date_start: int) -> bool:
    """Whether the date at ``date_start`` is the day a statement was made."""
    return bool(_STATEMENT_DATE.search(text, max(0, date_start - 60), date_start))


# "Hours after the strike on Dnipro, drones hit a power plant in Kharkiv": an opening phrase
# that tells another attack by its time; the main clause after its comma is a second attack
_SEQUENCE_FRONT = re.compile(r"^\W*(?:(?:Just|Only|A\s+few|Several|Some|Two|Three)\s+)?"
                             r"(?:Hours|Minutes|Moments)\s+(?:before|after)\b[^,;]{3,120}"
                             r"(?:,\s*(?:killing|wounding|injuring)\b[^,;]{1,60})?,\s*")


def sequence_front(text: str) -> re.Match | None:
    """The opening ", hours after ..." phrase of a sentence (the caller checks that it tells an
    attack)."""
    return _SEQUENCE_FRONT.match(text)


# "an attack on July 6 in the Red Sea in which three sailors were killed": an earlier attack
# told as a noun phrase, dated (or not) and placed at sea, with its own toll (round 19)
# (or "a strike on Nov 2 in the Caribbean that killed four": the toll in a relative clause)
_SEA_ATTACK_AFTER = re.compile(
    r"^(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"
    r"\s+(?:in|off)\s+the\s+(?:(?:[A-Z][\w-]+\s+){1,2}(?:Sea|Ocean)|Gulf\s+of\s+[A-Z][\w-]+|"
    r"Caribbean|Mediterranean)"
    r"(?:\s+on\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}))?"
    r"(?:,?\s+in\s+which\s+(?:[\w-]+\s+){1,3}(?:were|was)\s+(?:killed|wounded|injured)\b"
    r"|,?\s+(?:that|which)\s+(?:killed|wounded|injured|left)\s)")


def sea_attack_with_toll(text: str, trigger_end: int) -> bool:
    """A noun "attack" followed by its sea and toll ("... in the Red Sea in which three sailors
    were killed"): the sea is that attack's place, though no ship is named."""
    return bool(_SEA_ATTACK_AFTER.match(text[trigger_end:]))


# "shot down two surveillance drones", "downed a reconnaissance aircraft": nothing was attacking
_UNARMED_OBJECT = re.compile(
    r"^\s+(?:(?:an?|the|two|three|four|five|several|\d+)\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:surveillance|reconnaissance|spy|spying|observation)\s+(?:drones?|aircraft|planes?|"
    r"balloons?|UAVs?)\b")


def unarmed_downing(after: str) -> bool:
    """Whether an interception downed surveillance craft (no attack), from the words after it."""
    return bool(_UNARMED_OBJECT.match(after[:80]))


# "the killing of 12 people near Djenne in an (air) strike": the toll, then the place, then
# the attack noun (the noun's own words are the trigger)
_KILLING_OF = re.compile(
    rf"\bthe\s+killing\s+of\s+(?P<n>{COUNT_RE})\s+(?:[\w-]+\s+){{0,2}}?(?:people|civilians|"
    r"villagers|residents|herders|farmers|worshippers|children|soldiers|men|women|passengers)"
    r"\s+(?:near|in|at|outside)\s+(?:the\s+(?:town|village|city)\s+of\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:in|during|by)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?$")


def killing_before(text: str, trigger_start: int) -> int | None:
    """The count of "the killing of N people near X in an" right before an attack noun."""
    m = _KILLING_OF.search(text[max(0, trigger_start - 160):trigger_start])
    if m is None:
        return None
    num = re.search(r"[\w,-]+$", m.group("n").strip())
    return parse_number(num.group(0)) if num else None
