"""What an extracted fact's confidence means: the share of facts like it that were right on news
nobody tuned the rules on.

Each rule gives its facts a raw score (0.5-0.9) that orders them within one rule family but not
across kinds: on the held-out sets a strike scored 0.8 was right about three times in four and a
leader role scored 0.5 about as often, while a strike with no attacker was right one time in
four. An analyst filtering on `kg:confidence` needs the number to mean the same everywhere, so
the extractor replaces the raw score by the measured precision of its bucket: the fact's kind,
its raw score and, for strikes, whether an attacker was read.

The table (`kg/data/extraction/calibration.tsv`) is built by `tools/calibrate.py` from the
held-out sets (`tests/data/blind*`) and ships as package data; each bucket's precision is pulled
toward its kind's (a prior worth `PRIOR_WEIGHT` facts), so a bucket of three facts does not claim
0 or 1. A test rebuilds the counts and fails when the rules changed without a rebuild.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KgError

TABLE = "calibration.tsv"
PRIOR_WEIGHT = 10  # facts' worth of the kind's precision added to every bucket
CEILING = 0.99
ANY = "*"  # the kind's row: a raw score no held-out fact had
COLUMNS = ("kind", "raw", "attacker", "right", "wrong", "confidence")


@dataclass(frozen=True)
class Bucket:
    kind: str
    raw: str  # the raw score as written ("0.6"), or ANY
    attacker: str  # "yes" / "no" for strikes, "-" for other kinds

    @classmethod
    def of(cls, kind: str, raw: float, attacker_read: bool) -> "Bucket":
        """The bucket of a fact of `kind` with the rule's `raw` score (an attacker matters for
        strikes only)."""
        attacker = ("yes" if attacker_read else "no") if kind == "Strike" else "-"
        return cls(kind, f"{round(float(raw), 2):g}", attacker)


def smoothed(right: int, wrong: int, prior: float) -> float:
    """A bucket's precision pulled toward its kind's, rounded for the record; never 1, as no
    rule is certain (944 right of 944 held-out facts says little about the 945th)."""
    return min(CEILING, round((right + PRIOR_WEIGHT * prior) / (right + wrong + PRIOR_WEIGHT), 2))


def table_path() -> Path:
    found = resources.files("kg").joinpath("data", "extraction", TABLE)
    if not isinstance(found, Path) or not found.is_file():
        raise KgError(f"kg's confidence calibration table is missing (looked in {found})",
                      hint="reinstall kg; in a clone, run tools/calibrate.py")
    return found


class Calibration:
    """Bucket -> calibrated confidence, with the kind's value (ANY) for an unseen raw score."""

    def __init__(self, rows: dict[Bucket, float]):
        self.rows = rows

    @classmethod
    def read(cls, path: Path) -> "Calibration":
        rows: dict[Bucket, float] = {}
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if cells[0] == "kind":
                continue
            if len(cells) != len(COLUMNS):
                raise KgError(f"{path}:{n}: expected {len(COLUMNS)} tab-separated cells "
                              f"({', '.join(COLUMNS)}), found {len(cells)}",
                              hint="rebuild it with tools/calibrate.py")
            kind, raw, attacker, _right, _wrong, conf = cells
            rows[Bucket(kind, raw, attacker)] = float(conf)
        return cls(rows)

    def confidence(self, fact: dict[str, Any], raw: float) -> float:
        """A record fact's calibrated confidence."""
        return self.of(Bucket.of(fact["type"], raw, bool(fact.get("attacker"))))

    def of(self, b: Bucket) -> float:
        """The bucket's row, else its kind's (a raw score no held-out fact had), else (a kind
        the table does not know) the rule's own score."""
        for key in (b, Bucket(b.kind, ANY, b.attacker), Bucket(b.kind, ANY, "-")):
            if key in self.rows:
                return self.rows[key]
        return float(b.raw)


@lru_cache(maxsize=1)
def default_calibration() -> Calibration:
    return Calibration.read(table_path())
