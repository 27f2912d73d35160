"""The user side: act as simulated users and read what they received (README "User API").

Answers are ``{"ok": true, ...}`` or ``{"ok": false, "error": "..."}`` with a 4xx status.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import json
import re
from typing import Any
from urllib.parse import quote

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.sandbox.entities import utf16_len
from bot.sandbox.files import InvalidImageError, PhotoVersion, guess_mime, photo_versions
from bot.sandbox.state import TOKEN_RE, SandboxState
from bot.sandbox.telegram_state import FeedEntry, TgBot, TgMessage, now_s
from bot.sandbox.telegram_updates import enqueue_update
from bot.sandbox.zalo_api import enqueue_update as zalo_enqueue
from bot.sandbox.zalo_state import ZaloBot, now_ms

MAX_USER_UPLOAD = 100 * 1024 * 1024
MAX_ALBUM = 10
_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?")
_ZALO_UID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


class UserError(Exception):
    def __init__(self, status: int, error: str) -> None:
        super().__init__(error)
        self.status = status
        self.error = error


def fail(status: int, error: str) -> UserError:
    return UserError(status, error)


def ok(**data: Any) -> JSONResponse:
    return JSONResponse({"ok": True, **data})


def sandbox(request: Request) -> SandboxState:
    return request.app.state.sandbox


async def json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError as exc:
        raise fail(400, "body must be JSON") from exc
    if not isinstance(body, dict):
        raise fail(400, "body must be a JSON object")
    return body


def tg_uid(request: Request) -> int:
    raw = request.path_params["uid"]
    if not raw.isdigit() or not 0 < int(raw) < 2**52:
        raise fail(400, "uid must be a positive integer (Telegram user id)")
    return int(raw)


def zalo_uid(request: Request) -> str:
    raw = request.path_params["uid"]
    if not _ZALO_UID.match(raw):
        raise fail(400, "uid must be 1-64 characters of A-Z a-z 0-9 _ . -")
    return raw


def tg_bot(state: SandboxState, token: Any) -> TgBot:
    if token is not None and (not isinstance(token, str) or not TOKEN_RE.match(token)):
        raise fail(400, "bot must be a token like 123456:ABC")
    return state.tg_bot(token or None)


def zalo_bot(state: SandboxState, token: Any) -> ZaloBot:
    if token is not None and (not isinstance(token, str) or not TOKEN_RE.match(token)):
        raise fail(400, "bot must be a token like 123456:ABC")
    return state.zalo_bot(token or None)


def handle_errors(endpoint: Any) -> Any:
    async def wrapper(request: Request) -> Response:
        try:
            return await endpoint(request)
        except UserError as exc:
            return JSONResponse({"ok": False, "error": exc.error}, status_code=exc.status)

    return wrapper


async def read_uploads(request: Request) -> tuple[list[tuple[bytes, str]], dict[str, str]]:
    """Files (field ``files`` or ``file``) and the text fields of a multipart request."""
    content_type = request.headers.get("content-type", "")
    if not content_type.startswith("multipart/form-data"):
        raise fail(400, "send multipart/form-data with one or more 'files'")
    uploads: list[tuple[bytes, str]] = []
    fields: dict[str, str] = {}
    async with request.form(max_files=MAX_ALBUM + 1, max_fields=50) as form:
        for key, value in form.multi_items():
            if isinstance(value, UploadFile):
                if key not in ("files", "file"):
                    continue
                data = await value.read()
                if len(data) > MAX_USER_UPLOAD:
                    raise fail(413, "file larger than 100 MB")
                uploads.append((data, value.filename or "file"))
            else:
                fields[key] = value
    if not uploads:
        raise fail(400, "no files: use the multipart field 'files'")
    if len(uploads) > MAX_ALBUM:
        raise fail(400, f"an album holds at most {MAX_ALBUM} items")
    caption = fields.get("caption") or ""
    if len(caption) > 1024:
        raise fail(400, "caption longer than 1024 characters")
    return uploads, fields


def is_image_name(name: str) -> bool:
    return guess_mime(name).startswith("image/")


async def wait_feed(
    state: SandboxState,
    feed_owner: Any,
    key: Any,
    chat: Any,
    after: int,
    wait: float,
    include_user: bool,
) -> list[FeedEntry]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + min(max(0.0, wait), state.config.max_poll_s)
    while True:
        entries = [e for e in chat.feed[after:] if include_user or e.data.get("from") == "bot"]
        remaining = deadline - loop.time()
        if entries or remaining <= 0 or state.hub.closed or feed_owner.chats.get(key) is not chat:
            return entries
        await chat.signal.wait(remaining)


def feed_json(entries: list[FeedEntry]) -> list[dict[str, Any]]:
    return [{"seq": e.seq, "kind": e.kind, **e.data} for e in entries]


def query_number(request: Request, name: str, default: float) -> float:
    raw = request.query_params.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError as exc:
        raise fail(400, f"{name} must be a number") from exc


# -- Telegram users ----------------------------------------------------------------------------
@handle_errors
async def tg_text(request: Request) -> Response:
    state = sandbox(request)
    uid = tg_uid(request)
    body = await json_body(request)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail(400, "text must be a non-empty string")
    if utf16_len(text) > 4096:
        raise fail(400, "text longer than 4096 characters")
    bot = tg_bot(state, body.get("bot"))
    user = state.tg_user(uid, body.get("name"), body.get("username"))
    chat = bot.chat(user)
    entities = None
    command = _COMMAND.match(text)
    if command:
        entities = [{"type": "bot_command", "offset": 0, "length": utf16_len(command.group(0))}]
    reply_to = body.get("reply_to")
    msg = TgMessage(
        message_id=chat.new_message_id(),
        from_bot=False,
        date=now_s(),
        text=text,
        entities=entities,
        reply_to=reply_to if isinstance(reply_to, int) and reply_to in chat.messages else None,
    )
    chat.messages[msg.message_id] = msg
    bot.add_feed(chat, "message", bot.feed_data(msg))
    update_id = enqueue_update(state, bot, "message", uid, bot.message_json(chat, msg))
    return ok(update_id=update_id, message_id=msg.message_id, chat_id=uid)


@handle_errors
async def tg_files(request: Request) -> Response:
    state = sandbox(request)
    uid = tg_uid(request)
    uploads, fields = await read_uploads(request)
    mode = fields.get("as", "auto")
    if mode not in ("auto", "photo", "document"):
        raise fail(400, "as must be photo, document or auto")
    if mode == "auto":
        mode = "photo" if all(is_image_name(name) for _, name in uploads) else "document"
    bot = tg_bot(state, fields.get("bot"))
    # All decoding happens before the first update exists, so an album's updates are queued
    # back-to-back with nothing in between.
    photos: list[list[PhotoVersion]] = []
    if mode == "photo":
        for data, name in uploads:
            try:
                photos.append(await asyncio.to_thread(photo_versions, data))
            except InvalidImageError as exc:
                raise fail(400, f"{name} is not an image; send it with as=document") from exc
    user = state.tg_user(uid, fields.get("name"), fields.get("username"))
    chat = bot.chat(user)
    group_id = bot.next_album_id() if len(uploads) > 1 else None
    caption = fields.get("caption") or None
    results = []
    for index, (data, name) in enumerate(uploads):
        msg = TgMessage(
            message_id=chat.new_message_id(),
            from_bot=False,
            date=now_s(),
            caption=caption if index == 0 else None,
            media_group_id=group_id,
        )
        if mode == "photo":
            msg.photo = state.store_photo(photos[index])
        else:
            msg.document = state.files.put(
                data, kind="document", mime_type=guess_mime(name), file_name=name
            )
        chat.messages[msg.message_id] = msg
        bot.add_feed(chat, "message", bot.feed_data(msg))
        update_id = enqueue_update(state, bot, "message", uid, bot.message_json(chat, msg))
        results.append({"update_id": update_id, "message_id": msg.message_id})
    return ok(media_group_id=group_id, updates=results, chat_id=uid)


@handle_errors
async def tg_tap(request: Request) -> Response:
    state = sandbox(request)
    uid = tg_uid(request)
    body = await json_body(request)
    bot = tg_bot(state, body.get("bot"))
    chat = bot.chats.get(uid)
    message_id = body.get("message_id")
    msg = chat.messages.get(message_id) if chat and isinstance(message_id, int) else None
    if chat is None or msg is None or msg.deleted or not msg.from_bot:
        raise fail(404, "no bot message with this message_id in this chat")
    data, label = body.get("data"), body.get("text")
    button = None
    for row in msg.inline_keyboard or []:
        for candidate in row:
            if (data is not None and candidate.get("callback_data") == data) or (
                data is None and label is not None and candidate.get("text") == label
            ):
                button = candidate
    if button is None:
        raise fail(400, "the message has no such button (anymore)")
    if "callback_data" not in button:
        raise fail(400, "not a callback button; it opens " + str(button.get("url")))
    query_id = bot.next_callback_id()
    bot.callbacks[query_id] = (uid, msg.message_id, False)
    query = {
        "id": query_id,
        "from": chat.user.to_json(),
        "message": bot.message_json(chat, msg),
        "chat_instance": bot.chat_instance(uid),
        "data": button["callback_data"],
    }
    update_id = enqueue_update(state, bot, "callback_query", uid, query)
    return ok(update_id=update_id, callback_query_id=query_id)


@handle_errors
async def tg_messages(request: Request) -> Response:
    state = sandbox(request)
    uid = tg_uid(request)
    bot = tg_bot(state, request.query_params.get("bot"))
    after = int(query_number(request, "after", 0))
    wait = query_number(request, "wait", 0)
    include_user = request.query_params.get("include_user") in ("1", "true")
    chat = bot.chats.get(uid) or bot.chat(state.tg_user(uid))
    entries = await wait_feed(state, bot, uid, chat, after, wait, include_user)
    return ok(messages=feed_json(entries), last_seq=len(chat.feed), chat_id=uid)


@handle_errors
async def tg_users(request: Request) -> Response:
    bot = tg_bot(sandbox(request), request.query_params.get("bot"))
    users = [
        {"uid": chat.user.uid, "name": chat.user.first_name, "feed": len(chat.feed)}
        for chat in bot.chats.values()
    ]
    return ok(users=users)


# -- Zalo users --------------------------------------------------------------------------------
def zalo_message(user_json: dict[str, Any], zid: str, message_id: str) -> dict[str, Any]:
    return {
        "from": user_json,
        "chat": {"id": zid, "chat_type": "PRIVATE"},
        "message_id": message_id,
        "date": now_ms(),
    }


def zalo_event(
    state: SandboxState, bot: ZaloBot, uid: str, name: str | None, event: str, extra: dict[str, Any]
) -> dict[str, Any]:
    user = state.zalo_user(uid, name)
    chat = bot.chat(user)
    message = {**zalo_message(user.to_json(), user.zid, bot.new_message_id()), **extra}
    feed = {
        "from": "user",
        "message_id": message["message_id"],
        "date": message["date"],
        "type": event.split(".")[1],
        "text": extra.get("text"),
        "photo": {"url": extra["photo_url"]} if "photo_url" in extra else None,
        "caption": extra.get("caption"),
        "sticker": extra.get("sticker"),
    }
    bot.add_feed(chat, "message", feed)
    zalo_enqueue(state, bot, chat, {"event_name": event, "message": message})
    return {"message_id": message["message_id"], "chat_id": user.zid, "user_id": user.zid}


@handle_errors
async def zalo_text(request: Request) -> Response:
    state = sandbox(request)
    uid = zalo_uid(request)
    body = await json_body(request)
    text = body.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail(400, "text must be a non-empty string")
    if len(text) > 2000:
        raise fail(400, "text longer than 2000 characters")
    bot = zalo_bot(state, body.get("bot"))
    return ok(
        **zalo_event(state, bot, uid, body.get("name"), "message.text.received", {"text": text})
    )


@handle_errors
async def zalo_files(request: Request) -> Response:
    state = sandbox(request)
    uid = zalo_uid(request)
    uploads, fields = await read_uploads(request)
    bot = zalo_bot(state, fields.get("bot"))
    stored = []
    for data, name in uploads:
        try:
            versions = await asyncio.to_thread(photo_versions, data)
        except InvalidImageError as exc:
            raise fail(400, f"{name}: Zalo users can only send images here") from exc
        stored.append(state.store_photo(versions)[-1])
    base = state.base_url(str(request.base_url))
    caption = fields.get("caption") or None
    results = []
    for index, item in enumerate(stored):
        extra: dict[str, Any] = {"photo_url": f"{base}/api/files/{item.file_id}"}
        if index == 0 and caption:
            extra["caption"] = caption
        results.append(
            zalo_event(state, bot, uid, fields.get("name"), "message.image.received", extra)
        )
    return ok(events=results)


@handle_errors
async def zalo_sticker(request: Request) -> Response:
    state = sandbox(request)
    uid = zalo_uid(request)
    body = await json_body(request)
    bot = zalo_bot(state, body.get("bot"))
    sticker = str(body.get("sticker") or "sandbox-thumbs-up")
    base = state.base_url(str(request.base_url))
    extra = {"sticker": sticker, "url": f"{base}/api/zalo/stickers/{sticker}.png"}
    return ok(**zalo_event(state, bot, uid, body.get("name"), "message.sticker.received", extra))


@handle_errors
async def zalo_unsupported(request: Request) -> Response:
    state = sandbox(request)
    uid = zalo_uid(request)
    body = await json_body(request)
    bot = zalo_bot(state, body.get("bot"))
    return ok(**zalo_event(state, bot, uid, body.get("name"), "message.unsupported.received", {}))


@handle_errors
async def zalo_voice(request: Request) -> Response:
    """A voice note (``message.voice.received``, with a ``voice_url`` to the .aac recording)."""
    state = sandbox(request)
    uid = zalo_uid(request)
    body = await json_body(request)
    bot = zalo_bot(state, body.get("bot"))
    base = state.base_url(str(request.base_url))
    extra = {"voice_url": f"{base}/api/files/voice-{bot.new_message_id()}.aac"}
    return ok(**zalo_event(state, bot, uid, body.get("name"), "message.voice.received", extra))


@handle_errors
async def zalo_messages(request: Request) -> Response:
    state = sandbox(request)
    uid = zalo_uid(request)
    bot = zalo_bot(state, request.query_params.get("bot"))
    after = int(query_number(request, "after", 0))
    wait = query_number(request, "wait", 0)
    include_user = request.query_params.get("include_user") in ("1", "true")
    user = state.zalo_user(uid)
    chat = bot.chats.get(user.zid) or bot.chat(user)
    entries = await wait_feed(state, bot, user.zid, chat, after, wait, include_user)
    return ok(messages=feed_json(entries), last_seq=len(chat.feed), chat_id=user.zid)


async def zalo_sticker_image(request: Request) -> Response:
    """A small generated picture standing in for a Zalo sticker."""
    sticker = request.path_params["sticker"]
    hue = int(hashlib.sha1(sticker.encode()).hexdigest()[:6], 16)
    color = (hue >> 16 & 0xFF, hue >> 8 & 0xFF, hue & 0xFF)
    from PIL import Image, ImageDraw

    img = Image.new("RGBA", (96, 96), (0, 0, 0, 0))
    ImageDraw.Draw(img).ellipse((4, 4, 92, 92), fill=(*color, 255))
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    return Response(buf.getvalue(), media_type="image/png")


# -- shared ------------------------------------------------------------------------------------
async def file_download(request: Request) -> Response:
    state = sandbox(request)
    stored = state.files.get(request.path_params["file_id"])
    if stored is None:
        return JSONResponse({"ok": False, "error": "no such file"}, status_code=404)
    headers = {}
    if request.query_params.get("download") in ("1", "true"):
        name = stored.file_name or stored.file_path.rsplit("/", 1)[-1]
        headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{_quote(name)}"
    return Response(state.files.read(stored), media_type=stored.mime_type, headers=headers)


def _quote(name: str) -> str:
    return quote(name, safe="")


async def info(request: Request) -> Response:
    state = sandbox(request)
    tg = state.tg_bot()
    zb = state.zalo_bot()
    base = state.base_url(str(request.base_url))
    commands = tg.commands.get("default:", [])
    return ok(
        telegram={
            "token": tg.token,
            "username": tg.username,
            "name": tg.first_name,
            "commands": commands,
            "api_base": base,
        },
        zalo={
            "token": zb.token,
            "name": zb.display_name,
            "api_base": base + "/" + state.config.zalo.prefix.strip("/"),
        },
    )


def routes() -> list[Route]:
    return [
        Route("/api/info", info, methods=["GET"]),
        Route("/api/files/{file_id}", file_download, methods=["GET"]),
        Route("/api/users", tg_users, methods=["GET"]),
        Route("/api/users/{uid}/text", tg_text, methods=["POST"]),
        Route("/api/users/{uid}/files", tg_files, methods=["POST"]),
        Route("/api/users/{uid}/tap", tg_tap, methods=["POST"]),
        Route("/api/users/{uid}/messages", tg_messages, methods=["GET"]),
        Route("/api/zalo/users/{uid}/text", zalo_text, methods=["POST"]),
        Route("/api/zalo/users/{uid}/files", zalo_files, methods=["POST"]),
        Route("/api/zalo/users/{uid}/sticker", zalo_sticker, methods=["POST"]),
        Route("/api/zalo/users/{uid}/unsupported", zalo_unsupported, methods=["POST"]),
        Route("/api/zalo/users/{uid}/voice", zalo_voice, methods=["POST"]),
        Route("/api/zalo/users/{uid}/messages", zalo_messages, methods=["GET"]),
        Route("/api/zalo/stickers/{sticker}.png", zalo_sticker_image, methods=["GET"]),
    ]
