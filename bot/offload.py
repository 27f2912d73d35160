"""Run one CPU-heavy, untrusted-input job in a child process that can be killed.

Parsing an uploaded plan or decoding a hostile file can take minutes or gigabytes; run on the
event loop it freezes every user, and in a thread it cannot be stopped (the handler timeout only
abandons the await). A child process can: :func:`run_limited` kills it at the time limit and
caps its address space, and the bot's memory is untouched by whatever the job allocated.

One process per job (forkserver on Linux: cheap forks from a clean, single-threaded server, not
from this multi-threaded process). Jobs are rare (a reviewer importing a plan), so a pool would
only keep memory resident for nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import sys
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Modules the fork server imports once, so each job does not pay for them.
PRELOAD = ["reminders.parsing"]
#: Scheduling priority of a job (higher is nicer): 10 leaves the bot's event loop ahead.
CHILD_NICENESS = 10


class JobTimeout(Exception):
    """The job ran past its time limit and was killed."""


class JobFailed(Exception):
    """The child died (out of memory, killed, crashed) without an answer."""


def _context() -> multiprocessing.context.BaseContext:
    if sys.platform == "linux":
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def _child(
    conn: Connection, func: Callable[..., Any], args: tuple[Any, ...], memory_mb: int
) -> None:
    # A background job: on a busy machine the bot's replies get the CPU first.
    with contextlib.suppress(OSError, AttributeError):
        os.nice(CHILD_NICENESS)
    if memory_mb and sys.platform == "linux":
        import resource

        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        result: tuple[str, Any] = ("ok", func(*args))
    except MemoryError:
        result = ("error", JobFailed("out of memory"))
    except Exception as error:  # handed to the parent, which decides what the user reads
        result = ("error", error)
    try:
        conn.send(result)
    except Exception as error:  # an unpicklable result or exception
        conn.send(("error", JobFailed(f"{type(error).__name__}: {error}")))
    finally:
        conn.close()


def _receive(conn: Connection) -> tuple[str, Any]:
    try:
        return conn.recv()  # type: ignore[no-any-return]
    except (EOFError, OSError) as error:
        raise JobFailed("the worker process died") from error


async def run_limited(
    func: Callable[..., T], *args: Any, timeout_s: float, memory_mb: int = 1024
) -> T:
    """``func(*args)`` in a child process; raises what ``func`` raised, :class:`JobTimeout` past
    ``timeout_s`` or :class:`JobFailed` if the child died. ``func`` and its arguments and result
    must be picklable (a module-level function)."""
    ctx = _context()
    receiver, sender = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(sender, func, args, memory_mb), daemon=True)
    try:
        # Starting talks to the fork server (and starts it the first time): not on the loop.
        await asyncio.to_thread(process.start)
        sender.close()
        try:
            async with asyncio.timeout(timeout_s):
                kind, value = await asyncio.to_thread(_receive, receiver)
        except TimeoutError:
            raise JobTimeout(
                f"{getattr(func, '__name__', func)} ran past {timeout_s:g} s"
            ) from None
    finally:
        # Also on cancellation (shutdown): never leave a runaway child behind. Killing it ends
        # the receiving thread too (EOF on the pipe).
        if process.is_alive():
            process.kill()
        with contextlib.suppress(Exception):
            await asyncio.to_thread(process.join, 5)
        receiver.close()
        with contextlib.suppress(Exception):
            sender.close()
    if kind == "error":
        raise value
    return value  # type: ignore[no-any-return]
