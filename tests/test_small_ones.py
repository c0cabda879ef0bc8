"""Issue 16's small ones, each through the real `kg` command (separate processes) on a real
on-disk store: a no-op reload says nothing changed, as --dry-run does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "records"


def kg(*args, env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    """The `kg` command in a process of its own (as an analyst runs it)."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    full_env.update(env or {})
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], capture_output=True,
                          text=True, timeout=timeout, env=full_env, cwd=ROOT)


def test_a_reload_that_changes_nothing_says_so_as_dry_run_does(tmp_path):
    store = str(tmp_path / "store")
    first = kg("--store", store, "load", str(EXAMPLES))
    assert first.returncode == 0, first.stderr
    assert "loaded: 12 article(s)" in first.stdout and "changed: +" in first.stdout
    dry = kg("--store", store, "load", "--dry-run", str(EXAMPLES))
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("nothing would change: 12 article(s)"), dry.stdout
    again = kg("--store", store, "load", str(EXAMPLES))
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("nothing changed: 12 article(s)"), again.stdout
    assert "quads loaded" not in again.stdout and "loaded:" not in again.stdout
