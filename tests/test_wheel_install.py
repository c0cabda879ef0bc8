"""A normal install works: the built wheel, installed in a fresh virtualenv, loads, validates and
serves from a folder that is not the repository (shapes, ontology, queries, examples, gazetteer
and page assets all come from the installed package).

No network: the wheel is built without build isolation (setuptools comes with the test extras),
and the fresh virtualenv sees kg's dependencies through a `.pth` file naming a folder of links to
this environment's installed packages (all but kg itself), so `pip install --no-index` finds
every dependency already installed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import pytest
import requests
from conftest import EXAMPLE_RECORDS, ROOT

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _dependency_links(target: Path) -> Path:
    """A folder of links to this environment's installed packages, without kg's own entries
    (its editable finder and metadata), for the fresh virtualenv to import its dependencies from."""
    site = Path(sysconfig.get_paths()["purelib"])
    target.mkdir()
    for entry in site.iterdir():
        name = entry.name.lower()
        if name.startswith(("kg-", "__editable__", "kg.")) or name.endswith(".pth") \
                or name == "__pycache__":
            continue
        (target / entry.name).symlink_to(entry)
    return target


def _project_copy(target: Path) -> Path:
    """The project's files (tracked, or new and not ignored) copied as they are now, symlinks
    kept: a build in the repository itself would reuse a stale build/ folder."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source, copy = ROOT / name, target / name
        if not source.exists() and not source.is_symlink():
            continue  # deleted in the work tree
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            copy.symlink_to(os.readlink(source))
        else:
            shutil.copy2(source, copy)
    return target


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtualenv with the kg wheel installed; returns its bin directory."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    source = _project_copy(tmp / "source")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(dist), "--disable-pip-version-check"],
        capture_output=True, text=True, cwd=tmp)
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = dist.glob("kg-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    py = venv / "bin" / "python"
    purelib = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()"
                              "['purelib'])"], capture_output=True, text=True, check=True)
    deps = _dependency_links(tmp / "deps")
    Path(purelib.stdout.strip(), "kg-test-dependencies.pth").write_text(f"{deps}\n")
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(py), "install", "--no-index",
         "--disable-pip-version-check", str(wheel)],
        capture_output=True, text=True, cwd=tmp)
    output = install.stdout + install.stderr
    assert install.returncode == 0, output
    # pip before 23.3 warned "lxml ... does not provide the extra 'html_clean'" (justext asks
    # for lxml[html_clean]; lxml names it html-clean): tools/dev.py pins a pip that normalizes.
    assert "does not provide the extra" not in output, output
    assert "WARNING" not in output, output
    return venv / "bin"


@pytest.fixture
def elsewhere(tmp_path) -> Path:
    """A working folder outside the repository, with one article record to load."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy(sorted(EXAMPLE_RECORDS.glob("*.json"))[0], folder / "article.json")
    return folder


def _kg(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    env["HOME"] = str(cwd)
    return subprocess.run([str(bin_dir / "kg"), *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=300)


def test_installed_kg_imports_from_the_wheel_not_the_repository(installed, elsewhere):
    out = subprocess.run([str(installed / "python"), "-c", "import kg, kg.packagedata as p; "
                          "print(kg.__file__); print(p.shape_files()[0])"],
                         capture_output=True, text=True, cwd=elsewhere, check=True).stdout
    for line in out.split():
        assert not line.startswith(str(ROOT)), out
        assert "site-packages" in line


def test_installed_kg_validates_loads_and_serves(installed, elsewhere):
    store = str(elsewhere / "store")
    checked = _kg(installed, elsewhere, "--store", store, "validate", "article.json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 violation(s)" in checked.stdout

    loaded = _kg(installed, elsewhere, "--store", store, "load", "article.json")
    assert loaded.returncode == 0, loaded.stdout + loaded.stderr
    assert "loaded: 1 article(s)" in loaded.stdout

    up = _kg(installed, elsewhere, "--store", store, "up", "--no-serve")  # the packaged examples
    assert up.returncode == 0, up.stdout + up.stderr
    assert "example article(s)" in up.stderr

    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    server = subprocess.Popen([str(installed / "kg"), "--store", store, "serve", "--port",
                               str(port)], cwd=elsewhere, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if requests.get(base + "/healthz", timeout=2).status_code == 200:
                    break
            except requests.ConnectionError:
                pass
            assert server.poll() is None, server.stdout.read()
            assert time.monotonic() < deadline, "kg serve did not answer /healthz within 60 s"
            time.sleep(0.2)

        page = requests.get(base + "/", headers={"Accept": "text/html"}, timeout=10)
        assert page.status_code == 200
        assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page.text)
        assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
        for asset in assets:
            got = requests.get(base + asset, timeout=10)
            assert got.status_code == 200 and got.content, asset
        # The packaged example queries are on the page.
        assert "strikes-casualties-by-attacker" in page.text

        answer = requests.get(base + "/sparql", params={
            "query": "ASK { ?s a <https://kg.example.org/ontology#Strike> }"},
            headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert answer.status_code == 200 and json.loads(answer.text)["boolean"] is True
        ontology = requests.get(base + "/ontology", headers={"Accept": "text/turtle"}, timeout=10)
        assert ontology.status_code == 200 and "Strike" in ontology.text
    finally:
        server.send_signal(signal.SIGINT)  # as Ctrl-C: kg serve stops its query workers
        try:
            server.wait(15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(5)


def test_installed_kg_extracts_with_its_packaged_tables(installed, elsewhere):
    # the gazetteer and the confidence calibration are package data, read from the wheel
    (elsewhere / "raid.txt").write_text(
        "Raid on port\n2025-05-08\n\nKYIV, May 6 (Staff) - Russian missiles struck the port city "
        "of Odesa on Monday, killing three people, regional officials said.\n", "utf-8")
    done = _kg(installed, elsewhere, "extract", "--format", "facts", "raid.txt")
    assert done.returncode == 0, done.stdout + done.stderr
    (strike,) = [f for f in json.loads(done.stdout)["facts"] if f["type"] == "Strike"]
    assert (strike["attacker"], strike["target_place"]) == ("Russia", "Odesa")
    from kg.extract.calibration import default_calibration

    shipped = {v for b, v in default_calibration().rows.items() if b.kind == "Strike"}
    assert strike["confidence"] in shipped  # the bucket's value, not the rule's raw score
