"""`create_app`: builds the Flask app, registers one blueprint per web module explicitly, and
wraps it in the one layer of app-wide concerns (the map of the web package is in
kg/web/__init__.py)."""

from __future__ import annotations

from flask import Flask

from kg.settings import Settings
from kg.web import (
    curation,
    endpoint,
    errors,
    events_api,
    graphstore,
    linked_data,
    ontology,
    ops,
    overview,
    query_page,
    render,
    sparql,
    validation_page,
)
from kg.web.middleware import Metrics, Middleware
from kg.web.query_path import FastQueries


def create_app(settings: Settings | None = None, store=None, test_config: dict | None = None) -> Flask:
    """Build the Flask app for `settings` (default: from the environment).

    `store` may be given (tests, `kg up`); otherwise the app opens the store the settings name.
    """
    app = Flask(__name__)
    settings = settings or Settings.from_env()
    app.config["KG_SETTINGS"] = settings
    app.config["KG_STORE"] = store
    # Bodies without a declared length are capped as they are read (the middleware refuses a
    # declared length over the cap before anything reads the body).
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    if test_config:
        app.config.update(test_config)
    endpoint.init_app(app)
    errors.register(app)
    render.init_app(app)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(graphstore.bp)
    app.register_blueprint(ops.bp)
    app.register_blueprint(query_page.bp)
    app.register_blueprint(linked_data.bp)
    app.register_blueprint(ontology.bp)
    app.register_blueprint(validation_page.bp)
    app.register_blueprint(curation.bp)
    app.register_blueprint(overview.bp)
    app.register_blueprint(events_api.bp)
    metrics = Metrics()
    app.extensions["kg_metrics"] = metrics
    app.wsgi_app = Middleware(FastQueries(app, app.wsgi_app), metrics,  # type: ignore[method-assign]
                              app.url_map, settings.max_body_bytes)
    return app
