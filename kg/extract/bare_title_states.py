"""The state of a bare title ("Defence Minister X", "President X": no state word) from a cue the
text ties to that person, read before the dateline's and the article's guesses (round 23).

* "NAIROBI — Somalia will receive drones ... . (new paragraph) Defence Minister X said his
  country ...": "his country" with no state in the paragraph before is the article's subject,
  the state that opens the dateline's sentence (not the Kenya of the dateline).
* "MANILA — Defence Minister X signed ... in Manila with his Philippine counterpart, Y" under the
  headline "Australia and the Philippines sign ...": X serves the headline pair's other state.
* "Nigeria and Ghana signed ..., promising patrols in the Gulf of Guinea. President A and
  President B signed ...": the two states joined by "and" in the sentence before, in order (the
  other states it names do not spoil the pair).
* "Burkina Faso, led by Captain X, took ...": a state opening its sentence, then "led by" a
  military rank and a name, is that state's (junta) leader.
* "ASTANA — ... President Tokayev announced ... . Neighbouring Uzbekistan is weighing ... .
  President X told ...": the dateline state's office is already held by someone else in the
  article, so X is the one state of the sentence before (same paragraph), else left out.
* "Finance Minister X signed the loan agreement with Japan ..." under "Kenya signs loan deal
  with Japan" ("signed a contract for four boats from Turkey" under "Ghana buys boats from
  Turkey"), no dateline and no other leader: the signer serves the headline pair's state
  that is not the one "with" / "from" names, when the sentence names no state outside the pair
  (round 27).
* "French President Macron arrived in Dakar ... . President X said ..." (no dateline, France
  the article's main state): France's presidency is held by Macron, so X serves the one other
  state the article named before (round 27).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

# "... with his Philippine counterpart", "met / and his Philippine counterpart": the
# counterpart follows the name in its clause
_WITH_COUNTERPART = re.compile(r"[^.;]{0,120}?\b(?:with|met|meets|and)\s+(?:his|her)\s+"
                               r"(?:[A-Z][\w-]+\s+){1,2}counterpart\b")


# "X signed the loan agreement with Japan", "X signed a contract for four boats from Turkey":
# the partner (or seller) follows "signed ... with / from" in the clause
_SIGNED_WITH = re.compile(r"\s+(?:has\s+|had\s+)?signed\s+[^.;,]{0,60}?\b(?:with|from)\s+"
                          r"(?:the\s+)?")


def signed_with_partner(view: SentView, name_end: int,
                        headline_states: list[str]) -> str | None:
    """For "X signed ... with / from [state]": the other state of the headline's pair (a
    headline of two states only; the sentence names no state outside that pair)."""
    if len(headline_states) != 2:
        return None
    w = _SIGNED_WITH.match(view.text, name_end)
    if w is None:
        return None
    named = {m.state() for m in view.mentions if m.state()}
    partner = next((m.state() for m in view.mentions if m.start == w.end() and m.state()
                    and not m.is_demonym), None)
    if partner is None or partner not in headline_states or not named <= set(headline_states):
        return None
    return next(s for s in headline_states if s != partner)


def counterpart_partner(text: str, name_end: int, others: dict[str, int],
                        headline_states: list[str]) -> str | None:
    """For "X signed ... with his [nationality] counterpart" ("X met / and his ..."): the state of the headline's
    pair that is not the counterpart's, when the headline names exactly two states."""
    if len(headline_states) != 2 or not others or not _WITH_COUNTERPART.match(text, name_end):
        return None
    rest = [s for s in headline_states if s not in others]
    return rest[0] if len(rest) == 1 else None


def coordinated_pair(view: SentView) -> list[str]:
    """The first two states a sentence joins by "and" ("Nigeria and Ghana signed"), in order;
    none unless they stand right next to each other."""
    ms = [m for m in view.mentions if m.state() and not m.is_demonym]
    for a, b in zip(ms, ms[1:]):
        if a.state() != b.state() and re.fullmatch(r"\s+and\s+(?:the\s+)?",
                                                   view.text[a.end:b.start]):
            return [a.state(), b.state()]
    return []


def office_held_elsewhere(held: dict[tuple[str, str], str], state: str | None, office: str,
                          person: str) -> bool:
    """True when the article already told someone else in ``office`` for ``state``."""
    return state is not None and held.get((state, office), person) != person



def other_holder_state(held: dict[tuple[str, str], str], guess: str, office: str, person: str,
                       recent: list[str]) -> str | None:
    """For a bare title given the article's main state ``guess`` when that state's office is
    already told held by someone else ("French President Macron arrived in Dakar ... President
    X said"): the one other state the article has named so far, else None (round 27)."""
    if not office_held_elsewhere(held, guess, office, person):
        return None
    rest = {s for s in recent if s != guess}
    return rest.pop() if len(rest) == 1 else None


# "Burkina Faso, led by Captain X, took ...": a rank makes the leader a junta's head
_LED_BY_RANK = re.compile(r",\s+(?:now\s+)?(?:led|ruled|headed)\s+by\s+(?:(?:Senior\s+|Lieutenant\s+|"
                          r"Lt\.?\s+|Major\s+|Maj\.?\s+|Brigadier\s+)?(?:General|Gen)|"
                          r"(?:Lieutenant\s+|Lt\.?\s+)?(?:Colonel|Col)|Captain|Capt)\.?\s+")
_OPENING = re.compile(r"[\W_]*")


def led_by_rank(view: SentView, after_dateline: int) -> tuple[str, int] | None:
    """For "[State], led by [rank] X," opening the sentence (after its dateline): the state and
    where the name starts; None otherwise (not "troops from Chad, led by Colonel X")."""
    text = view.text
    first = next((m for m in view.mentions if m.start >= after_dateline), None)
    if first is None or not first.state() or first.is_demonym or first.possessive \
            or not _OPENING.fullmatch(text[after_dateline:first.start]):
        return None
    led = _LED_BY_RANK.match(text, first.end)
    return (first.state(), led.end()) if led else None
