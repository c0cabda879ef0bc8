"""Helpers of the hostile-input tests: kg as a real subprocess (a crash is an exit code, never a
dead test run), and checks that an answer is kg's error and not a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[2]


def run_kg(*args: str, store: Path, timeout: float = 120, env: dict | None = None
           ) -> subprocess.CompletedProcess:
    """`kg ARGS` in a child process over `store`; fails the test on a traceback or a hang."""
    full_env = {**os.environ, "KG_STORE": str(store), **(env or {})}
    proc = subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True,
                          timeout=timeout, env=full_env, cwd=ROOT)
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    assert proc.returncode >= 0, f"kg died from signal {-proc.returncode}: {proc.stderr[-2000:]}"
    return proc


def assert_kg_error(resp: requests.Response, status: int, code: str | None = None,
                    setting: str | None = None) -> dict:
    """The endpoint answered with kg's JSON error shape, this status (and code, setting)."""
    assert resp.status_code == status, (resp.status_code, resp.text[:2000])
    assert resp.headers.get("Content-Type", "").startswith("application/json"), resp.headers
    body = resp.json()
    assert set(body) >= {"error", "message"}, body
    assert "Traceback" not in resp.text
    if code is not None:
        assert body["error"] == code, body
    if setting is not None:
        assert body.get("setting") == setting and setting in body["message"] + body.get("hint", ""), body
    return body


def still_answers(server) -> None:
    """The server (and a query worker) still answer a plain query."""
    r = requests.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert r.status_code == 200, r.text
    assert "boolean" in r.json()


def jsonl_line(obj) -> str:
    return json.dumps(obj, ensure_ascii=False) + "\n"
