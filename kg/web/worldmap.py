"""The world outline the map page draws under its markers, made on our own server.

The outline is Natural Earth's 1:110m countries as TopoJSON, from the npm package
`world-atlas` (ISC; the data is public domain), vendored under
`kg/web/static/vendor/world-atlas/` with its licence by scripts/vendor-assets.sh. No tile server
and no script library: the TopoJSON arcs are decoded here (delta-encoded integer positions and a
transform, as the TopoJSON specification says), projected with the equirectangular projection
(longitude and latitude as x and y) and written as one SVG path per country, once per process.
Markers use the same `project`, so they sit where the outline says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

WIDTH = 1000.0
HEIGHT = 500.0
TOPOJSON = "static/vendor/world-atlas/countries-110m.json"


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular: longitude -180..180 -> x 0..WIDTH, latitude 90..-90 -> y 0..HEIGHT."""
    return (lon + 180.0) / 360.0 * WIDTH, (90.0 - lat) / 180.0 * HEIGHT


@dataclass(frozen=True)
class Country:
    name: str
    path: str  # SVG path data in projected coordinates


def _arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Every arc as (lon, lat) points: positions are delta-encoded integers under `transform`."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """A ring from arc indexes; a negative index ~i is arc i reversed; shared ends once."""
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(points if not ring else points[1:])
    return ring


def _path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        if len(ring) < 3:
            continue
        coords = [project(lat, lon) for lon, lat in ring]
        parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in coords) + "Z")
    return "".join(parts)


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """The countries of the vendored TopoJSON as projected SVG paths (read once)."""
    text = resources.files("kg.web").joinpath(TOPOJSON).read_text("utf-8")
    topology = json.loads(text)
    arcs = _arcs(topology)
    out = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        elif kind == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [_ring(ring, arcs) for polygon in polygons for ring in polygon]
        name = (geometry.get("properties") or {}).get("name", "")
        out.append(Country(name, _path(rings)))
    return tuple(out)


@lru_cache(maxsize=1)
def world_svg() -> str:
    """The outline as a standalone SVG document (served at /map/world.svg, cached by browsers)."""
    paths = "".join(f'<path d="{c.path}"><title>{_escape(c.name)}</title></path>'
                    for c in countries())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH:g} {HEIGHT:g}" '
            f'width="{WIDTH:g}" height="{HEIGHT:g}">'
            f'<rect width="{WIDTH:g}" height="{HEIGHT:g}" fill="#eef4f8"/>'
            f'<g fill="#dfe3e6" stroke="#9aa5ad" stroke-width="0.4">{paths}</g></svg>')


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["HEIGHT", "WIDTH", "Country", "countries", "project", "world_svg"]
