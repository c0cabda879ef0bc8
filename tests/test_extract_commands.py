"""`kg extract` on files: records and gold-shaped facts."""

from __future__ import annotations

import json

from click.testing import CliRunner  # noqa: E402

from kg.extract.commands import extract_command  # noqa: E402


def _article(tmp_path):
    p = tmp_path / "pact.txt"
    p.write_text("Pact signed\n2024-03-15\n\nPoland and Ukraine signed a 10-year security "
                 "agreement on Friday.", encoding="utf-8")
    return p


def test_extract_records(tmp_path):
    res = CliRunner().invoke(extract_command, [str(_article(tmp_path))])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output.splitlines()[0])
    assert rec["record_version"] == 1 and rec["article"]["published"] == "2024-03-15"
    (treaty,) = rec["facts"]
    assert set(treaty["parties"]) == {"state/poland", "state/ukraine"}


def test_extract_facts_format_and_published_flag(tmp_path):
    res = CliRunner().invoke(extract_command, [str(_article(tmp_path)), "--format", "facts",
                                               "--published", "2024-03-16"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.output.splitlines()[0])
    assert obj["published"] == "2024-03-16"
    assert obj["facts"][0]["type"] == "Treaty" and obj["facts"][0]["date"] == "2024-03-15"


def test_extract_bad_file_is_a_clear_message(tmp_path):
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    res = CliRunner().invoke(extract_command, [str(bad)])
    assert res.exit_code == 2
    assert "binary" in res.output


def test_extract_rejects_bad_date(tmp_path):
    res = CliRunner().invoke(extract_command, [str(_article(tmp_path)), "--published", "soon"])
    assert res.exit_code != 0 and "YYYY-MM-DD" in res.output
