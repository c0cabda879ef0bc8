"""Merging Wikidata Query Service results into the analyst's own gazetteer rows.

An analyst runs a query on https://query.wikidata.org and downloads the result as SPARQL JSON
or CSV with the columns ``item`` (entity IRI or QID), ``label`` (or ``itemLabel``), optional
``aliases`` (``|``- or ``,``-separated) and ``type`` (a kg type such as ``State`` or a Wikidata
class label such as ``sovereign state``, ``human``, ``city``). :func:`import_results` merges it
into the user gazetteer directory (setting ``gazetteer_dir``; the installed package is never
edited), which kg reads over the shipped gazetteer, and brings the store's gazetteer graph up
to date:

* a row whose QID is already in the gazetteer adds new aliases to that entity (changed);
* a row matching an entity without a QID by its label or any of its aliases (after folding),
  against the entity's label and aliases, and type, gives it the QID (changed), recording the
  file as ``wikidata_source``;
* any other row becomes a new entity with key ``<kind>/<slug of label>`` (added);
* rows without a usable QID, label or type are skipped with a reason.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.link.gazetteer import (
    DEFAULT_DIR,
    ENTITY_COLUMNS,
    ENTITY_TYPES,
    GazEntity,
    Gazetteer,
    entity_row,
    fold,
    slugify,
    user_gazetteer_dir,
    user_rows,
)

__all__ = ["ImportReport", "import_results", "parse_results", "type_of"]

_QID = re.compile(r"(Q[1-9][0-9]*)$")
#: words in a Wikidata class label -> kg type (checked in order)
_TYPE_WORDS = (
    (("human", "person", "politician"), "Person"),
    (("armed force", "military branch", "army", "navy", "air force"), "ArmedForce"),
    (("militant", "rebel", "terrorist", "paramilitary", "armed group", "insurgent"),
     "ArmedGroup"),
    (("sovereign state", "country", "state"), "State"),
    (("city", "town", "village", "oblast", "region", "province", "governorate", "place",
      "settlement", "district", "sea", "strait", "territory", "peninsula"), "Place"),
    (("missile", "drone", "weapon", "aircraft", "tank", "rocket", "artillery",
      "unmanned aerial vehicle", "air defense", "air defence", "howitzer", "helicopter"),
     "WeaponSystem"),
    (("organization", "organisation", "alliance", "agency", "company", "union"),
     "Organization"),
)


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    store_graphs: list[str] = field(default_factory=list)  # store graphs brought up to date


def type_of(text: str) -> str | None:
    """A kg entity type for a type cell (kg type name or Wikidata class label)."""
    t = text.strip()
    if t.startswith("http") or _QID.search(t) and not t[:1].isalpha():
        return None
    if t in ENTITY_TYPES:
        return t
    low = t.lower()
    for words, typ in _TYPE_WORDS:
        if any(w in low for w in words):
            return typ
    return None


def parse_results(text: str) -> list[dict[str, str]]:
    """Rows (item, label, aliases, type) from SPARQL JSON results or CSV."""
    stripped = text.lstrip()
    rows: list[dict[str, str]] = []
    if stripped.startswith("{"):
        try:
            data = json.loads(text)
            bindings = data["results"]["bindings"]
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"not SPARQL JSON results: {exc}") from exc
        for b in bindings:
            rows.append({k: v.get("value", "") for k, v in b.items() if isinstance(v, dict)})
    else:
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "item" not in [f.strip() for f in reader.fieldnames]:
            raise InputError("CSV results need an 'item' column",
                             hint="columns: item,label,aliases,type")
        rows = [{(k or "").strip(): (v or "").strip() for k, v in r.items()} for r in reader]
    out = []
    for r in rows:
        out.append({
            "item": r.get("item", ""),
            "label": r.get("label") or r.get("itemLabel") or "",
            "aliases": r.get("aliases") or r.get("itemAltLabel") or "",
            "type": r.get("type") or r.get("typeLabel") or "",
        })
    return out


def _split_aliases(cell: str) -> list[str]:
    parts = re.split(r"\s*[|,]\s*", cell) if cell else []
    return [p for p in parts if p]


def import_results(path: Path, user_dir: Path | None = None, *, dry_run: bool = False,
                   today: date | None = None, store=None) -> ImportReport:
    """Merge a WDQS result file into the analyst's own gazetteer rows (``user_dir``, default
    the ``gazetteer_dir`` setting; never the installed package), matching rows against the
    shipped gazetteer and those rows; with ``store``, also bring the store's gazetteer graph up
    to date. With ``dry_run`` only report. Raises :class:`kg.errors.InputError` on a file that
    is neither SPARQL JSON nor CSV results, or a ``user_dir`` inside the installed package."""
    user_dir = Path(user_dir) if user_dir is not None else user_gazetteer_dir()
    _refuse_package_dir(user_dir)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    gaz = Gazetteer.load(user_dir=user_dir)
    entities = {e.key: e for e in gaz}
    own, own_offices = user_rows(user_dir)
    own_keys = {e.key for e in own}
    source = f"import:{Path(path).name} {(today or date.today()).isoformat()}"
    report = ImportReport()
    touched: set[str] = set()
    for n, row in enumerate(parse_results(text), start=1):
        m = _QID.search(row["item"].strip().rstrip("/"))
        where = row["item"] or f"row {n}"
        if not m:
            report.skipped.append((where, "no QID in item"))
            continue
        qid = m.group(1)
        label = row["label"].strip()
        if not label or _QID.fullmatch(label):
            report.skipped.append((qid, "no English label"))
            continue
        aliases = _split_aliases(row["aliases"])
        typ = type_of(row["type"]) if row["type"] else None
        owner = next((e for e in entities.values() if e.wikidata == qid), None)
        if owner is None:
            # A row names an entity by its label or any alias; so does the gazetteer.
            names = {fold(x) for x in [label, *aliases]} - {""}
            same = [e for e in entities.values() if not e.wikidata
                    and (typ is None or e.type == typ)
                    and names & {fold(e.label), *map(fold, e.aliases)}]
            if len(same) == 1:
                owner = same[0]
                entities[owner.key] = owner = replace(owner, wikidata=qid, wikidata_source=source)
                touched.add(owner.key)
                report.changed.append((owner.key, f"wikidata {qid}"))
            elif len(same) > 1:
                report.skipped.append((qid, "label or alias matches several entities: "
                                       + ", ".join(e.key for e in same)))
                continue
        if owner is not None:
            known = {fold(owner.label), *map(fold, owner.aliases)}
            new = [a for a in [label, *aliases] if fold(a) and fold(a) not in known]
            new = list(dict.fromkeys(new))
            if new:
                entities[owner.key] = replace(entities[owner.key],
                                              aliases=entities[owner.key].aliases + tuple(new))
                touched.add(owner.key)
                report.changed.append((owner.key, "aliases +" + "|".join(new)))
            continue
        if typ is None:
            report.skipped.append((qid, f"unknown type {row['type']!r}"))
            continue
        base = f"{ENTITY_TYPES[typ]}/{slugify(label)}"
        key, i = base, 2
        while key in entities:
            key, i = f"{base}-{i}", i + 1
        entities[key] = GazEntity(key, typ, label, tuple(dict.fromkeys(aliases)), wikidata=qid,
                                  wikidata_source=source)
        touched.add(key)
        report.added.append(key)
    Gazetteer(entities.values(), gaz.offices())  # validates keys, QIDs, references
    if not dry_run and touched:
        rows = [entities[e.key] if e.key in touched else e for e in own]
        rows += [entities[k] for k in sorted(touched - own_keys)]
        _write_rows(user_dir, rows)
        if store is not None:
            from kg.loader import ensure_base_graphs

            report.store_graphs = ensure_base_graphs(store)
    return report


def _refuse_package_dir(user_dir: Path) -> None:
    """The installed package's gazetteer is never edited: updates would vanish with the next
    install, and a shared install would change under other users."""
    try:
        inside = user_dir.resolve().is_relative_to(DEFAULT_DIR.resolve())
    except OSError:
        inside = False
    if inside:
        raise InputError(f"{user_dir} is the installed package's gazetteer; kg never edits it",
                         hint="imports go to your own gazetteer directory (setting "
                              "gazetteer_dir, KG_GAZETTEER_DIR), merged over the shipped one")


def _write_rows(user_dir: Path, rows: list[GazEntity]) -> None:
    user_dir.mkdir(parents=True, exist_ok=True)
    tmp = user_dir / "entities.tsv.tmp"
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(ENTITY_COLUMNS) + "\n")
        for e in rows:
            fh.write("\t".join(entity_row(e)) + "\n")
    tmp.replace(user_dir / "entities.tsv")
