"""The index that finds a report's candidate events without scanning the store: block keys.

Every report is stored under a few *index keys* (`index_keys`) and looks for others with its
*lookup keys* (`lookup_keys`); two reports are candidates when one's lookup keys meet the
other's index keys. A key joins the kind, a place or participant part and a date bucket:

* Strike: the place and each place it lies in (a district finds its city, a city its region)
  x the day, its neighbours and its month (a report dated "May 2024" finds the days of May),
  and, for undated reports, the days before publication they may refer to. A strike with
  neither place nor country, or dated by year only, says too little to be found.
* ArmsTransfer: recipient and supplier x the weapon (its Wikidata item, model designations,
  head noun) x the year and the three years around it.
* Treaty: the set of parties x the year and the two years around it.

The keys are built so that "a finds b" holds exactly when "b finds a" (each part pairs a
`u:`/`a:` or `d:`/`up:` index form with its lookup form), so the same candidates come out
whether reports arrive one by one or all at once (`kg events rebuild`). The rules decide; the
keys only make sure that every pair the rules could link is looked at, with the number of
look-ups per report independent of the size of the store.
"""

from __future__ import annotations

from datetime import date, timedelta

from kg.events import cues, rules
from kg.events.reports import EntityInfo, Report

ANY = "*"  # a transfer whose supplier is not given


def _place_parts(report: Report, entities: dict[str, EntityInfo]) -> tuple[str, list[str]]:
    """The report's place node (its place, else its country, else ANY) and the nodes above it."""
    place, country = report.one("targetPlace"), report.one("targetCountry")
    info = entities.get(place) if place else None
    country_id = (entities[country].identity if country in entities else country) if country \
        else None
    if place:
        node = info.identity if info else place
        above = list(info.within) if info else []
        if country_id and country_id not in above and country_id != node:
            above.append(country_id)
        return node, above
    if country_id:
        return country_id, []
    return None, []  # neither place nor country: nothing to compare it with


def _days(start: date, count: int) -> list[str]:
    return [(start + timedelta(days=i)).isoformat() for i in range(count)]


def _strike_dates(report: Report) -> tuple[list[str], list[str]]:
    """(index, lookup) date parts of a strike report."""
    text = report.one("date")
    when = rules.day(text)
    if when:
        month = text[:7]
        index = [f"d:{text[:10]}", f"im:{month}"]
        lookup = [f"d:{d}" for d in _days(when - timedelta(days=rules.STRIKE_SAME_DAY_WINDOW),
                                          2 * rules.STRIKE_SAME_DAY_WINDOW + 1)]
        lookup += [f"m:{month}"]
        lookup += [f"up:{d}" for d in _days(when, rules.STRIKE_UNDATED_WINDOW + 1)]
        return index, lookup
    if text and len(text) == 7:
        return [f"m:{text}"], [f"im:{text}", f"m:{text}"]
    if text:  # a year says too little to find the strike it means
        return [], []
    published = rules.day(report.published)
    if published is None:
        return [], []
    index = [f"up:{published.isoformat()}"]
    lookup = [f"d:{d}" for d in _days(published - timedelta(days=rules.STRIKE_UNDATED_WINDOW),
                                      rules.STRIKE_UNDATED_WINDOW + 1)]
    lookup += [f"up:{d}" for d in _days(published - timedelta(days=rules.UNDATED_PAIR_WINDOW),
                                        2 * rules.UNDATED_PAIR_WINDOW + 1)]
    return index, lookup


def _years(when: date | None, spread: int) -> tuple[list[str], list[str]]:
    if when is None:
        return [], []
    return [f"y:{when.year}"], [f"y:{when.year + k}" for k in range(-spread, spread + 1)]


def _identity(entities: dict[str, EntityInfo], iri: str | None) -> str | None:
    if iri is None:
        return None
    return entities[iri].identity if iri in entities else iri


def weapon_tokens(report: Report, entities: dict[str, EntityInfo]) -> list[str]:
    """What names a transfer's weapon: its entity, model designations (and the base models they
    are variants of) and head nouns; two reports of one weapon share at least one."""
    out = set()
    weapon = report.one("weapon")
    if weapon:
        out.add("e:" + _identity(entities, weapon))
        label = entities[weapon].label if weapon in entities else None
        if label and cues.head_noun(label):
            out.add("h:" + cues.head_noun(label))
        for token in cues.model_tokens(label):
            out.update("m:" + base for base in _model_bases(token))
    text = report.one("weaponText")
    label = entities[weapon].label if weapon in entities else None
    out.update("n:" + w for w in cues.name_words(text) | cues.name_words(label))
    for token in cues.model_tokens(text):
        out.update("m:" + base for base in _model_bases(token))
    if cues.head_noun(text):
        out.add("h:" + cues.head_noun(text))
    return sorted(out)


def _model_bases(token: str) -> list[str]:
    """A model and the shorter models it is a variant of ("m1a1" -> "m1a1", "m1")."""
    return [token] + [token[:i] for i in range(1, len(token))
                      if token[i].isalpha() and any(c.isdigit() for c in token[:i])]


def keys(report: Report, entities: dict[str, EntityInfo]) -> tuple[list[str], list[str]]:
    """(index keys, lookup keys) of a report; empty for kinds resolved without the index."""
    kind = rules_slug(report)
    if report.kind == "Strike":
        node, above = _place_parts(report, entities)
        if node is None:
            return [], []
        place_index = [f"u:{p}" for p in [node, *above]] + [f"a:{node}"]
        place_lookup = [f"u:{node}"] + [f"a:{p}" for p in above]
        date_index, date_lookup = _strike_dates(report)
        return (_product(kind, place_index, date_index), _product(kind, place_lookup, date_lookup))
    if report.kind == "ArmsTransfer":
        recipient = _identity(entities, report.one("recipient")) or ANY
        supplier = _identity(entities, report.one("supplier"))
        if supplier:
            part_index, part_lookup = [f"{recipient}>{supplier}", f"{recipient}>{ANY}"], \
                [f"{recipient}>{supplier}", f"{recipient}>?"]
        else:
            part_index, part_lookup = [f"{recipient}>?"], [f"{recipient}>{ANY}", f"{recipient}>?"]
        weapons = weapon_tokens(report, entities)
        year_index, year_lookup = _years(rules.day(report.one("date")) or
                                         rules.day(report.published),
                                         rules.TRANSFER_WINDOW // 365)
        return (_product(kind, part_index, weapons, year_index),
                _product(kind, part_lookup, weapons, year_lookup))
    if report.kind == "Treaty":
        parties = "+".join(sorted(_identity(entities, p) for p in report.all("party")))
        when = rules.first_day(report.one("signedOn")) or rules.day(report.published)
        year_index, year_lookup = _years(when, rules.TREATY_LATER_WINDOW // 365)
        return _product(kind, [parties], year_index), _product(kind, [parties], year_lookup)
    return [], []


def rules_slug(report: Report) -> str:
    return {"Strike": "strike", "ArmsTransfer": "transfer", "Treaty": "treaty"}.get(
        report.kind, "role")


def _product(kind: str, *parts: list[str]) -> list[str]:
    out = [kind]
    for part in parts:
        if not part:
            return []
        out = [f"{prefix}|{p}" for prefix in out for p in part]
    return sorted(set(out))
