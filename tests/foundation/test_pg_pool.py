"""PostgreSQL's connection pool: busy connections are not checked before each use, idle ones
are, and a connection the server dropped while idle is replaced (issue 16, task h38)."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text
from sqlalchemy.dialects.postgresql.asyncpg import AsyncAdapt_asyncpg_connection

from bot.storage.db import Database

pytestmark = pytest.mark.postgres


@pytest.fixture
def pings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every liveness check a pooled connection makes (SQLAlchemy's pre-ping makes them too):
    on asyncpg each is three round trips to the server."""
    made: list[int] = []
    real = AsyncAdapt_asyncpg_connection.ping

    def counted(self: AsyncAdapt_asyncpg_connection) -> None:
        made.append(1)
        real(self)

    monkeypatch.setattr(AsyncAdapt_asyncpg_connection, "ping", counted)
    return made


async def test_back_to_back_transactions_are_not_checked_each_time(
    pg_url: str, pings: list[int]
) -> None:
    db = Database(pg_url)
    try:
        for n in range(20):
            async with db.session() as session:
                assert await session.scalar(text("SELECT CAST(:n AS integer)"), {"n": n}) == n
    finally:
        await db.dispose()
    assert pings == []


async def test_a_connection_the_server_dropped_while_idle_is_replaced(
    pg_url: str, pings: list[int]
) -> None:
    db = Database(pg_url, ping_after_idle_s=0.0)  # every pooled connection counts as idle
    admin = Database(pg_url)
    try:
        async with db.session() as session:
            first = await session.scalar(text("SELECT pg_backend_pid()"))
        # What a server restart or an idle timeout does to the pooled connection.
        async with admin.session() as session:
            await session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        for _ in range(200):
            async with admin.session() as session:
                alive = await session.scalar(
                    text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"), {"pid": first}
                )
            if not alive:
                break
            await asyncio.sleep(0.01)
        async with db.session() as session:  # no error: checked, found dead, replaced
            second = await session.scalar(text("SELECT pg_backend_pid()"))
        assert second != first
        assert len(pings) >= 1
    finally:
        await db.dispose()
        await admin.dispose()
