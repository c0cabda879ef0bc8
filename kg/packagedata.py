"""The data that ships inside kg, found through `importlib.resources`, never by walking up from
a source file: shapes, ontology, example queries, example articles and the gazetteer.

The sources stay where people look for them, at the top of the repository (`ontology/`,
`shapes/`, `queries/`, `examples/`); `kg/data/` holds relative symlinks to them beside the
gazetteer tables. So the same path, `kg/data/<kind>/`, works in a clone (an editable install
resolves the symlinks) and in a built wheel (setuptools copies the files the links point to, as
package data listed in pyproject.toml). docs/design.md explains the choice.

A wheel is always installed unpacked, so every resource is a real file; a zipped import of kg
is not supported and says so.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from kg.errors import KgError

#: The kinds of packaged data, each a directory under kg/data/.
KINDS = ("shapes", "ontology", "queries", "examples", "gazetteer")


def data_dir(kind: str) -> Path:
    """The directory holding one kind of packaged data (one of `KINDS`)."""
    if kind not in KINDS:
        raise KeyError(f"unknown kind of packaged data {kind!r}")
    found = resources.files("kg").joinpath("data", kind)
    if not isinstance(found, Path) or not found.is_dir():
        raise KgError(f"kg's packaged {kind} are missing (looked in {found})",
                      hint="reinstall kg from its wheel or its repository; a zipped install "
                           "is not supported")
    return found


def shape_files() -> list[Path]:
    """The SHACL shapes every write is checked against (shapes/*.ttl)."""
    return sorted(data_dir("shapes").glob("*.ttl"))


def ontology_files() -> list[Path]:
    """The ontology and its SKOS concept lists (ontology/*.ttl)."""
    return sorted(data_dir("ontology").glob("*.ttl"))


def query_files() -> list[Path]:
    """The example analyst queries shown on the query page (queries/*.rq)."""
    return sorted(data_dir("queries").glob("*.rq"))


def example_records() -> Path:
    """The directory of example article records `kg up` loads (examples/records/)."""
    return data_dir("examples") / "records"


def example_articles() -> Path:
    """The directory of example article texts (examples/articles/)."""
    return data_dir("examples") / "articles"


def gazetteer_dir() -> Path:
    """The gazetteer tables (kg/data/gazetteer/*.tsv)."""
    return data_dir("gazetteer")


__all__ = ["KINDS", "data_dir", "example_articles", "example_records", "gazetteer_dir",
           "ontology_files", "query_files", "shape_files"]
