#!/usr/bin/env python3
"""Set up and run kg from a fresh clone with nothing but Python 3.11+.

    python3 tools/dev.py up      # venv + install + load the bundled examples + serve on 127.0.0.1
    python3 tools/dev.py test    # venv + install with test extras + browser + the whole test suite

Everything the tests need (Python packages, Debian's Chromium for the browser tests, the Oxigraph
server for the remote-store tests) is installed by this script or by the tests' own fixtures.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
# pip before 23.3 does not normalize extra names (PEP 685) and warns that lxml "does not provide
# the extra 'html_clean'" (justext asks for lxml[html_clean]; lxml 6 declares html-clean).
PIP = "pip==25.3"


def run(*cmd: str, **kw) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def ensure_venv(extras: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script runs under any python3
        sys.exit(f"kg needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PY.exists():
        run(sys.executable, "-m", "venv", str(VENV))
    stamp = VENV / f".installed-{extras or 'base'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + PIP.encode()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    run(str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PIP)
    run(str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
        "-e", f".[{extras}]" if extras else ".")
    stamp.write_text(digest)


def ensure_test_services() -> None:
    """Debian's Chromium (browser tests, required) and Virtuoso (remote-store tests, where it can
    be installed: without it those tests are skipped and say why)."""
    run("bash", str(ROOT / "scripts" / "install-browser.sh"))
    try:
        run("bash", str(ROOT / "scripts" / "install-virtuoso.sh"), "install")
    except subprocess.CalledProcessError:
        print("Virtuoso could not be installed here: its backend tests will be skipped",
              file=sys.stderr)


def up(args: list[str]) -> int:
    ensure_venv("")
    os.execv(str(VENV / "bin" / "kg"), ["kg", "up", *args])


def test(args: list[str]) -> int:
    ensure_venv("test")
    ensure_test_services()
    code = subprocess.run([str(PY), "-m", "pytest", *args], cwd=ROOT).returncode
    if code == 5:
        print("pytest collected no tests: that is a failure here", file=sys.stderr)
        return 1
    return code


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in {"up", "test"}:
        print(__doc__)
        return 2
    command, rest = sys.argv[1], sys.argv[2:]
    return {"up": up, "test": test}[command](rest)


if __name__ == "__main__":
    sys.exit(main())
