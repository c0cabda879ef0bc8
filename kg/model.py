"""Typed article records: the canonical input that analysts, the extractor and other tools produce.

The JSON shape is documented in docs/design.md and pinned by kg/schema/record.schema.json;
`kg.records.parse_record` turns JSON into these classes and `kg.rdf` turns them into triples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

ENTITY_TYPES = ("State", "Person", "Organization", "ArmedForce", "ArmedGroup", "Place",
                "WeaponSystem")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the exact quote, its offsets in the article text, and by whom."""

    quote: str
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0
    extractor: str = "hand"
    extractor_version: str = "1"


@dataclass(frozen=True)
class Entity:
    """An entity description carried by a record (the gazetteer describes the well-known ones)."""

    key: str
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    part_of: str | None = None
    category: str | None = None
    geo: tuple[float, float] | None = None  # (latitude, longitude) of a place, for maps


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str = "en"
    text: str | None = None


@dataclass(frozen=True)
class Fact:
    """Base of the four fact kinds; `identity` gives the fields that make its IRI."""

    kind: ClassVar[str] = "fact"
    evidence: tuple[Evidence, ...] = ()
    id: str | None = None

    def identity(self) -> tuple[str, ...]:
        raise NotImplementedError


@dataclass(frozen=True)
class LeaderRole(Fact):
    kind: ClassVar[str] = "role"
    person: str = ""
    office: str = ""
    state: str | None = None
    start: str | None = None
    end: str | None = None

    def identity(self) -> tuple[str, ...]:
        return (self.person, self.office.lower(), self.state or "")


@dataclass(frozen=True)
class Treaty(Fact):
    kind: ClassVar[str] = "treaty"
    parties: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()
    date: str | None = None
    place: str | None = None
    duration_years: int | None = None
    treaty_kind: str | None = None
    name: str | None = None

    def identity(self) -> tuple[str, ...]:
        # the date is part of a treaty's identity: two pacts of the same states signed years
        # apart are two treaties (undated ones keep the IRI they always had)
        return (*sorted(self.parties), *((self.date,) if self.date else ()))


@dataclass(frozen=True)
class Strike(Fact):
    kind: ClassVar[str] = "strike"
    attacker: str | None = None
    target_place: str | None = None
    target_country: str | None = None
    weapon: str | None = None
    weapon_category: str | None = None
    weapon_text: str | None = None
    killed: int | None = None
    injured: int | None = None
    date: str | None = None
    strike_kind: str | None = None
    assertion: str | None = None
    reported_by: str | None = None

    def identity(self) -> tuple[str, ...]:
        return (self.attacker or "", self.target_place or "", self.target_country or "",
                self.date or "", (self.weapon_text or "").lower())


@dataclass(frozen=True)
class ArmsTransfer(Fact):
    kind: ClassVar[str] = "transfer"
    supplier: str | None = None
    recipient: str | None = None
    weapon: str | None = None
    weapon_category: str | None = None
    weapon_text: str | None = None
    quantity: int | None = None
    status: str | None = None
    date: str | None = None

    def identity(self) -> tuple[str, ...]:
        return (self.supplier or "", self.recipient or "", self.weapon or "",
                (self.weapon_text or "").lower())


FACT_TYPES: dict[str, type[Fact]] = {
    "LeaderRole": LeaderRole,
    "Treaty": Treaty,
    "Strike": Strike,
    "ArmsTransfer": ArmsTransfer,
}


@dataclass(frozen=True)
class Record:
    """One article with the entities it introduces and the facts it states."""

    article: Article
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
