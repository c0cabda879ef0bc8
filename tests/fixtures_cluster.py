"""A real Dask cluster on 127.0.0.1 for the cluster-ingest tests (loaded by tests/conftest.py).

`dask_cluster` (session): a `dask scheduler` and two `dask worker` processes (the CLI entry points
of the `distributed` package, each worker under its nanny, one thread, no dashboard), found
through a scheduler file; stopped at the end of the session. Tests that kill a worker leave its
nanny to restart it; `DaskCluster.ready()` waits until both workers are back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WORKERS = 2


def dask_binary() -> str:
    return str(Path(sys.executable).parent / "dask")


@dataclass
class DaskCluster:
    scheduler_file: Path
    procs: list[subprocess.Popen] = field(default_factory=list)
    directory: Path | None = None

    def client(self):
        from distributed import Client

        return Client(scheduler_file=str(self.scheduler_file), timeout=30)

    def ready(self, timeout: float = 120.0) -> None:
        """Both workers registered (a killed one is restarted by its nanny)."""
        with self.client() as client:
            client.wait_for_workers(WORKERS, timeout=timeout)

    def worker_pids(self) -> dict[str, int]:
        with self.client() as client:
            return client.run(os.getpid)

    def busy_worker(self, key_prefix: str, timeout: float = 120.0) -> tuple[str, int]:
        """A worker the scheduler has a task of ours processing on, and its pid."""
        deadline = time.monotonic() + timeout
        with self.client() as client:
            while time.monotonic() < deadline:
                processing = client.processing()
                for address, keys in sorted(processing.items()):
                    if any(str(k).startswith(key_prefix) for k in keys):
                        pids = client.run(os.getpid)
                        if address in pids:
                            return address, pids[address]
                time.sleep(0.05)
        raise AssertionError("no worker ever processed a kg task")

    def stop(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def start_dask(directory: Path) -> DaskCluster:
    directory.mkdir(parents=True, exist_ok=True)
    scheduler_file = directory / "scheduler.json"
    cluster = DaskCluster(scheduler_file, directory=directory)

    def spawn(name: str, *args: str) -> None:
        log = open(directory / f"{name}.log", "ab")
        cluster.procs.append(subprocess.Popen(
            [dask_binary(), *args], stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, cwd=directory))
        log.close()

    spawn("scheduler", "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
          "--scheduler-file", str(scheduler_file))
    deadline = time.monotonic() + 60
    while not scheduler_file.exists():
        if cluster.procs[0].poll() is not None or time.monotonic() > deadline:
            cluster.stop()
            raise RuntimeError(f"dask scheduler did not start: see {directory}/scheduler.log")
        time.sleep(0.1)
    for i in range(WORKERS):
        spawn(f"worker{i}", "worker", "--scheduler-file", str(scheduler_file), "--host",
              "127.0.0.1", "--nthreads", "1", "--no-dashboard",
              "--local-directory", str(directory / f"worker{i}"))
    try:
        cluster.ready(timeout=120)
    except Exception:
        cluster.stop()
        raise
    return cluster


@pytest.fixture(scope="session")
def dask_cluster(tmp_path_factory):
    pytest.importorskip("distributed")
    cluster = start_dask(tmp_path_factory.mktemp("dask"))
    yield cluster
    cluster.stop()
