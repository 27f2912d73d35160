"""One Zalo Bot Platform bot as a channel: webhook in production, polling for development.

Zalo has no buttons, no editing and no file upload, and messages hold 2,000 characters; the core
already rendered choices as numbered lines and split long text, so this adapter only strips our
bold markup, sends images by public URL and turns other files into links.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Awaitable, Callable

from bot.channels.base import (
    Channel,
    FileTooLarge,
    MediaLoader,
    PermanentFailure,
    QuotaExceeded,
    Receive,
    TemporaryFailure,
)
from bot.channels.zalo.client import ZaloClient, ZaloError, ZaloIdle
from bot.channels.zalo.updates import incoming_from_update
from bot.core.messages import ZALO, Attachment, Capabilities, Incoming
from bot.core.render import WireMessage, strip_markup

log = logging.getLogger(__name__)

#: Images from one person closer together than this are treated as one album.
BURST_WINDOW_S = 3.0
#: Public URL of a stored file (signed link served by our web app).
MediaUrl = Callable[[str, str], str]
#: Called after each message sent (usage counting for the free plan's quota).
SentHook = Callable[["ZaloChannel", str], Awaitable[None]]


class ZaloChannel(Channel):
    kind = "zalo"

    def __init__(
        self,
        client: ZaloClient,
        *,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        media_url: MediaUrl | None = None,
        caps: Capabilities = ZALO,
        poll_floor_s: float = 0.5,
        poll_timeout_s: int = 25,
        name: str | None = None,
        unit_id: int | None = None,
    ) -> None:
        self.client = client
        self.bot_key = client.bot_id
        self.caps = caps
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.media_url = media_url
        self.poll_floor_s = poll_floor_s
        self.poll_timeout_s = poll_timeout_s
        self.name = name
        self.unit_id = unit_id
        self.on_sent: SentHook | None = None
        self.on_received: Callable[[ZaloChannel, str], Awaitable[None]] | None = None
        self._receive: Receive | None = None
        self._poller: asyncio.Task[None] | None = None
        self._account_name: str | None = None
        self._bursts: dict[str, tuple[str, float]] = {}
        #: Usage counts of sent messages still being written (see :meth:`send`).
        self._counting: set[asyncio.Task[None]] = set()

    @property
    def polling(self) -> bool:
        """True when updates come from getUpdates (no webhook)."""
        return self._poller is not None

    @property
    def public_name(self) -> str | None:
        return self._account_name or self.name

    # Receiving ----------------------------------------------------------------------------
    async def start(self, receive: Receive) -> None:
        self._receive = receive
        try:
            me = await self.client.get_me()
            self._account_name = me.get("account_name") or me.get("display_name")
        except ZaloError as error:
            log.error("Zalo bot %s: getMe failed (%s)", self.bot_key, error)
            raise
        if self.webhook_url:
            if not self.webhook_secret:
                raise ValueError("a Zalo webhook needs a secret token")
            await self.client.set_webhook(self.webhook_url, self.webhook_secret)
            log.info("Zalo bot %s: webhook %s", self.bot_key, self.webhook_url)
        else:
            # A webhook left over from another deployment makes getUpdates silently deaf.
            with contextlib.suppress(ZaloError):
                await self.client.delete_webhook()
            self._poller = asyncio.create_task(self._poll_forever())
            log.info("Zalo bot %s: polling", self.bot_key)

    async def feed(self, payload: dict[str, object]) -> bool:
        """Hand one update (from the webhook or a poll) to the runtime's inbox."""
        incoming = self._parse(payload)
        if incoming is None:
            return False
        return await self._hand_in(incoming)

    def _parse(self, payload: dict[str, object]) -> Incoming | None:
        if self._receive is None:
            return None
        incoming = incoming_from_update(payload, self.bot_key)  # type: ignore[arg-type]
        if incoming is not None and incoming.attachments:
            incoming = dataclasses.replace(incoming, album_id=self._burst(incoming.user_id))
        return incoming

    async def _hand_in(self, incoming: Incoming) -> bool:
        assert self._receive is not None
        stored = await self._receive(incoming)
        if stored and self.on_received is not None:
            await self.on_received(self, incoming.user_id)
        return stored

    def _burst(self, user_id: str) -> str:
        """Zalo has no albums: images one person sends within a few seconds form one.

        Handlers then treat a burst of photos like a Telegram album (one acknowledgement).
        """
        now = time.monotonic()
        album, last = self._bursts.get(user_id, ("", 0.0))
        if not album or now - last > BURST_WINDOW_S:
            album = f"zalo-burst:{user_id}:{now:.3f}"
        self._bursts[user_id] = (album, now)
        return album

    async def _poll_forever(self) -> None:
        loop = asyncio.get_running_loop()
        failures = 0
        while True:
            started = loop.time()
            try:
                updates = await self.client.get_updates(self.poll_timeout_s)
                failures = 0
            except ZaloIdle:
                updates, failures = [], 0
            except asyncio.CancelledError:
                raise
            except Exception as error:
                updates, failures = [], failures + 1
                log.warning("Zalo bot %s: polling failed (%s)", self.bot_key, error)
                await asyncio.sleep(min(30.0, 2.0**failures))
            for update in updates:
                await self._store(update)
            # Some bots see Zalo answer instantly while replaying its queue: never spin.
            elapsed = loop.time() - started
            if elapsed < self.poll_floor_s:
                await asyncio.sleep(self.poll_floor_s - elapsed)

    async def _store(self, update: dict[str, object]) -> None:
        """Put one polled update in the inbox before polling again, however long that takes.

        getUpdates has no offset and no acknowledgement: Zalo may never hand this update out
        again, so giving up on it (a locked database, a full disk) would lose the officer's
        message. Replays are harmless: the inbox drops a second (chat, message id).
        """
        try:
            incoming = self._parse(update)
        except Exception:
            # A malformed update will never parse: drop it rather than stop polling.
            log.warning("Zalo bot %s: malformed polled update skipped", self.bot_key)
            return
        if incoming is None:
            return
        failures = 0
        while True:
            try:
                await self._hand_in(incoming)
                return
            except asyncio.CancelledError:
                raise
            except Exception as error:
                failures += 1
                log.warning(
                    "Zalo bot %s: storing a polled update failed (%s); retrying",
                    self.bot_key,
                    type(error).__name__,
                )
                await asyncio.sleep(min(30.0, 0.5 * 2.0**failures))

    async def stop(self) -> None:
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._poller
            self._poller = None
        if self._counting:  # a graceful stop keeps every count
            await asyncio.wait(list(self._counting), timeout=10)
        await self.client.close()

    # Sending ------------------------------------------------------------------------------
    def _link(self, media_key: str | None, url: str | None, file_name: str) -> str | None:
        if url:
            return url
        if media_key and self.media_url is not None:
            return self.media_url(media_key, file_name)
        return None

    async def send(self, chat_id: str, message: WireMessage, load: MediaLoader) -> str | None:
        try:
            result = await self._send(chat_id, message)
        except ZaloError as error:
            raise _delivery_error(error) from None
        return str(result.get("message_id")) if isinstance(result, dict) else None

    def sent_recorded(self, chat_id: str) -> None:
        # The monthly usage count is a database write: counted once the outbox has recorded
        # the send, never between its answer and that record (a kill there sends it again).
        # A kill after the record costs one count, not a duplicate message.
        if self.on_sent is not None:
            task = asyncio.create_task(self._count_sent(self.on_sent, chat_id))
            self._counting.add(task)
            task.add_done_callback(self._counting.discard)

    async def _count_sent(self, hook: SentHook, chat_id: str) -> None:
        try:
            await hook(self, chat_id)
        except Exception:
            log.exception("Zalo bot %s: counting a sent message failed", self.bot_key)

    async def _send(self, chat_id: str, message: WireMessage) -> dict[str, object]:
        if message.file is None:
            return await self.client.send_message(chat_id, strip_markup(message.text or ""))
        file = message.file
        link = self._link(file.media_key, file.url, file.file_name)
        caption = strip_markup(file.caption) if file.caption else None
        if link is None:
            text = (
                caption + "\n" if caption else ""
            ) + f"(Tệp {file.file_name} không gửi được qua Zalo.)"
            return await self.client.send_message(chat_id, text)
        if file.kind == "photo":
            return await self.client.send_photo(chat_id, link, caption)
        text = (caption + "\n" if caption else "") + f"Tải tệp {file.file_name}: {link}"
        return await self.client.send_message(chat_id, text)

    async def fetch(self, attachment: Attachment) -> bytes:
        if attachment.size is not None and attachment.size > self.caps.max_download:
            raise FileTooLarge(attachment.size)
        try:
            return await self.client.download(attachment.ref, self.caps.max_download)
        except ZaloError as error:
            if error.status == 413:
                raise FileTooLarge(self.caps.max_download + 1) from None
            raise TemporaryFailure(str(error)) from None


def _delivery_error(error: ZaloError) -> Exception:
    if error.status == 429:
        return QuotaExceeded(error.description or "Quota exceeded")
    if error.status == 403:
        # Zalo's error table documents 403 as "Internal server error": the server failed, the
        # user did nothing. Retried with backoff (then given up), never "blocked" (that would
        # stop every later message to a person who can still read them).
        return TemporaryFailure(str(error))
    if error.status == 0 or error.status >= 500:
        return TemporaryFailure(str(error))
    if error.status == 401:
        log.critical("Zalo token rejected (401): reset the bot's token with `tdkt zalo add`")
    return PermanentFailure(str(error))
