"""Actors and the little bit of clause structure the fact rules need.

An *actor* is a state, organisation or person in a sentence: a state name, a demonym, a capital
standing for its state, an armed force named after a state, or a person (with the state of the
office they are presented with). "Britain's Starmer" and "Russian president Vladimir Putin" are
one actor each (state + person).

`subject_before()` finds the actor group acting as the subject of a verb: the nearest group of
coordinated actors ("Russia and Iran", "Turkey, Poland and Qatar") before the verb in the same
clause that is not the object of a preposition ("leaders from Germany and Poland").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg.extract.caseless import caseless
from kg.extract.entities import Mention, SentView
from kg.extract.roles import RolePhrase
from kg.extract.sentences import DATELINE_RE


@dataclass
class Actor:
    start: int
    end: int
    key: str | None  # state or organisation key
    person: str | None = None
    demonym: bool = False  # "Russian" (an adjective unless plural/"the Russians")
    mention: Mention | None = None
    role: RolePhrase | None = None

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass
class Group:
    actors: list[Actor] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.actors[0].start

    @property
    def end(self) -> int:
        return self.actors[-1].end

    def keys(self) -> list[str]:
        return [a.key for a in self.actors if a.key]

    def persons(self) -> list[str]:
        return [a.person for a in self.actors if a.person]


_PLURAL_DEMONYM = re.compile(r"(?:s|Chinese|French|British|Swiss)$")


def actor_state(a: Actor | None) -> str | None:
    """The state an actor names (not a person, not a group), else None."""
    key = a.key if a is not None and not a.person else None
    return key if key and key.startswith("state/") else None


def state_actor_at(actors: list[Actor], at: int) -> Actor | None:
    """The actor naming a state (not a person) that starts exactly at ``at``: the party a
    rule's pattern points at."""
    return next((a for a in actors if a.start == at and actor_state(a) is not None), None)


def states_within(actors: list[Actor], lo: int, hi: int) -> list[str]:
    """The states named by the actors (not persons) lying between ``lo`` and ``hi``, in order,
    once each: the parties a clause's subject or object names."""
    return list(dict.fromkeys(a.key for a in actors if lo <= a.start and a.end <= hi and a.key
                              and a.key.startswith("state/") and not a.person))


def actors_in(view: SentView, roles: list[RolePhrase], gaz: Any,
              published=None, context: Context | None = None) -> list[Actor]:
    text = view.text
    out: list[Actor] = [Actor(r.start, _bracketed_state_end(text, r), r.state, r.person, role=r)
                        for r in roles]

    def covered(m: Mention) -> bool:
        return any(a.start <= m.start and m.end <= a.end for a in out)

    pending_state: Mention | None = None
    for m in view.mentions:
        if covered(m) or m.weapon():
            continue
        person = m.person()
        if person:
            state = None
            if pending_state is not None and re.fullmatch(r"['’]s\s+", text[pending_state.end:
                                                                          m.start]):
                state = pending_state.state()
                start = pending_state.start
                out = [a for a in out if a.mention is not pending_state]
            else:
                start = m.start
                offices = gaz.offices_of(person)
                if offices:
                    state = offices[-1].state
            out.append(Actor(start, m.end, state, person, mention=m))
            pending_state = None
            continue
        key = m.actor()
        if key and pending_state is not None and not m.state() and re.fullmatch(
                r"['’]s\s+", text[pending_state.end:m.start]):
            # "Yemen's Houthis", "Lebanon's Hezbollah": the group, not the state
            start = pending_state.start
            out = [a for a in out if a.mention is not pending_state]
            out.append(Actor(start, m.end, key, None, mention=m))
            pending_state = None
            continue
        if key:
            dem = m.is_demonym and not (
                _PLURAL_DEMONYM.search(m.text) and text[m.end:m.end + 1] not in ("-",)
                and re.search(r"\bthe\s+$", text[:m.start], re.I)) \
                and not _demonym_ministry(text, m.start, m.end)
            out.append(Actor(m.start, m.end, key, None, demonym=dem, mention=m))
            pending_state = m if m.possessive and m.state() else None
    if context is not None:
        ana = _anaphora(text, out, context, view.words)
        # "the Iran-backed group": Iran only describes the group referred back to
        out = [a for a in out if not any(b.start < a.start and a.end <= b.end for b in ana)]
        out.extend(ana)
        out.extend(_compass_states(text, out, context))
    out.sort(key=lambda a: a.start)
    return out


# "The North has also shipped shells": the divided country's half named earlier in the article
# ("North Korea"), not the capital reporting it; "in the North" (a region) is left alone, and
# so is "the North of the country", but not an accusation "accuse the North of supplying ..."
_COMPASS = re.compile(r"\b[Tt]he\s+(?P<half>North|South)\b(?!\s*[-‑]|\s+(?:of\b(?!\s+(?:"
                      r"supplying|arming|providing|sending|shipping|selling|equipping)\b)|[A-Z]))")
_REGION_PREP = re.compile(r"\b(?:in|across|throughout|into|from|to|of|toward|towards)\s+$", re.I)


def _compass_states(text: str, actors: list[Actor], ctx: Context) -> list[Actor]:
    if "North" not in text and "South" not in text:
        return []
    out = []
    for m in _COMPASS.finditer(text):
        key = ctx.compass.get(m.group("half").lower())
        if key and not _REGION_PREP.search(text, max(0, m.start() - 12), m.start()) and not any(
                a.start <= m.start() < a.end for a in actors):
            out.append(Actor(m.start(), m.end(), key, None))
    return out


def _bracketed_state_end(text: str, r: RolePhrase) -> int:
    """"Walter Astudillo (Peru)", "Rajnath Singh of India": the state told right after the
    name is the person's own (one actor, so "A (X) and B (Y)" is one list)."""
    if r.end <= r.person_end or r.end - r.person_end > 34:
        return r.person_end
    b = re.match(r"\s*\([^()]{2,30}\)|\s+of\s+(?:the\s+)?[A-Z][^,;()]{1,30}", text[r.person_end:])
    if b is None or r.person_end + b.end() < r.end:
        return r.person_end
    return r.person_end + b.end() if b.group(0).endswith(")") else r.end


# what may come before a sentence's subject: "the", or a short opening adverbial and its comma
# ("Last year, Madrid signed ...", "In 2024, Ankara became ...", "Separately, Washington ...")
_OPENING = re.compile(r"\W*(?:(?:In|On|Last|This|Earlier|Later|Since|By|Separately|Meanwhile|"
                      r"Then|Now|Since\s+then|At\s+the\s+same\s+time)\b[^,;:]{0,25},\s*)?"
                      r"(?:the\s+)?", re.I)


@dataclass
class Context:
    """What earlier sentences of the article name, for pronouns and bare titles."""

    person: tuple[str, str | None] | None = None  # last person named (key, state)
    subject: str | None = None  # the previous sentence's opening actor (state / organisation)
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)  # office -> (person, state)
    group: str | None = None  # the last armed group named ("the group", "the militia")
    group_any: str | None = None  # ... named anywhere, also after a preposition
    compass: dict[str, str] = field(default_factory=dict)  # "north"/"south" -> state named
    forces: str | None = None  # the state of the last "Sudan's army" / "the Sudanese army"
    holder: str | None = None  # the state of the office-holder opening the previous sentence
    junta: str | None = None  # the state of the last "Myanmar junta" / "Mali's military junta"


    def update(self, actors: list[Actor], text: str) -> None:
        persons = [a for a in actors if a.person and a.key]
        self.person = (persons[-1].person, persons[-1].key) if persons else None
        # ("DAMASCUS, Syria — Israel struck Syria": the subject after the dateline)
        dl = DATELINE_RE.match(text)
        lo = dl.end() if dl else 0
        first = next((a for a in actors if a.start >= lo), None)
        prev_subject, self.subject = self.subject, None
        prev_holder, self.holder = self.holder, None
        if first is not None and first.key and first.person and first.role is not None \
                and (_OPENING.fullmatch(text, 0, first.start)
                     or re.fullmatch(r"\W*(?:[A-Z][\w.]*\s+){1,3}", text[:first.start])):
            self.holder = first.key  # "Captain X, who seized power in A, ... The country has"
        if first is not None and first.key and not first.person \
                and (not first.demonym or _FORCES_AFTER.match(text, first.end)) \
                and _OPENING.fullmatch(text, lo, first.start):
            # ("The Ukrainian army is short of shells. It has received ...": a state's service
            # opening the sentence is that state, as "Ukraine's army" is; round 41)
            self.subject = first.key
        elif first is not None and first.start == 0 and re.match(r"(?:It|They|Its|Their)\b",
                                                                  text) and first.key:
            self.subject = first.key  # "It bought ...": the subject carried on
        elif prev_subject and re.match(r"(?:(?:But|And|Yet)\s+)?[Tt]he\s+same\s+(?:government|"
                                       r"country|state|regime|supplier)\b|(?:It|They|"
                                       r"The\s+(?:country|nation)\s+(?:has|have|"
                                       r"had|also|already|recently|now|then|later|bought|"
                                       r"acquired|received|ordered|purchased))\b", text):
            self.subject = prev_subject
        elif prev_holder and re.match(r"The\s+(?:country|nation)\s+(?:has|have|had|also|already|"
                                      r"recently|now|then|later)\b", text):
            self.subject = prev_holder  # the country of the leader just told
        if self.subject is None and self.forces and _BARE_FORCES.match(text):
            # "Sudan's army accused ... The army itself is short of drones. It relies on ...":
            # the bare service is the state whose service was named last
            self.subject = self.forces
        for a in actors:
            if a.key and (a.key.startswith("state/")) and not a.person and _FORCES_AFTER.match(
                    text, a.end):
                self.forces = a.key
            if a.key and a.key.startswith("state/") and not a.person and _JUNTA_AFTER.match(
                    text, a.end):
                self.junta = a.key
        if ":" in text:
            # "The panel named one main supplier: Iran." - the one actor after the colon, at
            # the sentence's end, is what "It" of the next sentence refers back to
            colon = text.rindex(":")
            after = [a for a in actors if a.start > colon]
            if len(after) == 1 and after[0].key and not after[0].person \
                    and re.fullmatch(r"[\s\"“”']*(?:the\s+)?", text[colon + 1:after[0].start],
                                     re.I) and re.fullmatch(r"[\s.\"“”']*", text[after[0].end:]):
                self.subject = after[0].key
        for a in actors:
            half = _DIVIDED_HALF.match(a.key or "")
            if half:  # a divided country's half ("North Korea"), for "the North" later
                self.compass[half.group(1)] = a.key
            if a.mention is not None and a.mention.of_type("ArmedGroup") and a.key \
                    and not a.mention.state():
                self.group_any = a.key
                if not _PREP_BEFORE.search(text[max(0, a.start - 25):a.start]):
                    self.group = a.key  # a group named as a subject, not "in support of Hamas"
            if a.role is not None and a.key:
                self.titles[a.role.office] = (a.person, a.key)
                if a.role.office in ("prime minister", "chancellor", "president", "premier"):
                    self.titles["government"] = (None, a.key)  # "the government" = its state


# a state's armed services, as written after its name ("Sudan's army", "the Iranian navy")
SERVICES = r"army|military|armed\s+forces|navy|air\s+force|defen[cs]e\s+forces?"
_BARE_FORCES = re.compile(rf"\W*The\s+(?:{SERVICES})\b(?!\s+of\b)(?!['’]s)")
_DIVIDED_HALF = re.compile(r"state/(north|south)-(?:korea|sudan)$")  # "North Korea"
_JUNTA_AFTER = re.compile(r"(?:['’]s)?\s+(?:military\s+|ruling\s+)?junta\b")
_FORCES_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{SERVICES})\b")


# the two alternatives tied to the sentence's start first, then the rest behind one shared word
# boundary, so that re skips each of those by its first letter (quicker than a boundary of its
# own each). The same matches as when "he" and "sold it" came before the start ones: those two
# never start with the I or T that the start ones need, and the order is otherwise kept.
_PRONOUN_SUBJ = re.compile(r"^(?:(?:But|And|Yet)\s+(?=the\s+same\b))?(?:(?P<it>It|They|"
                           r"[Tt]he\s+same\s+(?:government|country|state|regime|supplier)\b|"
                           r"The\s+(?:country|nation)"
                           r"(?=\s+(?:has|have|had|also|already|recently|now|then|later|"
                           r"bought|acquired|received|ordered|purchased)\b))\b|"
                           r"(?P<its>Its|Their)\s+(?=(?:army|military|forces|troops|navy|"
                           r"air\s+force|government|jets|warplanes|drones|missiles|artillery)\b))|"
                           r"\b(?:(?P<he>[Hh]e|[Ss]he)\b|"
                           # "France sold it Caesar howitzers": the state the article follows
                           r"(?:sold|supplied|provided|gave|given|delivered|offered|armed|"
                           r"equipped|shipped|gifted|handed|sent|lent|leased)\s+(?P<obj>it)\b"
                           r"(?!\s+(?:to|into|at|against|on|back|over|off)\b)|"
                           r"(?P<poss>[Hh]is|[Hh]er)\s+(?:country|government)\b|"
                           r"(?P<title>[Tt]he\s+(?P<office>chancellor|president|prime\s+minister|"
                           r"premier|defen[cs]e\s+minister|foreign\s+minister|foreign\s+secretary|"
                           r"government))\b(?!\s+[A-Z])|"
                           # "the group", "the paramilitary group", "the Iran-backed militia"
                           r"(?P<grp>[Tt]he\s+(?:(?:[A-Z][\w]*-)?[A-Za-z][a-z][\w-]*\s+){0,2}?"
                           r"(?:group|militia|movement|militants|rebels|insurgents|jihadists|"
                           r"paramilitar(?:y|ies)|organi[sz]ation)(?!['’]s\s+(?:leader|chief))"
                           r"(?!\s+of\b))\b)")
# one of these stands as a whole word in every match of _PRONOUN_SUBJ but those at the start
# ("he", "sold it", "his country", "the president", "the group"): a sentence with none of them
# is matched at its start only (a scan of every word boundary saved: ~5 us a sentence)
_PRONOUN_WORDS = frozenset((
    "he", "He", "she", "She", "it", "country", "government", "chancellor", "president", "prime",
    "premier", "defence", "defense", "foreign", "group", "militia", "movement", "militants",
    "rebels", "insurgents", "jihadists", "paramilitary", "paramilitaries", "organisation",
    "organization"))
_WORD_RUN = re.compile(r"\w+")


def _pronoun_subjects(text: str, words: frozenset[str] | None = None) -> Any:
    """_PRONOUN_SUBJ.finditer(text), quicker for a sentence without _PRONOUN_WORDS (``words``:
    the sentence's, as SentView.words holds them, when the caller has them)."""
    if _PRONOUN_WORDS.isdisjoint(_WORD_RUN.findall(text) if words is None else words):
        m = _PRONOUN_SUBJ.match(text)
        return [m] if m else []
    return _PRONOUN_SUBJ.finditer(text)


# the sides of a civil war told by a common noun: "rebel drones struck an airfield" (the
# article's armed group), "the junta", "Junta jets bombed ..." (the state its army rules)
_SIDE_REF = re.compile(r"\b(?:(?P<rebel>[Rr]ebel)(?=\s+(?:drones|rockets|missiles|artillery|fighters|"
                       r"forces|troops|gunmen|mortars)\b)|(?P<junta>[Tt]he\s+(?:military\s+|ruling\s+)?"
                       r"junta\b(?!['’]s\s+(?:leader|chief|head))|[Jj]unta(?=\s+(?:jets|forces|troops|"
                       r"aircraft|warplanes|drones|artillery|soldiers)\b)))")
# "In 2024 it signed ...", "..., and in October it concluded ...": "it" after an opening
# adverbial or in a second clause, as the subject of a past verb
_LATER_IT = re.compile(r"(?:(?P<and>,\s+and\s+)(?:(?:in|on|last|since|by|later|then)\b"
                       r"[^,;.]{0,30}?,?\s+)?|^(?:In|On|Last|Since|By|Earlier|Later|Then|Two|"
                       r"Three|A\s+year|Months)\b[^,;.]{0,30}?,?\s+)(?P<it>it)\b(?=\s+(?:(?:has|"
                       r"had|also|then|later|since|formally)\s+)*(?!emerged|seemed|appeared|"
                       r"happened)[a-z]+ed\b)")


def _anaphora(text: str, actors: list[Actor], ctx: Context,
              words: frozenset[str] | None = None) -> list[Actor]:
    """Pronoun and bare-title subjects resolved to the article's earlier actors: "There he and
    President Macron signed" (he = the person last named), "It has delivered" (the previous
    sentence's subject), "his country" (his state), "The chancellor also announced"."""
    out = []
    taken = [(a.start, a.end) for a in actors]
    for m in _pronoun_subjects(text, words):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if m.group("he") or m.group("poss"):
            # (the actors come in the order they were found, not the text's)
            before = sorted((a for a in actors if a.person and a.end <= m.start()),
                            key=lambda a: a.end)
            ref = (before[-1].person, before[-1].key) if before else ctx.person
            if ref and ref[1]:
                if m.group("he"):
                    out.append(Actor(m.start(), m.end(), ref[1], ref[0]))
                else:
                    out.append(Actor(m.start(), m.end(), ref[1], None))
        elif m.group("grp"):
            if any(m.start() <= a.start and a.end <= m.end() and a.key
                   and a.key.startswith("org/") for a in actors):
                continue  # "the Houthi movement": the group named, no reference back
            before = [a for a in actors if a.end <= m.start() and a.mention is not None
                      and a.mention.of_type("ArmedGroup") and not a.mention.state()]
            ref = before[-1].key if before else (ctx.group or ctx.group_any)
            if ref:
                out.append(Actor(m.start(), m.end(), ref, None))
        elif m.group("it") or m.group("its") or m.group("obj"):
            if ctx.subject:
                out.append(Actor(m.start("obj") if m.group("obj") else m.start(
                    "it") if m.group("it") else m.start(), m.end(), ctx.subject, None))
        elif m.group("title"):
            office = re.sub(r"\s+", " ", m.group("office").lower()).replace("defense", "defence")
            if office in ctx.titles:
                person, state = ctx.titles[office]
                out.append(Actor(m.start(), m.end(), state, person))
    if "ebel" in text or "unta" in text:
        for m in _SIDE_REF.finditer(text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            ref = (ctx.group or ctx.group_any) if m.group("rebel") else (ctx.junta or ctx.forces)
            if ref:
                out.append(Actor(m.start(), m.end(), ref, None))
    if "it " in text:
        out.extend(_later_it(text, actors, out, ctx))
    return out


def _later_it(text: str, actors: list[Actor], found: list[Actor], ctx: Context) -> list[Actor]:
    """"In 2024 it signed ...": the subject carried on from the sentence before; "Egypt
    signed a pact with Sudan in 2021, and it signed ...": the subject that opens the sentence."""
    out = []
    for m in _LATER_IT.finditer(text):
        if m.group("and"):
            before = [a for a in (*actors, *found) if a.key and a.start < m.start()]
            first = min(before, key=lambda a: a.start) if before else None
            ref = first.key if first is not None and not first.person and not first.demonym \
                and _OPENING.fullmatch(text, 0, first.start) else None
        else:
            ref = ctx.subject
        if ref:
            out.append(Actor(m.start("it"), m.end("it"), ref, None))
    return out


# ("Ethiopia and the breakaway region of Somaliland signed", round 24: the region's own name)
_LIST_AND = re.compile(r"\band\b|&|as\s+well\s+as")  # (what ends a list: "A, B and C")
# ("to Ukraine and to Moldova": the preposition said again; round 47)
_COORD_GAP = re.compile(r"^\s*(?:,\s*|and\s+(?:to\s+)?|,\s*and\s+(?:to\s+)?|&\s*|as\s+well\s+as\s+)"
                        r"(?:both\s+)?"
                        r"(?:the\s+)?(?:(?:his|her|their|its)\s+)?(?:\w+\s+counterparts?\s+)?"
                        r"(?:breakaway\s+(?:(?:region|republic|territory|enclave)\s+of\s+)?)?$",
                        re.I)
# "the second-largest donor after the United States": the state ranked above, not a subject
# (round 75)
_RANKED_AFTER = re.compile(r"\b(?:second|third|fourth|fifth|next)[-\s](?:largest|biggest|"
                           r"most\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?(?:after|behind)\s+(?:the\s+)?$",
                           re.I)
_PREP_BEFORE = caseless(
    r"\b(?:of|from|to|with|by|in|on|at|for|between|against|over|about|including|among|like|"
    r"into|onto|toward|towards|near|across|than|via|through|inside|behind|without|"
    r"accuses|accused|urged)\s+(?:both\s+|the\s+|its\s+|their\s+)?"
    # ("flying over southern Lebanon": a place after its preposition, not a subject)
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+|occupied\s+)?$")
# "since Russia's invasion of neighbouring Ukraine": an object, not a subject (round 50)
_OF_NEIGHBOUR = re.compile(r"\b(?:of|against|into|on)\s+(?:the\s+)?(?:neighbou?ring|nearby|fellow)\s+$",
                           re.I)
# "Vietnam, turning away from its traditional supplier Russia, has bought": the name of a role
# after a preposition is that preposition's object, not the subject (round 63)
_ROLE_OBJECT = re.compile(r"\b(?:from|of|to|with|on|against|by|for)\s+(?:its|their|his|her|the)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:supplier|ally|partner|backer|neighbou?r|rival|"
                          r"patron|protector|adversary|enemy|foe)s?\s+$", re.I)
_CLAUSE_BREAK = re.compile(r"[;:()“”\"]|\s[—–-]\s|\bthat\b|,\s*(?:which|who|while|but)\b")


_RELATIVE = re.compile(r",\s*(?:(?:of|in|with|for|to|by|from|under)\s+)?(?:which|who|whom)\b")
# "The government in Berlin approved ...": the capital opening the clause is its subject
_SEAT_OPENING = re.compile(r"\W*(?:(?:But|And|Meanwhile|Separately|Later),?\s+)?[Tt]he\s+"
                           r"(?:government|authorities|administration|leadership)\s+in\s+")
_NOUN_MODIFIER = re.compile(r"^\s+(?:member|members|ally|allies|country|countries|nation|nations|"
                            r"state|states|partner|partners)\b")


def clause_start(text: str, pos: int) -> int:
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        if _RELATIVE.match(m.group(0)) and "," in text[m.end():pos]:
            continue  # a closed relative clause: "The group, which ..., claimed"
        if m.group(0) == "that" and "," in text[m.end():pos] and _in_apposition(text, m.start()):
            continue  # "Turkey, a NATO member that has kept ties with Moscow, has sold"
        start = m.end()
    return start


def relative_spans(text: str, lo: int, pos: int) -> list[tuple[int, int]]:
    """Closed relative clauses ", which/who ... ," between lo and pos (their actors are not
    the subject of the verb at pos)."""
    out = []
    for rx in (_RELATIVE, _AT_WAR_ASIDE, _APPOSED_KIND):
        for m in rx.finditer(text, lo, pos):
            close = text.find(",", m.end(), pos)
            if close != -1:
                out.append((m.start(), close + 1))
    return out


# "Turkey, a NATO member, has sold ...": an indefinite apposition saying what the subject is;
# the bloc or state named in it is no subject (round 90)
_APPOSED_KIND = re.compile(r",\s*an?\s+(?:[\w'’-]+\s+){0,3}?(?:member|ally|partner|neighbou?r|"
                           r"country|state|nation|supplier|producer|exporter|rival|signatory)\b",
                           re.I)


def _in_apposition(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in an indefinite apposition opened just before it (no comma since)."""
    a = _APPOSED_KIND.search(text, max(0, pos - 60), pos)
    return a is not None and "," not in text[a.end():pos]


# "the coalition fighting the Houthis launched air strikes": the enemy of a side named by a
# noun, in a participle with no commas (round 82)
_REDUCED_AT_WAR = re.compile(r"\b(?:coalition|alliance|forces|troops|army|militias?|groups?|"
                             r"fighters|government|junta)\s+(?:fighting|battling)\s+"
                             r"(?:the\s+|its\s+|their\s+)?$", re.I)
# "Sudan's army, fighting the RSF, received ...": the enemy named in an aside is no subject
_AT_WAR_ASIDE = re.compile(r",\s*(?:(?:now|still|long|itself)\s+)?(?:fighting|battling|at\s+war\s+"
                           r"with|in\s+a\s+war\s+with|facing|besieged\s+by)\b", re.I)


# "The Norwegian defence ministry has agreed to transfer W to Warsaw": the ministry is its
# state acting, as "Norway's defence ministry" is (round 28)
_MINISTRY_AFTER = re.compile(r"\s+(?:(?:defen[cs]e|foreign)\s+(?:ministry|department)|"
                             r"(?:ministry|department)\s+of\s+(?:defen[cs]e|foreign\s+affairs))\b",
                             re.I)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _demonym_ministry(text: str, start: int, end: int) -> bool:
    """Whether the demonym at text[start:end] names a ministry: "the Norwegian defence ministry"."""
    return _MINISTRY_AFTER.match(text, end) is not None \
        and _THE_BEFORE.search(text, max(0, start - 5), start) is not None


def groups(actors: list[Actor], text: str, include_demonyms: bool = False) -> list[Group]:
    out: list[Group] = []
    gaps: list[list[str]] = []
    for a in actors:
        if a.demonym and not include_demonyms:
            continue
        if out and _COORD_GAP.match(text[out[-1].end:a.start]):
            gaps[-1].append(text[out[-1].end:a.start])
            out[-1].actors.append(a)
        else:
            out.append(Group([a]))
            gaps.append([])
    # "Russia, Washington says": commas alone do not make a list; "A, B and C" does
    final: list[Group] = []
    for g, gs in zip(out, gaps, strict=False):
        if gs and not _LIST_AND.search(gs[-1]):
            # ("with Indonesia and Malaysia, the Vietnamese ministry said": the list ended at
            # its "and")
            ands = [i for i, x in enumerate(gs) if _LIST_AND.search(x)]
            k = ands[-1] + 2 if ands else 0
            if k:
                final.append(Group(g.actors[:k]))
            final.extend(Group([a]) for a in g.actors[k:])
        else:
            final.append(g)
    return final


def _city_then_states(g: Group, text: str) -> bool:
    """Whether a group is "[city], A, B (and C)": a city (a capital stands for its state, but
    here it is the place of an opening phrase) and then two or more states."""
    first, rest = g.actors[0], g.actors[1:]
    return len(rest) >= 2 and first.mention is not None and bool(first.mention.place()) \
        and text[first.end:rest[0].start] == ", " \
        and all(a.key and a.key.startswith("state/") and not a.person and a.mention is not None
                and not a.mention.place() for a in rest)


def subject_before(actors: list[Actor], text: str, pos: int, lo: int | None = None,
                   include_demonyms: bool = False) -> Group | None:
    lo = clause_start(text, pos) if lo is None else lo
    rel = relative_spans(text, lo, pos)
    cands = [g for g in groups([a for a in actors if a.end <= pos and a.start >= lo
                                and not any(x <= a.start < y for x, y in rel)], text,
                               include_demonyms)]
    for g in reversed(cands):
        if _REDUCED_AT_WAR.search(text, max(0, g.start - 40), g.start):
            continue  # "the Saudi-led coalition fighting the Houthis launched": the enemy
        if (_PREP_BEFORE.search(text[max(0, g.start - 25):g.start])
                or _RANKED_AFTER.search(text, max(0, g.start - 60), g.start)
                or _OF_NEIGHBOUR.search(text, max(0, g.start - 30), g.start)
                or _ROLE_OBJECT.search(text, max(0, g.start - 60), g.start)) \
                and not _SEAT_OPENING.fullmatch(text, lo, g.start):
            if _city_then_states(g, text):
                # "Meeting in Vilnius, Germany, Norway and Denmark said ...": the city ends the
                # opening phrase, the states after it are the subject (round 55)
                return Group(g.actors[1:])
            continue
        gap = text[g.end:pos]
        if _NOUN_MODIFIER.match(gap) and not g.actors[-1].person:
            return None  # "the first NATO member to promise": NATO is not the subject
        if g.actors[-1].mention is not None and g.actors[-1].mention.possessive \
                and not g.actors[-1].person and re.match(r"^['’]s\s+\w+\s*$", gap) is None:
            # "Iran's supplies" - a possessive is not the subject unless it directly names it
            if not re.match(r"^['’]s?\s+(?:military|army|government|forces|armed\s+forces|"
                            r"air\s+force|navy|"
                            r"defen[cs]e\s+forces?|ministry\s+of\s+defen[cs]e|"
                            # "Ukraine's general staff said its forces had struck" (round 28)
                            r"general\s+staff|special\s+forces|"
                            r"(?:military|defen[cs]e)\s+intelligence(?:\s+agency)?|"
                            r"defen[cs]e\s+ministry|troops|(?:prime|foreign|defen[cs]e)\s+"
                            r"minister|president|chancellor|leader|king|emir|premier)\b",
                            gap, re.I):
                continue
        return g
    return None


def group_after(actors: list[Actor], text: str, pos: int, max_gap: int = 12,
                include_demonyms: bool = True) -> Group | None:
    """The actor group starting right after ``pos`` (allowing "the", "its", a few words)."""
    following = [a for a in actors if a.start >= pos]
    if not following:
        return None
    first = following[0]
    gap = text[pos:first.start]
    if len(gap) > max_gap or re.search(r"[,;:.]", gap):
        return None
    if first.demonym and not include_demonyms:
        return None
    gs = groups(following, text, include_demonyms=True)
    return gs[0] if gs else None


def after_word(actors: list[Actor], text: str, word_re: str, lo: int, hi: int,
               max_gap: int = 14) -> tuple[Group | None, re.Match | None]:
    """The actor group after the first match of ``word_re`` in text[lo:hi]."""
    for w in re.finditer(word_re, text[lo:hi], re.I):
        g = group_after(actors, text, lo + w.end(), max_gap=max_gap)
        if g:
            return g, w
    return None, None
