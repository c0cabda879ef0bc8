"""The shipped gazetteer passes the same SHACL gate as any load (both engines agree)."""

from kg.link.gazetteer import Gazetteer
from kg.validate import Validator


def test_gazetteer_graph_has_no_violations():
    quads = Gazetteer.load().to_quads()
    report = Validator().validate(quads)
    assert report.conforms, report.to_text(10)
    unlinked = {r.focus for r in report.warnings}
    assert len(unlinked) == sum(1 for e in Gazetteer.load() if not e.wikidata)


def test_engines_agree_on_the_gazetteer():
    quads = Gazetteer.load().to_quads()
    key = lambda r: (r.focus, r.path, r.severity)  # noqa: E731
    compiled = Validator(engine="compiled").validate(quads)
    reference = Validator(engine="pyshacl").validate(quads)
    assert sorted(map(key, compiled.results)) == sorted(map(key, reference.results))
