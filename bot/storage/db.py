"""Database engine and sessions: SQLite by default, PostgreSQL with the same code.

SQLite runs in WAL mode with a busy timeout so the web receiver, the outbox worker and the
scheduler of one process can share the file. SQLite has one writer at a time; a connection that
wants to write while another holds the lock sleeps in SQLite's busy handler (1, 2, 5 … 100 ms
naps in its thread, not woken when the lock frees). Under load those naps were most of a reply's
time (issue 16: ~95 % of the database threads' samples), so a session's writes first take this
process's **write gate**, an ``asyncio.Lock`` handed over in order the moment the previous
writer commits; SQLite's own lock is then free whenever it is asked for (writes outside a
session, e.g. migrations, still rely on the busy timeout). PostgreSQL-only features (advisory
locks, ``FOR UPDATE SKIP LOCKED``) are reached through :attr:`Database.is_postgres` checks in
the few places that need them.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import sqlite3
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, exc, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import ORMExecuteState, Session, SessionTransaction

log = logging.getLogger(__name__)

#: A write waits this long for the gate, then fails as SQLite's busy timeout would have.
WRITE_GATE_TIMEOUT_S = 30.0
#: A PostgreSQL connection idle in the pool for longer than this is checked before use.
PING_AFTER_IDLE_S = 5.0
_GATE_HELD = "tdkt_write_gate"


def _await(awaitable: Any) -> Any:
    """Await from SQLAlchemy's synchronous code (events), which runs in its asyncio greenlet."""
    from sqlalchemy import util

    wait = getattr(util, "await_", None) or util.await_only  # 2.1 renamed await_only
    return wait(awaitable)


class _WriteGate:
    """One writing session at a time in this process, waited for on the event loop."""

    def __init__(self) -> None:
        self._lock: asyncio.Lock | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.waits = 0  # how many writes found the gate taken (tests, diagnostics)

    def _current(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        if self._lock is None or self._loop is not loop:  # a Database reused by another loop
            self._lock, self._loop = asyncio.Lock(), loop
        return self._lock

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.locked()

    def enter(self, session: Session) -> None:
        """Take the gate for ``session`` before its first write (no-op if it holds it)."""
        if session.info.get(_GATE_HELD):
            return
        # The pool connection first: taking the gate and then waiting for a connection held
        # by sessions that wait for the gate would deadlock them all (the pool is bounded).
        session.connection()
        lock = self._current()
        if lock.locked():
            self.waits += 1
        try:
            _await(asyncio.wait_for(lock.acquire(), WRITE_GATE_TIMEOUT_S))
        except TimeoutError:
            # What SQLite itself raises when its busy timeout runs out.
            raise sqlite3.OperationalError(
                f"database is locked (another write of this process ran for over "
                f"{WRITE_GATE_TIMEOUT_S:.0f} s)"
            ) from None
        session.info[_GATE_HELD] = True

    def leave(self, session: Session) -> None:
        if session.info.pop(_GATE_HELD, False) and self._lock is not None:
            self._lock.release()

    # Session events ------------------------------------------------------------------------
    def before_flush(self, session: Session, _context: Any, _instances: Any) -> None:
        if session.new or session.deleted or any(session.is_modified(o) for o in session.dirty):
            self.enter(session)

    def do_orm_execute(self, state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:
            self.enter(state.session)

    def after_transaction_end(self, session: Session, transaction: SessionTransaction) -> None:
        # The outermost transaction ended: committed or rolled back, SQLite's lock is free.
        if transaction.parent is None:
            self.leave(session)


def sync_url(async_url: str) -> str:
    """The synchronous twin of an async URL (for Alembic and APScheduler's job store).

    pg8000 is used for PostgreSQL because it is BSD-licensed and pure Python.
    """
    url = make_url(async_url)
    if url.drivername.startswith("sqlite"):
        return url.set(drivername="sqlite").render_as_string(hide_password=False)
    if url.drivername.startswith("postgresql"):
        return url.set(drivername="postgresql+pg8000").render_as_string(hide_password=False)
    return async_url


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class _PingAfterIdle:
    """Check a pooled PostgreSQL connection before use only if it sat idle for a while.

    SQLAlchemy's ``pool_pre_ping`` checks every checkout, and on asyncpg a check is three round
    trips (BEGIN, an empty query, ROLLBACK): with about six transactions per update, some 18 of a
    busy bot's ~50 PostgreSQL round trips per update, each a wake-up of a server process that
    waits for a core when the machine is busy (issue 16, task h38). A connection used moments
    ago is as good as the last statement it ran; one that sat idle (the server or the network
    may have dropped it meanwhile: a restart, an idle timeout) is checked, and replaced if
    dead. A connection that dies while in use still fails its statement, and SQLAlchemy then
    discards the whole pool's older connections, as with ``pool_pre_ping``.
    """

    def __init__(self, after_idle_s: float) -> None:
        self.after_idle_s = after_idle_s
        self.pings = 0  # tests, diagnostics

    def checkin(self, _dbapi_connection: Any, record: Any) -> None:
        record.info["tdkt_idle_since"] = time.monotonic()

    def checkout(self, dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("tdkt_idle_since")
        if since is None or time.monotonic() - since < self.after_idle_s:
            return  # new, or used moments ago
        self.pings += 1
        try:
            dbapi_connection.ping()
        except Exception as error:
            # The pool drops this connection and checks out another (a new one if need be).
            raise exc.DisconnectionError(f"pooled connection is gone: {error}") from error


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for ``pg_advisory_*`` locks."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class Database:
    """Owns the engine and hands out sessions."""

    def __init__(
        self, url: str, *, echo: bool = False, ping_after_idle_s: float = PING_AFTER_IDLE_S
    ) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_postgres = parsed.drivername.startswith("postgresql")
        self.is_sqlite = parsed.drivername.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            on_disk = bool(parsed.database) and parsed.database != ":memory:"
            if on_disk:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30}
            # Connections beyond the pool's size are closed when returned; for aiosqlite each
            # one is a thread and a file handle to open again, with the pragmas (issue 16:
            # visible in a busy bot's profile). Handlers at once are bounded by the runtime
            # (MAX_CONCURRENT_HANDLERS), so this size keeps them all.
            if on_disk:  # (an in-memory database has one connection, no queue pool)
                kwargs.update(pool_size=16, max_overflow=8)
            if parsed.drivername == "sqlite+aiosqlite":
                from bot.storage.sqlite_driver import OneHopDbapi

                kwargs["module"] = OneHopDbapi()  # one thread round trip per statement
        else:
            kwargs.update(pool_size=10, max_overflow=20)
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        self.ping: _PingAfterIdle | None = None
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        else:
            self.ping = _PingAfterIdle(ping_after_idle_s)
            event.listen(self.engine.sync_engine, "checkin", self.ping.checkin)
            event.listen(self.engine.sync_engine, "checkout", self.ping.checkout)
        self.write_gate: _WriteGate | None = None
        session_class: type[Session] = Session
        if self.is_sqlite:
            gate = self.write_gate = _WriteGate()
            # A subclass per database, so the events touch only this database's sessions.
            session_class = type("GatedSession", (Session,), {})
            event.listen(session_class, "before_flush", gate.before_flush)
            event.listen(session_class, "do_orm_execute", gate.do_orm_execute)
            event.listen(session_class, "after_transaction_end", gate.after_transaction_end)
        self.sessionmaker = async_sessionmaker(
            self.engine, expire_on_commit=False, sync_session_class=session_class
        )

    @asynccontextmanager
    async def session(self) -> AsyncIterator[AsyncSession]:
        """A session in a transaction that commits on success and rolls back on error.

        Callbacks appended to ``session.info["after_commit"]`` run once the commit succeeded
        (the outbox uses it to wake its worker only when the rows are visible).
        """
        async with self.sessionmaker() as session:
            async with session.begin():
                yield session
            for callback in session.info.pop("after_commit", []):
                # The commit happened: a failing callback must not look like a failed transaction.
                try:
                    callback()
                except Exception:
                    log.exception("after-commit callback failed")

    async def lock_key(self, session: AsyncSession, name: str) -> None:
        """Serialise work on ``name`` across processes until the transaction ends.

        On SQLite a single process owns the file and callers hold in-process locks already.
        """
        if self.is_postgres:
            await session.execute(
                text("SELECT pg_advisory_xact_lock(:k)"), {"k": advisory_key(name)}
            )

    async def dispose(self) -> None:
        await self.engine.dispose()


@functools.cache
def _insert_ignore_statement(dialect: str, model: type, conflict: tuple[str, ...]) -> Any:
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    table = model.__table__  # type: ignore[attr-defined]
    return insert(table).on_conflict_do_nothing(index_elements=list(conflict))


async def insert_ignore(
    session: AsyncSession, model: type, values: dict[str, Any], conflict: list[str]
) -> int:
    """INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL; returns rows inserted.

    One statement per table, built once, with the row as parameters: ``.values(**row)`` made
    SQLAlchemy coerce every value (the JSON payload too) into a new statement on each call,
    5 % of a busy bot's CPU in the webhook's inbox insert alone (issue 16).
    """
    statement = _insert_ignore_statement(session.bind.dialect.name, model, tuple(conflict))
    result = await session.execute(statement, values)
    return result.rowcount or 0  # type: ignore[attr-defined]


async def insert_ignore_many(
    session: AsyncSession, model: type, rows: list[dict[str, Any]], conflict: list[str]
) -> set[tuple[Any, ...]]:
    """:func:`insert_ignore` for many rows in one statement; the ``conflict`` values of the rows
    inserted (a row whose key exists, or repeats an earlier row's, is left out)."""
    table = model.__table__  # type: ignore[attr-defined]
    statement = _insert_ignore_statement(session.bind.dialect.name, model, tuple(conflict))
    result = await session.execute(statement.returning(*(table.c[c] for c in conflict)), rows)
    return {tuple(row) for row in result}
