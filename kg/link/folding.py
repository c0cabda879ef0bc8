"""Folding names for comparison, and key slugs (shared by the gazetteer and the GeoNames table)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ascii_letters", "fold", "slugify"]

_HONORIFICS = frozenset("mr mrs ms miss dr sir dame".split())
_ARTICLES = frozenset(("the",))
_POSSESSIVE = re.compile(r"[’‘`´']s\b")
_DOTS = re.compile(r"[’‘`´'.]")
_OTHER = re.compile(r"[^0-9a-z]+")
# Latin letters that Unicode does not decompose into a base letter and an accent (Turkish
# dotless i, Polish l with stroke, Nordic o with stroke, ...): their ASCII spelling, so that
# "Radosław" and "Radoslaw" are one name and one key
_UNDECOMPOSED = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ß": "ss", "ø": "o", "Ø": "O",
                               "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                               "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H"})


def ascii_letters(text: str) -> str:
    """Accents off and undecomposed letters spelled in ASCII ("Radosław Sikorski" ->
    "Radoslaw Sikorski"): the one place every comparison of names takes its letters from."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_UNDECOMPOSED)


def fold(text: str) -> str:
    """Fold a surface form for comparison.

    Case, accents, punctuation, a possessive ``'s``, a leading "the" and honorifics are folded:

    >>> fold("U.K.") == fold("UK")
    True
    >>> fold("Russia’s")
    'russia'
    >>> fold("the Kremlin")
    'kremlin'
    >>> fold("Erdoğan")
    'erdogan'
    >>> fold("Shahed-136")
    'shahed 136'
    """
    if not text.isascii():  # (the GeoNames table folds 150,000 names, most of them ASCII)
        text = ascii_letters(text)
    text = text.lower()
    text = _POSSESSIVE.sub("", text)  # possessive 's
    text = _DOTS.sub("", text)  # U.K. -> uk, O'Brien -> obrien
    text = _OTHER.sub(" ", text).strip()
    words = text.split()
    while len(words) > 1 and (words[0] in _ARTICLES or words[0] in _HONORIFICS):
        words = words[1:]
    return " ".join(words)


def slugify(text: str) -> str:
    """A key slug: ``[a-z0-9]+(-[a-z0-9]+)*``.

    >>> slugify("Kryvyi Rih")
    'kryvyi-rih'
    >>> slugify("Bashar al-Assad")
    'bashar-al-assad'
    >>> slugify("Radosław Sikorski") == slugify("Radoslaw Sikorski")
    True
    """
    text = ascii_letters(text).lower()
    text = re.sub(r"[’‘`´']", "", text)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"
