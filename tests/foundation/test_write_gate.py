"""SQLite's writers take the process's write gate instead of sleeping in SQLite's busy handler.

Each test makes SQLite itself refuse to wait (``busy_timeout=0``): a second writer that reached
SQLite while another write transaction was open would fail at once with "database is locked".
So these tests pass only if the gate, not SQLite, made the writers take turns.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, insert, select

from bot.storage import db as db_module
from bot.storage import migrate
from bot.storage.db import Database
from bot.storage.models import Unit, UnitKind


async def _database(tmp_path: Path) -> Database:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'gate.sqlite3'}")
    await migrate.upgrade(database.engine)

    def no_busy_wait(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=0")
        cursor.close()

    # After the project's own pragmas; migrations already opened a connection: start afresh.
    event.listen(database.engine.sync_engine, "connect", no_busy_wait)
    await database.engine.dispose()
    return database


def _unit(n: int) -> dict[str, Any]:
    return {"code": f"U{n}", "name": f"Đơn vị {n}", "kind": UnitKind.XA, "path": "/"}


async def _count(database: Database) -> int:
    async with database.session() as session:
        return int(await session.scalar(select(func.count()).select_from(Unit)) or 0)


async def test_concurrent_write_transactions_take_turns(tmp_path: Path) -> None:
    database = await _database(tmp_path)
    try:

        async def writer(n: int) -> None:
            async with database.session() as session:
                await session.execute(insert(Unit).values(**_unit(n)))  # a Core write
                await asyncio.sleep(0.01)  # the transaction stays open across the loop
                session.add(Unit(**_unit(1000 + n)))  # and an ORM write (flush at commit)

        await asyncio.gather(*(writer(n) for n in range(12)))
        assert await _count(database) == 24
        assert database.write_gate is not None and database.write_gate.waits > 0
    finally:
        await database.dispose()


async def test_a_failed_transaction_hands_the_gate_on(tmp_path: Path) -> None:
    database = await _database(tmp_path)
    try:
        with pytest.raises(RuntimeError):
            async with database.session() as session:
                await session.execute(insert(Unit).values(**_unit(1)))
                raise RuntimeError("handler failed")
        async with database.session() as session:
            await session.execute(insert(Unit).values(**_unit(2)))
        assert await _count(database) == 1  # the first was rolled back, the second committed
        assert database.write_gate is not None and not database.write_gate.held
    finally:
        await database.dispose()


async def test_a_writer_waiting_for_a_connection_does_not_hold_the_gate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every pooled connection is held by a session that will write next; one more session
    starts with a write. Had it taken the gate before getting a connection, it would wait for
    a connection while the others wait for the gate: all stuck until a timeout."""
    monkeypatch.setattr(db_module, "WRITE_GATE_TIMEOUT_S", 5.0)
    database = await _database(tmp_path)
    try:
        pool = database.engine.sync_engine.pool
        capacity = pool.size() + pool._max_overflow  # type: ignore[attr-defined]
        go = asyncio.Event()
        all_holding = asyncio.Event()
        holding = 0

        async def reader_then_writer(n: int) -> None:
            nonlocal holding
            async with database.session() as session:
                await session.scalar(select(func.count()).select_from(Unit))  # holds a connection
                holding += 1
                if holding == capacity:
                    all_holding.set()
                await go.wait()
                await session.execute(insert(Unit).values(**_unit(n)))

        async def writer_first() -> None:
            async with database.session() as session:
                await session.execute(insert(Unit).values(**_unit(9999)))

        readers = [asyncio.create_task(reader_then_writer(n)) for n in range(capacity)]
        await all_holding.wait()
        first = asyncio.create_task(writer_first())
        await asyncio.sleep(0.2)  # it is now waiting for a connection
        go.set()
        await asyncio.gather(*readers, first)
        assert await _count(database) == capacity + 1
    finally:
        await database.dispose()


async def test_a_queued_reply_takes_the_gate_only_at_commit(tmp_path: Path) -> None:
    """A handler's reply is written with its other changes at commit: queued mid-handler, it
    used to take the gate there and hold it, against every other writer, for the rest of the
    handler (issue 16). Two replies keep their order."""
    from bot.channels.registry import ChannelRegistry
    from bot.core.clock import SystemClock
    from bot.core.messages import Reply
    from bot.outbox.outbox import Outbox
    from bot.storage.media import LocalMediaStore
    from bot.storage.models import ChannelAccount, OutboxMessage

    database = await _database(tmp_path)
    try:
        outbox = Outbox(ChannelRegistry(), LocalMediaStore(tmp_path / "media"), SystemClock())
        async with database.session() as session:
            account = ChannelAccount(channel="telegram", bot_key="1", external_id="7", chat_id="7")
            session.add(account)
        assert database.write_gate is not None
        async with database.session() as session:
            await outbox.deliver(session, account, Reply("Một"))
            await outbox.deliver(session, account, Reply("Hai"))
            # The handler goes on without the gate (until its next query's autoflush, if any).
            assert not database.write_gate.held
        async with database.session() as session:
            rows = (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
        assert [row.payload["text"] for row in rows] == ["Một", "Hai"]
    finally:
        await database.dispose()
