"""Entity gazetteer and Wikidata linking.

* :mod:`kg.link.gazetteer` — the shipped gazetteer (entities, offices), look-ups, RDF.
* :mod:`kg.link.linker` — mention -> entity key (exact, then fuzzy by type and date).
* :mod:`kg.link.curation` — review queue, analysts' decisions (``kgg:curation``), link check.
* :mod:`kg.link.importer` — merge Wikidata Query Service results into the gazetteer.
* :mod:`kg.link.online` — optional Wikidata entity search with User-Agent, rate limit, cache.
* :mod:`kg.link.quickstatements` — QuickStatements export of facts.
* :mod:`kg.link.commands` — ``kg link`` and ``kg gazetteer`` (``register(cli_group)``).
"""

from kg.link.gazetteer import GazEntity, Gazetteer, GazetteerError, Match, Office, fold
from kg.link.linker import Candidate, Linker, LinkResult, local_key

__all__ = [
    "Candidate", "GazEntity", "Gazetteer", "GazetteerError", "LinkResult", "Linker", "Match",
    "Office", "fold", "local_key",
]
