"""Zalo Bot Platform emulation: ``POST {base}{prefix}/bot{token}/{method}`` (zalo.md §1).

Exact error descriptions of the real platform are mostly undocumented; where the sandbox had to
invent wording it keeps Telegram's "Bad Request: ..." style and says so in README.md.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.params import Params
from bot.sandbox.state import TOKEN_RE, SandboxState
from bot.sandbox.webhooks import Delivery, WebhookDeliverer
from bot.sandbox.zalo_state import (
    ZaloBot,
    ZaloChat,
    ZaloQueued,
    ZaloUser,
    ZaloWebhook,
    month_key,
    now_ms,
)

TEXT_LIMIT = 2000
IDLE = ApiError(408, "Request timeout")
QUOTA = ApiError(429, "Quota exceeded")


@dataclass
class ZCtx:
    state: SandboxState
    bot: ZaloBot


ZHandler = Callable[[ZCtx, Params], Awaitable[Any]]
METHODS: dict[str, ZHandler] = {}


def method(name: str) -> Callable[[ZHandler], ZHandler]:
    def register(handler: ZHandler) -> ZHandler:
        METHODS[name] = handler  # Zalo method names are case-sensitive
        return handler

    return register


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status)


async def api_endpoint(request: Request) -> Response:
    token = request.path_params["token"]
    state: SandboxState = request.app.state.sandbox
    if not TOKEN_RE.match(token):
        return error_response(ApiError(401, "Unauthorized"))
    bot = state.zalo_bot(token)
    name = request.path_params["method"]
    bot.stats.request(name)
    handler = METHODS.get(name)
    if handler is None:
        bot.stats.error(name, 404)
        return error_response(ApiError(404, "Not Found"))
    fail = state.failures.take("zalo", name)
    try:
        if fail is not None:
            if fail.timeout:
                await state.hub.sleep(fail.timeout)
            if not fail.deliver:
                raise fail.error()
        params = await Params.from_request(request)
        result = await handler(ZCtx(state, bot), params)
    except ApiError as exc:
        bot.stats.error(name, exc.status)
        return error_response(exc)
    return JSONResponse({"ok": True, "result": result})


def routes(prefix: str) -> list[Route]:
    prefix = "/" + prefix.strip("/") if prefix.strip("/") else ""
    return [Route(prefix + "/bot{token}/{method}", api_endpoint, methods=["GET", "POST"])]


# -- updates -----------------------------------------------------------------------------------
def enqueue_update(
    state: SandboxState, bot: ZaloBot, chat: ZaloChat, update: dict[str, Any]
) -> None:
    settings = state.config.zalo
    bot.stats.updates_created += 1
    duplicate = state.take_duplicate("zalo")
    if duplicate:
        bot.stats.duplicates += 1
    if bot.webhook is not None:
        submit_to_webhook(state, bot, ZaloQueued(update, chat.user.zid, 1), 2 if duplicate else 1)
        return
    deliveries = 1 + max(0, settings.replays) if settings.replay else 1
    bot.queue.append(ZaloQueued(update, chat.user.zid, deliveries))
    if duplicate:
        bot.queue.append(ZaloQueued(update, chat.user.zid, 1))
    bot.signal.fire()


def submit_to_webhook(state: SandboxState, bot: ZaloBot, item: ZaloQueued, copies: int = 1) -> None:
    assert bot.webhook is not None
    wrapped = state.config.zalo.webhook_payload == "wrapped"
    payload = {"ok": True, "result": item.update} if wrapped else item.update
    body = json.dumps(payload, ensure_ascii=False).encode()
    bot.webhook.deliverer.submit(Delivery(chat=item.chat, body=body, copies=copies, item=item))


# -- methods -----------------------------------------------------------------------------------
@method("getMe")
async def get_me(ctx: ZCtx, p: Params) -> Any:
    return ctx.bot.me()


@method("getUpdates")
async def get_updates(ctx: ZCtx, p: Params) -> Any:
    """One update per call; an idle long poll ends in HTTP 408. While a webhook is set the
    poller is silently deaf (reported behaviour of the real platform)."""
    bot = ctx.bot
    try:
        timeout = float(p.get_str("timeout") or 30)
    except ValueError as exc:
        raise bad_request("invalid timeout") from exc
    loop = asyncio.get_running_loop()
    deadline = loop.time() + min(max(0.0, timeout), ctx.state.config.max_poll_s)
    while True:
        if bot.webhook is None and bot.queue:
            item = bot.queue.popleft()
            item.remaining -= 1
            if item.remaining > 0:
                bot.queue.append(item)  # replay mode: it comes back after the others
            return item.update
        remaining = deadline - loop.time()
        if remaining <= 0 or ctx.state.hub.closed:
            raise IDLE
        await bot.signal.wait(remaining)


@method("setWebhook")
async def set_webhook(ctx: ZCtx, p: Params) -> Any:
    bot, state = ctx.bot, ctx.state
    url = p.get_str("url") or ""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise bad_request("url must be a valid HTTPS URL")
    if parsed.scheme != "https" and not ctx.state.config.local_webhooks:
        # Zalo requires HTTPS; tests reaching 127.0.0.1 over http turn on local_webhooks.
        raise bad_request("url must be a valid HTTPS URL")
    secret = p.get_str("secret_token") or ""
    if not 8 <= len(secret) <= 256:
        raise bad_request("secret_token must be 8-256 characters")
    leftover: list[Any] = []
    if bot.webhook is not None:
        old, bot.webhook = bot.webhook, None
        leftover = await old.deliverer.stop()
    pending = [*leftover, *bot.queue]
    bot.queue.clear()
    bot.webhook = ZaloWebhook(
        url=url,
        secret_token=secret,
        updated_at=now_ms(),
        deliverer=WebhookDeliverer(
            url=url,
            headers={"X-Bot-Api-Secret-Token": secret},
            policy=state.config.webhook,
            max_connections=state.config.webhook.max_connections,
            hub=state.hub,
            client=state.http_client(),
            stats=bot.stats,
        ),
    )
    for item in pending:
        submit_to_webhook(state, bot, item)
    return {"url": url, "updated_at": bot.webhook.updated_at}


@method("deleteWebhook")
async def delete_webhook(ctx: ZCtx, p: Params) -> Any:
    bot = ctx.bot
    if bot.webhook is not None:
        hook, bot.webhook = bot.webhook, None
        leftover = await hook.deliverer.stop()
        bot.queue.extendleft(reversed(leftover))
        bot.signal.fire()
    return {"url": "", "updated_at": now_ms()}


@method("getWebhookInfo")
async def get_webhook_info(ctx: ZCtx, p: Params) -> Any:
    hook = ctx.bot.webhook
    if hook is None:
        raise ApiError(404, "Not Found")
    return {"url": hook.url, "updated_at": hook.updated_at}


def resolve_chat(ctx: ZCtx, p: Params) -> ZaloChat:
    chat_id = p.get_str("chat_id") or ""
    if not chat_id:
        raise bad_request("chat_id is required")
    chat = ctx.bot.chats.get(chat_id)
    if chat is None:
        user = ctx.state.zalo_user_by_zid(chat_id)
        if user is None:
            if not ctx.state.config.allow_unknown_chats:
                raise bad_request("chat not found")
            # A chat id nobody simulated yet: the user is addressed by that id directly.
            user = ZaloUser(uid=chat_id, zid=chat_id, display_name=f"Người dùng {chat_id[:6]}")
            ctx.state.zalo_users[chat_id] = user
        chat = ctx.bot.chat(user)
    if ctx.state.is_blocked("zalo", chat.user.uid):
        # How Zalo reports a blocked user is not documented; 403 is its "Internal server
        # error" code, so that is what the sandbox answers, with the documented description.
        raise ApiError(403, "Internal server error")
    return chat


def check_text(value: str | None, field: str, *, required: bool) -> str | None:
    if not value:
        if required:
            raise bad_request(f"{field} is empty")
        return None
    if len(value) > TEXT_LIMIT:
        raise bad_request(f"{field} is too long (1-{TEXT_LIMIT} characters)")
    return value


def charge_quota(ctx: ZCtx, chat: ZaloChat) -> None:
    """Free-plan quota: messages sent per calendar month and distinct users messaged."""
    settings = ctx.state.config.zalo
    if not settings.quota_enabled:
        return
    bot = ctx.bot
    if bot.quota_month != month_key():
        bot.reset_quota()
    new_user = chat.user.zid not in bot.quota_users
    if bot.quota_messages >= settings.monthly_messages:
        raise QUOTA
    if new_user and len(bot.quota_users) >= settings.monthly_users:
        raise QUOTA
    bot.quota_messages += 1
    bot.quota_users.add(chat.user.zid)


def deliver(ctx: ZCtx, chat: ZaloChat, data: dict[str, Any]) -> dict[str, Any]:
    message_id = ctx.bot.new_message_id()
    date = now_ms()
    entry = {
        "from": "bot",
        "message_id": message_id,
        "date": date,
        "text": None,
        "parse_mode": None,
        "photo": None,
        "caption": None,
        "sticker": None,
        **data,
    }
    ctx.bot.add_feed(chat, "message", entry)
    ctx.bot.stats.delivered_message(chat.user.zid, message_id)
    return {"message_id": message_id, "date": date}


@method("sendMessage")
async def send_message(ctx: ZCtx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    text = check_text(p.get_str("text"), "text", required=True)
    charge_quota(ctx, chat)
    return deliver(ctx, chat, {"type": "text", "text": text, "parse_mode": p.get_str("parse_mode")})


@method("sendPhoto")
async def send_photo(ctx: ZCtx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    photo = p.get_str("photo") or ""
    if urlparse(photo).scheme not in ("http", "https"):
        raise bad_request("photo must be an image URL")
    caption = check_text(p.get_str("caption"), "caption", required=False)
    charge_quota(ctx, chat)
    return deliver(ctx, chat, {"type": "photo", "photo": {"url": photo}, "caption": caption})


@method("sendSticker")
async def send_sticker(ctx: ZCtx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    sticker = p.get_str("sticker") or ""
    if not sticker:
        raise bad_request("sticker is required")
    charge_quota(ctx, chat)
    return deliver(ctx, chat, {"type": "sticker", "sticker": sticker})


@method("sendChatAction")
async def send_chat_action(ctx: ZCtx, p: Params) -> Any:
    resolve_chat(ctx, p)
    if p.get_str("action") not in ("typing", "upload_photo"):
        raise bad_request("action must be typing or upload_photo")
    return True
