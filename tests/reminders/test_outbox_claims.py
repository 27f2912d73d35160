"""Two senders claiming at once on PostgreSQL take different rows, neither waits for the other.

That is what ``FOR UPDATE SKIP LOCKED`` buys: a second sender (another replica after a leader
change, or a second worker) skips the rows the first one is claiming instead of claiming the
same ones or waiting on their locks.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from bot.channels.registry import ChannelRegistry
from bot.core.clock import FakeClock
from bot.outbox.outbox import Outbox
from bot.storage.db import Database
from bot.storage.media import LocalMediaStore
from bot.storage.models import Priority
from tests.reminders.test_outbox import NOW, _accounts, _queue, _worker

pytestmark = pytest.mark.postgres


async def test_two_senders_claiming_at_once_take_disjoint_rows(pg_url: str, tmp_path: Path) -> None:
    from bot.storage import migrate

    db = Database(pg_url)
    await migrate.upgrade(db.engine)
    try:
        clock = FakeClock(NOW)
        outbox = Outbox(ChannelRegistry(), LocalMediaStore(tmp_path / "media"), clock)
        for i, account in enumerate(await _accounts(db, 10)):
            await _queue(db, outbox, account, f"nhắc {i}", priority=Priority.BULK)
        first = _worker(db, ChannelRegistry(), tmp_path, clock)
        second = _worker(db, ChannelRegistry(), tmp_path, clock)

        # The first sender stops inside its claim transaction, right after choosing its rows.
        chosen, resume = asyncio.Event(), asyncio.Event()
        original = first._claim_in_order

        async def paused(*args: Any) -> None:
            await original(*args)
            chosen.set()
            await resume.wait()

        first._claim_in_order = paused  # type: ignore[method-assign]
        first_claim = asyncio.create_task(first.claim(5))
        await asyncio.wait_for(chosen.wait(), 10)
        # Meanwhile the second sender claims: it must not wait, and must get other rows.
        second_rows = await asyncio.wait_for(second.claim(5), 5)
        resume.set()
        first_rows = await asyncio.wait_for(first_claim, 10)

        first_ids = {r.id for r in first_rows}
        second_ids = {r.id for r in second_rows}
        assert len(first_ids) == 5 and len(second_ids) == 5
        assert not first_ids & second_ids
    finally:
        await db.dispose()
