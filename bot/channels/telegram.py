"""Telegram through aiogram 3, as a thin adapter at the edge.

aiogram carries the wire protocol: typed updates, long polling with backoff, uploads, errors. Our
handlers never see it. An outer update middleware turns each update into an
:class:`~bot.core.messages.Incoming` and hands it to the runtime's durable inbox *before* the
update is acknowledged (the next getUpdates call in polling, the HTTP 200 in webhook mode), so an
update is never lost between Telegram and our database. Sending maps aiogram's exceptions to the
outbox's delivery outcomes.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

# isort: off
# First, so that aiogram's ~400 Telegram types build on first use, not all at import.
import bot.channels.aiogram_lite  # noqa: F401

# isort: on
from aiogram import Bot, Dispatcher
from aiogram.client.telegram import TelegramAPIServer
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramNotFound,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    TelegramObject,
    Update,
)
from pydantic import ValidationError

from bot.channels.base import (
    Channel,
    FileTooLarge,
    MediaLoader,
    Pace,
    PermanentFailure,
    Receive,
    RetryAfter,
    TemporaryFailure,
    Unreachable,
)
from bot.channels.telegram_http import HttpxSession
from bot.core.messages import TELEGRAM, Attachment, Capabilities, Incoming
from bot.core.render import WireMessage

log = logging.getLogger(__name__)

_BOLD = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)
ALLOWED_UPDATES = ["message", "callback_query"]


def to_html(text: str) -> str:
    """Our ``**bold**`` markup as Telegram HTML, everything else escaped."""
    return _BOLD.sub(r"<b>\1</b>", html.escape(text, quote=False))


def _unsupported_kind(message: Message) -> str | None:
    for kind in ("sticker", "voice", "video", "video_note", "audio", "animation", "location"):
        if getattr(message, kind, None) is not None:
            return kind
    if message.contact is not None:
        return "contact"
    return None


def incoming_from_update(update: Update, bot_key: str) -> Incoming | None:
    """Our message model from a Telegram update; None for updates we do not handle."""
    if update.message is not None:
        message = update.message
        if message.chat.type != "private" or message.from_user is None:
            return None
        attachments: list[Attachment] = []
        if message.photo:
            largest = message.photo[-1]  # Telegram lists sizes smallest first
            attachments.append(
                Attachment(
                    kind="photo",
                    ref=largest.file_id,
                    unique_id=largest.file_unique_id,
                    mime_type="image/jpeg",
                    size=largest.file_size,
                    width=largest.width,
                    height=largest.height,
                )
            )
        if message.document is not None:
            doc = message.document
            attachments.append(
                Attachment(
                    kind="document",
                    ref=doc.file_id,
                    unique_id=doc.file_unique_id,
                    mime_type=doc.mime_type,
                    file_name=doc.file_name,
                    size=doc.file_size,
                )
            )
        user = message.from_user
        return Incoming(
            channel="telegram",
            bot_key=bot_key,
            user_id=str(user.id),
            chat_id=str(message.chat.id),
            update_key=str(update.update_id),
            text=message.text or message.caption,
            attachments=tuple(attachments),
            album_id=message.media_group_id,
            display_name=user.full_name,
            received_at=message.date,
            unsupported=None if message.text or attachments else _unsupported_kind(message),
        )
    if update.callback_query is not None:
        query: CallbackQuery = update.callback_query
        source = query.message
        chat_id = str(source.chat.id) if source is not None else str(query.from_user.id)
        return Incoming(
            channel="telegram",
            bot_key=bot_key,
            user_id=str(query.from_user.id),
            chat_id=chat_id,
            update_key=str(update.update_id),
            choice=query.data or "",
            display_name=query.from_user.full_name,
            callback_id=query.id,
            source_message_id=str(source.message_id) if source is not None else None,
        )
    return None


#: setWebhook/deleteWebhook answer 429 "retry after 1" within a second of the previous call;
#: replicas starting together (or a quick restart) wait that out instead of failing to start.
WEBHOOK_ATTEMPTS = 10


#: Strong references to aiogram's ``Response[T]`` models. aiogram parses every API answer as
#: ``Response[method.__returning__]``; pydantic keeps parametrized models in a weak cache, and
#: with nothing else holding ``Response[Message]`` it was garbage-collected and rebuilt after
#: a collection (a new class, its schema and validator): 3 % of a busy bot's profile samples
#: in issue 16's inbound bench; the first build of a lazily built type costs far more.
_PINNED_RESPONSES: list[Any] = []


def _pin_response_models() -> None:
    if _PINNED_RESPONSES:
        return
    from aiogram.methods import (
        AnswerCallbackQuery,
        EditMessageText,
        GetFile,
        SendDocument,
        SendMessage,
        SendPhoto,
    )
    from aiogram.methods.base import Response

    # Message and Update first, as models of their own: a schema that contains a built model
    # reuses its schema, while a lazily built type is generated again inside every model that
    # contains it (the pins below, getUpdates' answer, each update). Message alone is ~100
    # types: built once here, the pins and the first poll and update cost ~0.1 s less in all.
    Message.model_rebuild()
    Update.model_rebuild()
    for method in (
        SendMessage,
        SendPhoto,
        SendDocument,
        EditMessageText,
        AnswerCallbackQuery,
        GetFile,
    ):
        _PINNED_RESPONSES.append(Response[method.__returning__])  # type: ignore[name-defined]


async def _patiently(call: Callable[[], Awaitable[Any]]) -> Any:
    for attempt in range(WEBHOOK_ATTEMPTS):
        try:
            return await call()
        except TelegramRetryAfter as error:
            if attempt == WEBHOOK_ATTEMPTS - 1:
                raise
            log.info("Telegram asks to retry the webhook call in %ss", error.retry_after)
            await asyncio.sleep(float(error.retry_after))
    raise AssertionError("unreachable")


class TelegramChannel(Channel):
    kind = "telegram"

    def __init__(
        self,
        token: str,
        *,
        api_base: str | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        caps: Capabilities = TELEGRAM,
        commands: list[tuple[str, str]] | None = None,
        polling_timeout: int = 10,
    ) -> None:
        session = (
            HttpxSession(api=TelegramAPIServer.from_base(api_base)) if api_base else HttpxSession()
        )
        self.bot = Bot(token, session=session)
        self.bot_key = token.split(":", 1)[0]
        self.caps = caps
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.commands = commands or []
        self.polling_timeout = polling_timeout
        self.dispatcher = Dispatcher()
        self.dispatcher.update.outer_middleware(self._intake)
        self._receive: Receive | None = None
        self._polling: asyncio.Task[None] | None = None
        self._username: str | None = None
        self._side_tasks: set[asyncio.Task[None]] = set()

    @property
    def public_name(self) -> str | None:
        return self._username

    # Receiving ----------------------------------------------------------------------------
    async def _intake(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> None:
        if not isinstance(event, Update) or self._receive is None:
            return
        incoming = incoming_from_update(event, self.bot_key)
        if incoming is None:
            return
        await self._receive(incoming)
        if incoming.callback_id:
            # Stop the button's spinner at once; the answer itself comes as a message.
            task = asyncio.create_task(self.answer_callback(incoming.callback_id))
            self._side_tasks.add(task)
            task.add_done_callback(self._side_tasks.discard)

    async def start(self, receive: Receive) -> None:
        self._receive = receive
        _pin_response_models()
        me = await self.bot.get_me()
        self._username = me.username
        if self.commands:
            with contextlib.suppress(Exception):
                await self.bot.set_my_commands(
                    [BotCommand(command=c, description=d) for c, d in self.commands]
                )
        if self.webhook_url:
            await _patiently(
                lambda: self.bot.set_webhook(
                    self.webhook_url or "",
                    secret_token=self.webhook_secret,
                    allowed_updates=ALLOWED_UPDATES,
                )
            )
            log.info("Telegram @%s: webhook %s", self._username, self.webhook_url)
        else:
            await _patiently(lambda: self.bot.delete_webhook(drop_pending_updates=False))
            self._polling = asyncio.create_task(
                self.dispatcher.start_polling(
                    self.bot,
                    handle_signals=False,
                    close_bot_session=False,
                    # Each update only becomes an inbox row here, so doing them in order is
                    # both cheap and what keeps an album's pages in the order they were sent.
                    handle_as_tasks=False,
                    allowed_updates=ALLOWED_UPDATES,
                    polling_timeout=self.polling_timeout,
                )
            )
            log.info("Telegram @%s: long polling", self._username)

    def parse_update(self, data: dict[str, Any]) -> Update | None:
        """A webhook body as an Update; ``None`` if it is not one (``{}``, wrong types...)."""
        try:
            return Update.model_validate(data, context={"bot": self.bot})
        except (ValidationError, ValueError, TypeError, OverflowError, RecursionError):
            return None

    async def feed_update(self, update: Update) -> None:
        """Process one update; returns once it is safely in the inbox.

        Straight to :meth:`_intake`, the dispatcher's only middleware: its context and FSM
        middlewares (unused, the runtime keeps state) were a few percent of a busy bot's CPU.
        """

        async def no_handler(_event: TelegramObject, _data: dict[str, Any]) -> None:
            return None

        await self._intake(no_handler, update, {})

    async def stop(self) -> None:
        if self._polling is not None:
            with contextlib.suppress(RuntimeError):
                await self.dispatcher.stop_polling()
            self._polling.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._polling
            self._polling = None
        await self.bot.session.close()

    # Sending ------------------------------------------------------------------------------
    async def answer_callback(self, callback_id: str, text: str | None = None) -> None:
        with contextlib.suppress(Exception):
            await self.bot.answer_callback_query(callback_id, text=text)

    async def send(self, chat_id: str, message: WireMessage, load: MediaLoader) -> str | None:
        try:
            return await self._send(int(chat_id), message, load)
        except TelegramRetryAfter as error:
            raise RetryAfter(float(error.retry_after), error.message) from None
        except (TelegramForbiddenError, TelegramUnauthorizedError) as error:
            raise Unreachable(error.message) from None
        except TelegramBadRequest as error:
            if "chat not found" in error.message.lower():
                raise Unreachable(error.message) from None
            raise PermanentFailure(error.message) from None
        except TelegramNotFound as error:
            raise PermanentFailure(error.message) from None
        except (TelegramServerError, TelegramNetworkError, TimeoutError) as error:
            raise TemporaryFailure(str(error)) from None

    async def find_sent(
        self, chat_id: str, message: WireMessage, after_id: int, tries: int, pace: Pace
    ) -> str | None:
        """Whether ``message`` arrived, by editing the next ids to exactly its content.

        In a private chat the bot's and the user's messages share one sequence of ids, so a
        message whose request reached Telegram has an id just after ``after_id`` (the chat's
        last recorded one; user messages in between answer "message can't be edited"; the
        first id that answers "message to edit not found" is the end of the chat). An edit
        to exactly the message's text (or caption) and buttons answers "message is not
        modified" if and only if that id holds this content, and changes nothing. Telegram's
        texts (telegram-bot-api turns TDLib's errors into "Bad Request: " + the lower-cased
        text): "message to edit not found", "message can't be edited", "there is no text in
        the message to edit", "there is no caption in the message to edit", "message is not
        modified: specified new message content and reply markup are exactly the same as a
        current content and reply markup of the message". An edit that succeeds would change
        a real message: the caller allows the check only where every other bot message after
        ``after_id`` is recorded (so none can be there); if one still succeeds, that id now
        shows this message, so it counts as delivered (and is logged as an error).
        """
        chat = int(chat_id)
        if chat <= 0 or message.edit_message_id is not None:
            # Groups and channels have other id rules (a supergroup's ids are shared by every
            # member and bot); an edit row is idempotent anyway: it is simply done again.
            return None
        markup = self._markup(message)
        if message.file is not None:
            if not message.file.caption:
                return None  # an empty caption would match any captionless photo or file
            caption = to_html(message.file.caption)

            async def edit(mid: int) -> Any:
                return await self.bot.edit_message_caption(
                    chat_id=chat,
                    message_id=mid,
                    caption=caption,
                    parse_mode="HTML",
                    reply_markup=markup,
                )
        else:
            text = to_html(message.text or "")

            async def edit(mid: int) -> Any:
                return await self.bot.edit_message_text(
                    text=text,
                    chat_id=chat,
                    message_id=mid,
                    parse_mode="HTML",
                    reply_markup=markup,
                )

        for mid in range(after_id + 1, after_id + 1 + tries):
            try:
                async with pace():
                    await edit(mid)
            except TelegramRetryAfter as error:
                raise RetryAfter(float(error.retry_after), error.message) from None
            except TelegramBadRequest as error:
                reason = error.message.lower()
                if "message is not modified" in reason:
                    return str(mid)
                if "to edit not found" in reason:
                    # Ids are given out in order: nothing is after the first free one (unless
                    # the user deleted that message; then the row is sent again, no harm).
                    return None
                if "can't be edited" in reason or "there is no" in reason:
                    continue  # the user's message, or one of another kind: look further
                log.info("delivery check of chat %s stopped at id %s: %s", chat, mid, reason)
                return None
            except (TelegramForbiddenError, TelegramUnauthorizedError) as error:
                raise Unreachable(error.message) from None
            except (TelegramServerError, TelegramNetworkError, TimeoutError) as error:
                raise TemporaryFailure(str(error)) from None
            else:
                log.error(
                    "delivery check edited message %s in chat %s: it was unrecorded; it now "
                    "shows the message in doubt, which is not sent again",
                    mid,
                    chat,
                )
                return str(mid)
        return None

    @staticmethod
    def _markup(message: WireMessage) -> InlineKeyboardMarkup | None:
        if not message.buttons:
            return None
        return InlineKeyboardMarkup(
            inline_keyboard=[
                [InlineKeyboardButton(text=b.label, callback_data=b.data) for b in row]
                for row in message.buttons
            ]
        )

    async def _send(self, chat_id: int, message: WireMessage, load: MediaLoader) -> str | None:
        markup = self._markup(message)
        if message.file is not None:
            file = message.file
            caption = to_html(file.caption) if file.caption else None
            if file.media_key is not None:
                media: Any = BufferedInputFile(await load(file.media_key), filename=file.file_name)
            else:
                media = file.url
            if file.kind == "photo":
                sent = await self.bot.send_photo(
                    chat_id, media, caption=caption, parse_mode="HTML", reply_markup=markup
                )
            else:
                sent = await self.bot.send_document(
                    chat_id, media, caption=caption, parse_mode="HTML", reply_markup=markup
                )
            return str(sent.message_id)
        text = to_html(message.text or "")
        if message.edit_message_id is not None:
            try:
                await self.bot.edit_message_text(
                    text=text,
                    chat_id=chat_id,
                    message_id=int(message.edit_message_id),
                    parse_mode="HTML",
                    reply_markup=markup,
                )
                return message.edit_message_id
            except TelegramBadRequest as error:
                if "not modified" in error.message:
                    return message.edit_message_id
                # Too old or deleted: a new message serves the user just as well.
                log.info("edit failed (%s); sending a new message", error.message)
        sent = await self.bot.send_message(chat_id, text, parse_mode="HTML", reply_markup=markup)
        return str(sent.message_id)

    async def fetch(self, attachment: Attachment) -> bytes:
        if attachment.size is not None and attachment.size > self.caps.max_download:
            raise FileTooLarge(attachment.size)
        try:
            file = await self.bot.get_file(attachment.ref)
            if file.file_path is None:
                raise TemporaryFailure("file has no path")
            buffer = await self.bot.download_file(file.file_path)
        except TelegramBadRequest as error:
            if "too big" in error.message.lower():
                raise FileTooLarge(attachment.size or 0) from None
            raise PermanentFailure(error.message) from None
        except (TelegramServerError, TelegramNetworkError, TimeoutError) as error:
            raise TemporaryFailure(str(error)) from None
        assert buffer is not None
        return buffer.read()
