"""Optional online reconciliation against Wikidata's entity search (``wbsearchentities``).

Off by default (``kg gazetteer reconcile --online``). Every request carries a descriptive
User-Agent, requests are spaced by at least ``min_interval`` seconds, and answers are cached on
disk (one JSON file per query), so repeating a run asks Wikidata nothing. Results are only
*suggestions*: they go to the analyst (``kg link ENTITY QID``), never straight into the data.
"""

from __future__ import annotations

import hashlib
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from kg import __version__
from kg.errors import KgError

__all__ = ["DEFAULT_API", "SearchHit", "WikidataSearch"]

DEFAULT_API = "https://www.wikidata.org/w/api.php"
USER_AGENT = (f"kg/{__version__} (knowledge-graph loader for security news; "
              "https://kg.example.org/) python-urllib")


class OnlineError(KgError):
    """The Wikidata API could not be reached or answered something unusable."""

    http_status = 502
    exit_code = 4
    code = "upstream"


@dataclass(frozen=True)
class SearchHit:
    qid: str
    label: str
    description: str


class WikidataSearch:
    """A polite client for ``wbsearchentities`` with a rate limit and an on-disk cache."""

    def __init__(self, cache_dir: Path, *, api_url: str = DEFAULT_API,
                 user_agent: str = USER_AGENT, min_interval: float = 1.0, timeout: float = 10.0):
        self.cache_dir = Path(cache_dir)
        self.api_url = api_url
        self.user_agent = user_agent
        self.min_interval = min_interval
        self.timeout = timeout
        self._last = 0.0
        self.requests_made = 0

    def _cache_path(self, params: dict[str, str]) -> Path:
        digest = hashlib.sha256(
            (self.api_url + "?" + urllib.parse.urlencode(sorted(params.items()))).encode()
        ).hexdigest()[:32]
        return self.cache_dir / f"{digest}.json"

    def search(self, text: str, *, language: str = "en", limit: int = 5) -> list[SearchHit]:
        params = {"action": "wbsearchentities", "search": text, "language": language,
                  "uselang": language, "type": "item", "limit": str(limit), "format": "json"}
        path = self._cache_path(params)
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            wait = self.min_interval - (time.monotonic() - self._last)
            if wait > 0:
                time.sleep(wait)
            req = urllib.request.Request(self.api_url + "?" + urllib.parse.urlencode(params),
                                         headers={"User-Agent": self.user_agent,
                                                  "Accept": "application/json"})
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    data = json.loads(resp.read().decode("utf-8"))
            except (urllib.error.URLError, OSError, ValueError) as exc:
                raise OnlineError(f"Wikidata search failed: {exc}",
                                  hint="retry later or run without --online") from exc
            finally:
                self._last = time.monotonic()
                self.requests_made += 1
            if "error" in data:
                raise OnlineError(f"Wikidata search error: {data['error']}")
            self.cache_dir.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(data), encoding="utf-8")
        return [SearchHit(h["id"], h.get("label", ""), h.get("description", ""))
                for h in data.get("search", []) if str(h.get("id", "")).startswith("Q")]
