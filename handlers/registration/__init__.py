"""Đăng ký thi đua: units and individuals register for titles and movements from the chat.

``chat``      the officer's flow (``menu:reg``, /dangky): collective part, individuals one by
              one, pasted lines or Excel, review, submission, edits until the deadline
``review``    reviewers: who registered (``rv:registrations``), one unit, Excel export, movements
``service``   storage rules (one registration per unit and year, no duplicate person per title)
``content``   forms and titles from ``content/forms``
``workbook``  the Excel template and the "Bản đăng ký thi đua" export
``cli``       ``tdkt export registrations``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.router import Router
from handlers.registration import chat, review
from handlers.registration.content import RegistrationContent
from handlers.registration.service import seed_movements

if TYPE_CHECKING:
    from bot.app import Application

router = Router()
router.include(chat.router)
router.include(review.router)


async def setup(app: Application) -> None:
    """Load the forms (failing fast on a bad YAML file) and seed the movements list."""
    loaded = RegistrationContent.load(app.settings.content_dir)
    app.services.provide(loaded)
    async with app.db.session() as session:
        await seed_movements(session, loaded.movements_seed, app.clock.now())
