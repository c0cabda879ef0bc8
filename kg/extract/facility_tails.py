"""A base's name without its capitalised kind: "Al Udeid Air Base" is the place "Al Udeid"
(round 23).

The name finder reads a run of capitalised words as one unknown name, so "struck Ain al-Asad Air
Base in western Iraq" gave a name "Ain al-Asad Air Base" that the strike rules did not take for
a place (the state named after it was taken instead), and "fired missiles at Al Udeid Air Base"
gave no strike at all. Written in lower case ("the Al Udeid air base") the kind stands apart and
the place is the bare name, as the gold gives facilities ("Nevatim", "Engels", "Harir"). Here
the kind's words at the end of an unknown name are cut off, when a name is left before them.
"""

from __future__ import annotations

# the kinds of military site written after a base's name
_TAILS = (("Air", "Base"), ("Airbase",), ("Air", "Field"), ("Airfield",), ("Air", "Station"),
          ("Naval", "Base"), ("Naval", "Air", "Station"))
_TAIL_ENDS = frozenset(tail[-1] for tail in _TAILS)  # (a name ending otherwise is kept whole)


def cut_facility_tail(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The words of a name without a trailing "Air Base" / "Airfield" / "Naval Base" (the
    words unchanged when nothing, or nothing but the kind, would be left)."""
    if not words or words[-1][2] not in _TAIL_ENDS:
        return words
    texts = [w for _, _, w in words]
    for tail in _TAILS:
        n = len(tail)
        if len(texts) > n and tuple(texts[-n:]) == tail:
            return words[:-n]
    return words
