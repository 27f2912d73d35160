"""/lich, the calendar feed, answers to reminders, and reviewers' plan management (issue 4).

The reminder policy, the tick and the scheduler live in :mod:`reminders`; this package is the
conversation side and wires them into the application in :func:`setup`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.routing import Route

from bot.core.router import Router
from handlers.calendar import officer, plans
from reminders.service import ReminderService
from reminders.settings import ReminderSettings

if TYPE_CHECKING:
    from bot.app import Application

router = Router()
router.include(officer.router)
router.include(plans.router)


async def setup(app: Application) -> None:
    from bot.app import Background
    from reminders.scheduler import ReminderScheduler

    settings = getattr(app, "reminder_settings", None) or ReminderSettings()
    service = ReminderService(app.services, settings)
    service.base_url = app.public_base_url
    app.services.provide(service)
    app.web_routes.append(Route("/lich/{token}.ics", officer.feed_endpoint(app)))
    if settings.scheduler:
        scheduler = ReminderScheduler(service, app.settings.db_url)
        app.background.append(Background("reminders", scheduler.start, scheduler.stop))
