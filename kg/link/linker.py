"""Linking entity mentions to gazetteer entities (and through them to Wikidata).

Order of evidence, most trusted first:

1. exact match of the folded mention against labels, aliases, demonyms and metonyms
   (:meth:`Gazetteer.lookup`), restricted to the types the mention's role allows;
2. fuzzy match (rapidfuzz) of labels and aliases, restricted the same way and, for people, by
   who held an office on the date;
3. nothing: the mention gets a stable local key ``<kind>/<slug>`` and is *unlinked*.

A mention with several equally good candidates is *ambiguous*: it keeps all candidates with
their scores and also gets a local key, so no link is guessed. An analyst settles it with
``kg link ENTITY QID`` (see :mod:`kg.link.curation`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kg.link.gazetteer import ENTITY_TYPES, Gazetteer, Match, fold, slugify

__all__ = ["ROLE_TYPES", "Candidate", "LinkResult", "Linker", "local_key"]

ACTORS = frozenset({"State", "Organization", "ArmedForce", "ArmedGroup"})
#: which entity types may fill each role of a fact (docs/design.md)
ROLE_TYPES: dict[str, frozenset[str]] = {
    "attacker": ACTORS,
    "supplier": ACTORS,
    "recipient": ACTORS,
    "party": ACTORS,
    "reported_by": ACTORS | {"Person"},
    "target_place": frozenset({"Place"}),
    "place": frozenset({"Place"}),
    "target_country": frozenset({"State"}),
    "state": frozenset({"State"}),
    "country": frozenset({"State"}),
    "person": frozenset({"Person"}),
    "signatory": frozenset({"Person"}),
    "holder": frozenset({"Person"}),
    "weapon": frozenset({"WeaponSystem"}),
}
_KIND_PREFERENCE = ("person", "weapon", "place", "org", "state")


@dataclass(frozen=True)
class Candidate:
    key: str
    kind: str
    score: float
    wikidata: str | None = None


@dataclass(frozen=True)
class LinkResult:
    """The outcome of linking one mention.

    ``status`` is ``linked`` (one gazetteer entity), ``ambiguous`` (several candidates kept, none
    chosen) or ``unlinked`` (no candidate). ``key`` is the gazetteer key when linked, otherwise
    the stable local key.
    """

    mention: str
    key: str
    status: str
    wikidata: str | None = None
    candidates: tuple[Candidate, ...] = field(default=())

    @property
    def linked(self) -> bool:
        return self.status == "linked"


def local_key(mention: str, types: Iterable[str] | None = None) -> str:
    """A stable local key for an unknown mention: ``<kind>/<slug>``.

    >>> local_key("Tymur  Tkachenko's", {"Person"})
    'person/tymur-tkachenko'
    >>> local_key("Okhmatdyt hospital", {"Place"})
    'place/okhmatdyt-hospital'
    """
    kinds = {ENTITY_TYPES[t] for t in (types or ()) if t in ENTITY_TYPES}
    kind = next((k for k in _KIND_PREFERENCE if k in kinds), None)
    if kind is None:
        kind = "org"
    if len(kinds) > 1 and "org" in kinds:
        kind = "org"  # every state is in the gazetteer: an unknown actor is an organization
    return f"{kind}/{slugify(fold(mention) or mention)}"


class Linker:
    """Links mentions with a :class:`Gazetteer`.

    ``margin`` is how far the best candidate must lead the second to be chosen;
    ``fuzzy_cutoff`` (0..100) is the lowest rapidfuzz score considered at all.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, margin: float = 0.05,
                 fuzzy_cutoff: float = 88.0, fuzzy_accept: float = 0.92):
        self.gaz = gazetteer or Gazetteer.load()
        self.margin = margin
        self.fuzzy_cutoff = fuzzy_cutoff
        self.fuzzy_accept = fuzzy_accept

    def _candidates(self, matches: list[Match]) -> tuple[Candidate, ...]:
        return tuple(
            Candidate(m.key, m.kind, m.score, self.gaz.get(m.key).wikidata) for m in matches
        )

    def _prefer_office_holders(self, matches: list[Match], on: date | None,
                               office: str | None, state: str | None) -> list[Match]:
        """Among people, keep those holding ``office`` of ``state`` on ``on`` when any do."""
        if on is None or not matches:
            return matches
        people = [m for m in matches if self.gaz.get(m.key).type == "Person"]
        if len(people) < 2:
            return matches
        if office and state:
            holders = set(self.gaz.holders(office, state, on))
        else:
            holders = {m.key for m in people
                       if any(o.active_on(on) for o in self.gaz.offices_of(m.key))}
        if holders and any(m.key in holders for m in people):
            return [m for m in matches if self.gaz.get(m.key).type != "Person" or m.key in holders]
        return matches

    def link(self, mention: str, types: Iterable[str] | None = None, *, role: str | None = None,
             on: date | None = None, office: str | None = None,
             state: str | None = None) -> LinkResult:
        """Link one mention.

        ``types`` (or ``role``, a key of :data:`ROLE_TYPES`) limits the candidate types; ``on``
        (with ``office`` and ``state`` when known) prefers the people in office on that date.
        """
        allowed = set(types) if types else (set(ROLE_TYPES[role]) if role in ROLE_TYPES else None)
        exact = self.gaz.lookup(mention, allowed)
        exact = self._prefer_office_holders(exact, on, office, state)
        if exact:
            return self._decide(mention, allowed, exact, self.margin)
        fuzzy = self.gaz.fuzzy(mention, allowed, on=on, cutoff=self.fuzzy_cutoff)
        fuzzy = self._prefer_office_holders(fuzzy, on, office, state)
        if fuzzy and fuzzy[0].score >= self.fuzzy_accept:
            return self._decide(mention, allowed, fuzzy, 0.03)
        if fuzzy:
            return LinkResult(mention, local_key(mention, allowed), "ambiguous", None,
                              self._candidates(fuzzy))
        return LinkResult(mention, local_key(mention, allowed), "unlinked")

    def _decide(self, mention: str, allowed, matches: list[Match], margin: float) -> LinkResult:
        cands = self._candidates(matches)
        best = matches[0]
        if len(matches) == 1 or best.score - matches[1].score >= margin:
            return LinkResult(mention, best.key, "linked", self.gaz.get(best.key).wikidata, cands)
        return LinkResult(mention, local_key(mention, allowed), "ambiguous", None, cands)
