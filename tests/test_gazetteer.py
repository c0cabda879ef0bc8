"""The shipped gazetteer: tables parse, look-ups fold variants, offices answer by date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.link.gazetteer import (
    ENTITY_COLUMNS,
    KEY_RE,
    GazEntity,
    Gazetteer,
    GazetteerError,
    Office,
    fold,
    office_class,
)

KG = "https://kg.example.org/ontology#"
KGID = "https://kg.example.org/id/"
GRAPH = ox.NamedNode("https://kg.example.org/graph/gazetteer")


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def keys(matches):
    return [m.key for m in matches]


def test_load_is_cached_and_keys_are_valid(gaz):
    assert Gazetteer.load() is Gazetteer.load()  # cached per directory (and the user's rows)
    assert len(gaz) == len(list(gaz))
    for e in gaz:
        assert KEY_RE.match(e.key), e.key
        assert gaz.get(e.key) is e
    assert gaz.get("state/atlantis") is None


@pytest.mark.parametrize(
    ("surface", "key", "kind"),
    [
        ("Russia", "state/russia", "label"),
        ("Russia’s", "state/russia", "label"),
        ("Russian", "state/russia", "demonym"),
        ("The Russians", "state/russia", "demonym"),
        ("U.K.", "state/united-kingdom", "alias"),
        ("UK", "state/united-kingdom", "alias"),
        ("Britain's", "state/united-kingdom", "alias"),
        ("British", "state/united-kingdom", "demonym"),
        ("Türkiye", "state/turkey", "alias"),
        ("Erdoğan", "person/recep-tayyip-erdogan", "alias"),
        ("Mr Zelenskiy", "person/volodymyr-zelenskyy", "alias"),
        ("Zelensky", "person/volodymyr-zelenskyy", "alias"),
        ("Geran-2", "weapon/shahed-136", "alias"),
        ("Shahed-136", "weapon/shahed-136", "label"),
        ("SCALP-EG", "weapon/storm-shadow", "alias"),
        ("MGM-140", "weapon/atacms", "alias"),
        ("Atacms", "weapon/atacms", "label"),
        ("S400", "weapon/s-400", "alias"),
        ("Nato", "org/nato", "label"),
    ],
)
def test_lookup_folds_variants(gaz, surface, key, kind):
    found = gaz.lookup(surface)
    assert found and found[0].key == key and found[0].kind == kind, found


def test_metonym_returns_place_and_state(gaz):
    found = gaz.lookup("Moscow")
    assert keys(found) == ["place/moscow", "state/russia"]
    assert [m.kind for m in found] == ["label", "metonym"]
    assert keys(gaz.lookup("Moscow’s", types={"State"})) == ["state/russia"]
    assert keys(gaz.lookup("the Kremlin", types={"State"})) == ["state/russia"]
    assert keys(gaz.lookup("Tehran", types={"Place"})) == ["place/tehran"]


def test_weapon_with_generic_words(gaz):
    assert keys(gaz.lookup("Storm Shadow cruise missiles")) == ["weapon/storm-shadow"]
    assert keys(gaz.lookup("Shahed attack drones")) == ["weapon/shahed-136"]
    assert gaz.lookup("Shahed attack drones")[0].score < gaz.lookup("Shahed")[0].score
    assert gaz.lookup("cruise missiles") == []


def test_unknown_and_empty(gaz):
    assert gaz.lookup("Atlantis") == []
    assert gaz.lookup("  ") == []
    assert gaz.fuzzy("Xqzv Plorth") == []


def test_fuzzy_constrained_by_type(gaz):
    assert keys(gaz.fuzzy("Zelenskyi", types={"Person"}))[0] == "person/volodymyr-zelenskyy"
    assert gaz.fuzzy("Zelenskyi", types={"WeaponSystem"}) == []
    assert all(m.kind == "fuzzy" and 0 < m.score <= 1 for m in gaz.fuzzy("Kryvy Rih"))


def test_offices_and_holders(gaz):
    assert gaz.holders("president", "state/united-states", date(2024, 9, 10)) == [
        "person/joe-biden"
    ]
    assert gaz.holders("president", "state/united-states", date(2025, 1, 20)) == [
        "person/donald-trump"
    ]
    assert gaz.holders("foreign minister", "state/united-states", date(2024, 9, 10)) == [
        "person/antony-blinken"
    ]
    assert gaz.holders("prime minister", "state/united-kingdom", date(2023, 5, 11)) == [
        "person/rishi-sunak"
    ]
    assert office_class("Secretary of State") == office_class("Foreign Secretary")
    offs = gaz.offices_of("person/vladimir-putin")
    assert [o.office for o in offs] == ["president", "prime minister", "president"]


def test_fuzzy_prefers_office_holder_on_date():
    ents = [
        GazEntity("person/john-smith", "Person", "John Smith"),
        GazEntity("person/jon-smith", "Person", "Jon Smith"),
        GazEntity("state/ruritania", "State", "Ruritania"),
    ]
    offs = [
        Office("person/john-smith", "president", "state/ruritania", date(2000, 1, 1),
               date(2005, 1, 1)),
        Office("person/jon-smith", "president", "state/ruritania", date(2005, 1, 1), None),
    ]
    g = Gazetteer(ents, offs)
    assert keys(g.fuzzy("Jhon Smith", on=date(2001, 6, 1)))[0] == "person/john-smith"
    assert keys(g.fuzzy("Jhon Smith", on=date(2010, 6, 1)))[0] == "person/jon-smith"


def test_same_entity(gaz):
    assert gaz.same_entity("Volodymyr Zelenskiy", "Volodymyr Zelenskyy")
    assert gaz.same_entity("United Kingdom", "Britain")
    assert gaz.same_entity("Storm Shadow cruise missiles", "Storm Shadow")
    assert gaz.same_entity("ATACMS missiles", "Atacms")
    assert not gaz.same_entity("Russia", "Ukraine")
    assert not gaz.same_entity("Moscow", "Russia")


def test_fold():
    assert fold("U.K.") == fold("UK") == "uk"
    assert fold("Russia’s") == "russia"
    assert fold("the Kremlin") == "kremlin"
    assert fold("Kyiv's") == "kyiv"


def write_tables(tmp_path: Path, rows: list[list[str]], offices: str = "") -> Path:
    lines = ["\t".join(ENTITY_COLUMNS)] + ["\t".join(r + [""] * (10 - len(r))) for r in rows]
    (tmp_path / "entities.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "offices.tsv").write_text(
        "person\toffice\tstate\tstart\tend\tsource\n" + offices, encoding="utf-8"
    )
    return tmp_path


def test_duplicate_key_rejected(tmp_path):
    d = write_tables(tmp_path, [["state/a", "State", "A"], ["state/a", "State", "A2"]])
    with pytest.raises(GazetteerError, match="duplicate key"):
        Gazetteer.load(d)


def test_duplicate_qid_rejected(tmp_path):
    d = write_tables(tmp_path, [
        ["state/a", "State", "A", "", "", "", "", "", "Q1", "test"],
        ["state/b", "State", "B", "", "", "", "", "", "Q1", "test"],
    ])
    with pytest.raises(GazetteerError, match="duplicate QID"):
        Gazetteer.load(d)


@pytest.mark.parametrize(
    "row",
    [
        ["State/A", "State", "A"],
        ["state/a", "Country", "A"],
        ["person/a", "State", "A"],
        ["state/a", "State", ""],
        ["state/a", "State", "A", "", "", "", "", "", "Q0", "x"],
        ["state/a", "State", "A", "", "", "", "", "", "Q5", ""],
        ["state/a", "State", "A", "", "", "", "place/nowhere"],
    ],
)
def test_bad_rows_rejected(tmp_path, row):
    with pytest.raises(GazetteerError):
        Gazetteer.load(write_tables(tmp_path, [row]))


def test_bad_office_rejected(tmp_path):
    rows = [["state/a", "State", "A"], ["person/p", "Person", "P"]]
    with pytest.raises(GazetteerError, match="unknown state"):
        Gazetteer.load(write_tables(tmp_path, rows, "person/p\tpresident\tstate/b\t\t\t\n"))
    with pytest.raises(GazetteerError, match="bad date"):
        Gazetteer.load(write_tables(tmp_path, rows, "person/p\tpresident\tstate/a\t2020\t\t\n"))


def test_to_quads(gaz):
    quads = gaz.to_quads()
    assert quads and all(q.graph_name == GRAPH for q in quads)
    store = ox.Store()
    store.extend(quads)

    def ask(q: str) -> bool:
        return bool(store.query(q, use_default_graph_as_union=True))

    pre = f"PREFIX kg: <{KG}> PREFIX kgid: <{KGID}> PREFIX schema: <http://schema.org/> "
    assert ask(pre + "ASK { kgid:state\\/russia a kg:State, kg:Actor }")
    assert ask(pre + "ASK { kgid:org\\/armed-forces-of-ukraine a kg:ArmedForce, "
                     "kg:Organization, kg:Actor }")
    assert ask(pre + 'ASK { kgid:weapon\\/storm-shadow kg:weaponCategory '
                     '<https://kg.example.org/concept/weapon-category/cruise-missile> }')
    assert ask(pre + "ASK { kgid:place\\/kryvyi-rih schema:containedInPlace+ kgid:state\\/ukraine }")
    assert ask(pre + """ASK { ?r a kg:LeaderRole ; kg:holder kgid:person\\/joe-biden ;
        kg:office "president" ; kg:state kgid:state\\/united-states ;
        schema:startDate "2021-01-20"^^<http://www.w3.org/2001/XMLSchema#date> }""")
    role = ox.NamedNode(
        KGID + "office-holding/keir-starmer/united-kingdom/prime-minister/2024-07-05"
    )
    assert any(q.subject == role for q in quads)
    # owl:sameAs only for entities with a verified QID
    linked = {e.key for e in gaz if e.wikidata}
    same = {q.subject.value[len(KGID):] for q in quads
            if q.predicate.value == "http://www.w3.org/2002/07/owl#sameAs"}
    assert same == linked


def test_weapon_categories_exist_in_ontology(gaz):
    concepts = Path(__file__).resolve().parent.parent / "ontology" / "concepts.ttl"
    if not concepts.exists():
        pytest.skip("ontology/concepts.ttl not present")
    store = ox.Store()
    store.load(path=str(concepts), format=ox.RdfFormat.TURTLE)
    known = {
        str(s.value).rsplit("/", 1)[1]
        for s in (q.subject for q in store.quads_for_pattern(
            None, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
            ox.NamedNode("http://www.w3.org/2004/02/skos/core#Concept"), None))
        if "/weapon-category/" in s.value
    }
    used = {e.category for e in gaz if e.category}
    assert used <= known, f"categories missing from the ontology: {sorted(used - known)}"
