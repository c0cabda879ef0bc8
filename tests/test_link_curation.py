"""Review queue, analysts' decisions in the curation graph, the link check, and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

import click
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.errors import InputError, LinkConflict
from kg.link.commands import register
from kg.link.curation import (
    CURATION_GRAPH,
    check_links,
    current_decisions,
    decision_history,
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
    items = {i.entity: i for i in review_queue(store, include_unmentioned=True)}
    depot = items["place/zorgon-depot"]
    assert depot.sentences == ("A drone hit the Zorgon depot overnight.",)
    assert depot.status == "unlinked" and depot.mentions == 1
    congo = items["org/congolese"]
    assert congo.status in ("unlinked", "ambiguous")
    # gazetteer entities with a verified QID are not in the queue; unlinked ones are
    assert "state/russia" not in items
    assert "person/vitali-klitschko" in items


def test_review_queue_ranks_by_mentions_and_filters_by_kind(store):
    """By default only entities an article mentions, most mentioned first; --kind filters."""
    store.oxigraph.load(b"""
        @prefix kg: <https://kg.example.org/ontology#> .
        <https://kg.example.org/graph/article/a2> {
          <https://kg.example.org/id/article/a2/strike/x> kg:targetPlace
              <https://kg.example.org/id/place/zorgon-depot> ;
              kg:attacker <https://kg.example.org/id/org/congolese> ;
              kg:hasEvidence <https://kg.example.org/id/article/a2/strike/x/evidence/0> .
          <https://kg.example.org/id/article/a2/strike/y> kg:targetPlace
              <https://kg.example.org/id/place/zorgon-depot> ;
              kg:hasEvidence <https://kg.example.org/id/article/a2/strike/y/evidence/0> . }
        """, format=ox.RdfFormat.TRIG)
    items = review_queue(store)
    assert [(i.entity, i.mentions) for i in items] == [("place/zorgon-depot", 3),
                                                       ("org/congolese", 1)]
    everything = review_queue(store, include_unmentioned=True)
    assert len(everything) > 100 and everything[:2] == items  # the unmentioned come after
    assert [i.entity for i in review_queue(store, kinds=("org",))] == ["org/congolese"]
    assert [i.entity for i in review_queue(store, kinds=("ArmedGroup",))] == ["org/congolese"]
    assert review_queue(store, kinds=("Person",)) == []
    with pytest.raises(InputError):
        review_queue(store, kinds=("planet",))


def test_decision_is_recorded_with_who_and_when_and_replaces_the_previous(store):
    when = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)
    record_decision(store, "place/zorgon-depot", "Q4115189", "alice", when, note="sandbox item")
    d = current_decisions(store)["place/zorgon-depot"]
    assert (d.qid, d.who, d.when, d.note) == ("Q4115189", "alice", when, "sandbox item")
    assert "place/zorgon-depot" not in {i.entity for i in review_queue(store)}
    with pytest.raises(LinkConflict) as conflict:  # another analyst's decision: shown, kept
        record_decision(store, "place/zorgon-depot", None, "bob", datetime(2025, 2, 1, tzinfo=UTC))
    assert "decided by alice on 2025-01-02: Q4115189" in conflict.value.message
    assert current_decisions(store)["place/zorgon-depot"].qid == "Q4115189"
    bob = record_decision(store, "place/zorgon-depot", None, "bob",
                          datetime(2025, 2, 1, tzinfo=UTC), replace=True)
    assert (bob.replaced_qid, bob.replaces) == ("Q4115189", d.node)
    assert current_decisions(store)["place/zorgon-depot"].qid is None
    same = list(store.query(
        f"SELECT ?o WHERE {{ GRAPH <{CURATION_GRAPH}> {{ <https://kg.example.org/id/place/zorgon-depot> "
        "<http://www.w3.org/2002/07/owl#sameAs> ?o } }"))
    assert same == []
    history = decision_history(store, "place/zorgon-depot")
    assert [(h.who, h.qid, h.replaced_qid) for h in history] == [
        ("alice", "Q4115189", None), ("bob", None, "Q4115189")]
    issues = [(i.kind, i.entity) for i in check_links(store)]
    assert ("disputed", "place/zorgon-depot") in issues
    # The same analyst changing their mind needs no --replace.
    record_decision(store, "place/zorgon-depot", "Q4115189", "bob")
    assert current_decisions(store)["place/zorgon-depot"].qid == "Q4115189"


def test_a_decision_about_an_entity_the_store_does_not_hold_is_refused(store):
    with pytest.raises(InputError) as refused:
        record_decision(store, "org/typo", "Q1", "alice")
    assert "no entity org/typo in the store" in refused.value.message
    assert not list(store.query(f"SELECT * WHERE {{ GRAPH <{CURATION_GRAPH}> {{ ?s ?p ?o }} }}"))


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
    r = runner.invoke(cli, ["link", "--review", "--all", "--kind", "person", "--format", "json"])
    assert r.exit_code == 0, r.output
    assert "person/vitali-klitschko" not in r.output and "person/tymur-tkachenko" in r.output
    assert "state/" not in r.output
    r = runner.invoke(cli, ["link", "state/russia", "Q212", "--who", "mallory"])
    r = runner.invoke(cli, ["link", "--check"])
    assert r.exit_code == 1 and "conflict" in r.output
    r = runner.invoke(cli, ["link", "state/russia"])
    assert r.exit_code == 2  # usage: neither QID nor --none
