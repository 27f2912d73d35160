"""Exactly one scheduler and outbox sender per deployment.

With PostgreSQL several processes may run (web receivers behind a load balancer); the one that
holds a session-level advisory lock is the leader and the others keep trying. SQLite is a single
process by nature, so that process always leads.

The lock lives as long as its database session. If that connection dies (network, server
restart, an idle timeout), PostgreSQL releases the lock and another process may take over while
this one still thinks it leads. Two defences:

* **fencing**: :meth:`LeaderLock.holds` is checked inside every outbox claim's transaction
  (``pg_locks`` is the authority), so a process that lost the lock claims nothing more; at most
  the requests already in flight complete;
* **heartbeat**: a background check notices a dead lock connection within ``heartbeat_s``,
  logs it loudly and calls ``on_lost`` (the default does nothing more: fencing already stopped
  the sender, and the reminder tick is idempotent).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.storage.db import Database, advisory_key

log = logging.getLogger(__name__)

_HOLDS = text(
    "SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted"
    " AND pid = :pid AND classid = :classid AND objid = :objid AND objsubid = 1)"
)


class LeaderLock:
    def __init__(
        self,
        db: Database,
        name: str = "tdkt-leader",
        retry_s: float = 5.0,
        heartbeat_s: float = 10.0,
    ) -> None:
        self.db = db
        self.key = advisory_key(name)
        unsigned = self.key & 0xFFFF_FFFF_FFFF_FFFF
        self._classid = unsigned >> 32
        self._objid = unsigned & 0xFFFF_FFFF
        self.retry_s = retry_s
        self.heartbeat_s = heartbeat_s
        self._connection: AsyncConnection | None = None
        self._pid: int | None = None
        self._heartbeat: asyncio.Task[None] | None = None
        self.lost = False
        self.on_lost: Callable[[], None] | None = None

    @property
    def held(self) -> bool:
        return not self.db.is_postgres or (self._connection is not None and not self.lost)

    async def acquire(self) -> None:
        """Return once this process leads; waits while another process does."""
        while True:
            if await self.try_acquire():
                break
            await asyncio.sleep(self.retry_s)
        if self.db.is_postgres:
            log.info("this process is the leader (scheduler and outbox sender)")

    async def try_acquire(self) -> bool:
        if not self.db.is_postgres:
            return True
        connection = await self.db.engine.connect()
        try:
            got = bool(
                await connection.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})
            )
            pid = await connection.scalar(text("SELECT pg_backend_pid()"))
            await connection.commit()
        except Exception:
            await connection.close()
            raise
        if not got:
            await connection.close()
            return False
        self._connection = connection
        self._pid = int(pid)
        self.lost = False
        self._heartbeat = asyncio.create_task(self._beat())
        return True

    async def holds(self, session: AsyncSession) -> bool:
        """True if this process still holds the lock, checked in ``session``'s transaction."""
        if not self.db.is_postgres:
            return True
        if self._pid is None or self.lost:
            return False
        return bool(
            await session.scalar(
                _HOLDS, {"pid": self._pid, "classid": self._classid, "objid": self._objid}
            )
        )

    async def _beat(self) -> None:
        while self._connection is not None:
            await asyncio.sleep(self.heartbeat_s)
            connection = self._connection
            if connection is None:
                return
            try:
                await connection.scalar(text("SELECT 1"))
                await connection.commit()
            except Exception:
                self.lost = True
                log.critical(
                    "the leader lock's database connection is gone: another process may lead now; "
                    "this one stops sending (restart it to rejoin as a follower)"
                )
                if self.on_lost is not None:
                    with contextlib.suppress(Exception):
                        self.on_lost()
                return

    async def release(self) -> None:
        if self._heartbeat is not None:
            self._heartbeat.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._heartbeat
            self._heartbeat = None
        if self._connection is not None:
            connection, self._connection = self._connection, None
            with contextlib.suppress(Exception):
                await connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                await connection.commit()
            with contextlib.suppress(Exception):
                await connection.close()
        self._pid = None
