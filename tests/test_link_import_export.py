"""`kg gazetteer import` from WDQS results, online reconciliation against a local server, and
the QuickStatements export."""

from __future__ import annotations

import http.server
import json
import threading
from datetime import date
from io import StringIO
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import InputError
from kg.link.gazetteer import DEFAULT_DIR, Gazetteer
from kg.link.importer import import_results, type_of
from kg.link.online import OnlineError, WikidataSearch
from kg.link.quickstatements import CLASSES, quickstatements_export, quickstatements_lines
from kg.store import EmbeddedStore


@pytest.fixture
def gazdir(tmp_path) -> Path:
    """The analyst's own gazetteer directory (empty: only the shipped gazetteer so far)."""
    return tmp_path / "my-gazetteer"


WDQS_JSON = {
    "head": {"vars": ["item", "itemLabel", "aliases", "typeLabel"]},
    "results": {"bindings": [
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q159"},
         "itemLabel": {"type": "literal", "value": "Russia", "xml:lang": "en"},
         "aliases": {"type": "literal", "value": "Rossiya|RU"},
         "typeLabel": {"type": "literal", "value": "sovereign state"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q90000001"},
         "itemLabel": {"type": "literal", "value": "Zorgon-7"},
         "aliases": {"type": "literal", "value": "Z-7"},
         "typeLabel": {"type": "literal", "value": "surface-to-surface missile"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q90000002"},
         "itemLabel": {"type": "literal", "value": "Tymur Tkachenko"},
         "typeLabel": {"type": "literal", "value": "human"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q90000003"},
         "itemLabel": {"type": "literal", "value": "Q90000003"},
         "typeLabel": {"type": "literal", "value": "human"}},
        {"item": {"type": "uri", "value": "http://www.wikidata.org/entity/Q90000004"},
         "itemLabel": {"type": "literal", "value": "Something"},
         "typeLabel": {"type": "literal", "value": "painting"}},
    ]},
}


def test_import_sparql_json_reports_added_changed_skipped(gazdir, tmp_path):
    f = tmp_path / "query.json"
    f.write_text(json.dumps(WDQS_JSON), encoding="utf-8")
    shipped = (DEFAULT_DIR / "entities.tsv").read_bytes()
    dry = import_results(f, gazdir, dry_run=True, today=date(2025, 1, 1))
    assert not gazdir.exists()
    rep = import_results(f, gazdir, today=date(2025, 1, 1))
    assert (DEFAULT_DIR / "entities.tsv").read_bytes() == shipped  # the package is never edited
    own = (gazdir / "entities.tsv").read_text().splitlines()
    assert len(own) == 1 + 3  # header + the three entities the import touched
    assert rep == dry
    assert rep.added == ["weapon/zorgon-7"]
    changed = dict(rep.changed)
    assert changed["state/russia"] == "aliases +Rossiya|RU"
    assert ("person/tymur-tkachenko", "wikidata Q90000002") in rep.changed
    assert {item for item, _ in rep.skipped} == {"Q90000003", "Q90000004"}
    g = Gazetteer.load(user_dir=gazdir)
    assert g.get("weapon/zorgon-7").wikidata == "Q90000001"
    assert g.get("weapon/zorgon-7").wikidata_source == "import:query.json 2025-01-01"
    assert g.get("person/tymur-tkachenko").wikidata == "Q90000002"
    assert g.get("state/russia").wikidata == "Q159"
    assert [m.key for m in g.lookup("Rossiya")] == ["state/russia"]
    # importing again changes nothing
    again = import_results(f, gazdir, today=date(2025, 1, 1))
    assert again.added == [] and again.changed == []


def test_import_csv(gazdir, tmp_path):
    f = tmp_path / "query.csv"
    f.write_text("item,label,aliases,type\n"
                 "http://www.wikidata.org/entity/Q90000010,Zorgon Brigade,ZB,Organization\n"
                 ",No item,,human\n", encoding="utf-8")
    rep = import_results(f, gazdir)
    assert rep.added == ["org/zorgon-brigade"]
    assert rep.skipped == [("row 2", "no QID in item")]


def test_import_rejects_duplicate_qid_and_bad_files(gazdir, tmp_path):
    f = tmp_path / "dup.csv"
    f.write_text("item,label,aliases,type\nQ159,Ruritania,,State\n", encoding="utf-8")
    rep = import_results(f, gazdir)  # Q159 is Russia's: the row only adds an alias to Russia
    assert rep.changed == [("state/russia", "aliases +Ruritania")]
    bad = tmp_path / "bad.csv"
    bad.write_text("name,qid\nx,Q1\n", encoding="utf-8")
    with pytest.raises(InputError):
        import_results(bad, gazdir)
    with pytest.raises(InputError):
        import_results(tmp_path / "missing.json", gazdir)


def test_import_matches_rows_on_aliases_and_refuses_the_package_dir(gazdir, tmp_path):
    """A row whose label differs but whose alias names an unlinked entity links that entity
    (matching on the label alone added a second entity before)."""
    g = Gazetteer.load()
    weapon = next(e for e in g if e.type == "WeaponSystem" and not e.wikidata and e.aliases)
    f = tmp_path / "aliases.csv"
    f.write_text("item,label,aliases,type\n"
                 f"http://www.wikidata.org/entity/Q90000020,Entirely Other Name,"
                 f"{weapon.aliases[0]},WeaponSystem\n", encoding="utf-8")
    rep = import_results(f, gazdir)
    assert rep.added == []
    assert (weapon.key, "wikidata Q90000020") in rep.changed
    assert Gazetteer.load(user_dir=gazdir).get(weapon.key).wikidata == "Q90000020"
    with pytest.raises(InputError) as refused:
        import_results(f, DEFAULT_DIR)
    assert "installed package" in refused.value.message


def test_import_writes_the_store_gazetteer_graph(gazdir, tmp_path, monkeypatch):
    monkeypatch.setenv("KG_GAZETTEER_DIR", str(gazdir))
    from kg.loader import ensure_base_graphs

    store = EmbeddedStore(None)
    ensure_base_graphs(store)
    f = tmp_path / "query.json"
    f.write_text(json.dumps(WDQS_JSON), encoding="utf-8")
    rep = import_results(f, gazdir, store=store)
    assert rep.store_graphs == ["https://kg.example.org/graph/gazetteer"]
    assert bool(store.query("ASK { GRAPH <https://kg.example.org/graph/gazetteer> { "
                            "<https://kg.example.org/id/weapon/zorgon-7> "
                            "<http://www.w3.org/2002/07/owl#sameAs> "
                            "<http://www.wikidata.org/entity/Q90000001> } }"))


def test_type_of():
    assert type_of("State") == "State"
    assert type_of("human") == "Person"
    assert type_of("city in Ukraine") == "Place"
    assert type_of("cruise missile") == "WeaponSystem"
    assert type_of("painting") is None


class _Handler(http.server.BaseHTTPRequestHandler):
    seen: list = []

    def do_GET(self):  # noqa: N802 - http.server API
        _Handler.seen.append((self.path, self.headers.get("User-Agent")))
        body = json.dumps({"searchinfo": {"search": "x"}, "search": [
            {"id": "Q90000020", "label": "Okhmatdyt", "description": "children's hospital in Kyiv"},
            {"id": "P31", "label": "not an item"}], "success": 1}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    _Handler.seen = []
    yield f"http://127.0.0.1:{srv.server_address[1]}/w/api.php"
    srv.shutdown()
    srv.server_close()


def test_online_search_uses_user_agent_rate_limit_and_cache(server, tmp_path):
    client = WikidataSearch(tmp_path / "cache", api_url=server, min_interval=0.2)
    hits = client.search("Okhmatdyt")
    assert [(h.qid, h.label) for h in hits] == [("Q90000020", "Okhmatdyt")]
    path, agent = _Handler.seen[0]
    assert "action=wbsearchentities" in path and "search=Okhmatdyt" in path
    assert agent.startswith("kg/")
    assert client.search("Okhmatdyt") == hits  # cached: no second request
    assert len(_Handler.seen) == 1
    import time
    t0 = time.monotonic()
    client.search("Other")
    client.search("Third")
    assert time.monotonic() - t0 >= 0.2  # spaced by the rate limit
    assert len(_Handler.seen) == 3
    fresh = WikidataSearch(tmp_path / "cache", api_url=server)
    assert fresh.search("Okhmatdyt") == hits and fresh.requests_made == 0


def test_online_search_error(tmp_path):
    client = WikidataSearch(tmp_path, api_url="http://127.0.0.1:9/w/api.php", timeout=2)
    with pytest.raises(OnlineError):
        client.search("x")


FACTS_TRIG = """
@prefix kg: <https://kg.example.org/ontology#> .
@prefix kgid: <https://kg.example.org/id/> .
@prefix schema: <http://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://kg.example.org/graph/article/a1> {
  kgid:article\\/a1 schema:url <https://news.example.org/a1> .
  kgid:article\\/a1\\/strike\\/s1 a kg:Strike ; prov:wasDerivedFrom kgid:article\\/a1 ;
    kg:attacker kgid:state\\/russia ; kg:targetPlace kgid:place\\/kyiv ;
    kg:targetCountry kgid:state\\/ukraine ; kg:killed 2 ; kg:injured 16 ;
    kg:date "2024-07-08"^^xsd:date .
  kgid:article\\/a1\\/treaty\\/t1 a kg:Treaty ; prov:wasDerivedFrom kgid:article\\/a1 ;
    kg:party kgid:state\\/russia, kgid:state\\/iran ; kg:signedOn "2025-01"^^xsd:gYearMonth .
  kgid:article\\/a1\\/strike\\/s2 a kg:Strike ; prov:wasDerivedFrom kgid:article\\/a1 ;
    kg:attacker kgid:org\\/unknown-militia .
}
"""


def test_quickstatements_export():
    store = EmbeddedStore(None)
    store.oxigraph.load(FACTS_TRIG.encode(), format=ox.RdfFormat.TRIG)
    store.oxigraph.extend(Gazetteer.load().to_quads())
    out = StringIO()
    export = quickstatements_export(store, out, retrieved=date(2025, 2, 1))
    lines = out.getvalue().splitlines()
    assert export.created == 2  # the strike by an unlinked militia has nothing to state
    assert export.skipped == [] and export.warnings == []
    ref = '\tS854\t"https://news.example.org/a1"\tS813\t+2025-02-01T00:00:00Z/11'
    strike = lines[lines.index('LAST\tLen\t"Russia strike on Kyiv, 2024-07-08"') - 1:]
    assert strike[0] == "CREATE"
    # a new item says what it is (P31) and carries a description
    assert strike[2] == 'LAST\tDen\t"strike by Russia on Kyiv on 2024-07-08, as reported in the news"'
    assert strike[3] == f"LAST\tP31\t{CLASSES['Strike'][0]}"
    body = set(strike[4:10])
    assert {"LAST\tP1120\t2" + ref, "LAST\tP1339\t16" + ref, "LAST\tP710\tQ159" + ref,
            "LAST\tP710\tQ212" + ref, "LAST\tP585\t+2024-07-08T00:00:00Z/11" + ref} <= body
    assert not any("P276" in line for line in strike[2:10])  # Kyiv has no verified QID
    assert "LAST\tP585\t+2025-01-00T00:00:00Z/10" + ref in lines
    assert f"LAST\tP31\t{CLASSES['Treaty'][0]}" in lines
    assert quickstatements_lines(store, date(2025, 2, 1)) == lines


def test_quickstatements_skips_items_wikidata_has_and_warns_on_unreferenced():
    """A fact an analyst linked to its Wikidata item is not created again; a statement whose
    article has no URL is reported."""
    from kg.link.curation import record_decision

    store = EmbeddedStore(None)
    store.oxigraph.load(FACTS_TRIG.encode(), format=ox.RdfFormat.TRIG)
    store.oxigraph.extend(Gazetteer.load().to_quads())
    record_decision(store, "article/a1/treaty/t1", "Q90000030", "alice")
    store.update("DELETE WHERE { GRAPH ?g { <https://kg.example.org/id/article/a1> "
                 "<http://schema.org/url> ?u } }")
    export = quickstatements_export(store, StringIO(), retrieved=date(2025, 2, 1))
    assert export.skipped == [("https://kg.example.org/id/article/a1/treaty/t1", "Q90000030")]
    assert export.created == 1
    assert export.unreferenced == [("https://kg.example.org/id/article/a1/strike/s1", 5)]
    assert "have no reference" in export.warnings[0]
    assert not any("S854" in line for line in export.lines)


def test_cli_export_quickstatements_reports_warnings_and_skips(tmp_path, capsys):
    from kg.cli import main

    store = EmbeddedStore(str(tmp_path / "s"))
    store.oxigraph.load(FACTS_TRIG.encode(), format=ox.RdfFormat.TRIG)
    store.update("DELETE WHERE { GRAPH ?g { <https://kg.example.org/id/article/a1> "
                 "<http://schema.org/url> ?u } }")
    store.close()
    main(["--store", str(tmp_path / "s"), "export", "--quickstatements", "-o",
          str(tmp_path / "out.qs")])
    err = capsys.readouterr().err
    assert "CREATE" in (tmp_path / "out.qs").read_text()
    assert "warning: 3 statement(s) of https://kg.example.org/id/article/a1/strike/s1 have no " \
           "reference" in err
    assert "2 new item(s); 0 skipped" in err
