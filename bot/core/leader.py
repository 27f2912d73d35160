"""Exactly one scheduler and outbox sender per deployment.

With PostgreSQL several processes may run (web receivers behind a load balancer); the one that
holds a session-level advisory lock is the leader and the others keep trying. SQLite is a single
process by nature, so that process always leads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.storage.db import Database, advisory_key

log = logging.getLogger(__name__)


class LeaderLock:
    def __init__(self, db: Database, name: str = "tdkt-leader", retry_s: float = 5.0) -> None:
        self.db = db
        self.key = advisory_key(name)
        self.retry_s = retry_s
        self._connection: AsyncConnection | None = None

    async def acquire(self) -> None:
        """Return once this process leads; waits while another process does."""
        if not self.db.is_postgres:
            return
        while True:
            connection = await self.db.engine.connect()
            got = await connection.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})
            await connection.commit()
            if got:
                self._connection = connection
                log.info("this process is the leader (scheduler and outbox sender)")
                return
            await connection.close()
            await asyncio.sleep(self.retry_s)

    async def try_acquire(self) -> bool:
        if not self.db.is_postgres:
            return True
        connection = await self.db.engine.connect()
        got = bool(
            await connection.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key})
        )
        await connection.commit()
        if got:
            self._connection = connection
        else:
            await connection.close()
        return got

    async def release(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(Exception):
                await self._connection.execute(
                    text("SELECT pg_advisory_unlock(:k)"), {"k": self.key}
                )
                await self._connection.commit()
            await self._connection.close()
            self._connection = None
