"""Generated article records for benchmarks and stress tests (never for analysis).

Each record is about 100 triples: an article with its text, one strike, one arms transfer and one
leader role, each with evidence, pointing at gazetteer entities. Deterministic for a given seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

STATES = ["state/russia", "state/ukraine", "state/iran", "state/israel", "state/united-states",
          "state/united-kingdom", "state/turkey", "state/poland", "state/france", "state/germany"]
PLACES = ["place/kyiv", "place/kharkiv", "place/odesa", "place/dnipro", "place/sumy",
          "place/kryvyi-rih", "place/zaporizhzhia", "place/kherson"]


def make_record(i: int, rng: random.Random) -> dict:
    attacker, recipient = rng.sample(STATES, 2)
    supplier = rng.choice([s for s in STATES if s != recipient])
    place = rng.choice(PLACES)
    day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    killed, injured, qty = rng.randint(0, 40), rng.randint(0, 90), rng.randint(1, 200)
    s1 = (f"A missile strike hit {place.split('/')[1]} on that day, killing {killed} people "
          f"and injuring {injured}.")
    s2 = f"Officials said {supplier.split('/')[1]} had delivered {qty} drones to {recipient.split('/')[1]}."
    s3 = f"The president of {attacker.split('/')[1]} spoke about the attack in article {i}."
    filler = " ".join(f"Background sentence {k} of generated article {i}." for k in range(8))
    text = f"{s1} {s2} {s3} {filler}"

    def ev(sentence: str) -> list[dict]:
        start = text.index(sentence)
        return [{"quote": sentence, "start": start, "end": start + len(sentence),
                 "confidence": 0.8, "extractor": "synthetic", "extractor_version": "1"}]

    return {
        "record_version": 1,
        "article": {"id": f"gen-{i:07d}", "title": f"Generated article {i}", "publisher": "kg synthetic",
                    "url": f"https://kg.example.org/synthetic/{i}", "published": day,
                    "language": "en", "text": text},
        "entities": [],
        "facts": [
            {"type": "Strike", "attacker": attacker, "target_place": place,
             "target_country": "state/ukraine", "weapon_category": "missile",
             "weapon_text": "missile", "killed": killed, "injured": injured, "date": day,
             "strike_kind": "missile", "assertion": "reported", "evidence": ev(s1)},
            {"type": "ArmsTransfer", "supplier": supplier, "recipient": recipient,
             "weapon_category": "drone", "weapon_text": "drones", "quantity": qty,
             "status": "delivered", "date": day, "evidence": ev(s2)},
            {"type": "LeaderRole", "person": f"person/generated-leader-{i % 50}",
             "office": "president", "state": attacker, "evidence": ev(s3)},
        ],
    }


def records(n: int, seed: int = 7, start: int = 0) -> Iterator[dict]:
    rng = random.Random(seed)
    for i in range(start, start + n):
        rec = make_record(i, rng)
        person = rec["facts"][2]["person"]
        rec["entities"].append({"key": person, "type": "Person",
                                "label": f"Generated Leader {person.rsplit('-', 1)[1]}",
                                "wikidata": None})
        yield rec


def write_jsonl(path: Path, n: int, seed: int = 7, start: int = 0) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for rec in records(n, seed, start):
            fh.write(json.dumps(rec) + "\n")
    return path


def write_ntriples(path: Path, n: int, seed: int = 7, start: int = 0) -> Path:
    """The same records as one N-Triples file (their quads without graph names): the generated
    news graph that `kg load` of a large RDF file is measured and tested on."""
    import pyoxigraph as ox

    from kg.rdf import record_to_quads
    from kg.records import parse_record

    with path.open("wb") as fh:
        for rec in records(n, seed, start):
            quads = record_to_quads(parse_record(rec))
            fh.write(ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads],
                                  format=ox.RdfFormat.N_TRIPLES))
    return path


def busy_entity_quads(facts: int = 10_000, key: str = "state/busyland") -> list:
    """One state, `key`, that attacks in `facts` strikes of one article graph: what an entity
    page must page through (tests/test_pages.py, benchmarks/bench_pages.py)."""
    import pyoxigraph as ox

    from kg import namespaces as ns

    slug = key.split("/", 1)[1]
    g = ox.NamedNode(ns.GRAPH + f"article/{slug}")
    art = ox.NamedNode(ns.ID + f"article/{slug}")
    busy = ox.NamedNode(ns.ID + key)
    quads = [ox.Quad(busy, ns.rdf.type, ns.kg.State, g),
             ox.Quad(busy, ns.rdfs.label, ox.Literal(slug.title(), language="en"), g),
             ox.Quad(art, ns.rdf.type, ns.kg.Article, g)]
    for i in range(facts):
        f = ox.NamedNode(f"{ns.ID}article/{slug}/strike/{i:012x}")
        date = f"20{10 + i % 15:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        quads += [ox.Quad(f, ns.rdf.type, t, g) for t in (ns.kg.Strike, ns.kg.Event, ns.kg.Fact)]
        quads += [ox.Quad(f, ns.kg.attacker, busy, g),
                  ox.Quad(f, ns.kg.date, ox.Literal(date, datatype=ns.xsd.date), g),
                  ox.Quad(f, ns.prov.wasDerivedFrom, art, g)]
    return quads
