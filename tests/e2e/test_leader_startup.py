"""The leader's start-up (issue 12, H1): a locked SQLite database while the reminder scheduler
starts must not leave replies queued forever, and /healthz must tell when replies cannot go out.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from bot.outbox.worker import OutboxWorker
from reminders.scheduler import ReminderScheduler
from tests.e2e.harness import Harness

#: Longer than the job store's own SQLite busy timeout (5 s), shorter than the app's (10 s).
LOCK_S = 7.0


@pytest.fixture
async def harness(
    tmp_path: Path, sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Harness]:
    monkeypatch.setenv("TDKT_REMINDER_SCHEDULER", "true")
    h = await Harness(tmp_path, sqlite_url).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


def hold_write_lock(
    path: Path, seconds: float, locked: asyncio.Event, loop: asyncio.AbstractEventLoop
) -> None:
    """What a handler's long write transaction does to everyone else on SQLite."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        loop.call_soon_threadsafe(locked.set)
        time.sleep(seconds)
        connection.rollback()
    finally:
        connection.close()


async def health(harness: Harness) -> httpx.Response:
    assert harness.app is not None and harness.app.web is not None
    async with httpx.AsyncClient(base_url=harness.app.web.base_url) as client:
        return await client.get("/healthz")


async def test_replies_go_out_when_the_scheduler_meets_a_locked_database(
    harness: Harness, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert harness.app is not None
    await harness.stop_app()
    # A fresh job store: the scheduler must write its jobs at start.
    connection = sqlite3.connect(tmp_path / "tdkt.sqlite3")
    connection.execute("DELETE FROM apscheduler_jobs")
    connection.commit()
    connection.close()

    # The first time the scheduler starts, a write transaction (a handler's, on SQLite) holds
    # the database for longer than the job store waits.
    holders: list[asyncio.Task[None]] = []
    original = ReminderScheduler.start

    async def start_while_locked(self: ReminderScheduler) -> None:
        if not holders:
            locked = asyncio.Event()
            loop = asyncio.get_running_loop()
            holders.append(
                asyncio.create_task(
                    asyncio.to_thread(
                        hold_write_lock, tmp_path / "tdkt.sqlite3", LOCK_S, locked, loop
                    )
                )
            )
            await locked.wait()
        await original(self)

    monkeypatch.setattr(ReminderScheduler, "start", start_while_locked)
    app = await harness.start_app()
    # Officers write meanwhile; they are answered once the database is free.
    officers = await asyncio.gather(
        *(harness.officer("THON-BM", name=f"Cán bộ {n}") for n in range(3))
    )
    assert holders, "the scheduler never started"
    await holders[0]
    for officer in officers:
        await officer.say("/lich")
        await officer.expect("lịch")
    # The scheduler came up too (retried), and health says so.
    for _ in range(100):
        if not app.problems():
            break
        await asyncio.sleep(0.1)
    assert app.problems() == []
    async with app.db.session() as session:
        jobs = await session.scalar(text("SELECT count(*) FROM apscheduler_jobs"))
    assert jobs == 2
    assert (await health(harness)).status_code == 200


async def test_healthz_is_not_ok_while_the_sender_cannot_run(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (await health(harness)).status_code == 200
    await harness.stop_app()

    async def broken_recover(self: OutboxWorker) -> None:
        raise RuntimeError("outbox table unreadable")

    monkeypatch.setattr(OutboxWorker, "recover", broken_recover)
    app = await harness.start_app()
    for _ in range(100):
        if app.problems():
            break
        await asyncio.sleep(0.05)
    response = await health(harness)
    assert response.status_code == 503
    assert "outbox sender" in response.text
    # Once the cause is gone the sender restarts on its own and health recovers.
    monkeypatch.undo()
    monkeypatch.setenv("TDKT_REMINDER_SCHEDULER", "true")
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await officer.say("/lich")
    await officer.expect("lịch")
    for _ in range(100):
        if not app.problems():
            break
        await asyncio.sleep(0.1)
    assert (await health(harness)).status_code == 200
