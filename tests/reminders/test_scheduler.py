"""APScheduler 3.11, persistent job store: fixed ids, kept across restarts, missed runs once."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

from bot.storage.db import sync_url
from reminders.scheduler import MORNING_JOB, TICK_JOB, ReminderScheduler
from reminders.settings import ReminderSettings


class CountingService:
    def __init__(self) -> None:
        self.settings = ReminderSettings(_env_file=None, tick_minutes=10)
        self.tz = ZoneInfo("Asia/Ho_Chi_Minh")
        self.ticks = 0

    async def tick(self) -> SimpleNamespace:
        self.ticks += 1
        return SimpleNamespace(messages=0)


async def test_jobs_persist_and_a_missed_run_happens_once(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'jobs.sqlite3'}"
    service = CountingService()
    scheduler = ReminderScheduler(service, url)  # type: ignore[arg-type]
    await scheduler.start()
    assert scheduler.scheduler is not None
    jobs = {job.id: job for job in scheduler.scheduler.get_jobs()}
    assert set(jobs) == {TICK_JOB, MORNING_JOB}
    assert jobs[TICK_JOB].misfire_grace_time >= 3600 and jobs[TICK_JOB].coalesce
    assert jobs[MORNING_JOB].args == ("default",)  # only a name is stored, never an object
    await scheduler.stop()

    # While the bot was down, several ticks were missed: on start they run once (coalesced).
    store = SQLAlchemyJobStore(url=sync_url(url), tablename="apscheduler_jobs")
    store.start(SimpleNamespace(_logger=None), "default")  # type: ignore[arg-type]
    job = store.lookup_job(TICK_JOB)
    assert job is not None
    job.next_run_time = datetime.now(UTC) - timedelta(minutes=35)
    store.update_job(job)
    store.shutdown()

    again = ReminderScheduler(service, url)  # type: ignore[arg-type]
    await again.start()
    try:
        for _ in range(50):
            if service.ticks:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)
        assert service.ticks == 1
        assert again.scheduler is not None
        assert len(again.scheduler.get_jobs()) == 2  # restarts never add copies
        next_tick = again.scheduler.get_job(TICK_JOB).next_run_time  # type: ignore[union-attr]
        assert next_tick > datetime.now(UTC)
    finally:
        await again.stop()
