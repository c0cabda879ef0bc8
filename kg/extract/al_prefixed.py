"""An unknown place keeps the article of its name: "al-Malikiyah", not "Malikiyah" (round 22).

The finder of names the gazetteer does not know starts a name at a capital letter, so "in
al-Malikiyah" yields "Malikiyah", a name that neither the gold nor a reader uses (nor one that
links to the place). Only a strike's place the tables do not hold ("place/..." keys) is
respelt, and only when the text writes the name with a lower-case "al-"/"el-"/"ad-" joined to
it; known places and people's names are untouched.
"""
from __future__ import annotations

import re
from typing import Any

from kg.link.folding import slugify

_ARTICLE = r"(?<![\w-])(?P<article>al|el|ad|ar|as|ash|at|az)-"


def keep_name_article(strikes: list[dict[str, Any]], texts: list[str]) -> list[dict[str, Any]]:
    """Respell an unknown strike place written after "al-" in its sentence; returns the
    strikes respelt."""
    out = []
    for s in strikes:
        name, key = s.get("_place_text"), s.get("target_place")
        if not name or not key or not key.startswith("place/") or "-" in name[:4]:
            continue
        for i in dict.fromkeys([s["_sent"], *s.get("_sents", [])]):
            m = re.search(_ARTICLE + re.escape(name) + r"\b", texts[i]) \
                if i < len(texts) and "-" + name in texts[i] else None
            if m is None:
                continue
            full = f"{m.group('article')}-{name}"
            s["target_place"], s["_place_text"] = "place/" + slugify(full), full
            out.append(s)
            break
    return out
