"""SQLAlchemy's aiosqlite adapter with one thread round trip per statement instead of four.

aiosqlite runs each SQLite connection in its own thread and every call on it (``cursor()``,
``execute``, ``fetchall``, ``close``, ``commit``) is a round trip: a queue put that wakes the
thread, the call, then ``call_soon_threadsafe`` that wakes the event loop through its self-pipe
and a loop turn to resume the awaiting greenlet. SQLAlchemy's adapter makes four of them for a
SELECT (cursor, execute, fetchall, close), and the queries themselves take microseconds: in a
busy bot's profile (issue 16) the round trips, not SQL, were the largest single cost (a fifth of
the event loop's samples sat in aiosqlite's ``put_nowait``). This cursor does the whole
statement (execute, fetch every row, close) in one call on the connection's thread, so the
event loop still never runs SQLite itself (a slow query or a lock wait cannot stall it).

Only client-side cursors change; ``stream()`` keeps aiosqlite's server-side cursor. Selected
by :class:`~bot.storage.db.Database` through ``create_async_engine(module=...)``, so the URL,
the dialect and everything above the DBAPI stay SQLAlchemy's own.
"""

from __future__ import annotations

import collections
import sqlite3
from typing import Any

import aiosqlite
from sqlalchemy.dialects.sqlite.aiosqlite import (
    AsyncAdapt_aiosqlite_connection,
    AsyncAdapt_aiosqlite_cursor,
    AsyncAdapt_aiosqlite_dbapi,
)

_NO_ROWS: collections.deque[Any] = collections.deque()


def _run(conn: sqlite3.Connection, operation: str, parameters: Any) -> tuple[Any, ...]:
    """On the connection's thread: the statement, all its rows, and the cursor's figures."""
    cursor = conn.execute(operation) if parameters is None else conn.execute(operation, parameters)
    try:
        description = cursor.description
        rows = cursor.fetchall() if description else None
        return description, rows, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


def _run_many(conn: sqlite3.Connection, operation: str, seq: Any) -> tuple[Any, ...]:
    cursor = conn.executemany(operation, seq)
    try:
        return cursor.description, None, cursor.rowcount, cursor.lastrowid
    finally:
        cursor.close()


class OneHopCursor(AsyncAdapt_aiosqlite_cursor):
    """A DBAPI cursor whose results arrive with the statement (no SQLite cursor kept)."""

    __slots__ = ("_arraysize", "_description", "_lastrowid", "_rowcount")

    def __init__(self, adapt_connection: AsyncAdapt_aiosqlite_connection) -> None:
        # No ``super().__init__``: it opens an aiosqlite cursor, i.e. a round trip.
        self._adapt_connection = adapt_connection
        self._connection = adapt_connection._connection
        self._cursor = None  # type: ignore[assignment]
        self._soft_closed_memoized = {}  # type: ignore[assignment]
        self._rows = _NO_ROWS
        self._description: Any = None
        self._rowcount = -1
        self._lastrowid: int | None = None
        self._arraysize = 1

    @property
    def description(self) -> Any:
        return self._description

    @property
    def rowcount(self) -> int:
        return self._rowcount

    @property
    def lastrowid(self) -> Any:
        return self._lastrowid

    @property
    def arraysize(self) -> int:
        return self._arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._arraysize = value

    async def _async_soft_close(self) -> None:
        return None  # nothing is open on the SQLite side

    def close(self) -> None:
        self._rows = _NO_ROWS

    async def _execute_async(self, operation: Any, parameters: Any) -> Any:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        async with self._adapt_connection._execute_mutex:
            outcome = await connection._execute(_run, connection._conn, operation, parameters)
        self._take(outcome)

    async def _executemany_async(self, operation: Any, seq_of_parameters: Any) -> Any:
        connection: aiosqlite.Connection = self._connection  # type: ignore[assignment]
        async with self._adapt_connection._execute_mutex:
            outcome = await connection._execute(
                _run_many, connection._conn, operation, seq_of_parameters
            )
        self._take(outcome)

    def _take(self, outcome: tuple[Any, ...]) -> None:
        self._description, rows, self._rowcount, self._lastrowid = outcome
        # A fresh deque even when empty: the shared empty one must never receive rows.
        self._rows = collections.deque(rows) if rows else collections.deque()

    def nextset(self) -> None:
        return None  # sqlite3 has no multiple result sets

    def setinputsizes(self, *inputsizes: Any) -> None:
        return None


class OneHopConnection(AsyncAdapt_aiosqlite_connection):
    __slots__ = ()
    _cursor_cls = OneHopCursor

    def rollback(self) -> None:
        # The pool resets every connection it gets back, after each commit too: with nothing
        # to undo that is a round trip for a no-op. ``in_transaction`` only reads SQLite's
        # autocommit flag, and no statement of this connection is running meanwhile.
        connection = self._connection
        if connection._connection is not None and not connection.in_transaction:
            return
        super().rollback()


class OneHopDbapi(AsyncAdapt_aiosqlite_dbapi):
    """``aiosqlite`` as SQLAlchemy sees it, handing out :class:`OneHopConnection`."""

    def __init__(self) -> None:
        super().__init__(aiosqlite, sqlite3)

    def connect(self, *arg: Any, **kw: Any) -> OneHopConnection:
        adapted = super().connect(*arg, **kw)
        adapted.__class__ = OneHopConnection  # same slots: only the cursor class differs
        return adapted  # type: ignore[return-value]
