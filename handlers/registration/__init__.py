"""Feature package; exposes `router` (and optionally `setup`)."""

from bot.core.router import Router

router = Router()
