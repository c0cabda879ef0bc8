"""The confidence filter the overview pages share (`?confidence=0.7`): keep the facts with an
evidence at or above the floor.

kg's extractor gives each fact the share of facts like it that were right on held-out news
(kg.extract.calibration), so one floor means the same for every kind: 0.7 keeps facts right at
least seven times in ten, and hides, for instance, strikes whose attacker kg did not read
(about one in four right). Facts entered by hand carry their author's confidence; a fact with no
confidence at all is hidden by any floor.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.confidence import FLOORS

#: the floors the pages offer (value, label), lowest first; any number from 0 to 1 is accepted
CHOICES = (("", "any"), *((f"{edge:g}", label) for edge, label in reversed(FLOORS)))


@dataclass(frozen=True)
class ConfidenceFloor:
    raw: str = ""  # as typed
    value: float | None = None
    error: str | None = None

    @property
    def active(self) -> bool:
        return self.value is not None

    def sparql(self, fact: str = "?f") -> str:
        """A filter keeping the facts with an evidence at or above the floor (none: no filter)."""
        if self.value is None:
            return ""
        return (f"FILTER EXISTS {{ {fact} <https://kg.example.org/ontology#hasEvidence> ?floorEv . "
                f"?floorEv <https://kg.example.org/ontology#confidence> ?floorC "
                f"FILTER(?floorC >= {self.value!r}) }}")

    def describe(self) -> str:
        label = dict(CHOICES).get(self.raw)
        return f"confidence at least {self.value:g}" + (f" ({label})" if label else "")


def parse_confidence(args) -> ConfidenceFloor:
    """The floor of a request's `confidence` argument: a number from 0 to 1, or empty."""
    raw = (args.get("confidence") or "").strip()
    if not raw:
        return ConfidenceFloor()
    try:
        value = float(raw)
    except ValueError:
        value = None
    if value is None or not 0.0 <= value <= 1.0:
        return ConfidenceFloor(raw, error=f"'confidence' must be a number from 0 to 1, not {raw!r}")
    return ConfidenceFloor(raw, value)
