"""Geography for the fact rules: which capitalised names are places, and which state names are
formal or descriptive ("the Russian Federation", "the kingdom").

Runs once per article after the gazetteer matching (``kg.extract.entities``), because the
answer depends on the article: a small town counts as a place only in a state the article names
(kg.link.places), and "the kingdom" is the article's kingdom.

* ``X region / oblast / province / governorate / state`` after a place is the administrative
  unit (one mention, "Kherson oblast"), not the city;
* an unknown capitalised name GeoNames knows is a place (with its state and coordinates);
* "the kingdom", "the island", "the Islamic Republic", "the Jewish state" stand for the
  article's state of that description;
* an adjective two states share ("Congolese") reads as the one the article names.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from typing import Any

from kg.extract.entities import Cand, Mention, SentView
from kg.extract.named_beaches import BEACH_END
from kg.link.places import Places, km  # (km: re-exported for enclosing and records)

_ADMIN_AFTER = re.compile(r"^\s+(?P<w>[Rr]egions?|[Oo]blasts?|[Pp]rovinces?|[Gg]overnorates?|"
                          r"[Ss]tate|[Pp]refecture)\b(?!\s+(?:media|television|tv|news|agency|"
                          r"department|secretary|of\s+emergency|broadcaster|radio|run))")
_PART_OF_BEFORE = re.compile(r"\b(?:district|suburb|neighbou?rhood|quarter|camp|village|town|"
                             r"area)\s+of\s+(?:the\s+)?$", re.I)
_PLACE_PREP = re.compile(r"\b(?:in|near|outside|at|of|into|on)\s+(?:the\s+)?$")
# descriptive names of states: (pattern, a word every match holds (a sentence without it is not
# scanned), candidate state keys; the article picks one)
_DESCRIPTIVE = [
    (re.compile(r"\b[Tt]he\s+(?P<n>[Kk]ingdom)\b(?!\s+of\b)"), "ingdom",
     ("state/saudi-arabia", "state/jordan", "state/bahrain", "state/morocco",
      "state/united-kingdom", "state/netherlands", "state/belgium", "state/spain",
      "state/denmark", "state/norway", "state/sweden", "state/thailand", "state/cambodia")),
    # "the self-ruled island's defence minister", "The island nation's president": the
    # article's island state; "the island nation of the Maldives" names its own state
    (re.compile(r"\b[Tt]he\s+(?:self-ruled\s+|self-govern(?:ing|ed)\s+|democratic\s+)?"
                r"(?P<n>[Ii]sland)(?:\s+nation)?\b"
                r"(?!\s+(?:nation\s+)?of\b)(?!['’]s\s+(?:north|south|east|west))"), "sland",
     ("state/taiwan", "state/cyprus", "state/sri-lanka", "state/cuba", "state/japan")),
    (re.compile(r"\b[Tt]he\s+(?P<n>[Ii]slamic\s+[Rr]epublic)\b(?!\s+of\b)"), "slamic",
     ("state/iran", "state/pakistan", "state/afghanistan")),
    (re.compile(r"\b[Tt]he\s+(?P<n>[Jj]ewish\s+state)\b"), "ewish", ("state/israel",)),
    (re.compile(r"\b[Tt]he\s+(?P<n>[Ee]mirates)\b"), "mirates",
     ("state/united-arab-emirates",)),
    # "The Baltic state, which borders Russia, has also bought ...": the article's Baltic state
    (re.compile(r"\b[Tt]he\s+(?P<n>Baltic\s+(?:state|nation|country|republic))\b"), "Baltic",
     ("state/estonia", "state/latvia", "state/lithuania")),
    (re.compile(r"\b[Tt]he\s+(?P<n>[Rr]epublic)\b(?!\s+of\b)"), "epublic", ()),  # too vague
]


def article_states(views: list[SentView], places: Places) -> set[str]:
    """States the article names, directly or through a place it names."""
    out: set[str] = set()
    for v in views:
        for m in v.mentions:
            s = m.state()
            if s:
                out.add(s)
            p = m.place()
            if p:
                st = places.state_of(p)
                if st:
                    out.add(st)
    return out


# "North " right before a name: "North Darfur", "South Kordofan", "West Darfur"
_COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Central)\s$")


def locate(views: list[SentView], places: Places, states: set[str]) -> None:
    """Rewrite the mentions of every sentence in place (see the module docs)."""
    for v in views:
        text = v.text
        out: list[Mention] = []
        skip_until = -1
        for m in v.mentions:
            if m.start < skip_until:
                continue
            if m.category:
                out.append(m)
                continue
            if not m.place() and m.cands and all(c.kind == "metonym" for c in m.cands):
                # "a base in Mogadishu": a capital the gazetteer knows only as its state's
                # metonym is also the city (as "Kyiv" is)
                state = m.cands[0].key
                city = next((g for g in places.geo.cities(m.text) if g.state == state), None)
                if city is not None:
                    m = Mention(m.start, m.end, m.text, (*m.cands, Cand(city.key, "Place", "geo")),
                                possessive=m.possessive, affiliated=m.affiliated)
            admin = _ADMIN_AFTER.match(text[m.end:]) if (m.place() or m.is_unknown) else None
            if admin and not re.search(r"(?i)\b(?:region|oblast|province|governorate)$", m.text):
                near = places.state_of(m.place()) if m.place() else None
                start, ref = _joined_unit(text, m, out, places, states)
                if ref is None:
                    ref = places.admin_unit(_name_of(m), states, near=near)
                if ref is not None:
                    end = m.end + admin.end()
                    if start < m.start:
                        out.pop()  # ("Sistan" of "Sistan and Baluchestan province")
                    out.append(Mention(start, end, text[start:end],
                                       (Cand(ref.key, "Place", "geo"),),
                                       possessive=text[end:end + 2] in ("'s", "’s")))
                    skip_until = end
                    continue
            compass = _COMPASS_BEFORE.search(text, 0, m.start) if m.is_unknown else None
            if compass is not None:
                # "North Darfur", "South Waziristan": the name finder leaves the compass word
                # out; the whole name is the region's when the tables know it
                whole = text[compass.start():m.end]
                ref = places.resolve(whole, states)
                if ref is not None:
                    out.append(Mention(compass.start(), m.end, whole,
                                       (Cand(ref.key, "Place", "geo"),), possessive=m.possessive))
                    continue
            if m.is_unknown and BEACH_END.search(m.text):
                # "Jableh beach" of a town the article's states hold: the town, as gold names
                # it; else the beach itself ("Lido beach", not an Italian Lido)
                name = BEACH_END.sub("", m.text)
                ref = places.resolve(name, states)
                if ref is not None and (ref.known or ref.state in states):
                    out.append(Mention(m.start, m.start + len(name), name,
                                       (Cand(ref.key, "Place", "geo"),)))
                else:
                    out.append(m)
                continue
            if m.is_unknown:
                # after "in", "near", "the town of" a smaller place counts outside the states
                # the article names too
                loose = bool(_PLACE_PREP.search(text[max(0, m.start - 30):m.start]))
                ref = places.resolve(_name_of(m), states, loose=loose)
                if ref is not None and not ref.known and ref.state not in states and states \
                        and _PART_OF_BEFORE.search(text[max(0, m.start - 60):m.start]):
                    # "the Omdurman district of Karari": a part of a place the article names,
                    # not a namesake town in a state it never mentions
                    ref = None
                if ref is not None:
                    out.append(Mention(m.start, m.end, m.text, (Cand(ref.key, "Place", "geo"),),
                                       possessive=m.possessive))
                    continue
            out.append(m)
        v.mentions = out


_AND_BEFORE = re.compile(r"(?P<w>[A-Z][\w'’-]+)\s+and\s+$")


def _joined_unit(text: str, m: Mention, out: list[Mention], places: Places,
                 states: set[str]) -> tuple[int, Any]:
    """(start, unit) of a unit whose name joins two names ("Sistan and Baluchestan province",
    "Sistan-Baluchestan province"; round 72: the second name alone is Pakistan's Balochistan);
    else (m.start, None)."""
    name = _name_of(m)
    if "-" in name:
        ref = places.admin_unit(name.replace("-", " and "), states)
        if ref is not None:
            return m.start, ref
    a = _AND_BEFORE.search(text, max(0, m.start - 40), m.start)
    if a is None or not out or out[-1].start != a.start():
        return m.start, None  # (the first name must be the mention right before "and")
    ref = places.admin_unit(f"{a.group('w')} and {name}", states)
    return (a.start(), ref) if ref is not None else (m.start, None)


def _name_of(m: Mention) -> str:
    return re.sub(r"^[Tt]he\s+", "", m.text)


def descriptive_states(views: list[SentView], states: Any) -> None:
    """Add "the kingdom" / "the island" mentions standing for the article's state of that kind
    (the most named one among the candidates)."""
    scanned = False  # the mentions are put in order once at the end, not after every pattern
    for pattern, word, cands in _DESCRIPTIVE:
        if not cands:
            continue
        named = [c for c in cands if c in states]
        if len(named) != 1 and not (len(cands) == 1):
            if not named:
                continue
            named = sorted(named, key=lambda c: -states[c])[:1]
        key = named[0] if named else cands[0]
        scanned = True
        for v in views:
            if word not in v.text:
                continue
            for mm in pattern.finditer(v.text):
                a, b = mm.start(), mm.end()
                over = [m for m in v.mentions if not (b <= m.start or a >= m.end)]
                if any(m.state() or m.start < a or m.end > b for m in over):
                    continue
                for m in over:  # ("The Baltic state": the sea's "Baltic" inside the name)
                    v.mentions.remove(m)
                poss = v.text[b:b + 2] in ("'s", "’s")
                v.mentions.append(Mention(a, b, v.text[a:b], (Cand(key, "State", "alias"),),
                                          possessive=poss))
    if scanned:
        # (one stable sort of all that was added equals a sort after each pattern's additions)
        for v in views:
            v.mentions.sort(key=lambda m: (m.start, -m.end))


def shared_demonyms(views: list[SentView], named: Counter) -> None:
    """"Congolese President Tshisekedi" in an article about the Democratic Republic of the
    Congo: an adjective of two states reads as the one the article names by name (the most
    named), not the gazetteer's first; with neither named, the gazetteer's order stands."""
    for v in views:
        for i, m in enumerate(v.mentions):
            if not m.is_demonym or len(m.cands) < 2:
                continue
            states = [c for c in m.cands if c.type == "State"]
            if len(states) < 2:
                continue
            best = max(states, key=lambda c: named.get(c.key, 0))
            if named.get(best.key, 0) and best is not states[0]:
                v.mentions[i] = replace(m, cands=(best, *[c for c in m.cands if c is not best]))


# --------------------------------------------------------------------------- containment

_WATER_LABEL = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Straits|Bay|Channel)\b|^Bab\b")


def part_of_chain(gaz: Any, key: str | None) -> list[str]:
    """The gazetteer's part-of chain of an entry, nearest first (a facility, its city, its
    region, its state; safe against a cycle)."""
    out: list[str] = []
    e = gaz.get(key) if key else None
    while e is not None and e.part_of and e.part_of not in out:
        out.append(e.part_of)
        e = gaz.get(e.part_of)
    return out


def _row(places: Places, key: str):
    """A place's GeoNames row, whichever table names it."""
    return places.geo_of(key) if places.gaz.get(key) is not None else places.geo.get(key)


def _ids(places: Places, key: str) -> set[str]:
    """A place's keys: its own and its GeoNames row's."""
    row = _row(places, key)
    return {key} if row is None else {key, row.key}


def containers(places: Places, key: str | None) -> set[str]:
    """Keys of the places a place lies in: the gazetteer's part-of chain of places and the
    GeoNames first-level unit ("Chuhuiv" lies in the Kharkiv region whichever table names it)."""
    out: set[str] = set()
    if not key:
        return out
    for k in part_of_chain(places.gaz, key):
        if not k.startswith("place/"):
            break
        out |= _ids(places, k)
    for k2 in [key, *list(out)]:
        row = _row(places, k2)
        if row is not None and row.kind == "city":
            unit = places.geo.unit_of(row)
            if unit is not None:
                out.add(unit.key)
    return out - _ids(places, key)


def broader(places: Places, outer: str | None, inner: str | None) -> bool:
    """Whether ``outer`` is a region or sea a lead names before the exact place ``inner``: the
    region ``inner`` lies in, or a sea (whose coast no table draws)."""
    if not outer or not inner or outer == inner:
        return False
    ref = places.ref(outer)
    if _WATER_LABEL.search(ref.label):
        return not _WATER_LABEL.search(places.ref(inner).label)
    if not (ref.admin or any(places.geo.get(k) is not None and places.geo.get(k).kind == "admin1"
                             for k in _ids(places, outer))):
        return False  # a city before its district ("Beirut", "Dahieh") is the place kept
    return bool(_ids(places, outer) & containers(places, inner))
