"""Where a name stands as a whole word, found without building a regex per name.

Rules that look a strike's place up in its sentence wrote ``re.finditer(r"\\b" + re.escape(name)
+ r"\\b", text)``: a new pattern for every place, compiled each time (about 0.3 ms) and pushed
into re's cache of 512 patterns, whose oldest entries (the rules' constant patterns) were then
compiled again. The same starts are found here with ``str.find`` and re's own test of a word
boundary (a letter, digit or underscore on one side only).
"""

from __future__ import annotations


def _is_word(c: str) -> bool:
    """A character re's ``\\w`` matches in a str pattern."""
    return c.isalnum() or c == "_"


def _boundary(text: str, i: int) -> bool:
    """Whether re's ``\\b`` holds at offset ``i`` of a non-empty ``text``."""
    before = i > 0 and _is_word(text[i - 1])
    after = i < len(text) and _is_word(text[i])
    return before != after


def bounded_starts(text: str, name: str) -> list[int]:
    """The starts of ``re.finditer(r"\\b" + re.escape(name) + r"\\b", text)`` (non-empty name)."""
    if not name:
        raise ValueError("bounded_starts needs a name")
    out = []
    i = text.find(name)
    while i >= 0:
        end = i + len(name)
        if _boundary(text, i) and _boundary(text, end):
            out.append(i)
            i = text.find(name, end)
        else:
            i = text.find(name, i + 1)
    return out
