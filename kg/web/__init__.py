"""The web app: `create_app` (kg.web.app) builds it, registers one blueprint per web module
explicitly, and wraps it in the one layer of app-wide concerns.

    Middleware (kg.web.middleware)    request id, body cap, CORS, Server-Timing, metrics, log
      FastQueries (kg.web.query_path)   GET /sparql?query=...: the one query path, without Flask
        Flask: error handlers (kg.web.errors) and the blueprints:
          sparql          /sparql: SPARQL 1.1 Protocol, updates, service description
          graphstore      /data: Graph Store Protocol
          ops             /healthz, /metrics, /openapi.json
          query           / and /query: the query page
          linked_data     /id/..., /concept/...: entity, fact and article pages, or their RDF
          ontology        /ontology
          validation      /validate: the validation page
          curation        /api/link...: Wikidata link review and decisions
          overview        /map, /timeline: strikes on a map, time lines by attacker or kind
          events_api      /api/events/...: event review, merge and split

Per-app state (settings, store, query pool, write lock) is kg.web.endpoint's `Endpoint`.

This package's own module stays light: the query worker processes import kg.web.pool (and so
this package) and need none of the app's modules, Flask included, so `create_app` imports
kg.web.app only when an app is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from flask import Flask

    from kg.settings import Settings


def create_app(settings: Settings | None = None, store=None, test_config: dict | None = None
               ) -> Flask:
    """Build the Flask app for `settings` (default: from the environment); see kg.web.app."""
    from kg.web.app import create_app as build

    return build(settings, store, test_config)


__all__ = ["create_app"]
