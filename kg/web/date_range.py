"""The date-range filter the pages share (`?from=2023-01&to=2024`): parsed once, applied as one
comparison on each side through the xsd:date bounds every dated fact carries (kg:dateStart,
kg:dateEnd), so a fact dated only to a month or a year is kept when its span overlaps the range.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from kg.rdf import date_bounds


@dataclass(frozen=True)
class DateRange:
    """From the first day of `start` to the last day of `end` (either may be open)."""

    start: str = ""   # as typed: YYYY, YYYY-MM or YYYY-MM-DD
    end: str = ""
    first: str | None = None  # xsd:date bounds
    last: str | None = None
    error: str | None = None  # a value that is not a date, said plainly

    @property
    def active(self) -> bool:
        return bool(self.first or self.last)

    def sparql(self, fact: str = "?f") -> str:
        """Graph patterns keeping the facts whose span overlaps the range (none: no filter)."""
        out = []
        if self.first:
            out.append(f'{fact} <https://kg.example.org/ontology#dateEnd> ?rangeEnd '
                       f'FILTER(?rangeEnd >= "{self.first}"^^<http://www.w3.org/2001/XMLSchema#date>)')
        if self.last:
            out.append(f'{fact} <https://kg.example.org/ontology#dateStart> ?rangeStart '
                       f'FILTER(?rangeStart <= "{self.last}"^^<http://www.w3.org/2001/XMLSchema#date>)')
        return " .\n".join(out)

    def params(self) -> dict[str, str]:
        return {k: v for k, v in (("from", self.start), ("to", self.end)) if v}

    def query_string(self, **extra: str) -> str:
        """`from=...&to=...` plus other parameters, for links that keep the filter."""
        items = {**self.params(), **{k: v for k, v in extra.items() if v}}
        return urlencode(items)

    def without(self, **extra: str) -> str:
        """The other parameters alone: a link that clears the dates."""
        return urlencode({k: v for k, v in extra.items() if v})

    def describe(self) -> str:
        if not self.active:
            return "all dates"
        return f"{self.first or '…'} to {self.last or '…'}"


def parse_range(args) -> DateRange:
    """The range of a request's `from` and `to` arguments (any precision)."""
    start = (args.get("from") or "").strip()
    end = (args.get("to") or "").strip()
    errors = []
    first = last = None
    if start:
        bounds = date_bounds(start)
        if bounds is None:
            errors.append(f"'from' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {start!r}")
        else:
            first = bounds[0]
    if end:
        bounds = date_bounds(end)
        if bounds is None:
            errors.append(f"'to' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {end!r}")
        else:
            last = bounds[1]
    if first and last and last < first:
        errors.append(f"the range ends ({last}) before it starts ({first})")
    if errors:
        return DateRange(start, end, error="; ".join(errors))
    return DateRange(start, end, first, last)


__all__ = ["DateRange", "parse_range"]
