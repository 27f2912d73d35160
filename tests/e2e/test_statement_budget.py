"""What one officer's message costs the database: statements, transactions, thread round trips.

The bot's CPU per update is its ceiling under inbound load (issue 16: one Python process), and
most of it is per statement and per transaction (SQLAlchemy, the pool, aiosqlite's thread
hand-offs). These counts are load-independent, so a change that adds a query or a transaction
to every update shows here, not only as a slower benchmark. Counted from the moment the
update is sent until its reply is recorded sent.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import aiosqlite
import pytest
from sqlalchemy import event, func, select

from bot.storage.models import OutboxMessage, OutboxStatus
from tests.e2e.harness import Harness, UserChat

# Measured: /lich 14 statements in 4 transactions, a question 15 in 4 (main at a89fd24: /lich
# 25 in 8). The four: the inbox insert, the handler (with its inbox look-up), the claim, the
# sent record.
STATEMENT_BUDGET = 15
TRANSACTION_BUDGET = 4


@contextmanager
def _counting(harness: Harness, monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    assert harness.app is not None
    counts: Counter[str] = Counter()
    engine = harness.app.db.engine.sync_engine

    def statement(*_args: Any) -> None:
        counts["statements"] += 1

    def commit(*_args: Any) -> None:
        counts["transactions"] += 1

    hop = aiosqlite.Connection._execute

    async def counted_hop(self: aiosqlite.Connection, fn: Any, *args: Any, **kwargs: Any) -> Any:
        counts["round_trips"] += 1
        return await hop(self, fn, *args, **kwargs)

    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine, "commit", commit)
    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted_hop)
    try:
        yield counts
    finally:
        monkeypatch.undo()
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine, "commit", commit)


async def _settled(harness: Harness) -> None:
    """Every update handled and every reply recorded sent (nothing left for the sender)."""
    assert harness.app is not None
    for _ in range(500):
        await harness.app.runtime.idle()
        async with harness.app.db.session() as session:
            waiting = await session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]))
            )
        if not waiting:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the outbox did not empty")


async def _one_message(
    harness: Harness, chat: UserChat, text: str, needle: str, monkeypatch: pytest.MonkeyPatch
) -> Counter[str]:
    await _settled(harness)
    assert harness.app is not None
    # The sender's idle look-up (every 0.5 s, for rows other processes queue) is not the
    # update's cost: pushed out of the window. This process's reply still wakes it at once.
    harness.app.worker.poll_interval = 60
    harness.app.worker.wake()
    await asyncio.sleep(0.3)
    sent = harness.app.worker.stats.sent
    with _counting(harness, monkeypatch) as counts:
        await chat.say(text)
        await chat.expect(needle)
        await harness.app.runtime.idle()
        for _ in range(500):  # the reply recorded sent (the counter moves after that write)
            if harness.app.worker.stats.sent > sent:
                break
            await asyncio.sleep(0.01)
        await asyncio.sleep(0.2)  # and the claim-ahead it started has finished
    return counts


@pytest.mark.parametrize(("text", "needle"), [("/lich", "Lịch"), ("Bằng khen gồm những gì", "")])
async def test_one_update_stays_within_its_statement_budget(
    harness: Harness, monkeypatch: pytest.MonkeyPatch, text: str, needle: str
) -> None:
    chat = await harness.officer()
    counts = await _one_message(harness, chat, text, needle, monkeypatch)
    assert counts["statements"] <= STATEMENT_BUDGET, counts
    assert counts["transactions"] <= TRANSACTION_BUDGET, counts
    # One thread round trip per statement and per commit, not four per statement and a
    # rollback for every connection the pool gets back.
    assert counts["round_trips"] <= counts["statements"] + counts["transactions"] + 2, counts
