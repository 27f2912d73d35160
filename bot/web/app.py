"""The project's ASGI app: Telegram and Zalo webhooks, health, and links officers open.

Features add their own routes (calendar feeds, dossier PDFs, media links) through
``Application.web_routes`` so this module stays small.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from bot.web.limits import BodyLimit

if TYPE_CHECKING:
    from bot.app import Application

log = logging.getLogger(__name__)
TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ZALO_SECRET_HEADER = "X-Bot-Api-Secret-Token"


def secret_matches(given: str | None, expected: str | None) -> bool:
    """Constant-time comparison, so the secret cannot be guessed byte by byte from timings.

    No expected secret matches nothing: a webhook always has one (the application derives it
    when none is configured), so a missing one is a mistake that must not open the door.
    """
    if not expected or given is None:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


async def _json_object(request: Request) -> dict[str, Any] | None:
    """The body as a JSON object; ``None`` (logged) for anything else.

    ``json.loads`` raises RecursionError, not ValueError, on 1,000-deep nesting.
    """
    try:
        data = json.loads(await request.body())
    except (ValueError, RecursionError):
        log.warning("webhook body is not JSON; refused")
        return None
    if not isinstance(data, dict):
        log.warning("webhook body is JSON but not an object; refused")
        return None
    return data


def create_web_app(app: Application, extra_routes: list[BaseRoute]) -> Starlette:
    async def health(_: Request) -> Response:
        # Not "ok" while replies cannot go out (sender dead, start-up step failing).
        problems = app.problems()
        if problems:
            return JSONResponse({"ok": False, "problems": problems}, status_code=503)
        return JSONResponse({"ok": True})

    async def telegram_webhook(request: Request) -> Response:
        from bot.channels.telegram import TelegramChannel

        channel = app.services.channels.get("telegram", request.path_params["bot_key"])
        if not isinstance(channel, TelegramChannel):
            return PlainTextResponse("unknown bot", status_code=404)
        secret = channel.webhook_secret
        if not secret_matches(request.headers.get(TELEGRAM_SECRET_HEADER), secret):
            log.warning("Telegram webhook with a wrong secret token refused")
            return PlainTextResponse("forbidden", status_code=403)
        data = await _json_object(request)
        if data is None:
            return PlainTextResponse("bad payload", status_code=400)
        update = channel.parse_update(data)
        if update is None:
            # Valid JSON that is no Update: acknowledge (a retry would not fix it), process nothing.
            log.warning("Telegram webhook body is not a valid update; ignored")
            return JSONResponse({"ok": True})
        # Replying only once the update is in the inbox: if we die first, Telegram re-sends it.
        await channel.feed_update(update)
        return JSONResponse({"ok": True})

    async def zalo_webhook(request: Request) -> Response:
        from bot.channels.zalo import ZaloChannel

        channel = app.services.channels.get("zalo", request.path_params["bot_key"])
        if not isinstance(channel, ZaloChannel):
            return PlainTextResponse("unknown bot", status_code=404)
        # Zalo requires a secret; a request without the right one is refused and not processed.
        given = request.headers.get(ZALO_SECRET_HEADER)
        if not channel.webhook_secret or not secret_matches(given, channel.webhook_secret):
            log.warning("Zalo webhook with a wrong secret token refused")
            return PlainTextResponse("forbidden", status_code=403)
        data = await _json_object(request)
        if data is None:
            return PlainTextResponse("bad payload", status_code=400)
        await channel.feed(data)
        return JSONResponse({"ok": True})

    routes: list[BaseRoute] = [
        Route("/healthz", health),
        Route("/telegram/{bot_key}", telegram_webhook, methods=["POST"]),
        Route("/zalo/{bot_key}", zalo_webhook, methods=["POST"]),
        *extra_routes,
    ]
    return Starlette(routes=routes, middleware=[Middleware(BodyLimit)])
