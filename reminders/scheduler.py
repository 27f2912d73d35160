"""APScheduler 3.11 triggers the reminder tick; the database, not the job store, holds the work.

The job store (SQLAlchemy, on the deployment's database) keeps two jobs with fixed ids: a tick
every few minutes and a run at the start of working hours. They carry only a string id, so
nothing unpicklable is stored and renaming code never strands a job. ``coalesce`` and a long
``misfire_grace_time`` make a bot that was down run the tick once when it comes back, and the
tick sends only what is still relevant. The scheduler runs on the leader only (an
``app.background`` job), so a multi-process deployment has exactly one.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.storage.db import sync_url

if TYPE_CHECKING:
    from reminders.service import ReminderService

log = logging.getLogger(__name__)

TICK_JOB = "reminders-tick"
MORNING_JOB = "reminders-morning"
JOBS_TABLE = "apscheduler_jobs"
#: Ticks missed while the bot was down still run (once) when it is back within this window.
MISFIRE_GRACE_S = 12 * 3600

#: Running services by name; jobs carry the name only (the job store pickles job arguments).
_SERVICES: dict[str, ReminderService] = {}


async def run_tick(name: str = "default") -> None:
    """The job callable: module-level, arguments are plain strings."""
    service = _SERVICES.get(name)
    if service is None:
        log.warning("reminder tick %r: no service running", name)
        return
    try:
        await service.tick()
    except Exception:
        log.exception("reminder tick failed")


class ReminderScheduler:
    def __init__(self, service: ReminderService, db_url: str, name: str = "default") -> None:
        self.service = service
        self.name = name
        self.db_url = db_url
        self.scheduler: AsyncIOScheduler | None = None

    async def start(self) -> None:
        settings = self.service.settings
        tz = self.service.tz
        _SERVICES[self.name] = self.service
        scheduler = AsyncIOScheduler(
            timezone=tz,
            jobstores={
                "default": SQLAlchemyJobStore(url=sync_url(self.db_url), tablename=JOBS_TABLE)
            },
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": MISFIRE_GRACE_S,
            },
        )
        # Start paused: a stored job whose time passed while we were down keeps its next run
        # time and fires once on resume (coalesced, within the grace time).
        scheduler.start(paused=True)
        start = settings.work_start
        wanted = {
            TICK_JOB: IntervalTrigger(minutes=settings.tick_minutes, timezone=tz),
            MORNING_JOB: CronTrigger(hour=start.hour, minute=start.minute, second=5, timezone=tz),
        }
        for job_id, trigger in wanted.items():
            job = scheduler.get_job(job_id)
            if job is not None and str(job.trigger) == str(trigger) and job.args == (self.name,):
                continue  # keep it, with its pending (possibly missed) run
            scheduler.add_job(run_tick, trigger, args=[self.name], id=job_id, replace_existing=True)
        scheduler.resume()
        self.scheduler = scheduler
        log.info(
            "reminder scheduler started: tick every %d min and at %s",
            settings.tick_minutes,
            start.strftime("%H:%M"),
        )

    async def stop(self) -> None:
        if self.scheduler is not None:
            # AsyncIOScheduler shuts down in a loop callback: let it run before going on, or a
            # wake-up already queued could still start a job from the shared job store.
            self.scheduler.shutdown(wait=False)
            for _ in range(100):
                if not self.scheduler.running:
                    break
                await asyncio.sleep(0)
            self.scheduler = None
        _SERVICES.pop(self.name, None)
