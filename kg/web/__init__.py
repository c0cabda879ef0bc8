"""The web app: `create_app` builds it and registers each feature's blueprint explicitly.

* kg.web.sparql  - SPARQL 1.1 Protocol, Graph Store Protocol, service description, limits
* kg.web.ops     - /healthz, /metrics, OpenAPI
* kg.web.pages   - analyst pages: query editor, entity/event/article pages, validation page
* kg.web.curation - Wikidata link review queue and decisions (behind the write token)
"""

from __future__ import annotations

from flask import Flask

from kg.settings import Settings
from kg.web import curation, endpoint, graphstore, ops, pages, sparql, validation_page


def create_app(settings: Settings | None = None, store=None, test_config: dict | None = None) -> Flask:
    """Build the Flask app for `settings` (default: from the environment).

    `store` may be given (tests, `kg up`); otherwise the app opens the store the settings name.
    """
    app = Flask(__name__)
    settings = settings or Settings.from_env()
    app.config["KG_SETTINGS"] = settings
    app.config["KG_STORE"] = store
    if test_config:
        app.config.update(test_config)
    endpoint.init_app(app)
    sparql.init_app(app)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(graphstore.bp)
    ops.init_app(app)
    app.register_blueprint(ops.bp)
    pages.init_app(app)
    app.register_blueprint(pages.bp)
    app.register_blueprint(validation_page.bp)
    app.register_blueprint(curation.bp)
    return app
