"""Signals the resolution rules read from the words of a report: when in the day an attack
happened, what kind of weapon it used, model designations, money amounts, ratification.

Each function is general English news usage, not a list fitted to one set of articles; each is
small enough to read in one go. They look only at the fact's own evidence sentences and weapon
words, never at the rest of the article.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# --- time of day ----------------------------------------------------------------------------
#
# An attack reported "overnight" or "in the early hours" by a report dated d happened in the night
# before d; one reported "late on Saturday" or "on Saturday night" happened in the night after its
# date; "in broad daylight", "around noon" or "in the afternoon" is daytime. A sentence holding cues
# of two kinds ("first in the early hours and then, around noon, ...") gives none.

EARLY = "early"  # the night before the date, up to the morning
DAY = "day"      # daytime of the date
LATE = "late"    # the evening and the night after the date

_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CUES = (
    (EARLY, re.compile(r"\b(?:overnight|during the night|in the night|through the night|early hours|"
                       r"small hours|before dawn|pre-?dawn|at dawn|early on " + _WEEKDAY + r"|"
                       r"early " + _WEEKDAY + r"|night-time|nighttime)\b", re.I)),
    (DAY, re.compile(r"\b(?:daylight|daytime|midday|noon|mid-?afternoon|afternoon|mid-?morning|"
                     r"late[- ]morning|rush hour)\b", re.I)),
    (LATE, re.compile(r"\b(?:late on " + _WEEKDAY + r"|late " + _WEEKDAY + r"|" + _WEEKDAY +
                      r" (?:night|evening)|late at night|late-night|in the evening|"
                      r"evening)\b", re.I)),
)


_CLOCK = re.compile(r"\b(\d{1,2})(?::\d\d)?\s?([ap])\.?m\b\.?", re.I)


def _clock(hour: int, half: str) -> str:
    hour = hour % 12 + (12 if half.lower() == "p" else 0)
    return EARLY if hour < 6 else DAY if hour < 18 else LATE


def time_of_day(quotes: Iterable[str]) -> str | None:
    """EARLY, DAY or LATE when the fact's sentences give exactly one kind of time cue (words
    such as "overnight" or "late on Saturday", or a clock time); None for none or several."""
    found: set[str] = set()
    for quote in quotes:
        found |= {kind for kind, pattern in _CUES if pattern.search(quote)}
        found |= {_clock(int(m.group(1)), m.group(2)) for m in _CLOCK.finditer(quote)}
    return found.pop() if len(found) == 1 else None


# --- weapon kinds ---------------------------------------------------------------------------
#
# A weapon profile is a set of (family, specific) pairs: "cruise missiles and drones" gives
# {("missile", "cruise"), ("drone", None)}. Two profiles clash when no pair of one fits a pair
# of the other: same family, and the same specific kind or none given on one side.

_FAMILY_OF_CATEGORY = {
    "missile": ("missile", None), "ballistic-missile": ("missile", "ballistic"),
    "cruise-missile": ("missile", "cruise"), "anti-ship-missile": ("missile", "anti-ship"),
    "drone": ("drone", None), "loitering-munition": ("drone", None),
    "rocket": ("rocket", None), "rocket-artillery": ("rocket", None),
    "shell": ("artillery", None), "artillery-shell": ("artillery", None),
    "aircraft": ("air", None), "helicopter": ("air", None), "ship": ("naval", None),
    "small-arms": ("ground", None),
}
_FAMILY_OF_STRIKE_KIND = {
    "missile": ("missile", None), "drone": ("drone", None), "air": ("air", None),
    "artillery": ("artillery", None), "rocket": ("rocket", None), "naval": ("naval", None),
    "ground": ("ground", None),
}
_WORDS = (
    (re.compile(r"\bballistic\b", re.I), ("missile", "ballistic")),
    (re.compile(r"\bcruise\b", re.I), ("missile", "cruise")),
    (re.compile(r"\banti-ship\b", re.I), ("missile", "anti-ship")),
    (re.compile(r"\bmissiles?\b", re.I), ("missile", None)),
    (re.compile(r"\b(?:drones?|uavs?|unmanned|shaheds?|loitering)\b", re.I), ("drone", None)),
    (re.compile(r"\b(?:bombs?|bombing|bombed)\b", re.I), ("bomb", None)),
    (re.compile(r"\b(?:bombers?|air ?strikes?|air raids?|warplanes?|jets?|aircraft|"
                r"fighters?|helicopters?)\b", re.I), ("air", None)),
    (re.compile(r"\b(?:rockets?|mlrs|multiple[- ]launch)\b", re.I), ("rocket", None)),
    (re.compile(r"\b(?:artillery|shells?|shelling|howitzers?|mortars?)\b", re.I), ("artillery", None)),
)


def weapon_profile(texts: Iterable[str | None], categories: Iterable[str | None] = (),
                   strike_kinds: Iterable[str | None] = ()) -> frozenset[tuple[str, str | None]]:
    """The weapon kinds one report names: from its weapon words, weapon categories (slugs) and
    strike kind (slug). "other" and "unknown" say nothing."""
    out: set[tuple[str, str | None]] = set()
    for text in texts:
        if not text:
            continue
        # "missile" inside "ballistic missile" is the same weapon, not a second one
        rest = text
        for pattern, pair in _WORDS:
            if pattern.search(rest):
                out.add(pair)
                if pair[1]:
                    rest = pattern.sub(" ", rest)
    out.update(_FAMILY_OF_CATEGORY[c] for c in categories if c in _FAMILY_OF_CATEGORY)
    out.update(_FAMILY_OF_STRIKE_KIND[k] for k in strike_kinds if k in _FAMILY_OF_STRIKE_KIND)
    # a generic pair adds nothing next to a specific one of its family
    return frozenset(p for p in out if p[1] or not any(q[0] == p[0] and q[1] for q in out))


# Aircraft drop bombs and launch missiles, and "air strike" is said of drones too: an air
# attack does not clash with a bomb, missile or drone attack (but bombs clash with missiles).
_AIR_COMPATIBLE = {frozenset({"air", "missile"}), frozenset({"air", "drone"}),
                   frozenset({"air", "bomb"})}


def profiles_fit(a: frozenset, b: frozenset) -> bool | None:
    """True when two weapon profiles share a kind, False when they clash, None when one is empty."""
    if not a or not b:
        return None
    return any((fa == fb and (sa is None or sb is None or sa == sb))
               or frozenset({fa, fb}) in _AIR_COMPATIBLE for fa, sa in a for fb, sb in b)


def profiles_specific(a: frozenset, b: frozenset) -> bool:
    """Both profiles name the same specific kind (e.g. both say "ballistic")."""
    return any(sa and (fa, sa) in b for fa, sa in a)


# --- weapon names ---------------------------------------------------------------------------

_MODEL = re.compile(r"\b([a-z]{1,4}-?\d+[a-z0-9]*(?:-\d+)?)s?\b", re.I)
_PLAIN = re.compile(r"[a-z0-9]+")
_NOT_HEAD = {"of", "and", "the", "a", "an", "new", "more", "heavy", "light", "additional",
             "advanced", "modern", "refurbished", "used", "system", "systems"}


def fold(text: str) -> str:
    """Lower case without accents or punctuation, for comparing names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(_PLAIN.findall(text))


def model_tokens(text: str | None) -> frozenset[str]:
    """Model designations such as "MK-84", "M1A1", "BLU-117", "F-16" (lower case, no hyphens)."""
    if not text:
        return frozenset()
    out = set()
    for m in _MODEL.finditer(text):
        token = m.group(1).lower().replace("-", "")
        if token.endswith("s") and token[-2:-1].isdigit():  # "MK-84s", "F-16s"
            token = token[:-1]
        out.add(token)
    return frozenset(out)


def models_fit(a: frozenset[str], b: frozenset[str]) -> bool | None:
    """True when a model of one is the other's or a variant of it ("m1" and "m1a1": the longer
    one goes on with a letter); False when both name models and none fit; None otherwise."""
    if not a or not b:
        return None
    for x in a:
        for y in b:
            short, long = sorted((x, y), key=len)
            if long == short or (long.startswith(short) and long[len(short)].isalpha()):
                return True
    return False


_GENERIC_WEAPON_WORDS = {
    "missile", "missiles", "rocket", "rockets", "bomb", "bombs", "drone", "drones", "tank", "tanks",
    "system", "systems", "vehicle", "vehicles", "fighting", "infantry", "armoured", "armored",
    "main", "battle", "air", "defence", "defense", "ground", "surface", "anti", "aircraft",
    "jets", "jet", "fighter", "fighters", "howitzer", "howitzers", "shells", "artillery",
    "ballistic", "cruise", "guided", "glide", "heavy", "light", "long", "range", "launcher",
    "launchers", "munitions", "ammunition", "rounds", "the", "and", "of", "new", "us", "u",
    "american", "russian", "british", "german", "french", "iranian", "israeli", "ukrainian",
    "chinese", "north", "korean", "soviet", "western", "nato", "general", "purpose", "to",
    "air-to-ground", "surface-to-air", "air-to-air", "surface-to-surface", "precision",
}


def name_words(text: str | None) -> frozenset[str]:
    """Proper names in a weapon phrase ("Hellfire missiles" -> {"hellfire"}, "M1 Abrams tanks"
    -> {"abrams"}): capitalised words that are not generic weapon words or nationalities."""
    if not text:
        return frozenset()
    words = re.findall(r"[A-Za-z][A-Za-z'-]+", text)
    return frozenset(w.lower() for w in words if w[0].isupper() and len(w) > 2
                     and w.lower() not in _GENERIC_WEAPON_WORDS
                     and not any(c.isdigit() for c in w))


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def head_noun(text: str | None) -> str | None:
    """The last noun of a weapon phrase, singular: "MK-84 heavy bombs" -> "bomb"."""
    if not text:
        return None
    words = [w for w in fold(text).split()
             if w not in _NOT_HEAD and len(w) > 2 and not any(c.isdigit() for c in w)]
    return singular(words[-1]) if words else None


# --- money, ratification --------------------------------------------------------------------

_MONEY = re.compile(r"(?:\$|US\$|€|£)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*"
                    r"(billion|bn|million|mn|m)?\b", re.I)
_SCALE = {"billion": 1000.0, "bn": 1000.0, "million": 1.0, "mn": 1.0, "m": 1.0}


def money_amounts(quotes: Iterable[str]) -> frozenset[float]:
    """Sums of money the quotes name, in millions ("$6.75 billion" -> 6750.0)."""
    out = set()
    for quote in quotes:
        for m in _MONEY.finditer(quote):
            value = float(m.group(1).replace(",", ""))
            scale = _SCALE.get((m.group(2) or "").lower())
            out.add(round(value * scale if scale else value / 1e6, 3))
    return frozenset(out)


_RATIFY = re.compile(r"\bratif(?:y|ies|ied|ying|ication)\b", re.I)


def ratification(quotes: Iterable[str]) -> bool:
    """The report is about ratifying an agreement (so it refers to an earlier signing)."""
    return any(_RATIFY.search(q) for q in quotes)


# --- offices --------------------------------------------------------------------------------

_SPELLING = {"defense": "defence", "programme": "program"}
_OF_FORM = re.compile(r"^(minister|secretary) (?:of|for) (?:the )?(.+)$")


def office_key(office: str) -> str:
    """An office title in one form: "Minister of Defense" and "defence minister" give
    "defence minister"; "Secretary of Defense" gives "defence secretary"."""
    words = [_SPELLING.get(w, w) for w in fold(office).split()]
    text = " ".join(w for w in words if w not in ("the",))
    m = _OF_FORM.match(text)
    if m:
        text = f"{m.group(2)} {m.group(1)}"
    return text
