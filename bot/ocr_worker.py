"""One long-lived child process for OCR, reused page after page.

``bot.offload.run_limited`` starts a fresh child for every job: right for rare jobs (a plan
upload), but a dossier arrives as a stream of pages, and on this loaded 2-core machine each
start (fork-server round trip, the child's imports) cost 1-2 s of wall time on a 3-5 s page.
:class:`OcrWorker` starts its child once, on the first page, and keeps ``run_limited``'s
guarantees: the child runs niced, its address space is capped (Tesseract, started from it,
inherits the cap), a page past its time limit gets the child killed (a fresh one serves the next
page), and a child that died is replaced. After :data:`IDLE_S` seconds without a page the child
is stopped, so its memory is not held for nothing.

One page at a time: on two cores a second OCR would only slow the first and the bot's replies.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, TypeVar

from bot.offload import CHILD_NICENESS, JobFailed, JobTimeout, _context, _receive

T = TypeVar("T")

#: Scheduling priority of the child (higher is nicer); see :data:`bot.offload.CHILD_NICENESS`.
NICENESS = CHILD_NICENESS
#: Seconds without a page after which the child is stopped (a dossier's pages come minutes
#: apart at most; a new one starts in about a second).
IDLE_S = 120.0


def _serve(conn: Connection, memory_mb: int, niceness: int) -> None:
    """The child: run each ``(func, args)`` received and send back its result, until the pipe
    closes (the bot stopped or dropped this worker)."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(niceness)
    if memory_mb and sys.platform == "linux":
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        func, args = job
        fatal = False
        try:
            result: tuple[str, Any] = ("ok", func(*args))
        except MemoryError:
            # The heap may be left fragmented or half-freed: answer, then make way for a
            # fresh child.
            result, fatal = ("error", JobFailed("out of memory")), True
        except Exception as error:  # handed to the parent, which decides what the user reads
            result = ("error", error)
        try:
            conn.send(result)
        except Exception as error:  # an unpicklable result or exception
            conn.send(("error", JobFailed(f"{type(error).__name__}: {error}")))
        if fatal:
            return


class OcrWorker:
    """A reusable child process running one job at a time under a time and memory limit."""

    def __init__(self, *, memory_mb: int, idle_s: float = IDLE_S) -> None:
        self.memory_mb = memory_mb
        self.idle_s = idle_s
        self._lock = asyncio.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None
        self._idle: asyncio.TimerHandle | None = None
        #: Children started so far (a test checks pages share one).
        self.starts = 0

    def _start(self) -> None:
        ctx = _context()
        parent, child = ctx.Pipe(duplex=True)
        process = ctx.Process(target=_serve, args=(child, self.memory_mb, NICENESS), daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        self.starts += 1

    def _drop(self) -> None:
        """Kill the child (if any) without waiting on the event loop; a thread reaps it."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is None:
            return
        if process.is_alive():
            process.kill()

        def reap() -> None:
            process.join(5)
            if conn is not None:
                conn.close()

        threading.Thread(target=reap, name="ocr-worker-reaper", daemon=True).start()

    async def run(self, func: Callable[..., T], *args: Any, timeout_s: float) -> T:
        """``func(*args)`` in the child; raises what ``func`` raised, :class:`JobTimeout` past
        ``timeout_s`` (the child is killed) or :class:`JobFailed` if the child died."""
        async with self._lock:
            if self._idle is not None:
                self._idle.cancel()
                self._idle = None
            try:
                if self._process is None or not self._process.is_alive():
                    self._drop()
                    # Starting talks to the fork server (and starts it the first time).
                    await asyncio.to_thread(self._start)
                conn = self._conn
                assert conn is not None
                try:
                    await asyncio.to_thread(conn.send, (func, args))
                    async with asyncio.timeout(timeout_s):
                        kind, value = await asyncio.to_thread(_receive, conn)
                except TimeoutError:
                    self._drop()
                    raise JobTimeout(
                        f"{getattr(func, '__name__', func)} ran past {timeout_s:g} s"
                    ) from None
                except (OSError, EOFError) as error:  # the pipe broke on send
                    self._drop()
                    raise JobFailed("the OCR worker process died") from error
                except BaseException:  # JobFailed, or cancelled at shutdown
                    self._drop()
                    raise
                if kind == "error" and isinstance(value, JobFailed):
                    self._drop()  # the child answered and is exiting (out of memory)
            finally:
                if self._process is not None:
                    self._idle = asyncio.get_running_loop().call_later(self.idle_s, self._drop)
        if kind == "error":
            raise value
        return value  # type: ignore[no-any-return]

    async def close(self) -> None:
        async with self._lock:
            if self._idle is not None:
                self._idle.cancel()
                self._idle = None
            self._drop()
