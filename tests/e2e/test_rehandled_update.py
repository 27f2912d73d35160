"""Issue 12: an update whose handler was cut short by a crash is handled again at the next
start, and its officer still gets each answer once: the handler's writes, its queued replies
and the inbox row's "done" commit together, so a crash before that commit leaves no reply
behind to be sent, and a crash after it leaves nothing to handle again."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.core.context import Context
from bot.core.router import Router
from bot.storage.models import InboxUpdate, OutboxMessage
from handlers import build_router
from tests.e2e.harness import Harness

#: Set while the next /luu must stop after its reply as a killed process would.
CRASH_AFTER_REPLY = asyncio.Event()
HANDLED = asyncio.Event()


def _router() -> Router:
    router = build_router()
    extra = Router()

    @extra.command("luu")
    async def save(ctx: Context) -> None:
        await ctx.reply("Đã lưu báo cáo.")
        if CRASH_AFTER_REPLY.is_set():
            HANDLED.set()
            await asyncio.Event().wait()  # the process dies here, before the commit

    router.include(extra)
    return router


@pytest.fixture
async def crashing(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Harness]:
    CRASH_AFTER_REPLY.clear()
    HANDLED.clear()
    h = await Harness(tmp_path, sqlite_url, router=_router()).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


async def _kill(harness: Harness) -> None:
    """Stop the app as SIGKILL would: handlers in progress never reach their commit."""
    app = harness.app
    assert app is not None
    drainers = list(app.runtime._drainers.values())
    for task in drainers:
        task.cancel()
    await asyncio.gather(*drainers, return_exceptions=True)
    await harness.stop_app()


async def test_an_update_handled_again_after_a_crash_is_answered_once(
    crashing: Harness,
) -> None:
    officer = await crashing.officer("THON-BM", name="Lò Văn An")
    CRASH_AFTER_REPLY.set()
    await officer.say("/luu")
    await asyncio.wait_for(HANDLED.wait(), 30)
    await _kill(crashing)
    CRASH_AFTER_REPLY.clear()

    app = await crashing.start_app()  # the row is still pending: handled again
    await officer.expect("Đã lưu báo cáo.")
    await app.runtime.idle()
    replies = await officer.collect(quiet=1.5, at_least=0)
    assert [m.text for m in replies].count("Đã lưu báo cáo.") == 0  # no second copy

    # And once done, a restart does not handle it again.
    await _kill(crashing)
    app = await crashing.start_app()
    await app.runtime.idle()
    assert [m.text for m in await officer.collect(quiet=1.5, at_least=0)] == []
    async with app.db.session() as session:
        payloads = (await session.scalars(select(OutboxMessage.payload))).all()
        statuses = (await session.scalars(select(InboxUpdate.status))).all()
    assert [p.get("text") for p in payloads].count("Đã lưu báo cáo.") == 1
    assert "pending" not in statuses
