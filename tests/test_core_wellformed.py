"""kg.wellformed's text rule takes a shortcut for printable ASCII (most literals of a load); the
shortcut must say what the character-by-character rule says."""

from __future__ import annotations

import unicodedata

import pytest

from kg.wellformed import _BIDI_CONTROLS, _INVISIBLE_CATEGORIES, text_problem


def by_character(text: str) -> str | None:
    """The rule for display text, one character at a time (no shortcut)."""
    if "\x00" in text:
        return "holds a NUL character (U+0000)"
    for ch in text:
        if unicodedata.category(ch) == "Cc":
            return f"holds a control character (U+{ord(ch):04X})"
    bidi = _BIDI_CONTROLS.search(text)
    if bidi:
        return (f"holds a bidirectional override, embedding or isolate control "
                f"(U+{ord(bidi.group()):04X}), which can make text display reversed")
    if not any(unicodedata.category(ch) not in _INVISIBLE_CATEGORIES for ch in text):
        return "has no visible character (only spaces, zero-width or formatting characters)"
    return None


ASCII_TEXTS = ["", " ", "   ", "Kyiv", " Kyiv ", "a b", "~", "Kyiv\t", "\tKyiv", "Kyiv\n",
               "Kyiv\x7f", "Kyiv\x07", "\x1b[31m", " \x0b ", "\x00"] + \
              [chr(c) for c in range(128)] + [" " + chr(c) + " " for c in range(128)]


@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_printable_ascii_shortcut_agrees_with_the_rule(text):
    assert text_problem(text, display=True) == by_character(text)


@pytest.mark.parametrize("text", ["Kyïv", "\u200b", "\u202eabc", "Kyiv\u00a0", "\u00a0"])
def test_other_text_takes_the_rule(text):
    assert text_problem(text, display=True) == by_character(text)
