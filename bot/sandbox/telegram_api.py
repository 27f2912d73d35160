"""Telegram Bot API emulation: ``POST {base}/bot{token}/{method}`` and file downloads.

Only private chats. Validation and error descriptions follow Telegram's where known; see
README.md for the list of methods and the places where the sandbox is simpler than Telegram.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlparse

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.sandbox.entities import EntityParseError, parse_html, utf16_len
from bot.sandbox.errors import ApiError, bad_request
from bot.sandbox.files import (
    MAX_DOWNLOAD_BYTES,
    MAX_PHOTO_BYTES,
    MAX_UPLOAD_BYTES,
    InvalidImageError,
    StoredFile,
    guess_mime,
    photo_versions,
)
from bot.sandbox.params import Params
from bot.sandbox.state import TOKEN_RE, SandboxState
from bot.sandbox.telegram_state import (
    DEFAULT_ALLOWED,
    TgBot,
    TgChat,
    TgMessage,
    TgWebhook,
    now_s,
)
from bot.sandbox.telegram_updates import submit_to_webhook
from bot.sandbox.webhooks import WebhookDeliverer

log = logging.getLogger(__name__)

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)
WEBHOOK_CONFLICT = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
POLL_CONFLICT = (
    "Conflict: terminated by other getUpdates request; "
    "make sure that only one bot instance is running"
)
CHAT_ACTIONS = {
    "typing",
    "upload_photo",
    "record_video",
    "upload_video",
    "record_voice",
    "upload_voice",
    "upload_document",
    "choose_sticker",
    "find_location",
    "record_video_note",
    "upload_video_note",
}
BUTTON_ACTIONS = (
    "callback_data",
    "url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "web_app",
    "login_url",
    "callback_game",
    "pay",
    "copy_text",
)
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")


@dataclass
class Ctx:
    state: SandboxState
    bot: TgBot


Handler = Callable[[Ctx, Params], Awaitable[Any]]
METHODS: dict[str, tuple[str, Handler]] = {}


def method(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        METHODS[name.lower()] = (name, handler)  # Telegram method names are case-insensitive
        return handler

    return register


def not_found() -> JSONResponse:
    return JSONResponse({"ok": False, "error_code": 404, "description": "Not Found"}, 404)


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error.body(), status_code=error.status)


# -- entry points ------------------------------------------------------------------------------
async def api_endpoint(request: Request) -> Response:
    token = request.path_params["token"]
    if not TOKEN_RE.match(token):
        return not_found()
    state: SandboxState = request.app.state.sandbox
    bot = state.tg_bot(token)
    try:
        params = await Params.from_request(request)
    except ApiError as exc:
        return error_response(exc)
    return await run_method(state, bot, request.path_params["method"], params)


async def run_method(state: SandboxState, bot: TgBot, name: str, params: Params) -> JSONResponse:
    entry = METHODS.get(name.lower())
    if entry is None:
        bot.stats.request(name)
        bot.stats.error(name, 404)
        return not_found()
    name, handler = entry
    bot.stats.request(name)
    fail = state.failures.take("telegram", name)
    if fail is not None:
        if fail.timeout:
            await state.hub.sleep(fail.timeout)
        if not fail.deliver:
            bot.stats.error(name, fail.status)
            return error_response(fail.error())
    try:
        result = await handler(Ctx(state, bot), params)
    except ApiError as exc:
        bot.stats.error(name, exc.status)
        return error_response(exc)
    return JSONResponse({"ok": True, "result": result})


async def file_endpoint(request: Request) -> Response:
    if not TOKEN_RE.match(request.path_params["token"]):
        return not_found()
    state: SandboxState = request.app.state.sandbox
    stored = state.files.by_path(request.path_params["file_path"])
    if stored is None or stored.size > MAX_DOWNLOAD_BYTES:
        return not_found()
    return Response(state.files.read(stored), media_type=stored.mime_type)


def routes() -> list[Route]:
    return [
        Route("/bot{token}/{method}", api_endpoint, methods=["GET", "POST"]),
        Route("/file/bot{token}/{file_path:path}", file_endpoint, methods=["GET"]),
    ]


# -- shared validation -------------------------------------------------------------------------
def resolve_chat(ctx: Ctx, p: Params) -> TgChat:
    raw = p.raw("chat_id")
    if raw is None or raw == "":
        raise bad_request("chat_id is empty")
    try:
        chat_id = int(raw)
    except (TypeError, ValueError) as exc:
        raise bad_request("chat not found") from exc
    chat = ctx.bot.chats.get(chat_id)
    if chat is None:
        if chat_id <= 0 or not ctx.state.config.allow_unknown_chats:
            raise bad_request("chat not found")
        chat = ctx.bot.chat(ctx.state.tg_user(chat_id))
    if ctx.state.is_blocked("telegram", chat_id):
        raise ApiError(403, "Forbidden: bot was blocked by the user")
    return chat


def admit(ctx: Ctx, chat: TgChat, p: Params) -> None:
    retry_after = ctx.bot.flood.admit(chat.user.uid, paid=p.get_bool("allow_paid_broadcast"))
    if retry_after is not None:
        raise ApiError(
            429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after}
        )


@dataclass
class Formatted:
    text: str | None
    entities: list[dict[str, Any]] | None
    parse_mode: str | None
    source: str | None  # original marked-up text, kept for display


def format_text(p: Params, field: str, entities_field: str, *, caption: bool) -> Formatted:
    raw = p.get_str(field)
    parse_mode = p.get_str("parse_mode") or None
    if not raw:
        if caption:
            return Formatted(None, None, None, None)
        raise bad_request("message text is empty")
    mode = (parse_mode or "").lower()
    if mode not in ("", "html", "markdown", "markdownv2"):
        raise bad_request(f'unsupported parse_mode "{parse_mode}"')
    entities: list[dict[str, Any]] | None
    if mode == "html":
        try:
            plain, entities = parse_html(raw)
        except EntityParseError as exc:
            raise bad_request(f"can't parse entities: {exc}") from exc
    else:
        # Markdown modes are stored verbatim (the sandbox does not parse them).
        plain = raw
        entities = p.get_json(entities_field, "can't parse entities JSON object")
        if entities is not None and not isinstance(entities, list):
            raise bad_request("can't parse entities JSON object")
    if not plain.strip():
        if caption:
            return Formatted(None, None, None, None)
        raise bad_request("message text is empty")
    if utf16_len(plain) > (CAPTION_LIMIT if caption else TEXT_LIMIT):
        raise bad_request("message caption is too long" if caption else "message is too long")
    return Formatted(plain, entities or None, parse_mode if mode else None, raw if mode else None)


def parse_markup(p: Params) -> tuple[list[list[dict[str, Any]]] | None, dict[str, Any] | None]:
    """(inline keyboard, other reply markup) after Telegram's validation."""
    markup = p.get_json("reply_markup", "can't parse reply keyboard markup JSON object")
    if markup is None:
        return None, None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(r, list) for r in rows):
            raise bad_request(
                'field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays'
            )
        for row in rows:
            for button in row:
                validate_button(button)
        cleaned = [row for row in rows if row]
        return (cleaned or None), None
    if any(k in markup for k in ("keyboard", "remove_keyboard", "force_reply")):
        return None, markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def validate_button(button: Any) -> None:
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request(
            'can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    if not button["text"]:
        raise bad_request("can't parse inline keyboard button: Text must be non-empty")
    if not any(k in button for k in BUTTON_ACTIONS):
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not re.match(r"^(https?|tg)://\S+$", url):
            raise bad_request("BUTTON_URL_INVALID")


def reply_target(chat: TgChat, p: Params) -> int | None:
    reply = p.get_json("reply_parameters", "can't parse reply parameters JSON object")
    target: int | None = None
    lenient = p.get_bool("allow_sending_without_reply")
    if isinstance(reply, dict):
        target = reply.get("message_id")
        lenient = lenient or bool(reply.get("allow_sending_without_reply"))
    elif p.has("reply_to_message_id"):
        target = p.get_int("reply_to_message_id")
    if target is None:
        return None
    msg = chat.messages.get(int(target))
    if msg is None or msg.deleted:
        if lenient:
            return None
        raise bad_request("message to be replied not found")
    return int(target)


async def fetch_url(ctx: Ctx, url: str) -> tuple[bytes, str | None]:
    try:
        response = await ctx.state.http_client().get(url, timeout=10.0)
    except httpx.HTTPError as exc:
        raise bad_request("failed to get HTTP URL content") from exc
    if response.status_code != 200:
        raise bad_request("failed to get HTTP URL content")
    return response.content, response.headers.get("content-type")


async def input_photo(ctx: Ctx, p: Params, ref: Any, field: str) -> list[StoredFile]:
    upload = p.upload(ref, field)
    if upload is not None:
        data = upload.data
    elif isinstance(ref, str) and ref:
        if ref.startswith(("http://", "https://")):
            data, _ = await fetch_url(ctx, ref)
        else:
            group = ctx.state.photo_groups.get(ref)
            if group is not None:
                return group
            if ctx.state.files.get(ref) is not None:
                raise bad_request("can't use file of type Document as Photo")
            raise bad_request("wrong file identifier/HTTP URL specified")
    else:
        raise bad_request("there is no photo in the request")
    if len(data) > MAX_PHOTO_BYTES:
        raise ApiError(413, "Request Entity Too Large")
    try:
        versions = await asyncio.to_thread(photo_versions, data)
    except InvalidImageError as exc:
        raise bad_request("IMAGE_PROCESS_FAILED") from exc
    return ctx.state.store_photo(versions)


async def input_document(ctx: Ctx, p: Params, ref: Any, field: str) -> StoredFile:
    upload = p.upload(ref, field)
    if upload is not None:
        data, name, content_type = upload.data, upload.filename, upload.content_type
    elif isinstance(ref, str) and ref:
        if ref.startswith(("http://", "https://")):
            data, content_type = await fetch_url(ctx, ref)
            name = PurePosixPath(urlparse(ref).path).name or "file"
        else:
            stored = ctx.state.files.get(ref)
            if stored is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
            if ref in ctx.state.photo_groups:
                raise bad_request("can't use file of type Photo as Document")
            return stored
    else:
        raise bad_request("there is no document in the request")
    if len(data) > MAX_UPLOAD_BYTES:
        raise ApiError(413, "Request Entity Too Large")
    name = name or "file"
    fallback = content_type if content_type and content_type != "application/octet-stream" else None
    mime = guess_mime(name, fallback or "application/octet-stream")
    return ctx.state.files.put(data, kind="document", mime_type=mime, file_name=name)


def get_message(chat: TgChat, p: Params, missing: str) -> TgMessage:
    if p.has("inline_message_id"):
        raise bad_request(missing)  # inline messages do not exist in the sandbox
    mid = p.get_int("message_id")
    msg = chat.messages.get(mid) if mid is not None else None
    if msg is None or msg.deleted:
        raise bad_request(missing)
    return msg


# -- methods -----------------------------------------------------------------------------------
@method("getMe")
async def get_me(ctx: Ctx, p: Params) -> Any:
    return ctx.bot.me()


@method("logOut")
async def log_out(ctx: Ctx, p: Params) -> Any:
    return True


@method("close")
async def close(ctx: Ctx, p: Params) -> Any:
    return True


@method("getUpdates")
async def get_updates(ctx: Ctx, p: Params) -> Any:
    bot = ctx.bot
    if bot.webhook is not None:
        raise ApiError(409, WEBHOOK_CONFLICT)
    offset = p.get_int("offset")
    limit = min(100, max(1, p.get_int("limit", 100) or 100))
    timeout = max(0.0, p.get_float("timeout", 0.0) or 0.0)
    allowed = p.get_json("allowed_updates", "can't parse allowed updates")
    if isinstance(allowed, list):
        bot.allowed = frozenset(allowed) if allowed else DEFAULT_ALLOWED
    if offset is not None:
        bot.updates.confirm(offset)
    # A newer getUpdates terminates an older one still waiting, as on Telegram.
    bot.poll_generation += 1
    generation = bot.poll_generation
    bot.updates.signal.fire()
    loop = asyncio.get_running_loop()
    deadline = loop.time() + min(timeout, ctx.state.config.max_poll_s)
    while True:
        items = bot.updates.take(offset, limit, bot.allowed)
        remaining = deadline - loop.time()
        if items or remaining <= 0 or ctx.state.hub.closed:
            return [item.payload for item in items]
        await bot.updates.signal.wait(remaining)
        if bot.poll_generation != generation:
            raise ApiError(409, POLL_CONFLICT)
        if bot.webhook is not None:
            raise ApiError(409, WEBHOOK_CONFLICT)


WEBHOOK_PORTS = (443, 80, 88, 8443)


def webhook_url_check(url: str, *, local: bool) -> None:
    """Refuse what api.telegram.org refuses (the wording is Telegram's)."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    if local:
        return
    if parsed.scheme != "https":
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    try:
        port = parsed.port or 443
    except ValueError:
        raise bad_request("bad webhook: Failed to parse webhook URL") from None
    if port not in WEBHOOK_PORTS:
        raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")


def webhook_rate_check(ctx: Ctx) -> None:
    """A second setWebhook/deleteWebhook within a second gets 429, as from Telegram."""
    interval = ctx.state.config.webhook_set_interval_s
    now = time.monotonic()
    last = ctx.bot.webhook_set_at
    if interval > 0 and last is not None and now - last < interval:
        raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
    ctx.bot.webhook_set_at = now


@method("setWebhook")
async def set_webhook(ctx: Ctx, p: Params) -> Any:
    bot, state = ctx.bot, ctx.state
    url = p.get_str("url") or ""
    webhook_rate_check(ctx)
    drop = p.get_bool("drop_pending_updates")
    if not url:
        await remove_webhook(ctx, drop)
        return True
    webhook_url_check(url, local=state.config.local_webhooks)
    secret = p.get_str("secret_token") or None
    if secret is not None and not SECRET_RE.match(secret):
        raise bad_request("secret token contains unallowed characters")
    max_connections = min(100, max(1, p.get_int("max_connections", 40) or 40))
    allowed = p.get_json("allowed_updates", "can't parse allowed updates")
    leftover: list[Any] = []
    if bot.webhook is not None:
        old, bot.webhook = bot.webhook, None
        leftover = await old.deliverer.stop()
    pending = [*leftover, *bot.updates.clear()]
    if drop:
        pending = []
    deliverer = WebhookDeliverer(
        url=url,
        headers={"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {},
        policy=state.config.webhook,
        max_connections=max_connections,
        hub=state.hub,
        client=state.http_client(),
        stats=bot.stats,
        on_response=functools.partial(execute_webhook_reply, state, bot),
    )
    bot.webhook = TgWebhook(
        url=url,
        secret_token=secret,
        max_connections=max_connections,
        allowed_updates=allowed if isinstance(allowed, list) and allowed else None,
        deliverer=deliverer,
    )
    for item in pending:
        submit_to_webhook(bot, item)
    return True


async def remove_webhook(ctx: Ctx, drop: bool) -> None:
    bot = ctx.bot
    if bot.webhook is not None:
        hook, bot.webhook = bot.webhook, None
        leftover = await hook.deliverer.stop()
        if not drop:
            bot.updates.extend_left(leftover)
    if drop:
        bot.updates.clear()


@method("deleteWebhook")
async def delete_webhook(ctx: Ctx, p: Params) -> Any:
    webhook_rate_check(ctx)
    await remove_webhook(ctx, p.get_bool("drop_pending_updates"))
    return True


@method("getWebhookInfo")
async def get_webhook_info(ctx: Ctx, p: Params) -> Any:
    hook = ctx.bot.webhook
    if hook is None:
        return {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(ctx.bot.updates.items),
        }
    info: dict[str, Any] = {
        "url": hook.url,
        "has_custom_certificate": False,
        "pending_update_count": hook.deliverer.pending,
        "max_connections": hook.max_connections,
        "ip_address": "127.0.0.1",
    }
    if hook.allowed_updates:
        info["allowed_updates"] = hook.allowed_updates
    if hook.deliverer.last_error_date:
        info["last_error_date"] = hook.deliverer.last_error_date
        info["last_error_message"] = hook.deliverer.last_error_message
    return info


async def execute_webhook_reply(state: SandboxState, bot: TgBot, response: httpx.Response) -> None:
    """Telegram executes a method returned in the webhook response body (aiogram does this when
    a handler returns a method and ``handle_in_background=False``)."""
    content_type = response.headers.get("content-type", "")
    params: Params | None = None
    if content_type.startswith("application/json"):
        try:
            body = response.json()
        except ValueError:
            return
        if isinstance(body, dict) and isinstance(body.get("method"), str):
            params = Params({k: v for k, v in body.items()})
    elif content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        params = await params_from_bytes(content_type, response.content)
    if params is None or not params.has("method"):
        return
    name = str(params.values.pop("method"))
    if name.lower() in ("getupdates", "setwebhook", "deletewebhook"):
        return
    await run_method(state, bot, name, params)


async def params_from_bytes(content_type: str, body: bytes) -> Params:
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/",
        "query_string": b"",
        "headers": [(b"content-type", content_type.encode())],
    }
    return await Params.from_request(Request(scope, receive))


@method("sendMessage")
async def send_message(ctx: Ctx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    text = format_text(p, "text", "entities", caption=False)
    inline, keyboard = parse_markup(p)
    reply_to = reply_target(chat, p)
    admit(ctx, chat, p)
    msg = TgMessage(
        message_id=chat.new_message_id(),
        from_bot=True,
        date=now_s(),
        text=text.text,
        entities=text.entities,
        parse_mode=text.parse_mode,
        markup_source=text.source,
        inline_keyboard=inline,
        reply_keyboard=keyboard,
        reply_to=reply_to,
    )
    ctx.bot.store_bot_message(chat, msg)
    return ctx.bot.message_json(chat, msg)


@method("sendPhoto")
async def send_photo(ctx: Ctx, p: Params) -> Any:
    return await _send_captioned(ctx, p, "photo", input_photo)


@method("sendDocument")
async def send_document(ctx: Ctx, p: Params) -> Any:
    return await _send_captioned(ctx, p, "document", input_document)


async def _send_captioned(
    ctx: Ctx, p: Params, field: str, read: Callable[[Ctx, Params, Any, str], Awaitable[Any]]
) -> Any:
    """One photo or document with a caption; checks run in Telegram's order (chat, caption,
    markup, reply target, the file, then the chat's rate)."""
    chat = resolve_chat(ctx, p)
    caption = format_text(p, "caption", "caption_entities", caption=True)
    inline, keyboard = parse_markup(p)
    reply_to = reply_target(chat, p)
    attached = await read(ctx, p, p.raw(field), field)
    admit(ctx, chat, p)
    msg = TgMessage(
        message_id=chat.new_message_id(),
        from_bot=True,
        date=now_s(),
        caption=caption.text,
        caption_entities=caption.entities,
        parse_mode=caption.parse_mode,
        markup_source=caption.source,
        inline_keyboard=inline,
        reply_keyboard=keyboard,
        reply_to=reply_to,
        **{field: attached},
    )
    ctx.bot.store_bot_message(chat, msg)
    return ctx.bot.message_json(chat, msg)


@method("sendMediaGroup")
async def send_media_group(ctx: Ctx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    media = p.get_json("media", "can't parse media JSON object")
    if media is None:
        raise bad_request('parameter "media" is required')
    if not isinstance(media, list) or not all(isinstance(m, dict) for m in media):
        raise bad_request("can't parse media JSON object")
    if not 2 <= len(media) <= 10:
        raise bad_request("wrong number of media specified: an album must have 2-10 items")
    kinds = [m.get("type") for m in media]
    for kind in kinds:
        if kind not in ("photo", "document"):
            raise bad_request(f'media type "{kind}" is not supported by the sandbox')
    if "document" in kinds and any(k != "document" for k in kinds):
        raise bad_request("document can't be mixed with other media types")
    reply_to = reply_target(chat, p)
    prepared: list[tuple[Formatted, list[StoredFile] | None, StoredFile | None]] = []
    for item in media:
        caption = format_text(Params(item), "caption", "caption_entities", caption=True)
        if item["type"] == "photo":
            prepared.append((caption, await input_photo(ctx, p, item.get("media"), ""), None))
        else:
            prepared.append((caption, None, await input_document(ctx, p, item.get("media"), "")))
    admit(ctx, chat, p)
    group_id = ctx.bot.next_album_id()
    result = []
    for caption, photo, document in prepared:
        msg = TgMessage(
            message_id=chat.new_message_id(),
            from_bot=True,
            date=now_s(),
            photo=photo,
            document=document,
            caption=caption.text,
            caption_entities=caption.entities,
            parse_mode=caption.parse_mode,
            markup_source=caption.source,
            media_group_id=group_id,
            reply_to=reply_to,
        )
        ctx.bot.store_bot_message(chat, msg)
        result.append(ctx.bot.message_json(chat, msg))
    return result


@method("editMessageText")
async def edit_message_text(ctx: Ctx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    msg = get_message(chat, p, "message to edit not found")
    if not msg.from_bot:
        raise bad_request("message can't be edited")
    if msg.text is None:
        raise bad_request("there is no text in the message to edit")
    text = format_text(p, "text", "entities", caption=False)
    inline, _ = parse_markup(p)  # omitting reply_markup removes the keyboard, as on Telegram
    if (text.text, text.entities, inline) == (msg.text, msg.entities, msg.inline_keyboard):
        raise bad_request(NOT_MODIFIED)
    admit(ctx, chat, p)
    msg.text, msg.entities = text.text, text.entities
    msg.parse_mode, msg.markup_source = text.parse_mode, text.source
    msg.inline_keyboard = inline
    return record_edit(ctx, chat, msg)


@method("editMessageCaption")
async def edit_message_caption(ctx: Ctx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    msg = get_message(chat, p, "message to edit not found")
    if not msg.from_bot:
        raise bad_request("message can't be edited")
    if msg.text is not None:
        raise bad_request("there is no caption in the message to edit")
    caption = format_text(p, "caption", "caption_entities", caption=True)
    inline, _ = parse_markup(p)
    if (caption.text, caption.entities, inline) == (
        msg.caption,
        msg.caption_entities,
        msg.inline_keyboard,
    ):
        raise bad_request(NOT_MODIFIED)
    msg.caption, msg.caption_entities = caption.text, caption.entities
    msg.parse_mode, msg.markup_source = caption.parse_mode, caption.source
    msg.inline_keyboard = inline
    return record_edit(ctx, chat, msg)


@method("editMessageReplyMarkup")
async def edit_message_reply_markup(ctx: Ctx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    msg = get_message(chat, p, "message to edit not found")
    if not msg.from_bot:
        raise bad_request("message can't be edited")
    inline, _ = parse_markup(p)
    if inline == msg.inline_keyboard:
        raise bad_request(NOT_MODIFIED)
    msg.inline_keyboard = inline
    return record_edit(ctx, chat, msg)


def record_edit(ctx: Ctx, chat: TgChat, msg: TgMessage) -> Any:
    msg.edit_date = now_s()
    ctx.bot.stats.edits += 1
    ctx.bot.add_feed(chat, "edited", ctx.bot.feed_data(msg))
    return ctx.bot.message_json(chat, msg)


@method("deleteMessage")
async def delete_message(ctx: Ctx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    msg = get_message(chat, p, "message to delete not found")
    msg.deleted = True
    ctx.bot.add_feed(
        chat,
        "deleted",
        {"from": "bot" if msg.from_bot else "user", "message_id": msg.message_id},
    )
    return True


@method("answerCallbackQuery")
async def answer_callback_query(ctx: Ctx, p: Params) -> Any:
    query_id = p.get_str("callback_query_id") or ""
    record = ctx.bot.callbacks.get(query_id)
    if record is None or record[2]:
        raise bad_request("query is too old and response timeout expired or query ID is invalid")
    chat_id, message_id, _ = record
    ctx.bot.callbacks[query_id] = (chat_id, message_id, True)
    chat = ctx.bot.chats.get(chat_id)
    if chat is not None:
        ctx.bot.add_feed(
            chat,
            "callback_answer",
            {
                "from": "bot",
                "callback_query_id": query_id,
                "message_id": message_id,
                "text": p.get_str("text"),
                "show_alert": p.get_bool("show_alert"),
                "url": p.get_str("url"),
            },
        )
    return True


@method("sendChatAction")
async def send_chat_action(ctx: Ctx, p: Params) -> Any:
    resolve_chat(ctx, p)
    if p.get_str("action") not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")
    return True


def commands_key(p: Params) -> str:
    scope = p.get_json("scope", "can't parse BotCommandScope JSON object") or {}
    kind = scope.get("type", "default") if isinstance(scope, dict) else "default"
    return f"{kind}:{p.get_str('language_code') or ''}"


@method("setMyCommands")
async def set_my_commands(ctx: Ctx, p: Params) -> Any:
    commands = p.get_json("commands", "can't parse commands JSON object")
    if not isinstance(commands, list) or len(commands) > 100:
        raise bad_request("can't parse commands JSON object")
    for command in commands:
        if not isinstance(command, dict) or not COMMAND_RE.match(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise bad_request("command description must be 1-256 characters")
    ctx.bot.commands[commands_key(p)] = [
        {"command": c["command"], "description": c["description"]} for c in commands
    ]
    return True


@method("getMyCommands")
async def get_my_commands(ctx: Ctx, p: Params) -> Any:
    return ctx.bot.commands.get(commands_key(p), [])


@method("deleteMyCommands")
async def delete_my_commands(ctx: Ctx, p: Params) -> Any:
    ctx.bot.commands.pop(commands_key(p), None)
    return True


@method("getChat")
async def get_chat(ctx: Ctx, p: Params) -> Any:
    chat = resolve_chat(ctx, p)
    return {**chat.user.chat_json(), "accent_color_id": 0, "max_reaction_count": 11}


@method("getFile")
async def get_file(ctx: Ctx, p: Params) -> Any:
    stored = ctx.state.files.get(p.get_str("file_id") or "")
    if stored is None:
        raise bad_request("invalid file_id")
    if stored.size > MAX_DOWNLOAD_BYTES:
        raise bad_request("file is too big")
    return {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
        "file_path": stored.file_path,
    }


async def accept(ctx: Ctx, p: Params) -> Any:
    """Settings the sandbox accepts without modelling them."""
    return True


for _name in (
    "setMyDescription",
    "setMyShortDescription",
    "setMyName",
    "setChatMenuButton",
    "setMyDefaultAdministratorRights",
):
    method(_name)(accept)
