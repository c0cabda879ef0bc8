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


def _example(name: str) -> dict:
    import json

    return json.loads((EXAMPLES / f"{name}.json").read_text("utf-8"))


def test_validate_lists_every_bad_record_in_words(tmp_path):
    import json

    dnipro = _example("2023-01-16-dnipro-apartment-block-strike")
    kramatorsk = _example("2023-07-02-kramatorsk-restaurant-strike")
    sumy = _example("2025-04-14-sumy-palm-sunday-strike")
    dnipro["facts"][0]["attacker"] = "State/Russia"
    sumy["facts"][0]["date"] = "2025-04-31x"
    lines = [json.dumps(dnipro), '{"record_version": 1, "article": ', json.dumps(kramatorsk),
             json.dumps(sumy)]
    bad = tmp_path / "bad.jsonl"
    bad.write_text("\n".join(lines) + "\n", "utf-8")
    res = kg("--store", str(tmp_path / "none-yet"), "validate", str(bad))
    assert res.returncode == 2, res.stderr
    out = res.stdout
    assert '"State/Russia" is not a state or organization key' in out
    assert f"{bad}:2" in out and "malformed JSON" in out
    assert '"2025-04-31x" is not a date' in out and "YYYY-MM-DD" in out
    assert "^(" not in out and "[a-z0-9]" not in out  # no regex shown to people
    assert "3 violation(s)" in out
    assert "kramatorsk" in out  # the good record was still validated (its warnings)
    assert not (tmp_path / "none-yet").exists()
    as_json = kg("--store", str(tmp_path / "none-yet"), "validate", "--format", "json", str(bad))
    report = json.loads(as_json.stdout)
    assert report["violations"] == 3
    assert {r["path"] for r in report["results"] if r["severity"] == "Violation"} == {
        "facts[0].attacker", None, "facts[0].date"}


def test_the_same_text_under_another_name_is_refused_naming_the_stored_article(tmp_path):
    import json

    store = str(tmp_path / "store")
    assert kg("--store", store, "load", str(EXAMPLES)).returncode == 0
    copy = _example("2023-01-16-dnipro-apartment-block-strike")
    copy["article"]["id"] = "2023-01-16-dnipro-again"
    again = tmp_path / "again.json"
    again.write_text(json.dumps(copy), "utf-8")
    res = kg("--store", store, "load", str(again))
    assert res.returncode == 1
    assert ("the text of article 2023-01-16-dnipro-again is the text of article "
            "2023-01-16-dnipro-apartment-block-strike in the store") in res.stderr
    assert "nothing was written" in res.stderr
    count = kg("--store", store, "query", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Article }",
               "--format", "csv")
    assert count.stdout.split() == ["n", "12"]
    # Two files of one load with the same text: the second is refused, naming the first.
    fresh = str(tmp_path / "fresh")
    first = tmp_path / "a.json"
    first.write_text((EXAMPLES / "2023-01-16-dnipro-apartment-block-strike.json").read_text())
    res = kg("--store", fresh, "load", str(first), str(again))
    assert res.returncode == 1
    assert "is the text of article 2023-01-16-dnipro-apartment-block-strike earlier in this " \
           "load" in res.stderr
