"""Round 72. Roles: "X met his counterpart Y", X named by surname after his office was told in
an earlier sentence: Y serves the other side, never X's state (the holder's "his" had lent Y
X's state). Sentences are our own; each rule has a case it must not read."""

from __future__ import annotations

from tests.extract_helpers import make_helpers, make_keys, wire

PUB = "2026-11-24"  # a Tuesday
facts, one = make_helpers(PUB, headline=False)
_transfers, _roles = make_keys(facts)


def _people(text: str) -> set[tuple]:
    return {(p, c) for p, _, c in _roles(text)}


def test_a_counterpart_met_by_a_holder_told_before_serves_the_other_state():
    text = wire("Defence Minister Boris Pistorius said Berlin would deliver two Patriot "
                "batteries. Pistorius met his counterpart Jan Kowalczyk.", "WARSAW")
    people = _people(text)
    assert ("Boris Pistorius", "Germany") in people
    assert ("Jan Kowalczyk", "Poland") in people
    assert ("Jan Kowalczyk", "Germany") not in people


def test_a_counterpart_with_no_other_state_in_sight_is_not_guessed():
    text = wire("Defence Minister Boris Pistorius said Berlin would deliver two Patriot "
                "batteries. Pistorius met his counterpart Jan Kowalczyk.", "BERLIN")
    assert not {p for p in _people(text) if p[0] == "Jan Kowalczyk"}

