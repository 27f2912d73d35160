"""Questions typed anywhere (issue 3)."""

from bot.core.router import Router

router = Router()
