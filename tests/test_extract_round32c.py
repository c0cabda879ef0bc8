"""Round 32, family C: the operator of a "[maker]-made" weapon receives it from the maker
(kg.extract.maker_operators), and the near-misses that must give no such transfer."""

import pytest

from kg.extract.records import extract_text


def _pairs(text: str) -> set[tuple[str, str]]:
    out = extract_text(text, published="2026-11-20")
    return {(f["supplier"], f["recipient"]) for f in out["facts"]
            if f["type"] == "ArmsTransfer"}


@pytest.mark.parametrize("text,pair", [
    ("LIMA, Nov 20 — Peru's air force has long relied on Russian-made Mi-17 helicopters in the "
     "Andes, officials said.", ("state/russia", "state/peru")),
    ("HANOI, Nov 20 — Vietnam flies Russian-built Su-30 fighters over the South China Sea, the "
     "ministry said.", ("state/russia", "state/vietnam")),
    ("ACCRA, Nov 20 — Kenyan pilots have flown American-made Bell helicopters for a decade, "
     "an officer said.", ("state/united-states", "state/kenya")),
    ("RABAT, Nov 20 — Morocco, which now fields American-built Abrams tanks, held a parade on "
     "Friday.", ("state/united-states", "state/morocco")),
    ("DOHA, Nov 20 — The Qatari navy's fleet of Italian-built corvettes returned to port on "
     "Tuesday.", ("state/italy", "state/qatar")),
    ("BAKU, Nov 20 — Two Armenian drones were shot down by Israeli-made Barak missiles of the "
     "Azerbaijani army, the ministry said.", ("state/israel", "state/azerbaijan")),
    ("ABUJA, Nov 20 — Using Turkish-made Bayraktar TB2 drones, the Malian army struck a rebel "
     "convoy on Friday.", ("state/turkey", "state/mali")),
])
def test_operator_receives_from_maker(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize("text,pair", [
    # captured from the enemy
    ("KYIV, Nov 20 — Ukrainian troops captured two Russian-made T-90 tanks near Kupiansk on "
     "Friday, the army said.", ("state/russia", "state/ukraine")),
    # the maker is the operator
    ("PARIS, Nov 20 — The French air force flew its own French-made Rafale jets over the "
     "parade.", ("state/france", "state/france")),
    # the source left open
    ("TAIPEI, Nov 20 — Taiwan also fields Israeli-made drones in small numbers, an officer "
     "said, without saying where they came from.", ("state/israel", "state/taiwan")),
    # built at home to a foreign design
    ("TEHRAN, Nov 20 — Russian forces use Iranian-designed drones, and Moscow has built a "
     "factory to make them at home.", ("state/iran", "state/russia")),
])
def test_near_misses_give_no_maker_transfer(text, pair):
    assert pair not in _pairs(text)


def test_maker_adjective_is_no_recipient():
    text = ("ISLAMABAD, Nov 20 — Three Indian drones were brought down by American-made F-16 "
            "fighters of the Pakistani air force, the military said.")
    pairs = _pairs(text)
    assert ("state/india", "state/united-states") not in pairs
    assert ("state/united-states", "state/pakistan") in pairs


@pytest.mark.parametrize("text,pair", [
    ("BOGOTA, Nov 20 — Colombia's Israeli-made Kfir jets flew over the capital on Friday.",
     ("state/israel", "state/colombia")),
    ("CAIRO, Nov 20 — The Egyptian army's American-made Abrams tanks took part in the drill.",
     ("state/united-states", "state/egypt")),
])
def test_possessive_operator(text, pair):
    assert pair in _pairs(text)


def test_firing_state_operates_anothers_weapon():
    text = "BEIRUT, Nov 20 — Israel fired American-made missiles at targets in Lebanon on Friday."
    pairs = _pairs(text)
    assert ("state/united-states", "state/israel") in pairs
    assert ("state/united-states", "state/lebanon") not in pairs
