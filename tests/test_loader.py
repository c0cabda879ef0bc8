"""kg load / kg validate against a real on-disk Oxigraph store: the gate, atomicity, reloads."""

from __future__ import annotations

import copy
import json

import pyoxigraph as ox
import pytest

from kg import namespaces as ns
from kg.cli import main
from kg.errors import InputError, RdfSyntaxError, RecordError, TooLarge, ValidationFailed
from kg.loader import load, validate_paths

KG = ns.KG


def strike_rows(store):
    return list(store.query(f"SELECT ?s ?killed WHERE {{ ?s a <{KG}Strike> ; <{KG}killed> ?killed }}"))


def article_quads(store, article_id):
    return store.graph_quads(ns.article_graph(article_id))


def test_load_record_then_query(store, settings, make_record, write_json):
    summary = load([write_json(make_record())], store, settings)
    assert summary.written and summary.articles == 1
    rows = strike_rows(store)
    assert [r["killed"].value for r in rows] == ["2"]
    # the evidence sentence is reachable from the fact in one query
    (ev,) = list(store.query(
        f"SELECT ?quote ?start WHERE {{ ?f a <{KG}Strike> ; <{KG}hasEvidence> ?e . "
        f"?e <{ns.OA}hasTarget> ?t . ?t <{ns.OA}hasSelector> ?q , ?p . "
        f"?q <{ns.OA}exact> ?quote . ?p <{ns.OA}start> ?start }}"))
    assert ev["quote"].value.startswith("Russian missiles hit Kyiv") and ev["start"].value == "0"


def test_reload_is_idempotent_and_replaces_the_article(store, settings, make_record, write_json):
    path = write_json(make_record())
    load([path], store, settings)
    before = store.count()
    load([path], store, settings)
    assert store.count() == before, "reloading the same record must not duplicate anything"

    changed = make_record()
    changed["facts"][0]["killed"] = 3
    load([write_json(changed, "changed.json")], store, settings)
    assert [r["killed"].value for r in strike_rows(store)] == ["3"], "old fact must be gone"


def test_base_graphs_are_loaded_once(store, settings, make_record, write_json):
    load([write_json(make_record())], store, settings)
    gaz = len(store.graph_quads(ns.GRAPH_GAZETTEER))
    onto = len(store.graph_quads(ns.GRAPH_ONTOLOGY))
    assert gaz > 100 and onto > 100
    load([write_json(make_record(), "again.json")], store, settings)
    assert len(store.graph_quads(ns.GRAPH_GAZETTEER)) == gaz
    assert len(store.graph_quads(ns.GRAPH_ONTOLOGY)) == onto


def test_violation_writes_nothing_and_report_names_everything(store, settings, make_record,
                                                              write_json):
    good = write_json(make_record(article_id="good-one"), "good.json")
    bad_record = make_record(article_id="bad-one")
    bad_record["facts"][0]["attacker"] = "state/atlantis"  # no such entity anywhere
    bad = write_json(bad_record, "bad.json")
    with pytest.raises(ValidationFailed) as info:
        load([good, bad], store, settings)
    assert store.named_graphs() == [], "nothing of a refused load may be written"
    (result,) = info.value.report.violations
    assert result.source == str(bad) and result.article == "bad-one"
    assert result.focus.startswith("<https://kg.example.org/id/article/bad-one/strike/")
    assert result.path == f"<{KG}attacker>"
    assert result.value == "<https://kg.example.org/id/state/atlantis>"
    assert "attacker" in result.message


def test_date_after_publication_is_a_violation(store, settings, make_record, write_json):
    record = make_record(published="2024-07-08")
    record["facts"][0]["date"] = "2024-07-09"
    with pytest.raises(ValidationFailed) as info:
        load([write_json(record)], store, settings)
    assert any("later than" in r.message for r in info.value.report.violations)


def test_supplier_equal_to_recipient_is_a_violation(store, settings, make_record, write_json):
    text = "Turkey sold drones to Turkey."
    record = make_record(text=text, facts=[{
        "type": "ArmsTransfer", "supplier": "state/turkey", "recipient": "state/turkey",
        "weapon_category": "drone", "weapon_text": "drones",
        "evidence": [{"quote": text, "start": 0, "end": len(text)}]}])
    with pytest.raises(ValidationFailed) as info:
        load([write_json(record)], store, settings)
    assert [r.component.rsplit("#")[1] for r in info.value.report.violations] == [
        "DisjointConstraintComponent"]


def test_warnings_load_but_strict_refuses(store, settings, make_record, write_json):
    record = make_record(entities=[{"key": "place/test-village", "type": "Place",
                                    "label": "Test village", "wikidata": None}])
    record["facts"][0]["target_place"] = "place/test-village"
    path = write_json(record)
    with pytest.raises(ValidationFailed) as info:
        load([path], store, settings, strict=True)
    assert store.named_graphs() == []
    assert info.value.report.conforms and info.value.report.warnings
    summary = load([path], store, settings)
    assert summary.written
    assert any("test-village" in w.focus for w in summary.report.warnings)


def test_dry_run_reports_changes_and_writes_nothing(store, settings, make_record, write_json):
    path = write_json(make_record())
    summary = load([path], store, settings, dry_run=True)
    assert not summary.written and store.named_graphs() == []
    added, removed = summary.changes["test-article"]
    assert added > 20 and removed == 0
    load([path], store, settings)
    changed = make_record()
    changed["facts"][0]["killed"] = 5
    summary = load([write_json(changed, "c.json")], store, settings, dry_run=True)
    assert summary.changes["test-article"] == (1, 1), "one triple changes: killed 2 -> 5"


def test_validate_paths_writes_nothing(store, settings, make_record, write_json):
    record = make_record()
    record["facts"][0]["attacker"] = "state/atlantis"
    summary = validate_paths([write_json(record)], store, settings)
    assert not summary.report.conforms and store.named_graphs() == []


def test_two_articles_with_one_id_in_one_load_is_an_error(store, settings, make_record, write_json):
    a = write_json(make_record(), "a.json")
    b = write_json(make_record(), "b.json")
    with pytest.raises(InputError, match="loaded twice"):
        load([a, b], store, settings)
    assert store.named_graphs() == []


def test_jsonl_and_list_files_and_directories(store, settings, make_record, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "many.jsonl").write_text("\n".join(json.dumps(make_record(article_id=f"a-{i}"))
                                            for i in range(5)) + "\n\n", "utf-8")
    (d / "list.json").write_text(json.dumps([make_record(article_id=f"b-{i}") for i in range(3)]),
                                 "utf-8")
    summary = load([d], store, settings)
    assert summary.articles == 8 and len(strike_rows(store)) == 8


# --- bad input ----------------------------------------------------------------------------------

def test_malformed_json_names_line_and_column(store, settings, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"record_version": 1,\n  "article": {"id": }\n}', "utf-8")
    with pytest.raises(RecordError) as info:
        load([path], store, settings)
    assert info.value.location == f"{path}:2:21"


def test_malformed_jsonl_names_the_line(store, settings, make_record, tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(make_record()) + "\n{not json}\n", "utf-8")
    with pytest.raises(RecordError) as info:
        load([path], store, settings)
    assert info.value.location.startswith(f"{path}:2:")
    assert store.named_graphs() == []


def test_unknown_field_is_named(store, settings, make_record, write_json):
    record = make_record()
    record["facts"][0]["kiled"] = 2
    with pytest.raises(RecordError, match="kiled"):
        load([write_json(record)], store, settings)


def test_mistyped_field_is_named(store, settings, make_record, write_json):
    record = make_record()
    record["facts"][0]["killed"] = "two"
    with pytest.raises(RecordError) as info:
        load([write_json(record)], store, settings)
    assert "facts[0].killed" in info.value.message


def test_quote_must_match_offsets(store, settings, make_record, write_json):
    record = make_record()
    record["facts"][0]["evidence"][0]["start"] = 3
    with pytest.raises(RecordError, match="quote does not equal"):
        load([write_json(record)], store, settings)


def test_non_utf8_bytes_are_located(store, settings, make_record, tmp_path):
    path = tmp_path / "latin1.json"
    data = json.dumps(make_record(), ensure_ascii=False).replace("Kyiv", "Ky\u00efv")
    path.write_bytes(data.encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8") as info:
        load([path], store, settings)
    assert info.value.location.startswith(f"{path}:1:")


def test_empty_file(store, settings, tmp_path):
    path = tmp_path / "empty.json"
    path.write_bytes(b"")
    with pytest.raises(InputError, match="empty"):
        load([path], store, settings)


def test_file_over_the_size_limit_names_the_setting(store, settings, make_record, write_json):
    path = write_json(make_record())
    with pytest.raises(TooLarge) as info:
        load([path], store, settings.with_(max_input_bytes=100))
    assert info.value.setting == "max_input_bytes" and "KG_MAX_INPUT_BYTES" in info.value.hint


def test_unknown_suffix(store, settings, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello", "utf-8")
    with pytest.raises(InputError, match="unknown input type"):
        load([path], store, settings)


def test_malformed_turtle_names_line_and_column(store, settings, tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:d ex:e \"open\n",
                    "utf-8")
    with pytest.raises(RdfSyntaxError) as info:
        load([path], store, settings)
    assert info.value.location.startswith(f"{path}:3:")


def test_jsonld_remote_context_is_never_fetched(store, settings, tmp_path):
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": "http://127.0.0.1:9/context.jsonld",
                                "@id": "http://example.org/x", "name": "x"}), "utf-8")
    with pytest.raises(RdfSyntaxError) as info:
        load([path], store, settings)
    assert "never fetches remote JSON-LD contexts" in info.value.hint


def test_rdfxml_external_entity_is_not_expanded(store, settings, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", "utf-8")
    path = tmp_path / "xxe.rdf"
    path.write_text(f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">
  <rdf:Description rdf:about="http://example.org/a"><ex:p>&xxe;</ex:p></rdf:Description>
</rdf:RDF>""", "utf-8")
    with pytest.raises(RdfSyntaxError):
        load([path], store, settings)
    assert not any("TOPSECRET" in str(q) for g in store.named_graphs() for q in store.graph_quads(g))


def test_turtle_and_trig_files_load_into_their_graphs(store, settings, tmp_path):
    ttl = tmp_path / "extra-places.ttl"
    ttl.write_text(f"""@prefix kg: <{KG}> . @prefix rdfs: <{ns.RDFS}> . @prefix owl: <{ns.OWL}> .
<https://kg.example.org/id/place/testville> a kg:Place ; rdfs:label "Testville"@en ;
    owl:sameAs <http://www.wikidata.org/entity/Q123> .
""", "utf-8")
    trig = tmp_path / "named.trig"
    trig.write_text(f"""<https://kg.example.org/graph/notes> {{
  <https://kg.example.org/id/place/otherville> a <{KG}Place> ;
     <{ns.RDFS}label> "Otherville"@en ; <{ns.OWL}sameAs> <http://www.wikidata.org/entity/Q7> .
}}""", "utf-8")
    load([ttl, trig], store, settings)
    graphs = {g.value for g in store.named_graphs()}
    assert "https://kg.example.org/graph/source/extra-places" in graphs
    assert "https://kg.example.org/graph/notes" in graphs
    load([ttl], store, settings)  # reload replaces, never duplicates
    assert len(store.graph_quads(ns.source_graph("extra-places"))) == 3


def test_bad_turtle_entity_is_refused_by_shapes(store, settings, tmp_path):
    ttl = tmp_path / "bad-link.ttl"
    ttl.write_text(f"""<https://kg.example.org/id/place/x> a <{KG}Place> ;
  <{ns.RDFS}label> "X"@en ; <{ns.OWL}sameAs> <https://www.wikidata.org/wiki/Q1> .""", "utf-8")
    with pytest.raises(ValidationFailed) as info:
        load([ttl], store, settings)
    (v,) = info.value.report.violations
    assert v.path == f"<{ns.OWL}sameAs>" and v.source == str(ttl)


# --- CLI exit codes -------------------------------------------------------------------------------

def run_cli(*args) -> int:
    with pytest.raises(SystemExit) as info:
        main(list(args))
        raise SystemExit(0)
    return info.value.code


def test_cli_exit_codes(tmp_path, make_record, write_json, capsys):
    store_dir = str(tmp_path / "cli-store")
    good = write_json(make_record())
    bad_record = make_record()
    bad_record["facts"][0]["attacker"] = "state/atlantis"
    bad = write_json(bad_record, "bad.json")
    broken = tmp_path / "broken.json"
    broken.write_text("{", "utf-8")
    assert run_cli("--store", store_dir, "validate", str(good)) == 0
    assert run_cli("--store", store_dir, "validate", str(bad)) == 1
    assert run_cli("--store", store_dir, "validate", str(broken)) == 2
    assert run_cli("--store", store_dir, "load", str(bad)) == 1
    err = capsys.readouterr().err
    assert "state/atlantis" in err and "nothing was written" in err
    assert run_cli("--store", store_dir, "load", str(good)) == 0
    capsys.readouterr()
    assert run_cli("--store", store_dir, "validate", "--format", "json", str(bad)) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["conforms"] is False and report["results"][0]["article"] == "test-article"


def test_cli_validate_turtle_report_is_standard_shacl(tmp_path, make_record, write_json, capsys):
    bad_record = make_record()
    bad_record["facts"][0]["attacker"] = "state/atlantis"
    bad = write_json(bad_record)
    assert run_cli("--store", str(tmp_path / "s"), "validate", "--format", "turtle", str(bad)) == 1
    graph = ox.Store()
    graph.load(capsys.readouterr().out, format=ox.RdfFormat.TURTLE)
    assert graph.query(f"ASK {{ ?r a <{ns.SH}ValidationReport> ; <{ns.SH}conforms> false ; "
                       f"<{ns.SH}result> [ <{ns.SH}resultPath> <{KG}attacker> ] }}")


def test_cli_dry_run_prints_changes(tmp_path, make_record, write_json, capsys):
    path = write_json(make_record())
    assert run_cli("--store", str(tmp_path / "s"), "load", "--dry-run", str(path)) == 0
    out = capsys.readouterr().out
    assert "would change" in out and "test-article: +" in out


def test_records_are_not_mutated(make_record):
    record = make_record()
    snapshot = copy.deepcopy(record)
    from kg.records import parse_record

    parse_record(record)
    assert record == snapshot


def test_validate_paths_keeps_the_changes_when_data_fails(store, settings, make_record, write_json):
    good = make_record(article_id="fine-one")
    bad = make_record(article_id="broken-one")
    bad["facts"][0]["attacker"] = "state/atlantis"
    summary = validate_paths([write_json(good, "g.json"), write_json(bad, "b.json")], store, settings)
    assert not summary.report.conforms
    assert summary.articles == 2 and set(summary.changes) == {"fine-one", "broken-one"}
    assert summary.changes["fine-one"][0] > 20
