"""APScheduler 3.11 triggers the reminder tick; the database, not the job store, holds the work.

The job store (SQLAlchemy, on the deployment's database) keeps two jobs with fixed ids: a tick
every few minutes and a run at the start of working hours. They carry only a string id, so
nothing unpicklable is stored and renaming code never strands a job. ``coalesce`` and a long
``misfire_grace_time`` make a bot that was down run the tick once when it comes back, and the
tick sends only what is still relevant. The scheduler runs on the leader only (an
``app.background`` job), so a multi-process deployment has exactly one.

The job store is synchronous SQLAlchemy: every start, wake-up and job update is a blocking
query, which on SQLite can wait seconds for a handler's write lock. So the scheduler runs in its
own thread (``BackgroundScheduler``) and start/stop are called through ``asyncio.to_thread``;
only the tick itself comes back to the event loop.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from typing import TYPE_CHECKING

from bot.storage.db import sync_url

if TYPE_CHECKING:
    from apscheduler.schedulers.background import BackgroundScheduler

    from reminders.service import ReminderService

log = logging.getLogger(__name__)

TICK_JOB = "reminders-tick"
MORNING_JOB = "reminders-morning"
JOBS_TABLE = "apscheduler_jobs"
#: Ticks missed while the bot was down still run (once) when it is back within this window.
MISFIRE_GRACE_S = 12 * 3600

#: Running services (and the event loop they live on) by name; jobs carry the name only (the
#: job store pickles job arguments).
_SERVICES: dict[str, tuple[ReminderService, asyncio.AbstractEventLoop]] = {}
#: Ticks running on the loop; cancelled at stop so no scheduler thread waits for a loop that
#: will never run them (that thread would keep the interpreter from exiting).
_INFLIGHT: set[concurrent.futures.Future[object]] = set()


def run_tick(name: str = "default") -> None:
    """The job callable (in the scheduler's thread): module-level, arguments are plain strings.
    The tick runs on the bot's event loop; this thread waits for it (one at a time)."""
    entry = _SERVICES.get(name)
    if entry is None:
        log.warning("reminder tick %r: no service running", name)
        return
    service, loop = entry
    future = asyncio.run_coroutine_threadsafe(service.tick(), loop)
    _INFLIGHT.add(future)
    try:
        future.result()
    except concurrent.futures.CancelledError:
        log.info("reminder tick %r cancelled by shutdown", name)
    except Exception:
        log.exception("reminder tick failed")
    finally:
        _INFLIGHT.discard(future)


class ReminderScheduler:
    def __init__(self, service: ReminderService, db_url: str, name: str = "default") -> None:
        self.service = service
        self.name = name
        self.db_url = db_url
        self.scheduler: BackgroundScheduler | None = None

    async def start(self) -> None:
        _SERVICES[self.name] = (self.service, asyncio.get_running_loop())
        try:
            self.scheduler = await asyncio.to_thread(self._start)
        except BaseException:
            _SERVICES.pop(self.name, None)
            raise

    def _start(self) -> BackgroundScheduler:
        # APScheduler (and its SQLAlchemy job store) loads here, in the thread that starts the
        # scheduler after the bot is serving, not while the bot starts (issue 16).
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
        from apscheduler.schedulers.background import BackgroundScheduler
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        settings = self.service.settings
        tz = self.service.tz
        scheduler = BackgroundScheduler(
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
        try:
            start = settings.work_start
            wanted = {
                TICK_JOB: IntervalTrigger(minutes=settings.tick_minutes, timezone=tz),
                MORNING_JOB: CronTrigger(
                    hour=start.hour, minute=start.minute, second=5, timezone=tz
                ),
            }
            for job_id, trigger in wanted.items():
                job = scheduler.get_job(job_id)
                if (
                    job is not None
                    and str(job.trigger) == str(trigger)
                    and job.args == (self.name,)
                    and job.func is run_tick
                ):
                    continue  # keep it, with its pending (possibly missed) run
                scheduler.add_job(
                    run_tick, trigger, args=[self.name], id=job_id, replace_existing=True
                )
            scheduler.resume()
        except BaseException:
            # A locked database mid-way: leave no thread behind; the caller retries.
            scheduler.shutdown(wait=False)
            raise
        log.info(
            "reminder scheduler started: tick every %d min and at %s",
            settings.tick_minutes,
            start.strftime("%H:%M"),
        )
        return scheduler

    async def stop(self) -> None:
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None:
            # In a thread: shutting down touches the job store; wait=False because a running
            # tick is waiting for this very event loop.
            await asyncio.to_thread(scheduler.shutdown, False)
        for future in list(_INFLIGHT):
            future.cancel()
        _SERVICES.pop(self.name, None)
