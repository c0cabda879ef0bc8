"""What a fact's `kg:confidence` means, and the bands kg reports it in (`kg stats`, `kg ingest`'s
summary, the pages' confidence floor), kept in one place so every view draws the same lines.

For kg's extractor a fact's confidence is the share of facts like it (same kind, same rule
score, for strikes whether an attacker was read) that were right on held-out news
(kg.extract.calibration); facts written by hand carry what their author says.
"""

from __future__ import annotations

#: one line for people reading kg's output
MEANING = "for kg's extractor, the share of facts like it that were right on held-out news"
#: the floors a view offers, highest first, with how a person would say them
FLOORS = ((0.9, "right at least 9 times in 10"), (0.7, "right at least 7 times in 10"),
          (0.5, "right at least half the time"))
#: below this a fact was wrong more often than right
UNSURE = 0.5
#: bands (lower edge, name), highest first
BANDS = ((0.9, "0.9 and above"), (0.7, "0.7-0.9"), (0.5, "0.5-0.7"), (0.0, "below 0.5"))
NO_CONFIDENCE = "no confidence stated"


def band_of(value: float | None) -> str:
    """The band a confidence falls in (NO_CONFIDENCE for none)."""
    if value is None:
        return NO_CONFIDENCE
    return next(name for edge, name in BANDS if value >= edge)
