"""The web app: `create_app` builds it; each feature is a blueprint module with `bp` (and an
optional `init_app(app)`), registered in `BLUEPRINTS` order.

* kg.web.sparql  - SPARQL 1.1 Protocol, Graph Store Protocol, service description, limits
* kg.web.ops     - /healthz, /metrics, OpenAPI
* kg.web.pages   - analyst pages: query editor, entity/event/article pages, validation page
* kg.web.curation - Wikidata link review queue and decisions (behind the write token)
"""

from __future__ import annotations

import importlib

from flask import Flask

from kg.settings import Settings

BLUEPRINTS = ("kg.web.sparql", "kg.web.ops", "kg.web.pages", "kg.web.curation")


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
    for module_name in BLUEPRINTS:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue  # feature not built yet
        if hasattr(module, "init_app"):
            module.init_app(app)
        app.register_blueprint(module.bp)
    return app
