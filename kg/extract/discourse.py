"""Discourse: what one sentence of an article says about the attacks another sentence tells.

News tells an attack over several sentences: the hit ("A missile slammed into the ship"), who
did it ("US Central Command said it was fired by the Houthis"; "The army blamed the RSF"), the
toll later ("By Monday the death toll had risen to 35"). The per-sentence rules (strikes.py)
find each piece; this module joins them, within the paragraph first, then the article:

* **paragraphs** from blank lines (each line is one when the text has none);
* **agents**: in every sentence, the actors presented as attacking - the subject of an attack
  verb, a by-phrase ("fired by Israeli F-35 jets"), an actor modifying forces or weapons
  ("Israeli jets", "RSF fighters", "Houthi drone"), one claiming an attack ("Hezbollah said it
  had sent a swarm of drones") or blamed for it ("the army blamed the RSF"); defenders
  reporting interceptions are not agents;
* **attackers** for strikes told without one: the nearest agent of the same paragraph, then of
  the headline, then the article's main agent - never the state that was hit;
* **places** for strikes told without one ("the city's airport was hit again"): the place of
  the attack just told in the paragraph, else the dateline's or headline's place when it lies
  in the state hit;
* **toll updates** ("the number killed has risen to 18") raise the figures of the strike they
  update: the one told last before them (else the article's main one).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Any

from kg.extract.caseless import caseless
from kg.extract.clauses import Actor, group_after, subject_before
from kg.extract.dates import WEEKDAY_RE
from kg.extract.entities import SentView
from kg.extract.sentences import DATELINE_RE, Sentence

_BLANK = re.compile(r"\n[ \t]*\n")
_FORCE_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:(?!(?:said|says|told|officials?|and|or|to|of|an?|the|struck|hit|"
    r"fired|sent|launched|attacked|targeted|shelled|bombed|killed|has|have|had|was|were|is|"
    r"are)\b)(?![\w-]+ed\b)[\w-]+\s+){0,2}?"
    r"(?P<head>forces|troops|army|military|jets|fighter\s+jets|"
    r"warplanes|aircraft|planes|bombers|helicopters|drones?|missiles?|rockets?|artillery|shells?|"
    r"shelling|fighters|gunmen|militants|rebels|navy|naval\s+forces|air\s+force|strikes?|"
    r"airstrikes?|air\s+strikes?|attacks?|raids?|bombardment|barrage|bombs?|warships?|"
    r"gunboats?|tanks?|soldiers|paramilitar(?:y|ies)|militia|militiamen)\b", re.I)
# a weapon of a state is not an attack by it unless the sentence tells one ("fragments of a
# North Korean missile" is where a missile was made)
_WEAPON_HEAD = re.compile(r"^(?:drones?|missiles?|rockets?|shells?|bombs?|tanks?|aircraft|"
                          r"planes|helicopters|warships?)$", re.I)
_ATTACK_IN = caseless(r"\b(?:hit|hits|struck|strikes?|striking|attack\w*|shell(?:ed|ing)|"
                      r"bomb(?:ed|ing)|pound\w*|target\w*|fired|fires|firing|launch\w*|"
                      r"slammed|kill(?:s|ed|ing)?|exploded|rained|raid\w*|barrage|sank)\b")
_ATTACK_VERB = caseless(
    r"\b(?:struck|hit|attacked|shelled|bombed|targeted|fired|launched|sent|pounded|raided|"
    r"stormed|carried\s+out|conducted|dropped|rained|slammed|blasted|hammered|unleashed)\b",
    needs=("struck", "hit", "attacked", "shelled", "bombed", "targeted", "fired", "launched",
           "sent", "pounded", "raided", "stormed", "carried", "conducted", "dropped", "rained",
           "slammed", "blasted", "hammered", "unleashed"))
# "Russia kept up its bombardment of Ukraine's ports", "stepped up its air campaign against": a
# campaign of attacks whose subject is the attacker of the attacks told after it (round 88)
_CAMPAIGN = caseless(
    r"\b(?:kept|keeps|keeping|stepped|steps|stepping|ramped|ramps|ramping)\s+up|"
    r"\b(?:intensified|intensifies|intensifying|escalated|escalates|escalating|widened|widens|"
    r"expanded|expands|resumed|resumes|renewed|renews|pressed\s+(?:on|ahead)\s+with|"
    r"pressing\s+(?:on|ahead)\s+with)\b",
    needs=("up", "intensif", "escalat", "widen", "expand", "resum", "renew", "pressed",
           "pressing"))
_CAMPAIGN_OBJECT = re.compile(
    r"\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:air\s+campaign|bombing\s+campaign|campaign\s+of\s+"
    r"(?:air\s+strikes|strikes|bombing|shelling|drone\s+attacks|missile\s+attacks)|bombardment|"
    r"shelling|barrages?|(?:air\s+|drone\s+|missile\s+)?(?:strikes|attacks|raids))\b"
    r"(?:\s+(?:on|of|against)\b)?", re.I)
# headlines tell in the present ("Israel strikes Beirut"), where these are verbs
_HEADLINE_VERB = caseless(r"\b(?:strikes|hits|attacks|shells|bombs|targets|fires|launches|"
                          r"sends|pounds|kills)\b")
_BY_AGENT = caseless(r"\b(?:fired|launched|carried\s+out|conducted|dropped|flown|operated|"
                     r"sent|piloted|mounted)\s+by\s+(?:the\s+)?",
                     needs=("by",))
# "The strike was ordered by the United States": who ordered an attack is its attacker (an
# order of weapons, "drones ordered by Poland", is a purchase, so an attack noun must come first)
_ORDERED_BY = caseless(r"\b(?:strikes?|airstrikes?|air\s+strikes?|attacks?|raids?|operation)"
                       r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:personally\s+)?"
                       r"(?:ordered|authori[sz]ed|approved)\s+by\s+(?:the\s+)?",
                       needs=("ordered", "authori", "approved"))
# "Prime Minister X ordered the strike": who ordered it, told as the subject
_ORDERED_THE = caseless(r"\b(?:personally\s+)?(?:ordered|authori[sz]ed)\s+the\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:strikes?|airstrikes?|attacks?|raids?|operation)\b",
                        needs=("ordered", "authori"))
_CLAIM = caseless(
    r"\b(?:said|says|claimed|claims|announced|confirmed|stated)\s+"
    # ("The army said on Wednesday that it had carried out the strike")
    rf"(?:(?:late\s+)?on\s+{WEEKDAY_RE}\s+|later\s+)?"
    r"(?:that\s+)?(?:it|they|its\s+"
    r"(?:[\w-]+\s+){0,2}?(?:forces|fighters|units?|drones?|missiles?|jets|navy|military)|"
    r"their\s+(?:[\w-]+\s+){0,2}?(?:forces|fighters|units?))\s+(?:had\s+|has\s+|have\s+|were\s+"
    r"|was\s+)?(?:successfully\s+)?(?:hit|struck|targeted|launched|fired|sent|attacked|shelled|"
    r"bombed|carried\s+out|conducted|destroyed)\b"
    r"|\b(?:claimed|claims|claiming)\s+(?:responsibility|credit)\b",
    needs=("said", "says", "claim", "announced", "confirmed", "stated"))
# "fragments found at the scene belonged to a North Korean missile", "the wreckage of an
# Iranian drone": the weapon's maker, not who fired it
_MAKER_BEFORE = caseless(r"\b(?:belong(?:ed|s|ing)?\s+to|fragments?\s+of|remnants?\s+of|"
                         r"debris\s+(?:of|from)|wreckage\s+of|remains\s+of|parts?\s+of|"
                         r"copy\s+of|version\s+of)\s+(?:an?\s+|the\s+)?$")
# "Russia fired North Korean missiles at Ukraine": a weapon another side fired
_FIRED_BEFORE = re.compile(r"\b(?:fired|fires|launched|launches|used|uses|dropped|drops)\s+"
                           r"(?:(?:a|an|the|two|three|several|\d+)\s+)?$")
# ("Seven Congolese soldiers and a Uruguayan peacekeeper were killed": both groups the victims)
_VICTIM = re.compile(r"^\s*(?:and\s+(?:[\w'’-]+\s+){1,3}?)?(?:,\s*)?"
                     r"(?:were|was|have\s+been|had\s+been|are|is)\s+(?:\w+\s+)?"
                     r"(?:killed|wounded|injured|hurt|captured|missing)\b|^\s*(?:died|dead)\b",
                     re.I)
# "blames Kyiv for earlier raid", "for last week's attack": blame for another attack
FOR_EARLIER = re.compile(r"\s+for\s+(?:an?\s+|the\s+|its\s+)?(?:earlier|previous|prior|past|"
                          r"last\s+\w+['’]s|recent)\b", re.I)
# "Pakistan-based", "Iran-backed": a state describing the group named next
SPONSOR_AFTER = re.compile(r"[-‑](?:based|backed|supported|sponsored|funded|aligned|allied)\b",
                            re.I)
_BLAME = caseless(r"\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:the\s+)?",
                  needs=("blam", "accus"))
# "accused Iran of supplying the group": a state accused of arming the attacker is not it
_ARMING = re.compile(r"\s*(?:of|for)\s+(?:(?:secretly|covertly|illegally|directly)\s+)?"
                     r"(?:arming|supplying|equipping|funding|financing|backing|supporting|training|"
                     r"sponsoring|providing|sending\s+(?:arms|weapons)|smuggling|shipping|"
                     r"delivering|harbou?ring|sheltering)\b", re.I)
_NOT_AGENT = re.compile(r"\b(?:shot\s+down|intercepted|downed|repelled|destroyed\s+(?:all|\d+|"
                        r"most)|air\s+defen[cs]es?)\b", re.I)
_TOLL_UPDATE = caseless(
    r"\b(?:death\s+toll|toll|number\s+of\s+(?:people\s+|those\s+)?(?:dead|killed|deaths|victims|"
    r"wounded|injured)|number\s+(?:killed|injured|wounded|dead))\b[^.;]{0,80}?\b(?:rose|rises|"
    r"risen|climbed|climbs|increased|reached|grew|grown|jumped|stood|stands|raised|revised|"
    r"updated)\b"
    # "officials later put the toll at nine", "the ministry revised the toll to 13": the verb first
    r"|\b(?:put|puts|putting|raised|raises|revised|revises|updated|updates|corrected|lowered|"
    r"increased|gave|gives)\s+(?:the|its|their|a)\s+(?:(?:[\w-]+\s+)?(?:death\s+)?toll\b|"
    r"number\s+of\s+(?:people\s+)?(?:dead|killed|deaths|victims|wounded|injured)\b)",
    needs=("rose", "rises", "risen", "climbed", "climbs", "increased", "reached", "grew", "grown",
           "jumped", "stood", "stands", "raise", "revise", "update", "put", "corrected",
           "lowered", "gave", "gives"))
BACK_REF = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:city|town|capital|village|port|airport|"
    r"hospital|camp|base|area|region|site|building|compound|facility|terminal|depot|district|"
    r"neighbourhood|neighborhood|settlement|market|school|station|plant|centre|center)\b|"
    r"\b(?:the\s+)?(?:city|town|capital|port)['’]s\b|\bthere\b", re.I)
# "the town's main market", "the city's eastern edge", "in the town": a town or city told before
_SETTLEMENT_BACK = re.compile(r"\b(?:the\s+)?(?:city|town|village)['’]s\b|"
                              r"\b(?:the|that)\s+(?:city|town|village)\b(?!['’]|\s+of\b)", re.I)
# "bombs hit a crowded hypermarket there": where the sentence before said (round 76)
HIT_THERE = re.compile(r"\b(?:hit|struck|slammed\s+into|landed|exploded)\b[^.;,]{0,50}?\bthere\b",
                        re.I)
# "Israel has not said it carried out the strike": no claim
NEGATED = re.compile(r"\b(?:not|never|n['’]t|neither|nor|declined\s+to|refused\s+to)\s+"
                      r"(?:yet\s+|publicly\s+|officially\s+)?$", re.I)
# "Iran-backed militias", "Iranian-made drones": the backer or maker, not the attacker
_BACKER = re.compile(r"^-(?:backed|aligned|allied|supported|funded|sponsored|armed|linked|made|"
                     r"designed|built|supplied)\b", re.I)
# "launched from Lebanon", "fired from southern Lebanon", "from over the Golan": where the weapon
# came from, not who fired it
LAUNCH_AREA = re.compile(r"\b(?:from|over|near|across)\s+(?:the\s+)?(?:(?:north|south|east|west)"
                         r"(?:-?(?:east|west))?(?:ern)?\s+|occupied\s+)?$", re.I)
# "Russian units backed by North Korean troops", "the army, with support from Turkish drones,":
# an ally or supplier told in the attacker's noun phrase, not the attacker
ALLY_BEFORE = re.compile(
    r"\b(?:(?:backed|supported|aided|assisted|helped|reinforced|joined|accompanied|armed|"
    r"supplied|equipped|sold|provided|delivered|shipped)\s+by|"
    # "a drone made in Turkey struck ...": where the weapon was made, not who fired it
    r"(?:made|built|produced|manufactured|designed|assembled)\s+in|"
    r"alongside|with\s+(?:the\s+)?(?:help|support|backing|assistance)\s+(?:of|from))\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}", re.I)
# "blamed it on ...", "claimed that attack": the attack the sentence before told
_IT = caseless(r"\b(?:blam\w*|claim\w*|accus\w*|carried)\s+(?:it|them)\b|\bfor\s+it\b|"
               r"\b(?:that|the|this)\s+(?:attack|strike|raid|bombing)\b")
_KILLED_BEFORE = re.compile(r"\b(?:(?:killing|wounding|injuring|including|among\s+(?:them|the\s+dead))"
                            r"\b(?![^.;]*\b(?:when|as|after|before|while)\b)|"
                            # "An air strike killed three al-Shabaab fighters": the victims, not
                            # "were killed by al-Shabaab fighters" (round 28)
                            r"killed\b(?![^.;]*\b(?:by|when|as|after|before|while|in)\b))"
                            r"[^.;]{0,60}$", re.I)
_NON_STATE = re.compile(r"^(?:rebels|militants|gunmen|fighters|militia|militiamen|insurgents)$",
                        re.I)
_SPEECH_TAIL = re.compile(r"^\s*(?:['’]s\s+[\w\s]{0,30}?)?\s*(?:said|says|told|reported|"
                          r"announced|added|stated)\b", re.I)


@dataclass(frozen=True)
class Agent:
    sentence: int
    key: str
    how: str  # subject, by, modifier, claim, blame
    start: int = -1  # where the actor is named in the sentence


def paragraphs(text: str, sents: list[Sentence]) -> list[int]:
    """The paragraph number of every sentence (blank lines separate paragraphs; a text with
    none has one paragraph per line)."""
    breaks = [m.start() for m in _BLANK.finditer(text)]
    if not breaks:
        breaks = [m.start() for m in re.finditer(r"\n", text)]
    out, i = [], 0
    for s in sents:
        while i < len(breaks) and breaks[i] < s.start:
            i += 1
        out.append(i)
    return out


def _holders_state(a: Actor) -> Actor:
    """An office-holder's actor as the state of the office (which `agents` counts); others as
    they are."""
    return replace(a, person=None) if a.person and a.role is not None else a


def agents(view: SentView, actors: list[Actor], gaz: Any = None) -> list[Agent]:
    """Actors this sentence presents as attacking (see the module docs)."""
    text = view.text
    out: list[Agent] = []

    def add(a: Actor | None, how: str) -> None:
        if a is None or not a.key or a.person or not (
                a.key.startswith("state/") or a.key.startswith("org/")):
            return
        if _BACKER.match(text[a.end:]):
            return
        ally = ALLY_BEFORE.search(text, max(0, a.start - 60), a.start)
        if ally is not None and ally.end() == a.start and not re.search(
                r",\s*(?:which|that|who)\b", text[a.end:a.end + 40]):
            return  # "backed by North Korean troops": who helps, not who attacks
        if a.key.startswith("org/") and gaz is not None:
            e = gaz.get(a.key)  # an armed group or force attacks; the UN or a firm does not
            if e is not None and e.type == "Organization":
                return
        out.append(Agent(view.index, a.key, how, a.start))

    for a in actors:
        if a.person:
            continue
        after = text[a.end:]
        fm = _FORCE_AFTER.match(after)
        if fm and LAUNCH_AREA.search(text[max(0, a.start - 40):a.start]):
            fm = None  # "launched from Lebanon": where it came from
        if fm:
            if _WEAPON_HEAD.match(fm.group("head")) and not _ATTACK_IN.search(text):
                continue
            tail = after[fm.end():]
            # "Ukraine's air force said it shot down 40 drones": a defender, not an attacker
            if _SPEECH_TAIL.match(tail) and not _CLAIM.search(tail[:120]):
                continue
            if _NOT_AGENT.search(tail[:60]) or _VICTIM.match(tail):
                continue  # "Four Israeli soldiers were killed": the victims
            if _KILLED_BEFORE.search(text[max(0, a.start - 70):a.start]):
                continue  # "killing a commander of the group's forces": a victim
            if _MAKER_BEFORE.search(text[max(0, a.start - 40):a.start]):
                continue  # "fragments belonged to a North Korean missile": its maker (round 21)
            if _FIRED_BEFORE.search(text[max(0, a.start - 40):a.start]) and any(
                    b.end <= a.start and not b.person and b.key != a.key for b in actors):
                continue  # "Russia fired North Korean missiles": the maker of what another fired
            if a.demonym and _NON_STATE.match(fm.group("head")):
                continue  # "Yemeni rebels": not the state
            # "American and British aircraft": the first of the coordinated modifiers
            first = a
            for b in reversed([b for b in actors if b.end <= first.start]):
                if re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[b.end:first.start]) \
                        and not b.person:
                    first = b
                else:
                    break
            add(first, "modifier")
    verbs = [*_ATTACK_VERB.finditer(text)]
    if view.index == 0:
        verbs += [*_HEADLINE_VERB.finditer(text)]
    def subject(at: int) -> None:
        g = subject_before(actors, text, at)
        if g is not None and at - g.end <= 40 and not re.search(
                r"\b(?:said|says|told|reported|announced|added|stated)\b", text[g.end:at]):
            add(g.actors[0], "subject")  # (the speaker of "said" is no subject of the attack)

    for v in verbs:
        if re.search(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$", text[:v.start()]):
            continue
        if re.match(r"\s+by\b", text[v.end():]):
            continue  # "Kyiv hit by missiles": the place hit, not who hit
        subject(v.start())
    for v in _CAMPAIGN.finditer(text):
        if _CAMPAIGN_OBJECT.match(text, v.end()):
            subject(v.start())  # "Russia kept up its bombardment of the ports"
    for b in _BY_AGENT.finditer(text):
        g = group_after(actors, text, b.end(), max_gap=12)
        if g is not None:
            add(g.actors[0], "by")
    # who ordered it: "The strike was ordered by the United States", "... by Prime Minister X",
    # "Prime Minister X ordered the strike" (an office-holder for the state: round 70)
    for b in _ORDERED_BY.finditer(text):
        g = group_after(actors, text, b.end(), max_gap=12)
        if g is not None:
            add(_holders_state(g.actors[0]), "by")
    for o in _ORDERED_THE.finditer(text):
        g = subject_before(actors, text, o.start())
        if g is not None and g.actors[0].person and o.start() - g.actors[0].end <= 12:
            add(_holders_state(g.actors[0]), "by")
    for c in _CLAIM.finditer(text):
        if NEGATED.search(text[max(0, c.start() - 30):c.start()]):
            continue
        g = subject_before(actors, text, c.start())
        if g is not None:
            add(g.actors[-1], "claim")
    for b in _BLAME.finditer(text):
        if _ARMING.match(text, b.end()):
            continue  # "the UAE, which Khartoum accuses of arming the RSF": of arming, not firing
        g = group_after(actors, text, b.end(), max_gap=25)
        if g is not None and FOR_EARLIER.match(text, g.end):
            continue  # "Moscow blames Kyiv for earlier raid": another attack (round 46)
        if g is not None and not _ARMING.match(text, g.end):
            sponsor = SPONSOR_AFTER.match(text, g.actors[0].end)
            if sponsor is not None:
                # "blamed the Pakistan-based Lashkar-e-Taiba", "the Iran-backed Houthis": the
                # group the state only locates or backs (round 45)
                g = group_after(actors, text, sponsor.end(), max_gap=12) or g
            add(g.actors[0], "blame")
    return out


class Discourse:
    """Per-article state: paragraphs, agents per sentence, the dateline and headline places."""

    def __init__(self, text: str, sents: list[Sentence], places: Any):
        self.para = paragraphs(text, sents)
        self.places = places
        self.agents: dict[int, list[Agent]] = {}
        self.dateline_place: str | None = None
        self.named: dict[int, set[str]] = {}  # the places each sentence names
        self.settlements: dict[int, list[str]] = {}  # its places, in order (towns: `_town`)
        self.states: dict[int, list[str]] = {}  # the states each sentence names by name
        self.it: set[int] = set()  # sentences referring to an attack told before ("blamed it")
        self.struck: set[str] = set()  # the places of the article's strikes (set by the caller)

    def add_sentence(self, view: SentView, actors: list[Actor]) -> None:
        """What a sentence tells later ones (its agents, places, states); the caller has noted
        its dateline first (`note_dateline`), since the sentence's own roles need it."""
        self.agents[view.index] = agents(view, actors, self.places.gaz)
        self.named[view.index] = {m.place() for m in view.mentions if m.place()}
        self.settlements[view.index] = list(dict.fromkeys(
            m.place() for m in view.mentions if m.place() and not m.is_demonym and not m.state()))
        self.states[view.index] = list(dict.fromkeys(
            m.state() for m in view.mentions if m.state() and not m.is_demonym))
        if _IT.search(view.text):
            self.it.add(view.index)

    def note_dateline(self, view: SentView) -> None:
        """The place of the dateline ("MANILA —"), from the sentence that opens with it; called
        for each sentence before its roles are read and before `add_sentence`."""
        if self.dateline_place is None and view.index <= 4:
            m = DATELINE_RE.match(view.text)
            if m:
                p = next((x for x in view.mentions if x.start < m.end() and x.place()), None)
                if p is not None:
                    self.dateline_place = p.place()
                else:  # "MANILA —": written in capitals, which the name finder skips
                    ref = self.places.resolve(m.group("city").strip().title())
                    if ref is not None:
                        self.dateline_place = ref.key

    # ------------------------------------------------------------------ attackers

    def _state_hit(self, s: dict[str, Any]) -> str | None:
        return s.get("target_country") or self.places.state_of(s.get("target_place"))

    def main_agents(self, exclude: str | None, place: str | None = None) -> Counter:
        weights = {"claim": 3, "by": 3, "blame": 2, "subject": 2, "modifier": 1}
        c: Counter = Counter()
        for j, lst in self.agents.items():
            about = self.referent(j) if place else set()
            for a in lst:
                if a.how in ("claim", "blame") and about and place not in about:
                    continue  # claimed or blamed for the attack on another place
                if a.key != exclude:
                    c[a.key] += weights[a.how]
        return c

    def referent(self, j: int) -> set[str]:
        """The places of the attack a claim or blame in sentence j is about: those it names,
        else, for "blamed it on ...", those the sentence before names."""
        named = self.named.get(j, set()) & self.struck
        if not named and j in self.it:
            named = self.named.get(j - 1, set()) & self.struck
        return named

    def told_for_place(self, s: dict[str, Any], ok: Any = None) -> str | None:
        """"Iran and Syria blamed it on Israeli jets" after "the Damascus strike": who claims or
        is blamed for the attack on this place in another sentence, however far on."""
        place, i = s.get("target_place"), s["_sent"]
        if not place:
            return None
        if ok is None:
            hit, never = self._state_hit(s), s.get("_not_attacker")
            ok = lambda a: a.key not in (hit, never)  # noqa: E731
        by_place = sorted((abs(j - i), a.key) for j, lst in self.agents.items() if j not in (0, i)
                          and place in self.referent(j) for a in lst
                          if a.how in ("claim", "blame") and ok(a))
        return by_place[0][1] if by_place else None

    def attacker_for(self, s: dict[str, Any]) -> str | None:
        hit = self._state_hit(s)
        i = s["_sent"]
        never = s.get("_not_attacker")

        def ok(a: Agent) -> bool:
            if (a.how == "blame" or a.how == "by" and a.sentence > i and a.sentence in self.it) \
                    and a.key == hit and a.key != never:
                # "residents blamed the Sudanese air force", "the strike was carried out by
                # Sudanese army warplanes": a civil war (round 54)
                return True
            return a.key != hit and a.key != never and not (
                hit and self.places.gaz.get(a.key) is not None
                and self.places.state_of(a.key) == hit)

        place = s.get("target_place")
        told = self.told_for_place(s, ok)
        if told:
            return told

        # in the sentence itself, an agent of the attack counts even against its own state's
        # territory as the gazetteer draws it ("Ukrainian sea drones struck ... Sevastopol")
        # (before the attack's verb: "Sudan's army-backed government" after it is not)
        t = s.get("_t", 10 ** 9)
        same = [a for a in self.agents.get(i, []) if a.key != never and (
            ok(a) or (a.how in ("modifier", "subject", "by") and a.start < t))]
        if same:
            return same[0].key
        p = self.para[i] if i < len(self.para) else None
        if i == 0 and len(self.para) > 2:
            # a headline tells the lead's attack: its paragraph is the lead's (round 59;
            # "Strike on Gaza school kills 20" over "An Israeli air strike hit a school")
            p = self.para[2]
        # who claimed, was blamed for or carried out "the attack" told next to it, then the
        # nearest agent of the same paragraph
        told, near = [], []
        for j, lst in self.agents.items():
            if j == i or j == 0 or abs(j - i) > 3:
                continue
            same_para = p is None or j >= len(self.para) or self.para[j] == p
            about = self.referent(j) if any(a.how in ("claim", "blame") for a in lst) else set()
            for a in lst:
                if not ok(a):
                    continue
                if a.how in ("claim", "blame") and about and place not in about:
                    continue  # a claim about the attack on another place
                dist = abs(j - i) + (0.5 if j > i else 0)
                if a.how in ("claim", "blame", "by") and (same_para or abs(j - i) <= 2):
                    told.append((dist, a.key))
                elif same_para:
                    near.append((dist, a.key))
        if told:
            return min(told)[1]
        if near:
            return min(near)[1]
        # "residents blamed the air force" paragraphs before "an earlier drone strike"
        earlier = [(i - j, a.key) for j, lst in self.agents.items() if 0 < j < i for a in lst
                   if a.how in ("claim", "blame") and ok(a)
                   and not (place and self.referent(j) and place not in self.referent(j))]
        if earlier:
            return min(earlier)[1]
        head = [a for a in self.agents.get(0, []) if ok(a)]
        if head:
            return head[0].key
        c = self.main_agents(hit, place)
        if c:
            top = c.most_common(2)
            if len(top) == 1 or top[0][1] > top[1][1]:
                return top[0][0]
        return None

    def state_told_before(self, i: int) -> str | None:
        """The state "the country's military" in sentence i refers back to: the first state
        presented as acting in the nearest sentence before that has one (up to four back),
        else the only state the sentence before names."""
        for j in range(i - 1, max(0, i - 5), -1):
            for a in self.agents.get(j, []):
                if a.key and a.key.startswith("state/"):
                    return a.key
        # failing an attack told before: the one state the sentence before names ("Israel
        # said it would respond. On Monday the country's air force struck ...")
        named = self.states.get(i - 1, [])
        return named[0] if len(named) == 1 else None

    # ------------------------------------------------------------------ places

    def _town(self, key: str) -> bool:
        """A town or city (not a region, nor a state)."""
        return not self.places.ref(key).admin and self.places.state_of(key) != key

    def _town_before(self, i: int, p: int | None) -> str | None:
        """The first town or city the sentence before sentence i named, else the one before
        that in the same paragraph."""
        for j in (i - 1, i - 2):
            towns = [k for k in self.settlements.get(j, []) if self._town(k)] \
                if j >= 0 and (j == i - 1 or self.para[j] == p) else []
            if towns:
                return towns[0]
        return None

    def place_for(self, s: dict[str, Any], placed: list[dict[str, Any]], view: SentView
                  ) -> tuple[str | None, str | None, dict[str, Any] | None]:
        """(place, text, the strike it came from) for a strike told without a place name, if
        the text refers back."""
        i = s["_sent"]
        p = self.para[i] if i < len(self.para) else None
        # (not the place another side's attack hit: "Saudi Arabia said its air force had also
        # hit camps in the capital" after the Houthis' attack on Abu Dhabi)
        who = s.get("attacker")
        before = [o for o in placed if o["_sent"] < i and o["target_place"]
                  and i - o["_sent"] <= 3 and (p is None or self.para[o["_sent"]] == p
                                               or BACK_REF.search(view.text))
                  and not (who and o.get("attacker") and o["attacker"] != who)]
        if before:
            o = max(before, key=lambda o: o["_sent"])
            return o["target_place"], o.get("_place_text"), o
        if HIT_THERE.search(view.text):
            # "Kharkiv buried the victims ... Two guided bombs hit a hypermarket there": the
            # town the sentence before named, not the dateline's (round 76)
            town = self._town_before(i, p)
            if town is not None:
                return town, self.places.ref(town).label, None
        if s.get("_dateline_only") and self.dateline_place \
                and self.places.state_of(self.dateline_place) != s.get("attacker") \
                and s.get("target_country") in (None, self.places.state_of(self.dateline_place)):
            # "MAZATLAN, Mexico — Gunmen opened fire at a bar": the attack told with the dateline
            return self.dateline_place, self.places.ref(self.dateline_place).label, None
        if _SETTLEMENT_BACK.search(view.text):
            # "Kherson has been shelled for years. On Tuesday bombs hit a market on the city's
            # edge": the town or city the sentence just before named (or the one before that in
            # the paragraph), before an attack told in another paragraph or the dateline
            town = self._town_before(i, p)
            if town is not None:
                return town, self.places.ref(town).label, None
        if not BACK_REF.search(view.text):
            return None, None, None
        # "the city" further on: the place of the last attack told, before the dateline's
        told = [o for o in placed if o["_sent"] < i and o["target_place"]
                and not (s.get("target_country") and self.places.state_of(o["target_place"])
                         != s.get("target_country"))]
        if told:
            o = max(told, key=lambda o: o["_sent"])
            return o["target_place"], o.get("_place_text"), o
        hit = s.get("target_country")
        for cand in (self.dateline_place, *[o["target_place"] for o in placed
                                            if o["_sent"] == 0]):
            if cand and (hit is None or self.places.state_of(cand) == hit) and \
                    self.places.state_of(cand) != s.get("attacker"):
                ref = self.places.ref(cand)
                return cand, ref.label, None
        return None, None, None


def is_toll_update(text: str) -> bool:
    return bool(_TOLL_UPDATE.search(text))
