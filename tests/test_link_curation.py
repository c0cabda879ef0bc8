"""Review queue, analysts' decisions in the curation graph, the link check, and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

import click
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.errors import InputError
from kg.link.commands import register
from kg.link.curation import (
    CURATION_GRAPH,
    check_links,
    current_decisions,
    parse_qid,
    record_decision,
    review_queue,
)
from kg.link.gazetteer import GAZETTEER_GRAPH, Gazetteer
from kg.store import EmbeddedStore

ARTICLE_TRIG = """
@prefix kg: <https://kg.example.org/ontology#> .
@prefix kgid: <https://kg.example.org/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
<https://kg.example.org/graph/article/a1> {
  kgid:place\\/zorgon-depot a kg:Place ; rdfs:label "Zorgon depot" .
  kgid:org\\/congolese a kg:ArmedGroup ; rdfs:label "Congolese" .
  <https://kg.example.org/id/article/a1/strike/abc> a kg:Strike ;
     kg:targetPlace kgid:place\\/zorgon-depot ;
     kg:hasEvidence <https://kg.example.org/id/article/a1/strike/abc/evidence/0> .
  <https://kg.example.org/id/article/a1/strike/abc/evidence/0>
     oa:hasTarget <https://kg.example.org/id/article/a1/strike/abc/evidence/0/target> .
  <https://kg.example.org/id/article/a1/strike/abc/evidence/0/target>
     oa:hasSelector <https://kg.example.org/id/article/a1/strike/abc/evidence/0/target/quote> .
  <https://kg.example.org/id/article/a1/strike/abc/evidence/0/target/quote>
     oa:exact "A drone hit the Zorgon depot overnight." .
}
"""


@pytest.fixture
def store():
    s = EmbeddedStore(None)
    s.oxigraph.load(ARTICLE_TRIG.encode(), format=ox.RdfFormat.TRIG)
    s.write({ox.NamedNode(GAZETTEER_GRAPH): Gazetteer.load().to_quads()})
    yield s
    s.close()


def test_review_queue_lists_unlinked_with_sentences_and_candidates(store):
    items = {i.entity: i for i in review_queue(store)}
    depot = items["place/zorgon-depot"]
    assert depot.sentences == ("A drone hit the Zorgon depot overnight.",)
    assert depot.status == "unlinked"
    congo = items["org/congolese"]
    assert congo.status in ("unlinked", "ambiguous")
    # gazetteer entities with a verified QID are not in the queue; unlinked ones are
    assert "state/russia" not in items
    assert "person/vitali-klitschko" in items


def test_decision_is_recorded_with_who_and_when_and_replaces_the_previous(store):
    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    record_decision(store, "place/zorgon-depot", "Q4115189", "alice", when, note="sandbox item")
    d = current_decisions(store)["place/zorgon-depot"]
    assert (d.qid, d.who, d.when, d.note) == ("Q4115189", "alice", when, "sandbox item")
    assert "place/zorgon-depot" not in {i.entity for i in review_queue(store)}
    record_decision(store, "place/zorgon-depot", None, "bob",
                    datetime(2025, 2, 1, tzinfo=UTC))
    assert current_decisions(store)["place/zorgon-depot"].qid is None
    same = list(store.query(
        f"SELECT ?o WHERE {{ GRAPH <{CURATION_GRAPH}> {{ <https://kg.example.org/id/place/zorgon-depot> "
        "<http://www.w3.org/2002/07/owl#sameAs> ?o } }"))
    assert same == []
    history = list(store.query(
        f"SELECT ?d WHERE {{ GRAPH <{CURATION_GRAPH}> {{ ?d a <https://kg.example.org/ontology#LinkDecision> }} }}"))
    assert len(history) == 2


def test_decisions_survive_replacing_article_and_gazetteer_graphs(store):
    record_decision(store, "place/zorgon-depot", "Q4115189", "alice")
    store.write({ox.NamedNode("https://kg.example.org/graph/article/a1"): [],
                 ox.NamedNode(GAZETTEER_GRAPH): Gazetteer.load().to_quads()})
    assert current_decisions(store)["place/zorgon-depot"].qid == "Q4115189"


@pytest.mark.parametrize(("key", "qid", "who"), [
    ("Zorgon", "Q1", "a"), ("place/x", "159", "a"), ("place/x", "Q0", "a"), ("place/x", "Q1", " ")])
def test_bad_decisions_rejected(store, key, qid, who):
    with pytest.raises(InputError):
        record_decision(store, key, qid, who)


def test_parse_qid():
    assert parse_qid("Q159") == parse_qid("wd:Q159") == "Q159"
    assert parse_qid("https://www.wikidata.org/wiki/Q159") == "Q159"
    with pytest.raises(InputError):
        parse_qid("Russia")


def test_check_reports_conflicts_changes_and_shared_qids(store):
    assert check_links(store) == []
    record_decision(store, "state/russia", "Q212", "mallory")   # conflicts with Q159
    record_decision(store, "place/zorgon-depot", "Q159", "eve")  # shares Russia's QID
    issues = {(i.kind, i.entity) for i in check_links(store)}
    assert ("conflict", "state/russia") in issues
    assert ("changed", "state/russia") in issues
    assert any(kind == "shared-qid" and "place/zorgon-depot" in ent for kind, ent in issues)


def test_check_reports_qid_changed_since_gazetteer_load(store):
    store.update(f"""DELETE DATA {{ GRAPH <{GAZETTEER_GRAPH}> {{
        <https://kg.example.org/id/state/iran> <http://www.w3.org/2002/07/owl#sameAs>
        <http://www.wikidata.org/entity/Q794> }} }} ;
      INSERT DATA {{ GRAPH <{GAZETTEER_GRAPH}> {{
        <https://kg.example.org/id/state/iran> <http://www.w3.org/2002/07/owl#sameAs>
        <http://www.wikidata.org/entity/Q999999999> }} }}""")
    issues = check_links(store)
    assert [(i.kind, i.entity) for i in issues] == [("changed", "state/iran")]


@pytest.fixture
def cli(tmp_path):
    from kg.settings import Settings

    @click.group()
    @click.pass_context
    def group(ctx):
        ctx.ensure_object(dict)
        ctx.obj["settings"] = Settings.from_env(environ={}, store=str(tmp_path / "store"))

    register(group)
    return group


def test_cli_load_link_review_check(cli, tmp_path):
    runner = CliRunner()
    r = runner.invoke(cli, ["gazetteer", "load"])
    assert r.exit_code == 0, r.output
    assert "linked to Wikidata" in r.output
    r = runner.invoke(cli, ["link", "--check"])
    assert r.exit_code == 0, r.output
    r = runner.invoke(cli, ["link", "person/vitali-klitschko", "Q4115189", "--who", "alice"])
    assert r.exit_code == 0, r.output
    assert "alice" in r.output
    r = runner.invoke(cli, ["link", "--review", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "person/vitali-klitschko" not in r.output and "person/tymur-tkachenko" in r.output
    r = runner.invoke(cli, ["link", "state/russia", "Q212", "--who", "mallory"])
    r = runner.invoke(cli, ["link", "--check"])
    assert r.exit_code == 1 and "conflict" in r.output
    r = runner.invoke(cli, ["link", "state/russia"])
    assert r.exit_code == 2  # usage: neither QID nor --none
