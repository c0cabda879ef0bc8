"""Entity gazetteer and Wikidata linking.

* :mod:`kg.link.gazetteer` — the shipped gazetteer (entities, offices) and its look-ups.
"""

from kg.link.gazetteer import GazEntity, Gazetteer, GazetteerError, Match, Office, fold

__all__ = ["GazEntity", "Gazetteer", "GazetteerError", "Match", "Office", "fold"]
