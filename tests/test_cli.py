"""kg query / stats / export, the settings table, the error tree, and the two SHACL engines."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import errors
from kg import namespaces as ns
from kg.cli import main
from kg.rdf import record_to_quads
from kg.records import parse_record
from kg.settings import SETTINGS, Settings
from kg.validate import Validator

ROOT = Path(__file__).resolve().parent.parent
STRIKES_BY_ATTACKER = ROOT / "queries" / "strikes-casualties-by-attacker.rq"


def run(*args) -> int:
    with pytest.raises(SystemExit) as info:
        main(list(args))
        raise SystemExit(0)
    return info.value.code


@pytest.fixture
def loaded(tmp_path):
    store_dir = str(tmp_path / "cli-store")
    assert run("--store", store_dir, "load", str(ROOT / "examples" / "records")) == 0
    return store_dir


def test_query_formats(loaded, capsys):
    capsys.readouterr()
    q = f"SELECT ?a (COUNT(*) AS ?n) WHERE {{ ?s a <{ns.KG}Article> BIND(1 AS ?a) }} GROUP BY ?a"
    assert run("--store", loaded, "query", q, "--format", "json") == 0
    body = json.loads(capsys.readouterr().out)
    assert body["results"]["bindings"][0]["n"]["value"] == "12"
    assert run("--store", loaded, "query", q, "--format", "csv") == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [{"a": "1", "n": "12"}]
    assert run("--store", loaded, "query", "-f", str(STRIKES_BY_ATTACKER)) == 0
    table = capsys.readouterr().out
    assert "russia" in table.lower() and table.rstrip().endswith("rows)")


def test_query_syntax_error_is_exit_2_with_position(loaded, capsys):
    assert run("--store", loaded, "query", "SELECT * WHERE { ?s ?p }") == 2
    assert "invalid SPARQL" in capsys.readouterr().err


def test_stats_counts(loaded, capsys):
    capsys.readouterr()
    assert run("--store", loaded, "stats", "--format", "json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["classes"]["kg:Article"] == 12
    assert stats["graphs"]["article graphs"] == 12
    assert stats["linking"]["linked"] >= 190 and stats["linking"]["unlinked"] > 0


def test_stats_bands_facts_by_their_confidence(tmp_path, capsys):
    # two extracted articles: an unattributed strike is right about one time in four on
    # held-out news (kg.extract.calibration), an attributed one about three in four
    from kg.extract.records import extract_text

    texts = {"port": "Missiles hit port\n\nKYIV, May 6 (Staff) - Russian missiles struck the port "
                     "city of Odesa on Monday, killing three people, regional officials said.",
             "market": "Car bomb in market\n\nNAIROBI, May 6 (Staff) - A car bomb went off beside "
                       "a crowded market in Mogadishu on Tuesday, killing five people and wounding "
                       "twelve, police said."}
    paths, strikes = [], {}
    for name, text in texts.items():
        rec = extract_text(text, published="2025-05-08", article_id=name)
        strikes.update({f["attacker"]: f["evidence"][0]["confidence"] for f in rec["facts"]
                        if f["type"] == "Strike"})
        paths.append(tmp_path / f"{name}.json")
        paths[-1].write_text(json.dumps(rec), "utf-8")
    assert set(strikes) == {"state/russia", None}
    store = str(tmp_path / "bands-store")
    assert run("--store", store, "load", *map(str, paths)) == 0
    capsys.readouterr()
    assert run("--store", store, "stats", "--format", "json") == 0
    bands = json.loads(capsys.readouterr().out)["confidence"]["Strike"]
    assert bands == {"0.7-0.9": 1, "below 0.5": 1}, (bands, strikes)
    assert run("--store", store, "stats") == 0
    out = capsys.readouterr().out
    assert "facts by confidence" in out and "Strike        1 0.7-0.9, 1 below 0.5" in out


def test_export_roundtrip_is_isomorphic(loaded, tmp_path, capsys):
    out = tmp_path / "dump.trig"
    assert run("--store", loaded, "export", "--format", "trig", "-o", str(out)) == 0
    from kg.store import EmbeddedStore

    original = EmbeddedStore(loaded, read_only=True)
    copy = ox.Dataset(ox.parse(path=str(out), format=ox.RdfFormat.TRIG))
    assert len(copy) == original.count()
    dataset = ox.Dataset(original.oxigraph.quads_for_pattern(None, None, None, None))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    copy.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    assert dataset == copy


def test_store_locked_is_a_clear_error(tmp_path, capsys):
    from kg.store import EmbeddedStore

    holder = EmbeddedStore(tmp_path / "locked")
    assert run("--store", str(tmp_path / "locked"), "load", str(ROOT / "examples" / "records")) == 4
    assert "in use by another process" in capsys.readouterr().err
    holder.close()


def test_every_setting_has_help_and_env_override():
    for s in SETTINGS:
        assert s.help.endswith("."), s.name
        value = {int: "7", float: "2.5", str: "x"}[s.type]
        assert getattr(Settings.from_env({f"KG_{s.name.upper()}": value}), s.name) == s.type(value)


def test_bad_setting_names_its_variable():
    with pytest.raises(errors.InputError, match="KG_PORT"):
        Settings.from_env({"KG_PORT": "eighty"})


def test_error_tree_maps_to_http_and_exit_codes():
    assert errors.ValidationFailed.exit_code == 1 and errors.ValidationFailed.http_status == 422
    assert errors.InputError.exit_code == 2 and errors.RecordError.http_status == 400
    assert errors.QueryTimeout("slow", setting="query_timeout").to_json() == {
        "error": "timeout", "message": "slow", "setting": "query_timeout"}
    assert errors.StoreLocked.exit_code == 4 and errors.Busy.http_status == 503
    for cls in vars(errors).values():
        if isinstance(cls, type) and issubclass(cls, errors.KgError):
            assert cls.__doc__, f"{cls.__name__} needs a one-line docstring"


# --- the compiled SHACL engine agrees with pyshacl ----------------------------------------------

def _cases(make_record):
    text = "Turkey sold drones to Turkey on Friday. Russia and Iran signed a pact."
    s1, s2 = "Turkey sold drones to Turkey on Friday.", "Russia and Iran signed a pact."

    def ev(s):
        return [{"quote": s, "start": text.index(s), "end": text.index(s) + len(s)}]

    good = make_record()
    bad_attacker = make_record()
    bad_attacker["facts"][0]["attacker"] = "state/atlantis"
    future = make_record()
    future["facts"][0]["date"] = "2025-01-01"
    month = make_record()
    month["facts"][0]["date"] = "2024-07"
    mixed = make_record(text=text, facts=[
        {"type": "ArmsTransfer", "supplier": "state/turkey", "recipient": "state/turkey",
         "weapon_text": "drones", "evidence": ev(s1)},
        {"type": "Treaty", "parties": ["state/russia", "state/iran"], "duration_years": 20,
         "evidence": ev(s2)}], entities=[
        {"key": "place/nowhere-town", "type": "Place", "label": "Nowhere", "part_of": "state/iran"}])
    return {"good": good, "bad_attacker": bad_attacker, "future": future, "month": month,
            "mixed": mixed}


def _key(result):
    return (result.focus, result.path, result.severity, result.component.rsplit("#")[1])


@pytest.mark.parametrize("case", ["good", "bad_attacker", "future", "month", "mixed"])
def test_compiled_engine_agrees_with_pyshacl(case, make_record, store, settings):
    from kg.gate import BaseOverlay
    from kg.gate import context as gate_context
    from kg.loader import base_graphs

    record = parse_record(_cases(make_record)[case])
    quads = record_to_quads(record)
    context = gate_context(store, quads, BaseOverlay(base_graphs()))
    compiled = Validator(engine="compiled").validate(quads, context)
    reference = Validator(engine="pyshacl").validate(quads, context)
    assert sorted(map(_key, compiled.results)) == sorted(map(_key, reference.results))
    assert compiled.conforms == (case in {"good", "month"})


def test_configuration_docs_settings_table_matches_the_settings():
    from kg.settings import settings_table_markdown

    readme = (ROOT / "docs" / "configuration.md").read_text("utf-8")
    table = readme.split("<!-- settings-table -->\n")[1].split("\n<!-- /settings-table -->")[0]
    assert table == settings_table_markdown(), "regenerate docs/configuration.md's table from kg.settings"


def test_shapes_beyond_the_compiled_subset_name_the_reference_engine(tmp_path, make_record):
    """A shape the compiler cannot translate: the compiled engine refuses with a clear error
    that names --engine pyshacl, and pyshacl still validates with those shapes."""
    from kg.validate import Shapes, UnsupportedShape, default_shape_files

    extra = tmp_path / "xone.ttl"
    extra.write_text(f"""@prefix sh: <{ns.SH}> . @prefix kg: <{ns.KG}> .
<urn:test:XoneShape> a sh:NodeShape ; sh:targetClass kg:Strike ;
  sh:xone ( [ sh:path kg:killed ; sh:minCount 1 ] [ sh:path kg:injured ; sh:minCount 1 ] ) .
""", "utf-8")
    shapes = Shapes.load([*default_shape_files(), extra])
    with pytest.raises(UnsupportedShape) as info:
        Validator(shapes)
    assert isinstance(info.value, errors.InputError) and "--engine pyshacl" in info.value.hint
    both = make_record()
    both["facts"][0]["injured"] = 3  # killed and injured: not exactly one of them
    report = Validator(shapes, engine="pyshacl").validate(record_to_quads(parse_record(both)))
    assert "XoneConstraintComponent" in {r.component.rsplit("#")[1] for r in report.violations}
