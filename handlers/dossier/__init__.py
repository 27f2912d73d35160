"""Feature package; exposes `router` (and optionally `setup`).

``lookup_code(ctx, code)`` answers a tracking code typed anywhere (the Q&A fallback calls it
when a message parses as a tracking code).
"""

from bot.core.context import Context
from bot.core.router import Router

router = Router()


async def lookup_code(ctx: Context, code: str) -> None:
    await ctx.reply(ctx.t("start.coming_soon", feature="Tra cứu hồ sơ"))
