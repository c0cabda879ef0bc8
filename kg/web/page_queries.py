"""The pages' SELECT queries, evaluated by the query workers when the server has them running.

A page of a busy entity aggregates over all its facts (how many events, which fifty come next,
the time line): with 10,000 facts those queries took about 390 ms on the web process's disk view
and about 110 ms on an in-memory copy (2026-12-05, docs/pages.md). The query workers
(kg.web.pool) hold such a copy when the store fits, and they run every query under the query
time limit, which the web process cannot do (Oxigraph cannot cancel a query). So a page's
query goes to them as the endpoint's do, and its JSON answer is parsed back into terms.

The web process answers it itself, as before, when there are no running workers (an in-memory
or remote store, an app without a started pool: tests' clients), when every query slot is taken
(a page stays up under query load), and when the answer may have been cut at `max_rows` (an
export asks for everything). A query past the time limit is an error, as on the endpoint.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import Busy
from kg.web.endpoint import Endpoint
from kg.web.evaluation import QueryRequest

JSON_RESULTS = "application/sparql-results+json"


def select_on_workers(ep: Endpoint, text: str) -> tuple[list[str], list] | None:
    """`text` (a SELECT with its prefixes) evaluated by a query worker: (variable names,
    solutions), or None when the web process should answer it itself (see the module)."""
    pool = ep.started_pool
    if pool is None or ep.closed:
        return None
    req = QueryRequest(query=text, accept=JSON_RESULTS, max_rows=ep.settings.max_rows)
    try:
        answer = pool.run(req)
    except Busy:
        return None
    if answer.body is not None:
        body = answer.body
    else:
        stream = answer.stream
        try:
            body = b"".join(stream)
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()
    if answer.headers.get("KG-Truncated") or b'"kg:truncated"' in body[-200:]:
        return None  # cut at max_rows (an export asks for everything): the whole answer here
    results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    return [v.value for v in results.variables], list(results)


__all__ = ["JSON_RESULTS", "select_on_workers"]
