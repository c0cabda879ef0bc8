"""One raid over "the provinces of A, B and C", one fact (round 24).

"Turkish warplanes struck targets in the provinces of Duhok, Erbil and Sulaymaniyah late on
Monday"; "Israeli aircraft struck Hezbollah sites in the towns of Nabatieh, Tyre and Bint Jbeil
on Thursday". The strike rules read one strike per place named; GOLD.md asks one fact per
distinct attack, and a list that a plural class noun introduces ("the provinces of", "the towns
of", "A, B and C provinces") names the area one raid covered, not attacks told one by one. As for a barrage
(`barrages.py`, dev20a's gold), the raid keeps the first place named.

Kept narrow: the strikes must come from one sentence, with one attacker, weapon and day, and
their places must be the names of that one list, in its order; a sentence that retells the
attack just told by its places ("The drones hit ...") is left to `listed_places.py`. A bare list ("bombed positions in
Nyala, Zalingei and El Geneina", older sets' gold: one fact per place) is left to
`barrages.py`.

Round 29 adds the list whose every name carries its own region noun ("struck energy facilities
in the Chernihiv region and the Sumy region overnight"): one night's attack on two regions told
together, kept at the first region as the list of a class noun is (dev29c; no older set tells it
the other way). Towns and cities do not qualify ("in the town of A and the city of B" are two
sites).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.listed_places import opens_on_retold_weapons

Strike = dict[str, Any]

_CLASS_NOUN = (r"provinces|regions|governorates|districts|oblasts|states|counties|towns|cities|"
               r"villages|areas")

# after the list, only regions: "the Kyivskyi and Saltivskyi districts" after a strike on the
# city are its parts (`listed_places.py` joins them to it)
_REGION_NOUN = r"provinces|regions|governorates|oblasts|states|counties"
_CLASS_NOUN_AFTER = re.compile(rf"\s+(?:{_REGION_NOUN})$")


# "the Chernihiv region", "Sumy oblast": a name with its own region noun (in the name the
# gazetteer read, or right after it)
_REGION_SINGULAR = r"(?:province|region|governorate|oblast|state|county)"
_OWN_REGION_NOUN = re.compile(rf"\s+{_REGION_SINGULAR}$", re.I)


def _regions_each_named(text: str, names: list[str]) -> bool:
    """Whether the names stand as one list "the A region and the B region" (each with its own
    region noun, in that order)."""
    bare = [_OWN_REGION_NOUN.sub("", n) for n in names]
    each = [rf"(?:the\s+)?{re.escape(n)}\s+{_REGION_SINGULAR}" for n in bare]
    listed = r",\s+".join(each[:-1]) + r",?\s+and\s+" + each[-1]
    return re.search(rf"\b{listed}\b", text, re.I) is not None


def _listed_after_class_noun(text: str, names: list[str]) -> bool:
    """Whether the names stand as one list "the provinces of A, B and C" (or "A, B and C
    provinces"), in that order."""
    last = _CLASS_NOUN_AFTER.sub("", names[-1])  # "Sulaymaniyah provinces" read as one name
    if last not in text or not all(n in text for n in names[:-1]):
        return False  # (a name the text does not hold: no pattern to build)
    head = r",\s+".join(re.escape(n) for n in names[:-1])
    tail = r",?\s+and\s+" + re.escape(last)
    before = rf"\bthe\s+(?:{_CLASS_NOUN})\s+of\s+(?:the\s+)?{head}{tail}\b"
    after = rf"\b{head}{tail}\s+(?:{_REGION_NOUN})\b"
    return re.search(before, text) is not None or re.search(after, text) is not None


def _raid_key(s: Strike) -> tuple[Any, ...]:
    return (s["_sent"], s["attacker"], s.get("weapon_text"), s.get("date"))


def one_raid_over_listed_places(raw: list[Strike], texts: list[str]) -> None:
    """Drop the second and later places of a raid over "the provinces of A, B and C" (in
    place)."""
    groups: dict[tuple[Any, ...], list[Strike]] = {}
    for s in raw:
        if s["type"] == "Strike" and s.get("_place_text") and not s.get("_again"):
            groups.setdefault(_raid_key(s), []).append(s)
    drop: set[int] = set()
    for group in groups.values():
        if len(group) < 2 or group[0]["_sent"] >= len(texts):
            continue
        text = texts[group[0]["_sent"]]
        if opens_on_retold_weapons(text):
            continue  # "The drones hit the towns of A, B and C": `listed_places.py`'s
        group = sorted(group, key=lambda s: text.find(s["_place_text"]))
        names = [s["_place_text"] for s in group]
        if len(set(names)) == len(names) and (_listed_after_class_noun(text, names)
                                              or _regions_each_named(text, names)):
            drop.update(id(s) for s in group[1:])
    raw[:] = [s for s in raw if id(s) not in drop]
