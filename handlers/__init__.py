"""The conversations. Every feature is listed here, so where a message goes is one look away.

=================  ==========================================================================
module             handles
=================  ==========================================================================
``start``          first contact: invite codes, deep links, redeeming link codes
``link``           /lienket: Telegram and Zalo on one account, the reminder channel
``menu``           main menu, /menu, /huy, /trogiup, stickers, input nobody else claims
``review``         the reviewers' hub ("Hàng chờ thẩm định") linking to each queue
``qa``             questions typed anywhere: answers with sources, handoff to staff
``registration``   đăng ký thi đua (units and individuals), reviewers' lists, Excel export
``dossier``        hồ sơ đề nghị khen thưởng as photos, tracking codes, review, /hoso
``calendar``       /lich, plan import in chat, deadline edits, reminder answers
``desk``           /banlamviec: sign-in links to the reviewers' web desk (pages at /banlamviec)
=================  ==========================================================================

A feature module exposes ``router`` (its commands, choice actions and flows) and may expose
``async def setup(app)`` to register services, web routes and background jobs at start-up.
Order matters for the single-slot routes (fallback, anonymous, unsupported): later wins.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import TYPE_CHECKING

from bot.core.router import Router

if TYPE_CHECKING:
    from bot.app import Application

FEATURES = [
    "handlers.menu",
    "handlers.start",
    "handlers.link",
    "handlers.review",
    "handlers.qa",
    "handlers.law",
    "handlers.registration",
    "handlers.dossier",
    "handlers.calendar",
    "handlers.desk",
]


def _modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in FEATURES]


def build_router() -> Router:
    router = Router()
    for module in _modules():
        router.include(module.router)
    return router


async def setup_features(app: Application) -> None:
    """Give each feature its services, web routes and background jobs."""
    for module in _modules():
        setup = getattr(module, "setup", None)
        if setup is not None:
            await setup(app)


def bot_commands(router: Router) -> list[tuple[str, str]]:
    """Commands shown in Telegram's command menu, from the routes' descriptions."""
    seen: set[int] = set()
    result = []
    for name, route in router.commands.items():
        if route.description and id(route) not in seen:
            seen.add(id(route))
            result.append((name, route.description))
    return result
