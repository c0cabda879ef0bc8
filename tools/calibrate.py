#!/usr/bin/env python3
"""Rebuild kg's confidence calibration table from the held-out sets (or check it is current).

    python3 tools/calibrate.py            # writes kg/data/extraction/calibration.tsv
    python3 tools/calibrate.py --check    # exit 1 if the rules changed since the last build
    python3 tools/calibrate.py --cross    # out-of-sample error: each set against the others

Run it after any change to the extraction rules; tests/test_extract_calibration.py fails until
the table matches what the rules give. See kg/extract/calibration.py for what the table means.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.calibration_build import cross_check, held_out_sets, table  # noqa: E402

OUT = ROOT / "kg" / "data" / "extraction" / "calibration.tsv"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped table")
    ap.add_argument("--cross", action="store_true",
                    help="print the calibration error of raw and leave-one-set-out confidences")
    args = ap.parse_args()
    sets = held_out_sets(ROOT / "tests" / "data")
    if args.cross:
        for name, (ece, brier) in cross_check(sets).items():
            print(f"{name:<32} calibration error {ece:.3f}  Brier score {brier:.3f}")
        return 0
    text = table(sets)
    if args.check:
        if OUT.read_text("utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run tools/calibrate.py", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is current ({len(sets)} held-out sets)")
        return 0
    OUT.write_text(text, "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} from {len(sets)} held-out sets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
