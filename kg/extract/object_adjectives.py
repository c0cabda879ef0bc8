"""A bare title whose sentence names another state only by the adjective of a thing (round 24).

"Pakistan says it downed Indian jets. (new paragraph) Prime Minister X said in parliament that
five Indian jets had been downed": the sentence gives no state of its own and the article names
India most (by the adjective of the jets), so the rules' last guess, the article's most-named
state, made X India's prime minister. An adjective of an object the speaker talks about ("five
Indian aircraft", "Thai drones") is not the speaker's state. When that guess is such a state,
the article's first subject (the state opening its first body sentence) is taken instead, or no
state at all when that is the same state.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# the adjective stands before a plain noun ("Indian aircraft", "five Thai drones")
_BEFORE_NOUN = re.compile(r"\s+[a-z]")


def object_adjective_only(view: SentView, name_end: int, state: str) -> bool:
    """Whether the sentence names ``state`` only by adjectives of nouns after the name."""
    ms = [m for m in view.mentions if m.state() == state]
    return bool(ms) and all(m.is_demonym and m.start >= name_end
                            and _BEFORE_NOUN.match(view.text, m.end) for m in ms)


def speaker_state(view: SentView, name_end: int, guess: str | None,
                  first_subject: str | None) -> str | None:
    """``guess``, unless the sentence names it only by an adjective of an object after the name:
    then the article's first subject if another state, else None."""
    if guess is None or not object_adjective_only(view, name_end, guess):
        return guess
    return first_subject if first_subject != guess else None
