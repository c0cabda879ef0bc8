"""Overview pages: a map of strikes and their targets, and time lines by attacker or by kind,
both with a date-range filter (`?from=&to=`) and a confidence floor (`?confidence=0.7`, see
kg.web.confidence_floor), drawn on the server as SVG.

    /map             strikes on their target places, sized by the dead, coloured by attacker
    /map/world.svg   the world outline under the markers (kg.web.worldmap; no tile server)
    /timeline        strikes per month by attacker, or facts per month by kind

Places carry coordinates (`schema:geo`) from the gazetteer's GeoNames table; a place a record
described without them is placed by its GeoNames row (same name, same state) and marked as
such, and one GeoNames does not know is listed under the map instead.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from flask import Blueprint, Response, request

from kg import namespaces as ns
from kg.web import worldmap
from kg.web.confidence_floor import CHOICES, ConfidenceFloor, parse_confidence
from kg.web.date_range import DateRange, parse_range
from kg.web.render import html, local_href, short_iri
from kg.web.views import KIND_LABELS, KINDS, axis_periods, select

bp = Blueprint("overview", __name__)

PALETTE = 8  # series colours in kg.css (.series-0 ... .series-7); the rest share "other"


# --- the map ----------------------------------------------------------------------------------

@dataclass
class Target:
    """One target place: its strikes, toll, attackers and where it sits on the map."""

    iri: str
    label: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    approximate: bool = False  # placed by its GeoNames row, not by stored coordinates
    state: str | None = None  # key of the target country, to find the GeoNames row
    strikes: set = field(default_factory=set)
    killed: int = 0
    injured: int = 0
    attackers: Counter = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    x: float = 0.0
    y: float = 0.0
    r: float = 0.0
    series: int = 0

    @property
    def href(self) -> str | None:
        return local_href(self.iri)

    @property
    def title(self) -> str:
        by = ", ".join(a for a, _ in self.attackers.most_common())
        toll = f", {self.killed} killed" if self.killed else ""
        when = f" ({self.first} – {self.last})" if self.first and self.last and \
            self.first != self.last else (f" ({self.first})" if self.first else "")
        return f"{self.label}: {len(self.strikes)} strike(s){toll}{when}; by {by or 'unknown'}"


def strike_rows(span: DateRange, attacker: str | None,
                floor: ConfidenceFloor = ConfidenceFloor()) -> list[dict]:
    """One row per strike and target place, with toll, dates, attacker and coordinates."""
    who = f"VALUES ?attacker {{ <{attacker}> }}" if attacker else ""
    rows = select(f"""SELECT ?s ?place ?placeLabel ?country ?countryLabel ?attacker
                             ?attackerLabel ?killed ?injured ?first ?last ?lat ?lon WHERE {{
        {who}
        ?s a kg:Strike ; kg:targetPlace ?place .
        {span.sparql("?s")}
        {floor.sparql("?s")}
        OPTIONAL {{ ?s kg:attacker ?attacker OPTIONAL {{ ?attacker rdfs:label ?attackerLabel }} }}
        OPTIONAL {{ ?s kg:targetCountry ?country OPTIONAL {{ ?country rdfs:label ?countryLabel }} }}
        OPTIONAL {{ ?place rdfs:label ?placeLabel }}
        OPTIONAL {{ ?s kg:killed ?killed }} OPTIONAL {{ ?s kg:injured ?injured }}
        OPTIONAL {{ ?s kg:dateStart ?first }} OPTIONAL {{ ?s kg:dateEnd ?last }}
        OPTIONAL {{ ?place schema:geo ?geo . ?geo schema:latitude ?lat ; schema:longitude ?lon }}
    }}""")
    return [{k: v.value for k, v in r.items()} for r in rows]


def targets(span: DateRange, attacker: str | None = None,
            floor: ConfidenceFloor = ConfidenceFloor()) -> list[Target]:
    """The target places of the strikes in the range, each with its toll and position."""
    by_place: dict[str, Target] = {}
    for r in strike_rows(span, attacker, floor):
        t = by_place.get(r["place"])
        if t is None:
            t = by_place[r["place"]] = Target(r["place"], r.get("placeLabel")
                                              or short_iri(r["place"]), r.get("countryLabel"))
        if r.get("lat") and t.lat is None:
            t.lat, t.lon = float(r["lat"]), float(r["lon"])
        if r["s"] in t.strikes:
            continue  # another row of the same strike (a second label or country)
        t.strikes.add(r["s"])
        t.killed += int(r.get("killed") or 0)
        t.injured += int(r.get("injured") or 0)
        t.attackers[r.get("attackerLabel") or (short_iri(r["attacker"]) if r.get("attacker")
                                               else "unknown")] += 1
        if r.get("first"):
            t.first = min(filter(None, (t.first, r["first"])))
        if r.get("last"):
            t.last = max(filter(None, (t.last, r["last"])))
        t.country = t.country or r.get("countryLabel")
        t.state = t.state or _state_key(r.get("country"))
    for t in by_place.values():
        if t.lat is None:
            _place_by_geonames(t)
    return sorted(by_place.values(), key=lambda t: (-len(t.strikes), -t.killed, t.label))


def _state_key(iri: str | None) -> str | None:
    prefix = ns.ID + "state/"
    return "state/" + iri[len(prefix):] if iri and iri.startswith(prefix) else None


def _place_by_geonames(t: Target) -> None:
    """Coordinates for a place a record described without them: its GeoNames row."""
    from kg.link.geonames import GeoNames

    row = GeoNames.load().match((t.label,), t.state)
    if row is not None:
        t.lat, t.lon, t.approximate = row.lat, row.lon, True


def layout(found: list[Target], whole_world: bool) -> tuple[list[Target], list[Target], str,
                                                           list[tuple[str, int]]]:
    """Markers (projected, sized by the dead, coloured by main attacker), places without
    coordinates, the SVG viewBox (the markers' region, or the world) and the legend."""
    placed = [t for t in found if t.lat is not None]
    unplaced = [t for t in found if t.lat is None]
    ranking = Counter()
    for t in placed:
        ranking.update(t.attackers)
    colours = {name: i for i, (name, _) in enumerate(ranking.most_common(PALETTE - 1))}
    legend = [(name, i) for name, i in colours.items()]
    if len(ranking) > len(colours):
        legend.append(("other", PALETTE - 1))
    for t in placed:
        t.x, t.y = worldmap.project(t.lat, t.lon)
    view_box = _view_box(placed, whole_world)
    scale = float(view_box.split()[2]) / worldmap.WIDTH  # markers keep their size when zoomed
    for t in placed:
        t.r = round((3.0 + 1.6 * math.sqrt(t.killed + len(t.strikes))) * scale, 2)
        main = t.attackers.most_common(1)[0][0] if t.attackers else "unknown"
        t.series = colours.get(main, PALETTE - 1)
    return placed, unplaced, view_box, legend


def _view_box(placed: list[Target], whole_world: bool) -> str:
    if whole_world or not placed:
        return f"0 0 {worldmap.WIDTH:g} {worldmap.HEIGHT:g}"
    xs, ys = [t.x for t in placed], [t.y for t in placed]
    pad = 25.0
    x0, x1 = min(xs) - pad, max(xs) + pad
    y0, y1 = min(ys) - pad, max(ys) + pad
    w, h = max(x1 - x0, 120.0), max(y1 - y0, 60.0)
    if w / h > 2:  # keep the page's 2:1 frame
        h = w / 2
    else:
        w = h * 2
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    x0 = min(max(cx - w / 2, 0.0), max(worldmap.WIDTH - w, 0.0))
    y0 = min(max(cy - h / 2, 0.0), max(worldmap.HEIGHT - h, 0.0))
    return f"{x0:.1f} {y0:.1f} {w:.1f} {h:.1f}"


def country_only_strikes(span: DateRange, attacker: str | None,
                         floor: ConfidenceFloor = ConfidenceFloor()) -> int:
    """Strikes that name a target country but no place (they have no point on the map)."""
    who = f"VALUES ?attacker {{ <{attacker}> }} ?s kg:attacker ?attacker ." if attacker else ""
    (row,) = select(f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ {who}
        ?s a kg:Strike ; kg:targetCountry ?c . FILTER NOT EXISTS {{ ?s kg:targetPlace ?p }}
        {span.sparql("?s")} {floor.sparql("?s")} }}""")
    return int(row["n"].value)


def attackers_in(span: DateRange) -> list[tuple[str, str]]:
    """(IRI, label) of every attacker of a strike in the range, for the filter."""
    rows = select(f"""SELECT DISTINCT ?a ?label WHERE {{ ?s a kg:Strike ; kg:attacker ?a .
        {span.sparql("?s")} OPTIONAL {{ ?a rdfs:label ?label }} }}""")
    out = {r["a"].value: (r["label"].value if "label" in r else short_iri(r["a"].value))
           for r in rows}
    return sorted(out.items(), key=lambda kv: kv[1])


@bp.get("/map")
def map_page():
    """Strikes on their target places, with a date-range and an attacker filter."""
    span = parse_range(request.args)
    attacker = request.args.get("attacker") or None
    if attacker and not attacker.startswith(ns.ID):
        attacker = None
    whole = request.args.get("world") in ("1", "true")
    floor = parse_confidence(request.args)  # a bad value filters nothing (its error is shown)
    found = targets(span if not span.error else DateRange(), attacker, floor)
    placed, unplaced, view_box, legend = layout(found, whole)
    return html("map.html", span=span, attacker=attacker, whole=whole, floor=floor,
                floors=CHOICES,
                country_only=country_only_strikes(span if not span.error else DateRange(),
                                                  attacker, floor),
                attackers=attackers_in(span if not span.error else DateRange()),
                placed=placed, unplaced=unplaced, view_box=view_box, legend=legend,
                width=worldmap.WIDTH, height=worldmap.HEIGHT,
                strikes=sum(len(t.strikes) for t in found),
                killed=sum(t.killed for t in found))


@bp.get("/map/world.svg")
def world_outline():
    """The world outline the map draws its markers on (Natural Earth via world-atlas)."""
    resp = Response(worldmap.world_svg(), mimetype="image/svg+xml")
    resp.headers["Cache-Control"] = "public, max-age=86400"
    return resp


# --- time lines ------------------------------------------------------------------------------

@dataclass
class Series:
    name: str
    index: int
    total: int


@dataclass
class StackedTimeline:
    width: int
    height: int
    unit: str
    max_count: int
    series: list[Series]
    bars: list[dict] = field(default_factory=list)
    ticks: list[dict] = field(default_factory=list)


def stacked_timeline(counts: list[tuple[str, str, int]], width: int = 960,
                     height: int = 260) -> StackedTimeline | None:
    """Stacked bars per month (per year over a long span) from (YYYY-MM..., series, n); the
    largest series get colours of their own, the rest are "other"."""
    if not counts:
        return None
    totals: Counter = Counter()
    for _, name, n in counts:
        totals[name] += n
    top = [name for name, _ in totals.most_common(PALETTE - 1)]
    names = top + (["other"] if len(totals) > len(top) else [])
    index = {name: i for i, name in enumerate(top)}
    years = sorted(int(p[:4]) for p, _, _ in counts)
    by_year = years[-1] - years[0] > 4

    def period(p: str) -> str:
        return p[:4] if by_year else p[:7]

    agg: dict[str, Counter] = defaultdict(Counter)
    for p, name, n in counts:
        agg[period(p)][name if name in index else "other"] += n
    periods = axis_periods(min(agg), max(agg), by_year)
    max_count = max(sum(c.values()) for c in agg.values())
    left, bottom, top_pad = 34, 24, 10
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    slot = plot_w / len(periods)
    out = StackedTimeline(width, height, "year" if by_year else "month", max_count,
                          [Series(n, index.get(n, PALETTE - 1),
                                  totals[n] if n in index else
                                  sum(v for k, v in totals.items() if k not in index))
                           for n in names])
    every = max(1, math.ceil(len(periods) / 12))
    for i, p in enumerate(periods):
        x, y = left + i * slot, top_pad + plot_h
        for name in names:
            n = agg.get(p, Counter()).get(name, 0)
            if not n:
                continue
            h = plot_h * n / max_count
            y -= h
            out.bars.append({"x": round(x + slot * 0.1, 1), "y": round(y, 1),
                             "w": round(max(slot * 0.8, 1), 1), "h": round(h, 1),
                             "series": index.get(name, PALETTE - 1), "period": p,
                             "title": f"{p}: {n} {name}"})
        if i % every == 0:
            out.ticks.append({"x": round(x + slot / 2, 1), "y": height - 7, "label": p})
    return out


def timeline_counts(by: str, span: DateRange,
                    floor: ConfidenceFloor = ConfidenceFloor()) -> list[tuple[str, str, int]]:
    """(first day, series, count): strikes by attacker, or facts by kind."""
    if by == "attacker":
        rows = select(f"""SELECT ?first ?label (COUNT(DISTINCT ?f) AS ?n) WHERE {{
            ?f a kg:Strike ; kg:dateStart ?first .
            {span.sparql("?f")}
            {floor.sparql("?f")}
            OPTIONAL {{ ?f kg:attacker ?a OPTIONAL {{ ?a rdfs:label ?al }} }}
            BIND(COALESCE(?al, "unknown attacker") AS ?label)
        }} GROUP BY ?first ?label""")
        return [(r["first"].value, r["label"].value, int(r["n"].value)) for r in rows]
    rows = select(f"""SELECT ?first ?kind (COUNT(DISTINCT ?f) AS ?n) WHERE {{
        VALUES ?kind {{ kg:Strike kg:ArmsTransfer kg:Treaty kg:LeaderRole }}
        ?f a ?kind ; kg:dateStart ?first ; prov:wasDerivedFrom ?article .
        {span.sparql("?f")}
        {floor.sparql("?f")}
    }} GROUP BY ?first ?kind""")
    return [(r["first"].value, KIND_LABELS.get(KINDS.get(r["kind"].value, ""), "fact"),
             int(r["n"].value)) for r in rows]


@bp.get("/timeline")
def timeline_page():
    """Time lines: strikes per month by attacker (`?by=attacker`), or facts by kind."""
    by = request.args.get("by", "attacker")
    if by not in ("attacker", "kind"):
        by = "attacker"
    span = parse_range(request.args)
    floor = parse_confidence(request.args)
    chart = stacked_timeline(timeline_counts(by, span if not span.error else DateRange(), floor))
    return html("timeline.html", by=by, span=span, chart=chart, floor=floor, floors=CHOICES)


__all__ = ["bp", "layout", "stacked_timeline", "targets"]
