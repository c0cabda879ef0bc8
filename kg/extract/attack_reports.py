"""Attack reports: the sentences of an article that tell one attack, and the strike's slots
filled from all of them (round 18).

The strike rules read sentence by sentence, so a slot comes from whichever sentence a rule fired
in. A news report tells its lead attack over several sentences: "A drone strike hit a market
late Thursday. In Omdurman, 14 people were killed and 31 wounded. The drones, which the RSF said
it had sent, ...". Here the lead sentence (the first body sentence a strike rule read, or whose
subject is an attack or weapon told for the first time) and the sentences after it that retell
it, until one tells another attack ("also", "again", "earlier", "last month", "Across ..."),
form one report; the report's strike takes

* its place from a casualty sentence, "In <place>, N were killed" or "N were wounded in (the
  town of) <place>" (when the strike has no place, only the dateline's, or a wide region);
* its tolls from the report's casualty sentences (empty slots; not a sentence naming another
  place);
* its attacker from the report's agent, "the drones, which <group> said it had sent" or "the
  missile was launched from <state>" (empty slot), or from a claim of the report's weapon ("the
  Houthis said they had fired the missile"), which beats the attacker the rules guessed; a
  headline "<State> air strike hits ..." over a bare "Military aircraft bombed ..." names the
  state;
* its day from an explicit time of the event ("late Tuesday", "shortly before midnight on
  Monday", "the previous evening" of a report "said on Monday"), which beats the day the report
  was made, or from the lead's own "on Thursday" when the rules fell back to the publication day.

A later attack's own report gives it an attacker it lacks and the toll of the casualty sentence
right after it; "Again on Friday, jets struck ..." is by the lead's attacker. An area's running
toll ("Across the Kherson region, 19 people have died in strikes this month") is no attack, and
is dropped here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any, Callable

from kg.extract import strikes as strike_rules
from kg.extract.added_strikes import set_weapon
from kg.extract.caseless import caseless
from kg.extract.claimed_leads import claimed_lead
from kg.extract.dates import WEEKDAY_RE, WEEKDAYS, resolve_weekday
from kg.extract.sentences import DATELINE_RE
from kg.link.folding import slugify

Strike = dict[str, Any]

# "Across Khartoum state, more than 60 civilians have died in drone attacks since April"
# "Throughout North Darfur, 52 civilians were killed in RSF attacks last week"
_AREA_TOLL = re.compile(r"^\W*(?:Across|Throughout)\s+(?:the\s+)?[A-Z][^,]{1,60},\s+[^.]*?\b"
                        r"(?:died|killed|wounded|injured)\b")
_RUNNING = re.compile(r"\b(?:have|has|had)\s+(?:died|been\s+(?:killed|wounded|injured))\b|\b(?:last|"
                      r"this|past|previous)\s+(?:week|month|year)\b|\bsince\b|\bso\s+far\b|"
                      r"\bin\s+(?:total|all)\b|\bover\s+the\s+(?:past|last)\b")
# the lead's subject: an attack or a weapon told for the first time ("A drone strike hit",
# "A ballistic missile slammed into")
_LEAD_SUBJECT = re.compile(r"^\W*(?:An?)\s+(?:[\w-]+\s+){0,2}?(?:(?:air\s*|drone\s+|missile\s+)?"
                           r"strike|airstrike|missile|drone|rocket|shell|bomb)\s+(?:hit|struck|"
                           r"slammed\s+into|crashed\s+into|smashed\s+into|tore\s+through|"
                           r"ripped\s+through|exploded)\b"
                           # "Military aircraft bombed a village in ...": a bare plural subject
                           r"|^\W*(?:Military\s+|Unidentified\s+)?(?:aircraft|warplanes|jets|"
                           r"drones|missiles|rockets)\s+(?:bombed|struck|hit|pounded|shelled)\b")
# a sentence telling another attack than the report's
ANOTHER_ATTACK = caseless(r"\b(?:also|again|another|separately|earlier|last\s+(?:week|month|year)|"
                      r"later|previous\s+(?:day|week|month))\b|^\W*(?:Across|Throughout)\b")
# "The strike hit the outskirts of Bint Jbeil": the lead's attack told again
_RETOLD = re.compile(r"^\W*The\s+(?:[\w-]+\s+)?(?:strike|attack|raid|missile|drone|bombing)\s")
# "they had fired the drone at ...": the report's weapon, told again
_DEFINITE = re.compile(r"\bthe\s+(?:strike|attack|raid|missile|drone|bombing)\b")
# "In Omdurman's Karari district, at least 14 people were killed"
_IN_PLACE = re.compile(r"^\W*In\s+(?:the\s+)?$")
# "Four people were wounded in the town of Nabatieh"
_TOLL_IN = re.compile(r"\b(?:were|was)\s+(?:killed|wounded|injured|hurt)\s+in\s+(?:the\s+(?:town|"
                      r"village|city|district|port|camp)\s+of\s+)?$")
_SETTLEMENT_AFTER = re.compile(r"\s+(?:township|district|village|town)\b")
# "<G> said in a statement that they had fired the drone at ...": a claim of the report's weapon
_CLAIM_SAID = re.compile(r"\s+(?:said|says|claimed)\b[^.;]{0,50}?\b(?:that\s+)?(?:they|it)\s+"
                         r"(?:had\s+)?(?:fired|launched|sent|flew)\s+(?:the|this|that)\s+"
                         r"(?P<w>missile|drone|rocket)s?\b")
_SUBJECT_START = re.compile(r"\W*(?:The\s+)?")
# "Myanmar air strike hits ...": a headline's state as the author of an air strike
_AIR_STRIKE_AFTER = re.compile(r"\s+(?:air\s*strikes?|airstrikes?|air\s+raids?)\s+(?:hits?|kills?)\b")
_BARE_MILITARY = re.compile(r"(?:^|\s-\s)(?:Military|Government|Army|Air\s+force)\s+(?:aircraft|jets|"
                            r"warplanes|planes|helicopters)\s+(?:bombed|struck|hit)\b")
# "The drones, which the Rapid Support Forces said it had sent"
_WHICH_SENT = re.compile(r"\bwhich\s+(?P<who>(?:the\s+)?[A-Z][^,]{1,60}?)\s+(?:said|says|claimed)"
                         r"\s+(?:it|they)\s+(?:had\s+)?(?:sent|launched|fired|flew)\b")
# "The missile was launched from Russia's Kursk region"
_LAUNCHED_FROM = re.compile(r"\b(?:was|were|had\s+been)\s+(?:launched|fired)\s+from\s+(?:the\s+)?$")
# an explicit time of the event
_LATE_DAY = re.compile(rf"\b(?:late|early)\s+(?:on\s+)?(?P<d>{WEEKDAY_RE})\b|\bbefore\s+"
                       rf"(?:midnight|dawn)\s+on\s+(?P<d2>{WEEKDAY_RE})\b")
# "The attack took place on Tuesday afternoon": the day the report's attack is told on
_TOLD_DAY = re.compile(rf"^\W*The\s+(?:[\w-]+\s+)?(?:strike|attack|raid|bombing|shelling)\s+"
                       rf"(?:came|happened|took\s+place|occurred)\s+(?:late\s+|early\s+)?on\s+"
                       rf"(?P<d>{WEEKDAY_RE})\b(?P<d2>)")
_PREVIOUS_EVENING = re.compile(r"\bthe\s+previous\s+(?:evening|night)\b")
# "bombed a village ... on Thursday, opposition groups said": the lead's own day
# (in the attack verb's clause: not "..., officials said, after the writer died of her wounds on
# Saturday")
_ON_DAY = re.compile(rf"\b(?:hit|struck|bombed|shelled|pounded|attacked|targeted|fired|launched|"
                     rf"killed|slammed\s+into)\b(?P<span>[^.;]{{0,100}}?)\bon\s+(?P<d>{WEEKDAY_RE})\b")
_OTHER_CLAUSE = re.compile(r"\b(?:said|says|reported|after|died|when|while|before|adding)\b")
_SAID_ON = re.compile(rf"\b(?:said|says|reported|announced)\s+on\s+(?P<d>{WEEKDAY_RE})\b")


def drop_area_tolls(raw: list[Strike], texts: list[str]) -> None:
    """An area's running toll ("Across X, N have died ...", "... were killed in attacks last
    week") is no attack of its own (a day's toll across an area, "on Wednesday", may be)."""
    for s in [s for s in raw if s["type"] == "Strike"]:
        text = texts[s["_sent"]]
        if _AREA_TOLL.search(text) and _RUNNING.search(text):
            raw.remove(s)


def _weekday_date(name: str, published: date) -> date:
    return resolve_weekday(WEEKDAYS[name.lower()], published)


def event_day(texts: list[str], published: date | None) -> str | None:
    """The day of the event told by the report's sentences, first cue first."""
    if published is None:
        return None
    for t in texts:
        m = _LATE_DAY.search(t) or _TOLD_DAY.search(t)
        if m:
            return _weekday_date(m.group("d") or m.group("d2"), published).isoformat()
        said = _SAID_ON.search(t)
        if _PREVIOUS_EVENING.search(t) and said:
            day = _weekday_date(said.group("d"), published) - timedelta(days=1)
            return day.isoformat()
    return None


def _lead_index(views: list[Any], raw: list[Strike]) -> int | None:
    """The first body sentence whose subject is an attack told for the first time, or that the
    strike rules read an attack in."""
    told = {i for s in raw if s["type"] == "Strike" for i in strike_sents(s)}
    for v in views[1:4]:
        body = v.text[DATELINE_RE.match(v.text).end():] if DATELINE_RE.match(v.text) else v.text
        if _LEAD_SUBJECT.search(body) or v.index in told:
            return v.index
    return None


def strike_sents(s: Strike) -> list[int]:
    return s.get("_sents") or [s["_sent"]]


def _report_strike(raw: list[Strike], lead: int, members: list[int]) -> list[Strike]:
    """The strikes read in the lead sentence; failing those, the one strike read in the
    headline or a member sentence ("The strike was carried out by Israeli jets")."""
    strikes = [s for s in raw if s["type"] == "Strike"]
    own = [s for s in strikes if lead in strike_sents(s)]
    if own:
        return own
    told = [s for s in strikes if set(strike_sents(s)) & {0, *members}]
    return told if len(told) == 1 else []


def _members(lead: int, views: list[Any], para: list[int], raw: list[Strike]) -> list[int]:
    """The sentences after the lead that retell its attack: up to three, in the lead's paragraph
    or the next two, until one tells another attack."""
    lead_countries = {s["target_country"] for s in raw
                      if s["type"] == "Strike" and s["_sent"] in (0, lead)}
    placed = {s["_sent"] for s in raw if s["type"] == "Strike" and s["target_place"]
              and lead not in strike_sents(s)  # (not the lead's own strike, read in the next sentence)
              and not (s["target_country"] in lead_countries and _DEFINITE.search(
                  views[s["_sent"]].text))}
    out = []
    for v in views[lead + 1:lead + 4]:
        if v.index >= len(para) or para[v.index] - para[lead] > 2:
            break
        if ANOTHER_ATTACK.search(v.text) or (v.index in placed and strike_rules.TRIGGER_RE.search(v.text)
                                       and not _RETOLD.match(v.text)):
            break
        out.append(v.index)
    return out


def _casualty_place(v: Any) -> tuple[str, str] | None:
    """"In Kryvyi Rih, seven people were killed", "In Depayin township, 17 were killed": the
    place the casualty sentence opens with (key, text); a name no gazetteer knows counts when a
    settlement noun follows it."""
    if not any(n is not None for n in strike_rules.casualties(v.text)):
        return None
    for m in v.mentions:
        if _TOLL_IN.search(v.text[:m.start]) and m.place() and not m.state():
            return m.place(), m.text
        if not _IN_PLACE.match(v.text[:m.start]):
            continue
        if m.place() and not m.state():
            return m.place(), m.text
        if m.is_unknown and _SETTLEMENT_AFTER.match(v.text[m.end:]):
            return "place/" + slugify(m.text), m.text
    return None


def _named_attacker(v: Any, target: str | None) -> str | None:
    """The report's agent: "which <group> said it had sent", "was launched from <state>"."""
    w = _WHICH_SENT.search(v.text)
    for m in v.mentions:
        if w and w.start("who") <= m.start < w.end("who") and m.actor() and m.actor() != target:
            return m.actor()
        if _LAUNCHED_FROM.search(v.text[:m.start]) and m.state() and m.state() != target:
            return m.state()
    return None


def _claimant(v: Any, target: str | None, weapon: str | None = None) -> str | None:
    """"The Houthis said in a statement that they had fired the missile": the subject of a
    claim of the report's own weapon (the claim beats a state the rules guessed). With the
    strike's ``weapon`` text, a claim of another weapon is another attack's ("Israeli
    warplanes struck Khiam ... a day after rockets were fired at Israel. Hezbollah said it had
    fired the rockets": not Khiam's attacker; round 42)."""
    for m in v.mentions:
        if _SUBJECT_START.fullmatch(v.text[:m.start]) and m.actor() and m.actor() != target:
            said = _CLAIM_SAID.match(v.text[m.end:])
            if said and (not weapon or said.group("w") in weapon.lower()):
                return m.actor()
    return None


def _elsewhere(v: Any, place: str | None, inside: Callable[[str, str], bool]) -> bool:
    """Whether a sentence names a place other than the strike's or one inside it (its toll is
    that place's: "... were wounded in the Kherson region" after a strike on Odesa)."""
    return any(m.place() and not m.state() and m.place() != place
               and not (place and inside(m.place(), place)) for m in v.mentions)


def _own_air_force(headline: Any, lead: Any, state: str) -> bool:
    """"Myanmar air strike hits village school" over "Military aircraft bombed a village in
    Myanmar's Sagaing region": a state's own air force striking inside it."""
    first = headline.mentions[0] if headline.mentions else None
    return bool(first is not None and first.state() == state and first.start == 0
                and _AIR_STRIKE_AFTER.match(headline.text[first.end:])
                and _BARE_MILITARY.search(lead.text))


def _new_strike(lead: int, country: str | None) -> Strike:
    return {"type": "Strike", "attacker": None, "target_place": None, "target_country": country,
            "weapon": None, "weapon_text": None, "weapon_category": None, "killed": None,
            "injured": None, "date": None, "strike_kind": None, "assertion": "reported",
            "_sent": lead, "_again": False, "_summary": False, "_locators": [],
            "_backref": False, "_pending": False, "_placeless": False, "confidence": 0.6}


def _fits_place(s: Strike, place: str, state_of: Callable[[str], str | None],
                wide: Callable[[str | None], bool], dateline: set[str | None]) -> bool:
    """Whether the casualty sentence's place may be the strike's: the strike has none, only the
    dateline's, or a wide one of the same country."""
    country = state_of(place)
    if s["target_country"] and country and country != s["target_country"]:
        return False
    have = s["target_place"]
    return have is None or have in dateline or (wide(have) and have != place)


def dateline_places(v: Any) -> set[str | None]:
    """The places of a sentence's dateline ("MOGADISHU, March 19 (Staff) -")."""
    m = DATELINE_RE.match(v.text)
    # (a capital read as its state, "MOGADISHU", is still the dateline's city)
    return {c.key for p in v.mentions if m and p.end <= m.end()
            for c in [p.of_type("Place")] if c is not None}


def fill_lead_report(raw: list[Strike], views: list[Any], para: list[int],
                     published: date | None, state_of: Callable[[str], str | None],
                     wide: Callable[[str | None], bool], inside: Callable[[str, str], bool],
                     dateline_place: str | None) -> Strike | None:
    """Fill the lead attack's strike from the sentences of its report (see the module's doc);
    the strike filled, if any."""
    lead = _lead_index(views, raw)
    if lead is None:
        return _claimed(raw, views, para, published, state_of, dateline_place, inside)
    members = _members(lead, views, para, raw)
    own = _report_strike(raw, lead, members)
    if len(own) > 1:
        return None
    placed_at = next(((i, m) for i, m in ((i, _casualty_place(views[i])) for i in members) if m),
                     (None, None))
    claimed = any(o["type"] == "Strike" and o["attacker"] and set(strike_sents(o)) & set(members)
                  for o in raw)
    target = _country(own[0], state_of) if own else None
    who = None if claimed else next((a for a in (_named_attacker(views[i], target)
                                                 for i in members) if a), None)
    if own:
        s = own[0]
    elif placed_at[1] is not None and who is not None:
        # no rule read the lead: a strike only when its report names a place and an agent
        s = _new_strike(lead, state_of(placed_at[1][0]))
        raw.insert(next((k for k, o in enumerate(raw) if o["_sent"] > lead), len(raw)), s)
        s["_para"] = para[lead] if lead < len(para) else 0
    else:
        return _claimed(raw, views, para, published, state_of, dateline_place, inside)
    used = [lead]
    dateline = dateline_places(views[lead]) | {dateline_place}
    if placed_at[1] is not None and _fits_place(s, placed_at[1][0], state_of, wide, dateline):
        s["target_place"], s["_place_text"] = placed_at[1]
        s["target_country"] = s["target_country"] or state_of(placed_at[1][0])
        used.append(placed_at[0])
    _fill_attacker(s, who, views, lead, members, state_of)
    used += _fill_tolls(s, [views[i] for i in members], inside)
    _fill_day(s, views, lead, members, published)
    _fill_weapon(s, views[lead])
    s["_sents"] = sorted(set([*strike_sents(s), *used]))
    return s


def _claimed(raw: list[Strike], views: list[Any], para: list[int], published: date | None,
             state_of: Callable[[str], str | None], dateline_place: str | None,
             inside: Callable[[str, str], bool]) -> Strike | None:
    """No lead read: an unread lead a later claim or blame names the author of
    (kg.extract.claimed_leads); its empty tolls from its report's casualty sentences."""
    s = claimed_lead(raw, views, published, state_of,
                     state_of(dateline_place) if dateline_place else None, _new_strike)
    if s is not None:
        s["_para"] = para[s["_sent"]] if s["_sent"] < len(para) else 0
        members = _members(s["_sent"], views, para, raw)
        s["_sents"] = sorted({*s["_sents"], *_fill_tolls(s, [views[i] for i in members], inside)})
    return s


def _country(s: Strike, state_of: Callable[[str], str | None]) -> str | None:
    """The strike's target country, or its place's state when the rules left it empty."""
    return s["target_country"] or (state_of(s["target_place"]) if s["target_place"] else None)


def _fill_attacker(s: Strike, who: str | None, views: list[Any], lead: int, members: list[int],
                   state_of: Callable[[str], str | None]) -> None:
    """The report's agent fills an empty attacker; a claim of the report's weapon beats any;
    a headline's own air strike names its state."""
    if who is not None and who != _country(s, state_of) and s["attacker"] is None:
        s["attacker"] = who
    claim = next((c for c in (_claimant(views[i], s["target_country"], s.get("weapon_text"))
                              for i in members) if c),
                 None)
    if claim is not None:
        s["attacker"] = claim
    if s["attacker"] is None and s["target_country"] \
            and _own_air_force(views[0], views[lead], s["target_country"]):
        s["attacker"] = s["target_country"]


def _fill_tolls(s: Strike, members: list[Any], inside: Callable[[str, str], bool]) -> list[int]:
    """Empty tolls from the report's casualty sentences (not one naming another place); the
    sentences used."""
    used = []
    for v in members:
        if _elsewhere(v, s["target_place"], inside):
            continue  # "... were wounded in the Kherson region": another place's toll
        killed, injured = strike_rules.casualties(v.text)
        for k, n in (("killed", killed), ("injured", injured)):
            if n is not None and s[k] is None:
                s[k] = n
                used.append(v.index)
    return used


def _fill_day(s: Strike, views: list[Any], lead: int, members: list[int],
              published: date | None) -> None:
    """An explicit time of the event beats the report's day; the lead's own weekday fills a
    day the rules left empty or at the publication date."""
    day = event_day([views[i].text for i in [lead, *members]], published)
    if day is not None:
        s["date"] = day
    elif published is not None and s["date"] in (None, published.isoformat()):
        on = _ON_DAY.search(views[lead].text)
        if on and not _OTHER_CLAUSE.search(on.group("span")):
            s["date"] = _weekday_date(on.group("d"), published).isoformat()


def _fill_weapon(s: Strike, lead: Any) -> None:
    """The lead's subject is the weapon ("A ballistic missile slammed into ...")."""
    if s["weapon_text"] is not None or not _LEAD_SUBJECT.search(lead.text):
        return
    weapon = next((m for m in lead.mentions if m.category), None)
    set_weapon(s, weapon)


# "Again on Friday, jets struck a monastery in Mandalay": the same side, another attack
_AGAIN_START = re.compile(r"^\W*Again\b")


def again_by_lead_side(raw: list[Strike], lead: Strike | None, texts: list[str]) -> None:
    """A later attack told as "Again ..." with no attacker of its own is by the lead attack's
    attacker, in the same country (the word says the side repeats itself)."""
    if lead is None or not lead["attacker"]:
        return
    for s in raw:
        if s["type"] == "Strike" and s is not lead and s["_sent"] > lead["_sent"] \
                and s["attacker"] is None and s["target_country"] == lead["target_country"] \
                and _AGAIN_START.match(texts[s["_sent"]]):
            s["attacker"] = lead["attacker"]


def fill_later_reports(raw: list[Strike], views: list[Any], para: list[int],
                       lead: Strike | None, state_of: Callable[[str], str | None],
                       inside: Callable[[str, str], bool]) -> None:
    """A later attack takes from its own report (the sentences after it, until one tells
    another attack) what it lacks: the attacker the report names ("A drone struck a depot in
    Bryansk. The drone was launched from Ukraine"), and the toll of the casualty sentence right
    after it ("Later, a missile struck Kharkiv. Two people were killed there"); empty slots
    only."""
    strikes = [o for o in raw if o["type"] == "Strike"]  # (the other facts play no part here)
    for s in [s for s in strikes if s is not lead and s["target_place"]
              and (lead is None or s["_sent"] > lead["_sent"])]:
        members = [i for i in _members(s["_sent"], views, para, strikes)
                   if not any(o is not s and i in strike_sents(o) for o in strikes)]
        if not members:
            continue
        country = _country(s, state_of)
        who = next((a for a in (_claimant(views[i], country) or _named_attacker(views[i], country)
                                for i in members) if a), None)
        if s["attacker"] is None and who is not None and who != country:
            s["attacker"] = who
            s["_sents"] = sorted(set([*strike_sents(s), *members]))
        nxt = views[members[0]]
        if members[0] == s["_sent"] + 1 and not strike_rules.TRIGGER_RE.search(nxt.text) \
                and not _elsewhere(nxt, s["target_place"], inside):
            killed, injured = strike_rules.casualties(nxt.text)
            for k, n in (("killed", killed), ("injured", injured)):
                if n and s[k] is None:  # (not "No casualties were reported there")
                    s[k] = n
                    s["_sents"] = sorted(set([*strike_sents(s), members[0]]))


# "Four people were wounded in the bombing in the Marjayoun district": the attack just told
_HURT_IN_THE = re.compile(r"\b(?:were|was)\s+(?:killed|wounded|injured|hurt)\s+in\s+the\s+"
                          r"(?:strike|attack|raid|bombing|shelling|bombardment|air\s*strike)\b")


def absorb_retold_tolls(raw: list[Strike], lead: Strike | None, views: list[Any],
                        dateline_place: str | None) -> None:
    """A casualty sentence of the lead's report that refers back to "the bombing" and names no
    place of its own but the dateline's (a district the gazetteer does not know) is the lead's
    toll, not a second attack at the dateline city."""
    if lead is None:
        return
    last = max(strike_sents(lead))
    for s in [s for s in raw if s["type"] == "Strike" and s is not lead
              and 0 < s["_sent"] - last <= 2 and s["attacker"] in (None, lead["attacker"])]:
        v = views[s["_sent"]]
        dateline = dateline_places(views[lead["_sent"]]) | {dateline_place}
        if s["target_place"] not in dateline or not _HURT_IN_THE.search(v.text) \
                or ANOTHER_ATTACK.search(v.text):
            continue
        absorb_report(raw, lead, s)


def absorb_report(raw: list[Strike], lead: Strike, s: Strike) -> None:
    """`s` tells the lead's attack again: its tolls fill the lead's empty ones, its sentence
    joins the lead's report, and it is no strike of its own."""
    for k in ("killed", "injured"):
        if s[k] is not None and lead[k] is None:
            lead[k] = s[k]
    lead["_sents"] = sorted(set([*strike_sents(lead), s["_sent"]]))
    raw.remove(s)


# "In the village of Lyptsi, a drone hit a house": the settlement where the lead's attack fell
_IN_SETTLEMENT = re.compile(r"^\W*In\s+the\s+(?:village|town|settlement|hamlet)\s+of\s+[A-Z]")


def settlement_retellings(raw: list[Strike], lead: Strike | None, views: list[Any],
                          para: list[int]) -> None:
    """The sentence right after the lead that opens "In the village of X, ..." (no "also",
    "again", "another") tells where the lead's attack fell, not a second attack: its strike is
    marked as told back, so the nested-place join (kg.extract.records) makes the two one
    strike at the settlement when the lead's place is a region that holds it."""
    if lead is None:
        return
    nxt = lead["_sent"] + 1
    if nxt >= len(views) or nxt >= len(para) or lead["_sent"] >= len(para) \
            or para[nxt] - para[lead["_sent"]] > 1:
        return
    text = views[nxt].text
    if not _IN_SETTLEMENT.match(text) or ANOTHER_ATTACK.search(text):
        return
    for o in raw:
        if o["type"] == "Strike" and o is not lead and o["_sent"] == nxt \
                and o["attacker"] in (None, lead["attacker"]) \
                and o["date"] in (None, lead["date"]) \
                and o["target_country"] in (None, lead["target_country"]):
            o["_backref"] = True


# "Missiles hit a port terminal, a grain silo and ...": the lead's weapons told again, by
# what they hit
_WEAPONS_RETOLD = re.compile(r"^\W*(?:The\s+|These\s+)?(?:[\w-]+\s+)?(?:missiles|drones|rockets|"
                             r"jets|warplanes|shells|bombs|strikes|airstrikes)\s+(?:hit|struck|"
                             r"destroyed|damaged)\s+(?:an?|the|two|three|several)\b", re.I)


def absorb_retold_targets(raw: list[Strike], lead: Strike | None, views: list[Any],
                          dateline_place: str | None) -> None:
    """The sentence right after the lead that lists what the lead's weapons hit ("Missiles hit a
    port terminal, a grain silo and an apartment block"), with no place of its own but the
    dateline's, no other day and no "also", "again", "another", is the lead's attack told by
    its targets: no second strike at the dateline city (its tolls fill the lead's empty ones)."""
    if lead is None or not lead["target_place"]:
        return
    dateline = dateline_places(views[lead["_sent"]]) | {dateline_place}
    if lead["target_place"] in dateline:
        return  # (the lead itself placed only by the dateline: the older joins decide)
    nxt = {lead["_sent"] + 1, max(strike_sents(lead)) + 1}
    for s in [s for s in raw if s["type"] == "Strike" and s is not lead and s["_sent"] in nxt
              and s["attacker"] in (None, lead["attacker"])
              and s["target_place"] in dateline and s["date"] in (None, lead["date"])]:
        text = views[s["_sent"]].text
        if not _WEAPONS_RETOLD.match(text) or ANOTHER_ATTACK.search(text):
            continue
        if s.get("weapon_text") and lead.get("weapon_text") and strike_rules.weapon_family(
                s["weapon_text"]) != strike_rules.weapon_family(lead["weapon_text"]):
            continue
        absorb_report(raw, lead, s)
