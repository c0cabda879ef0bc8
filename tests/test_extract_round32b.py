"""Round 32b: arms told as pledged, cleared or still to be delivered (kg.extract.pledged_supply),
on sentences of our own: what fires, and the near-miss that must not."""

from __future__ import annotations

import pytest

from kg.extract import extract_text, record_to_gold_facts


def _transfers(body: str, published: str = "2026-06-12") -> set[tuple]:
    text = f"Headline\n{published}\n\nLISBON, June 12 — {body}"
    facts = record_to_gold_facts(extract_text(text, published=published))["facts"]
    return {(f["supplier"], f["recipient"]) for f in facts if f["type"] == "ArmsTransfer"}


@pytest.mark.parametrize("body, pair", [
    ("The first of four Centauro armoured vehicles promised to Tunisia by Italy arrived on "
     "Monday.", ("Italy", "Tunisia")),
    ("The 16 Mirage 2000 jets pledged by France to Greece will be handed over in the autumn.",
     ("France", "Greece")),
    ("The frigates, pledged to Indonesia by Italy last year, will sail in March.",
     ("Italy", "Indonesia")),
    ("Spain will speed up delivery of the 20 Leopard 2 tanks it has committed to Latvia, the "
     "minister said.", ("Spain", "Latvia")),
    ("The two Patriot batteries Berlin pledged to Kyiv in June are now in place.",
     ("Germany", "Ukraine")),
    ("Italy has earmarked four more SAMP/T batteries for Ukraine, the ministry said.",
     ("Italy", "Ukraine")),
    ("Washington has cleared Greece to buy 20 F-35 fighter jets, officials said.",
     ("United States", "Greece")),
    ("Seoul said on Monday that deliveries of 48 K9 howitzers to Egypt would begin next year.",
     ("South Korea", "Egypt")),
    ("The Pentagon said deliveries of the HIMARS launchers to Taiwan are expected to start in "
     "2027.", ("United States", "Taiwan")),
    ("Slovakia is expected to receive 100 Leopard 2 tanks from Sweden.", ("Sweden", "Slovakia")),
    ("Sweden is expected to deliver 100 Leopard 2 tanks to Slovakia next year.",
     ("Sweden", "Slovakia")),
    ("The three Scorpene submarines due to be delivered to the Philippines by France will be "
     "built in Cherbourg.", ("France", "Philippines")),
    ("The Pentagon has cleared the possible sale of 12 MH-60R helicopters to Norway, officials "
     "said.", ("United States", "Norway")),
    ("Canberra says the first Abrams tanks will reach Kyiv by the end of the month.",
     ("Australia", "Ukraine")),
])
def test_pledged_cleared_and_coming_supply_is_read(body, pair):
    assert pair in _transfers(body)


@pytest.mark.parametrize("body", [
    "Italy has earmarked 50 million euros for Ukraine's reconstruction.",
    "The aid Germany pledged to Ukraine includes 40 million euros for demining.",
    "The 300 instructors promised to Latvia by Spain will arrive in May.",
    "Brazil promised 500 tractors to Ghana's cooperatives.",
    "Hungary's parliament cleared Sweden to buy four Gripen jets.",
    "Spain is expected to deliver 20 million euros in aid to Latvia next year.",
    "Switzerland again refused to allow the re-export of Swiss-made ammunition to Ukraine.",
])
def test_money_people_non_weapons_and_refusals_are_not_read(body):
    assert not {p for p in _transfers(body) if p[0] in ("Italy", "Germany", "Spain", "Brazil",
                                                        "Hungary", "Switzerland")}


def test_a_recipient_announcing_its_own_first_jets_supplies_nothing():
    assert not _transfers("Ukraine says the first F-16 fighter jets will reach Ukraine in the "
                          "summer.")
