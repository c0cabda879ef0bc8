"""No network for the query engine: a seccomp filter that refuses IP sockets.

pyoxigraph runs `SERVICE` and `LOAD` against any address and offers no hook to refuse them, so
the safety scan (kg.web.safety) alone would stand between a hostile query and the network. This
module is the second wall: a thread (and every thread it starts, and a process whose main thread
installs it before starting others) on which `deny_network()` ran cannot create an AF_INET or
AF_INET6 socket; the kernel answers EACCES, which pyoxigraph reports as a PermissionError.
Unix sockets and pipes (the query workers' channel to the server) keep working.

Linux on x86_64 and aarch64 only (seccomp BPF, set with prctl; no privilege needed because
no_new_privs is set first). Elsewhere `deny_network()` returns False and kg relies on the scan
alone; `available()` tells which, and /healthz reports it.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import platform
import struct
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2
_SECCOMP_RET_ALLOW = 0x7FFF0000
_SECCOMP_RET_ERRNO = 0x00050000
_BPF_LD_W_ABS = 0x20
_BPF_JEQ_K = 0x15
_BPF_RET_K = 0x06
_AF_INET, _AF_INET6 = 2, 10
# machine -> (audit arch, socket syscall number)
_ARCHES = {"x86_64": (0xC000003E, 41), "aarch64": (0xC00000B7, 198)}

_local = threading.local()


@functools.cache
def _program() -> bytes | None:
    arch = _ARCHES.get(platform.machine())
    if arch is None or not sys.platform.startswith("linux"):
        return None
    audit_arch, socket_nr = arch

    def ins(code: int, jt: int, jf: int, k: int) -> bytes:
        return struct.pack("HBBI", code, jt, jf, k)

    # seccomp_data: nr at 0, arch at 4, args[0] at 16 (low 32 bits on little-endian machines)
    return b"".join([
        ins(_BPF_LD_W_ABS, 0, 0, 4),
        ins(_BPF_JEQ_K, 1, 0, audit_arch),
        ins(_BPF_RET_K, 0, 0, _SECCOMP_RET_ERRNO | errno.EACCES),  # a foreign ABI: refuse
        ins(_BPF_LD_W_ABS, 0, 0, 0),
        ins(_BPF_JEQ_K, 0, 4, socket_nr),
        ins(_BPF_LD_W_ABS, 0, 0, 16),
        ins(_BPF_JEQ_K, 1, 0, _AF_INET),
        ins(_BPF_JEQ_K, 0, 1, _AF_INET6),
        ins(_BPF_RET_K, 0, 0, _SECCOMP_RET_ERRNO | errno.EACCES),
        ins(_BPF_RET_K, 0, 0, _SECCOMP_RET_ALLOW),
    ])


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def available() -> bool:
    """Whether this platform can take away the network (Linux, x86_64 or aarch64)."""
    return _program() is not None


def deny_network() -> bool:
    """Refuse IP sockets to the calling thread and the threads it starts from now on.

    Irreversible for that thread. Returns True when the filter is in place (or already was),
    False where the platform cannot do it.
    """
    if getattr(_local, "denied", False):
        return True
    prog = _program()
    if prog is None:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    buf = ctypes.create_string_buffer(prog, len(prog))
    fprog = _SockFprog(len(prog) // 8, ctypes.cast(buf, ctypes.c_void_p))
    if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        return False
    if libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        return False
    _local.denied = True
    return True


def network_denied() -> bool:
    """Whether `deny_network()` succeeded on the calling thread."""
    return bool(getattr(_local, "denied", False))


_offline: ThreadPoolExecutor | None = None
_offline_lock = threading.Lock()


def run_offline(fn: Callable[..., T], *args, **kwargs) -> T:
    """Run `fn` on a long-lived thread that has no network (where the platform allows), and
    return its result or raise its exception. Used for SPARQL updates, which pyoxigraph
    evaluates in the server process itself."""
    global _offline
    if _offline is None:
        with _offline_lock:
            if _offline is None:
                _offline = ThreadPoolExecutor(max_workers=4, thread_name_prefix="kg-offline",
                                              initializer=deny_network)
    return _offline.submit(fn, *args, **kwargs).result()


__all__ = ["available", "deny_network", "network_denied", "run_offline"]
