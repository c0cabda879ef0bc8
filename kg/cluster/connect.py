"""Reach the Dask scheduler `--cluster` names (or start a LocalCluster), and check its workers.

ADDRESS is a scheduler address (`tcp://host:8786`, `host:8786`), a scheduler file written by
`dask scheduler --scheduler-file FILE`, or `local:N` (N worker processes of this machine, one
thread each, for trying it out). Every failure is a ClusterError that says what to do next.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import ClusterError

CONNECT_TIMEOUT = 10.0   # seconds to reach the scheduler
WORKERS_TIMEOUT = 60.0   # seconds to wait for a first worker
_START_HINT = ("start a scheduler (`dask scheduler`) and workers (`dask worker ADDRESS "
               "--nthreads 1`) with kg installed, or try `--cluster local:2`")


@dataclass
class Cluster:
    """A connected client (and the LocalCluster this process started, if any)."""

    address: str
    client: Any
    local: Any = None
    dashboard: str | None = None
    workers: dict[str, dict[str, Any]] = field(default_factory=dict)  # address -> probe answer

    @property
    def threads(self) -> int:
        return sum(w["nthreads"] for w in self.workers.values()) or 1

    def close(self) -> None:
        # distributed logs the closing of comms it was told to close; nothing there is news.
        logging.getLogger("distributed").setLevel(logging.ERROR)
        try:
            self.client.close()
        finally:
            if self.local is not None:
                self.local.close()


def connect(address: str) -> Cluster:
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterError("`kg ingest --cluster` needs the Dask distributed package",
                           hint="pip install 'kg[cluster]' (or distributed==2026.8.0)") from exc
    local = None
    try:
        if address.startswith("local:"):
            local = LocalCluster(n_workers=_local_workers(address), threads_per_worker=1,
                                 processes=True, host="127.0.0.1",
                                 dashboard_address=":0" if _has_bokeh() else None,
                                 silence_logs=logging.ERROR)
            client = Client(local)
        elif address.endswith(".json") and Path(address).is_file():
            client = Client(scheduler_file=address, timeout=CONNECT_TIMEOUT)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except ClusterError:
        raise
    except (OSError, TimeoutError, ValueError) as exc:
        if local is not None:
            local.close()
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}",
                           hint=_START_HINT) from exc
    cluster = Cluster(address, client, local)
    cluster.dashboard = _dashboard(client)
    return cluster


def _local_workers(address: str) -> int:
    try:
        n = int(address.split(":", 1)[1])
    except ValueError:
        n = 0
    if not 1 <= n <= 256:
        raise ClusterError(f"--cluster {address}: local:N needs a number of workers N from 1 "
                           "to 256", hint="e.g. --cluster local:2")
    return n


def _has_bokeh() -> bool:
    import importlib.util

    return importlib.util.find_spec("bokeh") is not None


def _dashboard(client) -> str | None:
    """The dashboard's address when it answers. Dask gives a link whenever the scheduler has its
    HTTP server, which it also has without the dashboard (no bokeh, or --no-dashboard)."""
    import requests

    try:
        link = client.dashboard_link
    except (KeyError, AttributeError, TypeError):
        return None
    if not link:
        return None
    try:
        return link if requests.get(link, timeout=2).status_code == 200 else None
    except requests.RequestException:
        return None


def dashboard_line(cluster: Cluster) -> str:
    """One line about the Dask dashboard: its address, or why there is none."""
    if cluster.dashboard:
        return f"dashboard: {cluster.dashboard}"
    if cluster.local is not None:
        return "dashboard: not available (it needs bokeh: pip install bokeh)"
    return ("dashboard: none (the scheduler runs without one: it needs bokeh where the "
            "scheduler runs, and no --no-dashboard)")


def check_workers(cluster: Cluster, store_location: str, remote: bool,
                  say: Callable[[str], None]) -> None:
    """Wait for a first worker, then ask every worker (Client.run, quick) whether it runs this
    kg and can see the store; refuse the run, naming the workers, when one cannot."""
    import kg
    from kg.cluster.tasks import probe

    client = cluster.client
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except TimeoutError as exc:
        raise ClusterError(f"no worker joined the scheduler at {cluster.address} within "
                           f"{WORKERS_TIMEOUT:.0f} s", hint=_START_HINT) from exc
    try:
        answers = client.run(probe, store_location, remote)
    except Exception as exc:  # a worker without kg cannot even unpickle the probe
        raise ClusterError(f"the workers cannot run kg's tasks: {type(exc).__name__}: {exc}",
                           hint=f"install kg {kg.__version__} (and its dependencies) on every "
                                "worker") from exc
    info = client.scheduler_info(n_workers=-1)["workers"]
    for address, answer in answers.items():
        answer["nthreads"] = info.get(address, {}).get("nthreads", 1)
    cluster.workers = answers
    other = {a: w["kg"] for a, w in answers.items() if w["kg"] != kg.__version__}
    if other:
        raise ClusterError(f"workers run another kg version than this one ({kg.__version__}): "
                           + ", ".join(f"{a} has {v}" for a, v in sorted(other.items())),
                           hint="install the same kg version on every worker")
    blind = sorted(a for a, w in answers.items() if not w["store_visible"])
    if blind:
        raise ClusterError(
            f"workers cannot see the embedded store {store_location} (they read validation "
            f"context from it): {', '.join(blind)}",
            hint="run the workers on this machine or put the store on storage they share, or "
                 "use a remote store that every worker reaches (--store http://...)")
    many = sorted(a for a, w in answers.items() if w["nthreads"] > 1)
    if many:
        say(f"workers with several threads run kg's tasks one at a time (extraction holds the "
            f"GIL): {', '.join(many)}; start workers with --nworkers N --nthreads 1")


class WorkerWatch:
    """Says, while the run goes on, when a worker leaves the cluster (its tasks are rerun
    elsewhere by the scheduler) or joins it; counts the workers lost."""

    def __init__(self, cluster: Cluster, say: Callable[[str], None], every: float = 1.0):
        self.cluster, self.say, self.every = cluster, say, every
        self.known = set(cluster.workers)
        self.lost: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="kg-worker-watch", daemon=True)

    def __enter__(self) -> WorkerWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.poll()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.poll()

    def poll(self) -> None:
        try:
            now = set(self.cluster.client.scheduler_info(n_workers=-1)["workers"])
        except Exception:  # the scheduler is busy or gone: the writer hears of it from the tasks
            return
        for address in sorted(self.known - now):
            self.lost.append(address)
            self.say(f"worker {address} left the cluster; the scheduler reruns its tasks "
                     f"elsewhere ({len(now)} worker(s) left)")
        for address in sorted(now - self.known):
            self.say(f"worker {address} joined the cluster ({len(now)} worker(s))")
        self.known = now
