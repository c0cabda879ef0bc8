"""Place names the world gazetteer (GeoNames) gives to the wrong place: GeoNames lists "Kobani"
as an alternate name of Mkoani in Tanzania, and not of the Syrian town ('Ayn al 'Arab) the news
means, so a strike "near Kobani" was placed in Tanzania. The curated gazetteer (entities.tsv)
names the town."""

from __future__ import annotations

from tests.extract_helpers import make_helpers

facts, _one = make_helpers("2026-12-02", headline=False)


def _places(text: str) -> set[tuple]:
    return {(f["attacker"], f["target_place"], f["target_country"]) for f in facts(text, "Strike")}


def test_kobani_is_the_syrian_town():
    text = ("Headline\n\nISTANBUL, Dec 2 (Staff) - Turkish drones struck positions near Kobani in "
            "northern Syria on Tuesday, killing five fighters, a war monitor said.")
    assert _places(text) == {("Turkey", "Kobani", "Syria")}


def test_its_other_spelling_is_the_same_town():
    text = ("Headline\n\nBEIRUT, Dec 2 (Staff) - Turkish drones struck a checkpoint in Kobane on "
            "Tuesday, killing two fighters, a war monitor said.")
    assert _places(text) == {("Turkey", "Kobani", "Syria")}

