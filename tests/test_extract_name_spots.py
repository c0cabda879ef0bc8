"""name_spots.bounded_starts finds what re.finditer(r"\b" + re.escape(name) + r"\b") finds."""

import re

import pytest

from kg.extract.name_spots import bounded_starts

CASES = [
    ("Strikes hit Aden and Aden's port.", "Aden"),
    ("Adenville is not Aden, nor is Aden_1 or 2Aden.", "Aden"),
    ("talks in Abu Dhabi, then Abu Dhabi again", "Abu Dhabi"),
    ("al-Malikiyah and Malikiyah", "Malikiyah"),
    ("aaa aa a", "aa"),
    ("Kyiv", "Kyiv"),
    ("(Doha) Doha(", "(Doha)"),
    ("Doha.", "Doha."),
    ("Zürich and Zürichsee, Łódź and Łódźka", "Zürich"),
    ("Łódź and Łódźka", "Łódź"),
    ("no such place here", "Sanaa"),
    ("", "Sanaa"),
]


@pytest.mark.parametrize("text,name", CASES)
def test_same_starts_as_the_regex(text: str, name: str) -> None:
    expected = [m.start() for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)]
    assert bounded_starts(text, name) == expected


def test_an_empty_name_is_refused() -> None:
    with pytest.raises(ValueError):
        bounded_starts("text", "")


SITE_CASES = [
    ("The drones hit the main power station in Atbara and a fuel depot in Ed Damer.", "Atbara"),
    ("in  Atbara, and the old bridge at Ed Damer; in Atbara and a depot in Kosti", "Atbara"),
    ("within Atbara and a depot in Kosti, then in Atbara and a depot in Sennar", "Atbara"),
    ("in Atbara and the town", "Atbara"),
    ("in Atbara, Kosti", "Atbara"),
]


@pytest.mark.parametrize("text,place", SITE_CASES)
def test_parallel_site_found_as_the_pattern_per_place_found_it(text: str, place: str) -> None:
    from kg.extract.parallel_sites import _SITE_THEN_NAME, _site_after
    old = re.search(rf"\bin\s+{re.escape(place)}{_SITE_THEN_NAME}", text)
    new = _site_after(text, place)
    assert (old and old.span("name")) == (new and new.span("name"))
