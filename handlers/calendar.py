"""/lich and the reviewers' plan management (issue 4)."""

from bot.core.router import Router

router = Router()
