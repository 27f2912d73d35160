"""Database engine and sessions: SQLite by default, PostgreSQL with the same code.

SQLite runs in WAL mode with a busy timeout so the web receiver, the outbox worker and the
scheduler of one process can share the file. PostgreSQL-only features (advisory locks,
``FOR UPDATE SKIP LOCKED``) are reached through :attr:`Database.is_postgres` checks in the few
places that need them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

log = logging.getLogger(__name__)


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


def advisory_key(name: str) -> int:
    """A stable signed 64-bit key for ``pg_advisory_*`` locks."""
    digest = hashlib.blake2b(name.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class Database:
    """Owns the engine and hands out sessions."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_postgres = parsed.drivername.startswith("postgresql")
        self.is_sqlite = parsed.drivername.startswith("sqlite")
        kwargs: dict[str, Any] = {"echo": echo}
        if self.is_sqlite:
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"timeout": 30}
        else:
            kwargs.update(pool_size=10, max_overflow=20, pool_pre_ping=True)
        self.engine: AsyncEngine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

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


async def insert_ignore(
    session: AsyncSession, model: type, values: dict[str, Any], conflict: list[str]
) -> int:
    """INSERT … ON CONFLICT DO NOTHING on SQLite and PostgreSQL; returns rows inserted."""
    from sqlalchemy.dialects.postgresql import insert as pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    insert = pg_insert if session.bind.dialect.name == "postgresql" else sqlite_insert
    statement = insert(model).values(**values).on_conflict_do_nothing(index_elements=conflict)
    result = await session.execute(statement)
    return result.rowcount or 0  # type: ignore[attr-defined]
