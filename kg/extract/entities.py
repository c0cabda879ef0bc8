"""Mentions of entities in a sentence: gazetteer names, unknown proper names, weapon phrases.

Gazetteer surface forms (labels, aliases, demonyms, metonyms) are matched with spaCy's
PhraseMatcher on a blank English tokenizer: case-insensitively, but a form written with a
capital must be matched by a capitalised word ("Turkey", not "turkey"), and short upper-case
acronyms ("US", "UK", "EU") only as written (also dotted: "U.S."). Overlaps keep the longest.

A mention can have several readings (`Cand`): "Kyiv" is the place and, as a metonym, the state
Ukraine; the rules choose the reading the slot needs (`Mention.place()` / `Mention.state()`).

Weapon phrases are generic noun phrases ("short-range ballistic missiles", "attack drones")
found by a regular expression, joined to an adjacent gazetteer weapon ("Storm Shadow" +
"cruise missiles").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from kg.extract.facility_tails import cut_facility_tail
from kg.extract.caseless import caseless
from kg.extract.dates import DateMention, find_dates
from kg.extract.numbered_names import numbered_sites
from kg.extract.named_beaches import beach_spans
from kg.link.folding import fold, slugify
from kg.extract.sentences import Sentence
from kg.extract.vessel_names import inside_name_before_vessel


@dataclass(frozen=True)
class Cand:
    key: str
    type: str  # State, Person, Organization, ArmedForce, ArmedGroup, Place, WeaponSystem
    kind: str  # label, alias, demonym, metonym, name (unknown name), generic (weapon phrase)


@dataclass
class Mention:
    start: int  # offsets inside the sentence text
    end: int
    text: str
    cands: tuple[Cand, ...]
    possessive: bool = False  # followed by 's
    category: str | None = None  # weapon category for weapon mentions
    head: str | None = None  # head noun of a weapon phrase ("missiles")
    affiliated: dict[str, str] = field(default_factory=dict)  # org key -> state key
    # a surname told alone after the full name: that person's (key, label, new)
    # (kg.extract.told_surnames)
    full_name: tuple[str, str, bool] | None = None

    def __post_init__(self) -> None:
        # the readings the rules ask for, worked out once: a mention is asked for its state,
        # place, person and so on by every rule family (cands and affiliated never change)
        first: dict[str, Cand] = {}
        for c in self.cands:
            first.setdefault(c.type, c)
        self._first = first
        c = first.get("State")
        state = c.key if c else None
        if state is None:
            for c in self.cands:
                if c.key in self.affiliated:
                    state = self.affiliated[c.key]
                    break
        self._state = state
        c = first.get("Place")
        self._place = c.key if c else None
        c = first.get("Person")
        self._person = c.key if c else None
        self._demonym = any(c.kind == "demonym" for c in self.cands) and not any(
            c.kind in ("label", "alias") for c in self.cands)
        self._unknown = all(c.kind == "name" for c in self.cands)

    def of_type(self, *types: str) -> Cand | None:
        if len(types) == 1:
            return self._first.get(types[0])
        for c in self.cands:
            if c.type in types:
                return c
        return None

    def state(self) -> str | None:
        return self._state

    def place(self) -> str | None:
        return self._place

    def person(self) -> str | None:
        return self._person

    def weapon(self) -> Cand | None:
        return self._first.get("WeaponSystem")

    def side(self) -> str | None:
        """The state or armed group: who may carry out an attack (no other organisation)."""
        c = self._first.get("ArmedGroup")
        return self._state or (c.key if c else None)

    def actor(self) -> str | None:
        """State (also for metonyms, demonyms, state armed forces) or armed group / org."""
        s = self._state
        if s:
            return s
        c = self.of_type("ArmedGroup", "ArmedForce", "Organization")
        return c.key if c else None

    @property
    def is_demonym(self) -> bool:
        return self._demonym

    @property
    def is_unknown(self) -> bool:
        return self._unknown


@dataclass
class SentView:
    """A sentence with its mentions and dates (offsets relative to the sentence)."""

    index: int
    sent: Sentence
    mentions: list[Mention]
    dates: list[DateMention]
    # the sentence's text, kept as a field: the rules read it hundreds of times per sentence
    text: str = field(init=False, repr=False, compare=False)
    # its words (runs of \w), for the word tests of several rule families (read once)
    words: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.sent.text
        if self.words is None:
            self.words = frozenset(_WORD_RUN.findall(self.text))

    def between(self, a: int, b: int) -> list[Mention]:
        return [m for m in self.mentions if m.start >= a and m.end <= b]


# --------------------------------------------------------------------------- weapon phrases

_WEAPON_HEADS = {
    r"ballistic missiles?": "ballistic-missile", r"cruise missiles?": "cruise-missile",
    r"missiles?": "missile", r"rockets?": "rocket", r"drones?": "drone", r"UAVs?": "drone",
    r"unmanned aerial vehicles?": "drone", r"unmanned aircraft": "drone",
    r"artillery shells?": "artillery-shell", r"shells": "shell", r"artillery rounds": "shell",
    r"howitzers?": "other", r"tanks": "tank", r"tank": "tank", r"fighter jets?": "aircraft",
    r"warplanes?": "aircraft", r"jets": "aircraft", r"planes": "aircraft", r"aircraft": "aircraft",
    r"helicopters?": "helicopter", r"glide bombs?": "other", r"bombs?": "other",
    r"bombers?": "aircraft", r"mortar (?:rounds|shells|bombs)": "shell",
    r"munitions": "other", r"ammunition": "other", r"interceptors?": "air-defence",
    r"air[- ]defen[cs]e systems?": "air-defence", r"air[- ]defen[cs]es": "air-defence",
    # "a Mistral air defence battery" (the unit a state sends; a bare "battery" is no weapon)
    r"air[- ]defen[cs]e batter(?:y|ies)": "air-defence",
    r"armou?red vehicles?": "armoured-vehicle", r"infantry fighting vehicles?": "armoured-vehicle",
    r"armou?red personnel carriers?": "armoured-vehicle", r"rifles?": "small-arms",
    r"armou?red carriers?": "armoured-vehicle",  # "M577 armoured carriers"
    r"fighting vehicles?": "armoured-vehicle",  # "Bradley fighting vehicles"
    # "40 CV90 vehicles": only after a model designation (kg.extract.entities.weapon_mentions)
    r"vehicles?": "armoured-vehicle",
    r"small arms": "small-arms", r"grenades?": "other", r"mortars?": "other",
    r"warships?": "ship", r"submarines?": "ship", r"frigates?": "ship", r"torpedoes": "other",
    r"corvettes?": "ship", r"destroyers?": "ship", r"patrol (?:boats?|vessels?)": "ship",
    r"landing (?:ships?|craft)": "ship",
    # "four unmanned surface vessels" (sea drones; "unmanned" alone is only a modifier)
    r"(?:unmanned|uncrewed) surface vessels?": "ship",
    r"self-propelled guns?": "other",  # "Koksan self-propelled guns" (round 30)
    r"artillery guns?": "other", r"artillery pieces?": "other", r"anti-drone (?:jamming )?guns?": "other",
    r"anti-aircraft guns?": "air-defence", r"landmines?": "other", r"anti-personnel mines": "other", r"anti-tank mines": "other",
    r"rocket launchers?": "rocket-artillery", r"launchers?": "other",
    # (round 59: one system each, not "grenade" and "launchers")
    r"grenade launchers?": "other", r"machine guns?": "small-arms", r"minesweepers?": "ship",
    r"Humvees?": "armoured-vehicle", r"MRAPs?": "armoured-vehicle",
    # (round 66: "two minehunters from Britain" was no weapon)
    r"mine ?hunters?": "ship", r"gunboats?": "ship", r"APCs?": "armoured-vehicle",
    r"armou?red cars": "armoured-vehicle", r"gunships?": "helicopter",
    r"radars?": "other", r"warheads?": "other",
    # ("the sale of $735 million of precision-guided weapons": a class of munition by its
    # guidance; "weapons" alone is no system; round 81)
    r"(?:precision[- ])?guided weapons": "other",
    # only behind a model designation ("F-15EX fighters"; "Wagner fighters" are men)
    r"fighters?": "aircraft",
}
_WEAPON_MODS = (
    # "two guided-missile frigates": one ship, not missiles and frigates (round 25)
    r"(?:guided[- ]missile(?=[\s-]+(?:frigates?|destroyers?|corvettes?|warships?)\b)|"
    r"ballistic|cruise|hypersonic|anti-ship|anti-tank|anti-aircraft|anti-air|"
    r"surface-to-air|air-to-air|air-to-surface|ground-to-air|\w+-range|precision-guided|"
    r"guided|glide|kamikaze|attack|combat|armed|suicide|loitering|strike|reconnaissance|"
    r"fighter|battle|main|heavy|light|self-propelled|artillery|cluster|unmanned|military|"
    r"modern|advanced|new|additional|\d+\s?mm|naval|tactical|strategic|nuclear-capable|"
    r"explosive|interceptor|air[- ]defen[cs]e|multiple|stealth|towed|trainer|transport|"
    r"F-\d+|Patriot|Leopard|"
    r"Abrams)"
)
_HEADS_RE = "|".join(sorted(_WEAPON_HEADS, key=len, reverse=True))
WEAPON_RE = re.compile(rf"\b(?:{_WEAPON_MODS}[\s-]+){{0,4}}(?P<head>{_HEADS_RE})\b", re.I)
_DESIGNATION = re.compile(
    r"(?<![\w-])(?:[A-Z]{1,3}-?\d{1,3}[A-Z]?\s+Block\s+\d{1,3}"  # F-16 Block 70 (a batch)
    r"|[A-Z][A-Za-z]*-?\d+[A-Za-z0-9]*(?:-\d+[A-Za-z0-9]*)?"  # K2, CV90, Shahed-136
    r"|[A-Z][a-z]+[ -]\d+[A-Za-z0-9]*"  # Challenger 2, Leopard 2A6
    r"|[A-Z][a-z]+\s+(?:II|III|IV|V)"  # Mars II
    r")(?:\s+[A-Z][a-z]+)?\s+$")  # ... + a name word: "Bayraktar TB2"
_PLURAL_DESIGNATION = re.compile(r"(?<![\w-])(?:[A-Z][A-Za-z]{0,6}-\d{1,3}[A-Z]?s"
                                 r"|(?:Challenger|Leopard|Abrams|Gripen|Marder|Bradley|Patriot)"
                                 r"\s\d[A-Z]?\d?s)\b")
_ANY_DIGIT = re.compile(r"\d")
# ("ASC 890 surveillance aircraft", "Saab 340 planes": a maker's name and a model number; round 68)
_NAMED_BEFORE = re.compile(r"(?<![\w'’-])(?P<n>[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*\s+"
                           r"(?:(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|\d{2,4}[A-Z]?)\s+){0,2})"
                           r"(?:[a-z]+(?:-[a-z]+)*\s+)?$")
_HEAD_CATS = [(re.compile(rf"^(?:{k})$", re.I), v) for k, v in _WEAPON_HEADS.items()]
# every head above contains one of these (lower-case): a sentence without any cannot match
# WEAPON_RE, and most sentences have none, so the costly scan is skipped for them
_HEAD_STEMS = ("missile", "rocket", "drone", "uav", "unmanned", "shell", "rounds", "howitzer",
               "tank", "jet", "plane", "aircraft", "helicopter", "bomb", "munition", "defen",
               "interceptor", "vehicle", "carrier", "rifle", "arms", "grenade", "mortar", "ship",
               "submarine", "frigate", "torpedo", "corvette", "destroyer", "patrol", "mine",
               "launcher", "radar", "warhead", "fighter", "gun", "piece", "vessel", "craft",
               "humvee", "mrap", "apc", "red car", "gunship", "guided weapons")
_UNMANNED = re.compile(r"\bunmanned\s+(?:aerial\s+vehicles?|aircraft)\b")
_ATTACK_WORD = re.compile(r"attack\b", re.I)
_AIR_WORDS = re.compile(r"drones?|helicop|aircraft", re.I)
_NOT_TANKS_AFTER = re.compile(r"\s+(?:ammunition|shells?|rounds?|crews?|units?|battalions?|"
                              r"brigades?|destroyers?|killers?|weapons?|missiles?|guns?|"
                              r"trap|traps|ditch|ditches|farm|farms)\b")
_PLACE_AFTER = re.compile(r"\s+(?:depots?|dumps?|stores?|storage|factory|factories|plants?|"
                          r"production|stockpiles?|warehouses?|sites?|facilit(?:y|ies)|"
                          r"manufacturers?|makers?|industry)\b", re.I)
_NOT_WARPLANES_BEFORE = re.compile(
    r"\b(?:passenger|cargo|civilian|commercial|transport|private|airline|spy|"
    r"surveillance|reconnaissance)\s+$", re.I)
_UNMANNED_OR_UAV = re.compile(r"\bunmanned\s+(?:aerial\s+vehicles?|aircraft)|\buavs?\b", re.I)
_WORD = re.compile(r"\S+")
_WORD_RUN = re.compile(r"\w+")  # (whole words: SentView.words)
_GAP = re.compile(r"[\s”\"’']*")
_AIRCRAFT_NAME = re.compile(r"(?:MiG|Su|F|FA|JF|J|Tu|Mirage|Gripen)\b")
_TANK_NAME = re.compile(r"(?:T|K|M1|Challenger|Leopard|Abrams)\b")


# WEAPON_RE run as a lower-case pattern over the lower-cased text (kg.extract.caseless): the
# same matches, about three times faster; a text without a head word is not scanned (the
# sentence is lowered once for all the caseless patterns, not again here)
_WEAPON_CASELESS = caseless(WEAPON_RE.pattern, needs=_HEAD_STEMS)


def weapon_phrases(text: str):
    """WEAPON_RE.finditer(text), quicker: nothing for a text without a head word."""
    return _WEAPON_CASELESS.finditer(text)


_SHIP_ARMS = ("missile", "missiles", "rocket", "rockets", "drone", "drones")


def _ship_with_arms(text: str, out: list[Mention]) -> list[Mention]:
    """"a missile frigate", "two missile boats": the weapon word names the ship's arms, one
    ship, not a missile and a frigate (round 88)."""
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        if prev is not None and m.category == "ship" and prev.head in _SHIP_ARMS \
                and len(prev.cands) == 1 and text[prev.end:m.start] == " ":
            merged[-1] = Mention(prev.start, m.end, text[prev.start:m.end], m.cands,
                                 category=m.category, head=m.head)
        else:
            merged.append(m)
    return merged


def weapon_category(phrase: str) -> str | None:
    low = phrase.lower()
    m = WEAPON_RE.search(phrase)
    if not m:
        return None
    head = m.group("head")
    if "suicide" in low and head.lower().startswith("bomber"):
        return "other"  # "a suicide bomber": a man with a bomb, not an aircraft (round 72)
    for rx, cat in _HEAD_CATS:
        if rx.match(head):
            if cat == "missile" and "ballistic" in low:
                return "ballistic-missile"
            if cat == "missile" and "cruise" in low:
                return "cruise-missile"
            if _UNMANNED.search(low):
                return "drone"
            if cat == "drone" and ("kamikaze" in low or "loitering" in low):
                return "loitering-munition"
            return cat
    return None


# --------------------------------------------------------------------------- unknown names

_NAME_STOP = frozenset("""
The A An In On At As But And Or If When While Since After Before During Under Over For From With
Without Mr Mrs Ms Dr Sir Lord Lady President Prime Minister Minister Secretary General Gen
Chancellor King Queen Emir Leader Supreme Foreign Defence Defense Interior Deputy Vice Head
Chief Mayor Governor Commander Spokesman Spokeswoman Spokesperson Colonel Col Lt Lieutenant
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December This That These Those It Its He She They We
I His Her Their Our You Your There Here Earlier Later Meanwhile However According Speaking
Following Update Details Source Background Photograph Read More Russian Ukrainian Today
Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Fifteen Twenty Thirty Forty Fifty
Dozens Hundreds Several Some Both All Another Further
Yesterday Officials Official State Republic Ministry Army Forces Air Force Navy Council
Parliament Government Agency News Reuters AP AFP Getty Images Associated Press Pool Photo
Photo Video Watch Live Breaking Exclusive Analysis Opinion Europe European West Western East
Eastern North South Northern Southern Central Sheikh Sheikha Shaikh Prince Princess Crown
Mullah Mawlawi Maulvi Maulana Mawlana Mufti
Economy Finance Interior Energy Trade Justice Health Affairs External Treasury Cabinet First
Second Chief Defense Home Armed Minister's National Security Adviser Advisor
Ministers Presidents Leaders Secretaries Chancellors Premiers Kings Generals
Premier Acting Interim Transitional Caretaker Outgoing Junta Ruler Captain Capt Major Maj Marshal
Field Commander-in-Chief Commander-In-Chief
Senior Brigadier Admiral Adm Sultan Taoiseach Information Communications Culture Agriculture
Industry Education Transport Labour Oil Petroleum Environment Intelligence Commerce Development
Infrastructure Mines Mining Planning Tourism Veterans Religious Social Digital Investment
""".split())
_TITLE_INSIDE = frozenset(("Minister", "Secretary"))  # a title inside a run of capitalised words
# the lower-case particles only as whole words ("da Silva", not the start of "dam")
# letters of any Latin script: "Traoré", "Suárez", "Ömer" are not cut at the accented letter
# (every capital of the Latin-1 and Latin Extended-A/B blocks: "Řehoř", "Ţuţea", "Ōta")
_UP = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + "]"
_LETTERS = r"(?:[^\W\d_]|[’'\-])+"
# ("Juan Ramón de la Fuente": "la" only after "de", see _PARTICLES)
# ("Ulisses Correia e Silva", "José Eduardo dos Santos": "e" and "y" only between two names;
# round 75)
_CAP_WORD = (rf"(?:{_UP}{_LETTERS}|al-[A-Z][a-z]+|bin|van|von|de|da|dos|das|del|(?<=de\s)la|"
             rf"(?<=[a-z]\s)[ey](?=\s{_UP})|el-[A-Z][a-z]+)"
             r"(?![^\W\d_])")
# ("San Vicente del Caguan" is one name, not the "San Vicente" of another country)
_PARTICLES = frozenset(("bin", "van", "von", "de", "da", "dos", "das", "del", "la", "e", "y"))
_COMPOUND_ADJECTIVE = re.compile(
    r"-(?:owned|run|operated|backed|made|built|led|held|funded|controlled|aligned|based|"
    r"flagged|linked|supplied|designed|allied|affiliated|registered|managed)$", re.I)
# "San Jose del Guaviare": a known name ("San Jose") only begins a longer one
_LONGER_NAME = re.compile(rf"\s+del\s+{_UP}")
# "Middle Juba", "Lower Shabelle": a known name ending a longer one the gazetteer lacks (a
# region of Somalia, not the capital of South Sudan; round 42)
_QUALIFIED_BEFORE = re.compile(r"(?<![\w-])(?:Lower|Upper|Middle)\s+$")
_QUALIFIER_WORDS = ("Lower", "Upper", "Middle")  # (one is in every match: no scan without)
# "President Santiago Pena", "Defence Minister Wellington Koo": a capital's name right after an
# office title and right before a capitalised word is a person's first name, not the state the
# capital stands for (round 70)
_TITLE_BEFORE = re.compile(r"(?<![\w-])(?:President|Minister|Secretary|Chancellor|Premier|"
                           r"Emir|King|Queen|Ambassador|Envoy)\s+$")
_SURNAME_AFTER = re.compile(rf"\s+{_UP}[a-z]")


def _first_name(text: str, g: Mention) -> bool:
    """A capital's name used as a first name after a title (see _TITLE_BEFORE)."""
    return (any(c.kind == "metonym" for c in g.cands)
            and not any(c.type == "State" and c.kind in ("label", "alias") for c in g.cands)
            and bool(_TITLE_BEFORE.search(text, max(0, g.start - 20), g.start))
            and bool(_SURNAME_AFTER.match(text, g.end)))


def _ship_name_part(text: str, m: Mention) -> bool:
    """A place's name that is part of a ship's name ("the Marlin Luanda tanker", round 39)."""
    placelike = m.place() or any(c.kind == "metonym" for c in m.cands)  # ("Luanda": Angola)
    return bool(placelike and not any(c.type == "State" and c.kind in ("label", "alias")
                                      for c in m.cands)
                and inside_name_before_vessel(text, m.start, m.end))


# "Nov 10", "Sept 3": a month abbreviated before its day
_MONTH_ABBREVIATION = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
_NAME_RE = re.compile(rf"\b{_UP}{_LETTERS}(?:\s+{_CAP_WORD}){{0,8}}")
# "in al-Qahtaniyah", "outside el-Fasher": a lower-case Arabic article after a preposition of
# place, joined to the name (round 22; the name finder starts at the capital)
_PLACE_ARTICLE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|into|inside)\s+(?:al|el)-$")


def _initials_open(words: list[tuple[int, int, str]]) -> bool:
    """"KP Sharma Oli": two capitals as a first name's initials, before two or more
    capitalised words that are no titles (not "UN Secretary General", not an acronym alone)."""
    rest = [w for _, _, w in words[1:]]
    return (len(words[0][2]) == 2 and len(rest) >= 2
            and all(w not in _NAME_STOP and w[0].isupper() and not w.isupper() for w in rest))


def _name_runs(text: str):
    """The words of each capitalised run, cut after a possessive: "President Dina Boluarte's
    Independence Day speech" holds the runs "President Dina Boluarte's" and "Independence Day"
    (round 44), "Ukraine's President X" the runs "Ukraine's" and "President X"."""
    for m in _NAME_RE.finditer(text):
        run = []
        for w in _WORD.finditer(text, *m.span()):
            run.append((w.start(), w.end(), w.group(0)))
            if w.group(0).endswith(("'s", "’s")):
                yield run
                run = []
        if run:
            yield run


def _unknown_names(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Capitalised word sequences the gazetteer does not know ("Jan Kowalski", "Kharkiv")."""
    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    out = []
    for words in _name_runs(text):
        while words and (words[0][2] in _NAME_STOP or (words[0][2].isupper()
                                                        and not _initials_open(words))
                         or not free(words[0][0], words[0][1])):
            words.pop(0)
        # "Enterprise Minister Paolo Verdi", "Cook Islands Prime Minister X": a portfolio or a
        # place the stop words lack before the title; two runs, split at the title (round 72)
        title_at = max((i for i, w in enumerate(words[:-1]) if w[2] in _TITLE_INSIDE),
                       default=None)
        # (one word before the title, stop words aside, is a portfolio, "Enterprise",
        # "Economic Security"; more name a place or body, "Cook Islands", kept as a mention
        # that says the office is not a state's)
        runs = [words] if title_at is None else [
            words[:title_at] if sum(w[2] not in _NAME_STOP for w in words[:title_at]) > 1
            else [], words[title_at + 1:]]
        for run in runs:
            mention = _unknown_run(text, run, free)
            if mention is not None:
                out.append(mention)
    return out


def _unknown_run(text: str, words: list, free) -> Mention | None:
    """One run of capitalised words as an unknown name, its stop words and particles cut."""
    while words and (words[0][2] in _NAME_STOP or not free(words[0][0], words[0][1])):
        words.pop(0)
    while words and (words[-1][2] in _NAME_STOP or not free(words[-1][0], words[-1][1])
                     or _COMPOUND_ADJECTIVE.search(words[-1][2])):
        words.pop()  # ("the Rosneft-owned plant", "a Wagner-linked firm": adjectives)
    words = cut_facility_tail(words)  # "Al Udeid Air Base": the place "Al Udeid"
    # a particle only inside a name: "Niger's de facto ruler" is no name "de"
    while words and words[0][2] in _PARTICLES:
        words.pop(0)
    while words and words[-1][2] in _PARTICLES:
        words.pop()
    if not words:
        return None
    b, e = words[0][0], words[-1][1]
    if _PLACE_ARTICLE_BEFORE.search(text, max(0, b - 16), b):
        b -= 3  # "outside al-Qahtaniyah": the article belongs to the place's name
    if text[e - 2:e] in ("’s", "'s"):
        e -= 2
    if e <= b or not free(b, e):
        return None
    if b == 0 and len(words) == 1:
        return None  # a capitalised first word of the sentence
    if len(words) == 1 and _MONTH_ABBREVIATION.fullmatch(words[0][2]) \
            and re.match(r"\.?\s+\d", text[e:]):
        return None  # "a strike on Nov 10": a date, not a place "Nov"
    return Mention(b, e, text[b:e], (Cand("?/" + text[b:e], "?", "name"),))


# --------------------------------------------------------------------------- the finder

_ACRONYM = re.compile(r"^[A-Z0-9]{1,4}$")
_AFFILIATE_WORDS = re.compile(
    r"ministry|military|army|armed forces|navy|air force|defen[cs]e|government|forces|"
    r"department|coast guard|marines|guard|command",
    re.I)


# the Arabic article joined to the next word of a group's name ("al-Sham", "wal-Muslimin")
_JOINED_ARTICLE = re.compile(r"(?<![\w-])(al|ad|ar|as|ash|at|az|el|wal)-(?=[A-Za-z])", re.I)


# "an al Qaeda affiliate", "al Qaeda-linked JNIM": the parent named as a modifier (not the side)
_PARENT_AFTER = re.compile(r"(?:-|\s+)(?:linked|affiliated|affiliates?|allied|aligned|inspired|"
                           r"branch|offshoot|franchise|ally)\b|['’]s\s+(?:[\w-]+\s+)?(?:affiliate|"
                           r"branch|franchise|offshoot|wing|ally)\b", re.I)

# "militants linked to al Qaeda": the parent of the group that acts
_PARENT_BEFORE = re.compile(r"\b(?:linked|affiliated|allied|aligned|loyal|tied|close)\s+(?:to|with)\s+$",
                            re.I)


def _spaced_article(form: str) -> str | None:
    """An armed group's name with its article written apart ("Hayat Tahrir al Sham", "Al
    Shabaab"), as news often spells it (round 30); None when the name joins no article."""
    spaced = _JOINED_ARTICLE.sub(r"\1 ", form)
    return spaced if spaced != form else None


class EntityFinder:
    """Builds the matchers once from a gazetteer; `analyse()` annotates sentences."""

    def __init__(self, gazetteer: Any):
        import spacy
        from spacy.matcher import PhraseMatcher
        from spacy.util import compile_infix_regex

        self.gaz = gazetteer
        self.nlp = spacy.blank("en")
        self.nlp.max_length = 10_000_000
        # "U.S.-supplied", "U.K.-made": spaCy keeps a dotted acronym glued to its hyphenated
        # word as one token, so the supplier was never a mention where "US-supplied" is one;
        # split the hyphen of a supply or maker word after a dotted capital (round 82; not
        # "U.S.-led", whose state would become a party of the sentence's other facts)
        self.nlp.tokenizer.infix_finditer = compile_infix_regex(
            [*self.nlp.Defaults.infixes, r"(?<=[A-Z]\.)[-‑](?=(?:supplied|provided|donated|"
             r"gifted|made|built|manufactured|produced|designed)\b)"]).finditer
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.readings: dict[str, list[Cand]] = {}
        self.capitalised: dict[str, bool] = {}
        # an armed group's label in lower case with its article written apart ("al Shabaab"
        # for "al-Shabaab"): found in lower case too, whatever its capitalised aliases
        self.spaced_lower: set[str] = set()
        lower_patterns: dict[str, list] = {}
        orth_patterns: dict[str, list] = {}
        for form, key, kind in gazetteer.surface_forms():
            ent = gazetteer.get(key)
            if ent is None or not form.strip():
                continue
            forms = [form]
            if _ACRONYM.match(form) and len(form) >= 2 and form.isalpha():
                forms.append(".".join(form) + ".")  # US -> U.S.
            if ent.type == "WeaponSystem" and " " in form and form[-1].isalpha() \
                    and not form.endswith("s") and form.split()[-1][:1].isupper():
                forms.append(form + "s")  # "High Mobility Artillery Rocket Systems"
            spaced = _spaced_article(form) if ent.type == "ArmedGroup" else None
            if spaced is not None:
                forms.append(spaced)  # "Hayat Tahrir al Sham" for "Hayat Tahrir al-Sham"
                if not spaced[:1].isupper():
                    self.spaced_lower.add(spaced.lower())  # "al Shabaab" (round 78)
            for f in forms:
                fid = f.lower() if not _ACRONYM.match(form) else f
                self.readings.setdefault(fid, [])
                cand = Cand(key, ent.type, kind)
                if cand not in self.readings[fid]:
                    self.readings[fid].append(cand)
                table = orth_patterns if _ACRONYM.match(form) or (f != form and f != spaced) \
                    else lower_patterns
                table.setdefault(fid, []).append(f)
                self.capitalised[fid] = f[:1].isupper()
        for fid, forms in lower_patterns.items():
            self.lower.add(fid, [self.nlp.make_doc(f) for f in dict.fromkeys(forms)])
        for fid, forms in orth_patterns.items():
            self.orth.add(fid, [self.nlp.make_doc(f) for f in dict.fromkeys(forms)])
        self.affiliated = self._affiliations()
        makers = gazetteer.makers() if hasattr(gazetteer, "makers") else {}
        names = sorted({n for e in self._maker_names() for n in e}, key=len, reverse=True)
        self.makers_re = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") \
            if makers and names else None
        # the first word of each name, which a match holds as a whole word: a sentence with none
        # of them is not scanned (the scan tries ~100 names at every word: ~9 us a sentence);
        # None (always scan) if a name opens on another character
        firsts = [_WORD_RUN.match(n) for n in names]
        self.maker_first_words = frozenset(f.group(0) for f in firsts) if all(firsts) else None

    def _maker_names(self) -> list[tuple[str, ...]]:
        """The makers' names as written in makers.tsv (for matching in text)."""
        from kg.link.gazetteer import DEFAULT_DIR

        path = DEFAULT_DIR / "makers.tsv"
        out = []
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                if line.strip() and not line.startswith("#") and not line.startswith("maker\t"):
                    out.append(tuple(n for n in line.split("\t")[0].split("|") if len(n) > 3))
        return out

    def _affiliations(self) -> dict[str, str]:
        """Organisations named after a state ("Russia's defence ministry") -> that state."""
        state_forms: dict[str, str] = {}
        for e in self.gaz:
            if e.type == "State":
                for f in (e.label, *e.aliases, *e.demonyms):
                    if len(f) > 2:
                        state_forms[f.lower()] = e.key
        out = {}
        makers = self.gaz.makers() if hasattr(self.gaz, "makers") else {}
        for e in self.gaz:
            if e.type not in ("Organization", "ArmedForce"):
                continue
            maker = next((makers[fold(n)] for n in (e.label, *e.aliases) if fold(n) in makers),
                         None)
            if maker:  # an arms maker stands for its state as a supplier
                out[e.key] = maker
                continue
            for name in (e.label, *e.aliases):
                if not _AFFILIATE_WORDS.search(name):
                    continue
                low = name.lower().replace("’", "'")
                for f, state in state_forms.items():
                    if re.search(rf"\b{re.escape(f)}\b", low):
                        out[e.key] = state
                        break
                if e.key in out:
                    break
        return out

    def _lower_case_group(self, fid: str, text: str, a: int, b: int) -> bool:
        """"al Shabaab fighters": a group's name written with its article in lower case, not
        named as the parent of the group that acts ("linked to al Qaeda", "an al Qaeda
        affiliate"; round 78)."""
        return fid in self.spaced_lower and not _PARENT_AFTER.match(text, b) \
            and not _PARENT_BEFORE.search(text, max(0, a - 30), a)

    def gaz_mentions(self, text: str) -> list[Mention]:
        doc = self.nlp.make_doc(text)
        strings = self.nlp.vocab.strings
        spans = []
        for matcher in (self.lower, self.orth):
            for match_id, s, e in matcher(doc):
                fid = strings[match_id]
                a = doc[s].idx
                last = doc[e - 1]
                b = last.idx + len(last)
                if self.capitalised.get(fid) and not text[a:a + 1].isupper() \
                        and not self._lower_case_group(fid, text, a, b):
                    continue
                spans.append((a, b, fid))
        spans.sort(key=lambda t: (-(t[1] - t[0]), t[0]))
        chosen: list[tuple[int, int, str]] = []
        for a, b, fid in spans:
            if all(b <= c or a >= d for c, d, _ in chosen):
                chosen.append((a, b, fid))
        out = []
        for a, b, fid in sorted(chosen):
            # a capitalised word glued to the match ("Russia-Ukraine" is fine; "Russians" is
            # its own form) - skip matches inside a longer word
            if b < len(text) and (text[b].isalnum()):
                continue
            if a > 0 and text[a - 1].isalnum():
                continue
            poss = text[b:b + 2] in ("'s", "’s") or text[b:b + 1] in ("'", "’") and \
                text[b - 1:b] == "s"
            out.append(Mention(a, b, text[a:b], tuple(self.readings[fid]), possessive=poss,
                               affiliated=self.affiliated))
        return out

    def weapon_mentions(self, text: str, gaz: list[Mention]) -> list[Mention]:
        """Generic weapon phrases, merged with an adjacent gazetteer weapon."""
        out: list[Mention] = []
        gaz_weapons = [m for m in gaz if m.weapon()]
        used = set()
        for m in weapon_phrases(text):
            a, b = m.start(), m.end()
            phrase = m.group(0)
            if any(g.start <= a and b <= g.end and (g.start, g.end) != (a, b)
                   for g in gaz_weapons):
                continue  # inside a named system ("National Advanced Surface-to-Air Missile
                # System"): the system, not a second weapon
            if _ATTACK_WORD.match(phrase) and not _AIR_WORDS.search(phrase):
                continue
            if m.group("head").lower() in ("tank", "tanks") and (
                    text[max(0, m.start("head") - 5):m.start("head")].lower() == "anti-"
                    or _NOT_TANKS_AFTER.match(text, m.end())):
                continue  # "anti-tank weapons", "tank ammunition": not tanks
            if _PLACE_AFTER.match(text, m.end()):
                continue  # "ammunition depots", "drone factory": places, not weapons
            if m.group("head").lower() == "planes" and (_NOT_WARPLANES_BEFORE.search(
                    text[max(0, a - 16):a])
                    or phrase.lower() != "planes"):
                continue  # only bare "planes" in a weapon context; not airliners
            if m.group("head").lower() in ("fighter", "fighters") and any(
                    (g.start >= a and g.end <= b) or (g.end <= a and _GAP.fullmatch(text[g.end:a]))
                    for g in gaz_weapons):
                continue  # "Rafale fighters": the named system alone, as before
            # a gazetteer mention inside the phrase ("Patriot" is a modifier) or just before it
            cands: tuple[Cand, ...] = (Cand("generic/" + m.group("head").lower(),
                                            "WeaponSystem", "generic"),)
            for g in gaz_weapons:
                gap = text[g.end:a]
                if (g.start >= a and g.end <= b) or (g.end <= a and _GAP.fullmatch(gap)):
                    a = min(a, g.start)
                    cands = (*g.cands, *cands)
                    used.add(id(g))
                    break
            # a model designation written before the phrase joins it: "K2 main battle tanks",
            # "CV90 infantry fighting vehicles", "Challenger 2 tanks", "Mars II rocket launchers"
            if a == m.start():
                d = _DESIGNATION.search(text, max(0, a - 40), a)
                if d and d.group(0).split()[0].rstrip("-0123456789") not in _NAME_STOP \
                        and not any(g.start < d.end() and d.start() < g.end and not g.weapon()
                                 for g in gaz):
                    a = d.start()
            if a == m.start() and m.group("head").lower() in ("fighter", "fighters") \
                    and phrase.lower() in ("fighter", "fighters"):
                continue  # "fighters" with no model before: people, not aircraft
            if m.group("head").lower() in ("vehicle", "vehicles") and len(cands) == 1 and not (
                    a < m.start() and _ANY_DIGIT.search(text, a, m.start())):
                continue  # "CV90 vehicles" (round 70), not "tactical vehicles" or "Toyota vehicles"
            if a == m.start() and len(cands) == 1:
                # a proper name before the phrase names the system: "ATAGS towed howitzer",
                # "Swathi weapon-locating radars", "Ground Master 200 air-surveillance radars"
                d = _NAMED_BEFORE.search(text, max(0, a - 50), a)
                if d is not None:
                    start = d.start("n")
                    words = list(_WORD.finditer(text[start:d.end("n")]))
                    while words and (words[0].group(0) in _NAME_STOP or start + words[0].start()
                                     == 0 and len(words) == 1 or words[0].group(0).isdigit()):
                        words.pop(0)
                    if words:
                        start += words[0].start()
                        if not any(g.start < d.end() and start < g.end for g in gaz):
                            a = start
            # skip overlaps with non-weapon gazetteer names ("Black Sea Fleet")
            if any(not (b <= g.start or a >= g.end) and not g.weapon() for g in gaz):
                clash = [g for g in gaz if not (b <= g.start or a >= g.end) and not g.weapon()]
                if any(g.start >= m.start() for g in clash):
                    continue
            head = m.group("head").lower()
            if _UNMANNED_OR_UAV.search(phrase):
                head = "drones"  # one thing under three names
            out.append(Mention(a, b, text[a:b], cands, category=weapon_category(phrase),
                               head=head))
        out = _ship_with_arms(text, out)
        # a plural model designation on its own: "four MiG-29s", "more F-16s"
        # (every designation holds a digit: a sentence without one is not scanned)
        for d in _PLURAL_DESIGNATION.finditer(text) if _ANY_DIGIT.search(text) else ():
            if any(not (d.end() <= o.start or d.start() >= o.end) for o in out) or any(
                    not (d.end() <= g.start or d.start() >= g.end) and not g.weapon() for g in gaz):
                continue
            name = d.group(0)
            cat = ("aircraft" if _AIRCRAFT_NAME.match(name)
                   else "tank" if _TANK_NAME.match(name)
                   else "other")
            g = next((g for g in gaz_weapons if g.start >= d.start() and g.end <= d.end()), None)
            if g is not None:
                used.add(id(g))
                cands = g.cands
            else:  # "Challenger 2s": the gazetteer's "Challenger 2"
                sing = [m for m in self.gaz_mentions(name[:-1]) if m.weapon()
                        and m.end == len(name) - 1]
                cands = sing[0].cands if sing else (
                    Cand("generic/" + name.lower(), "WeaponSystem", "generic"),)
            out.append(Mention(d.start(), d.end(), name, cands, category=cat, head=name.lower()))
        for g in gaz_weapons:
            if id(g) not in used and not any(o.start <= g.start and g.end <= o.end for o in out):
                ent = self.gaz.get(g.weapon().key)
                out.append(Mention(g.start, g.end, g.text, g.cands,
                                   category=getattr(ent, "category", None),
                                   head=g.text.split()[-1].lower()))
        return out

    def analyse(self, index: int, sent: Sentence, published) -> SentView:
        text = sent.text
        words = frozenset(_WORD_RUN.findall(text))
        gaz = self.gaz_mentions(text)
        weapons = self.weapon_mentions(text, gaz)
        qualified = any(w in text for w in _QUALIFIER_WORDS)
        others = [g for g in gaz if not g.weapon()
                  and not any(w.start <= g.start and g.end <= w.end for w in weapons)
                  and not _LONGER_NAME.match(text, g.end) and not _ship_name_part(text, g)
                  and not _first_name(text, g)
                  and not (qualified and (g.place() or g.state())
                           and _QUALIFIED_BEFORE.search(text, 0, g.start))]
        taken = [(m.start, m.end) for m in (*others, *weapons)]
        # "built by General Atomics": an arms maker the gazetteer does not hold, standing for
        # its state as a supplier (kg/data/gazetteer/makers.tsv)
        makers = []
        if self.makers_re is not None \
                and (self.maker_first_words is None
                     or not self.maker_first_words.isdisjoint(words)):
            for mk in self.makers_re.finditer(text):
                a, b = mk.start(), mk.end()
                inside = [m for m in others if a <= m.start and m.end <= b]
                if inside and not any(a <= w.start < b or a < w.end <= b for w in weapons):
                    # "Turkish Aerospace", "Pakistan Ordnance Factories": the firm named for
                    # its state, not the state's adjective or name inside it
                    others = [m for m in others if m not in inside]
                    taken = [(s, e) for s, e in taken if not (a <= s and e <= b)]
                if all(b <= s or a >= e for s, e in taken):
                    key = "org/" + slugify(mk.group(0))
                    state = self.gaz.makers()[fold(mk.group(0))]
                    makers.append(Mention(a, b, mk.group(0), (Cand(key, "Organization", "alias"),),
                                          possessive=text[b:b + 2] in ("'s", "’s"),
                                          affiliated={key: state}))
                    taken.append((a, b))
        sites = [Mention(a, b, text[a:b], (Cand("?/" + text[a:b], "?", "name"),))
                 for a, b in numbered_sites(text, taken)]  # "Tower 22", "the T-4 air base"
        for a, b in beach_spans(text):  # "Lido beach": the beach, not a town named Lido
            if all(b <= s or a >= e for s, e in [*taken, *((m.start, m.end) for m in sites)]):
                # (not "Gaza beach", "Tel Aviv beach": the gazetteer's place, as gold names it)
                sites.append(Mention(a, b, text[a:b], (Cand("?/" + text[a:b], "?", "name"),)))
        taken += [(m.start, m.end) for m in sites]
        names = [*_unknown_names(text, taken), *makers, *sites]
        mentions = sorted([*others, *weapons, *names], key=lambda m: (m.start, -m.end))
        return SentView(index, sent, mentions, find_dates(text, published), words)


@lru_cache(maxsize=4)
def finder_for(gazetteer: Any) -> EntityFinder:
    return EntityFinder(gazetteer)


def default_gazetteer():
    from kg.link.gazetteer import Gazetteer

    return Gazetteer.load()
