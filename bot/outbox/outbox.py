"""The one delivery function: every outgoing message is rendered and queued here.

Handlers never call a channel directly. :meth:`Outbox.deliver` renders a reply for the
recipient's channel and inserts the resulting wire messages into the ``outbox`` table in the
caller's transaction, so a reply is queued if and only if the handler's other changes commit.
The :class:`~bot.outbox.worker.OutboxWorker` sends them within the channels' limits.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.registry import ChannelRegistry
from bot.core.clock import Clock
from bot.core.messages import Reply
from bot.core.render import render
from bot.storage.db import insert_ignore
from bot.storage.media import MediaStore, content_key
from bot.storage.models import (
    CallbackPayload,
    ChannelAccount,
    OutboxMessage,
    OutboxStatus,
    Priority,
)

#: Prefix marking a shortened callback payload; never the first character of a real payload.
TOKEN_PREFIX = "~"


def chat_key(channel: str, bot_key: str, chat_id: str) -> str:
    return f"{channel}:{bot_key}:{chat_id}"


def payload_token(payload: str) -> str:
    return TOKEN_PREFIX + hashlib.blake2b(payload.encode(), digest_size=12).hexdigest()


class Outbox:
    def __init__(self, channels: ChannelRegistry, media: MediaStore, clock: Clock) -> None:
        self.channels = channels
        self.media = media
        self.clock = clock
        self._wake_callbacks: list[Callable[[], None]] = []
        #: Also signal through PostgreSQL (no Redis): set by the application.
        self.notify_postgres = False

    def on_wake(self, callback: Callable[[], None]) -> None:
        self._wake_callbacks.append(callback)

    def wake(self) -> None:
        for callback in self._wake_callbacks:
            callback()

    async def deliver(
        self,
        session: AsyncSession,
        account: ChannelAccount,
        reply: Reply,
        *,
        priority: int = Priority.INTERACTIVE,
        kind: str = "reply",
        dedupe_key: str | None = None,
        coalesce_key: str | None = None,
        delay: timedelta | None = None,
        edit_message_id: str | None = None,
    ) -> int:
        """Queue ``reply`` for ``account``; return the number of wire messages queued.

        ``dedupe_key`` makes the call idempotent (a reminder step queued twice is queued once);
        ``coalesce_key`` replaces a still-pending message with the same key (one acknowledgement
        for a whole album); ``delay`` holds the message back.
        """
        caps = self.channels.caps(account.channel, account.bot_key)
        files: dict[str, bytes] = {}
        tokens: dict[str, str] = {}

        def store_file(data: bytes) -> str:
            key = content_key(data)
            files[key] = data
            return key

        def shorten(payload: str) -> str:
            token = payload_token(payload)
            tokens[token] = payload
            return token

        wires = render(
            reply, caps, shorten=shorten, store_file=store_file, edit_message_id=edit_message_id
        )
        for data in files.values():
            await self.media.put(data)
        for token, payload in tokens.items():
            await self._save_token(session, token, payload)

        now = self.clock.now()
        if coalesce_key is not None:
            if session.new:  # an earlier reply still to be written is not what it replaces
                await session.flush()
            await session.execute(
                delete(OutboxMessage).where(
                    OutboxMessage.coalesce_key == coalesce_key,
                    OutboxMessage.status == OutboxStatus.PENDING,
                )
            )
        queued = 0
        for index, wire in enumerate(wires):
            key = None
            if dedupe_key is not None:
                key = dedupe_key if len(wires) == 1 else f"{dedupe_key}#{index}"
            values = {
                "account_id": account.id,
                "channel": account.channel,
                "bot_key": account.bot_key,
                "chat_id": account.chat_id,
                "chat_key": chat_key(account.channel, account.bot_key, account.chat_id),
                "priority": int(priority),
                "kind": kind,
                "payload": wire.to_json(),
                "dedupe_key": key,
                "coalesce_key": coalesce_key,
                "status": OutboxStatus.PENDING,
                "not_before": now + delay if delay else now,
                "created_at": now,
            }
            queued += await self._insert(session, values)
        if queued:
            session.info.setdefault("after_commit", []).append(self.wake)
            if self.notify_postgres and session.bind.dialect.name == "postgresql":
                from bot.core.wakeups import notify_postgres

                await notify_postgres(session)  # the leader may be another process
        return queued

    async def _insert(self, session: AsyncSession, values: dict[str, object]) -> int:
        if values["dedupe_key"] is None:
            # Written with the transaction's other changes at commit (or at the handler's next
            # query), not flushed now: on SQLite the first write takes the process's write
            # gate, and a flush here held it, against every other writer, for the rest of the
            # handler (issue 16). Rows added in order are inserted in that order.
            session.add(OutboxMessage(**values))
            return 1
        if session.new:  # rows added before this one keep their place (ids give send order)
            await session.flush()
        return await insert_ignore(session, OutboxMessage, values, ["dedupe_key"])

    async def _save_token(self, session: AsyncSession, token: str, payload: str) -> None:
        await insert_ignore(
            session,
            CallbackPayload,
            {"token": token, "payload": payload, "created_at": self.clock.now()},
            ["token"],
        )

    async def resolve_token(self, session: AsyncSession, data: str) -> str | None:
        """The full payload behind a shortened callback, or ``data`` itself if not shortened."""
        if not data.startswith(TOKEN_PREFIX):
            return data
        return await session.scalar(
            select(CallbackPayload.payload).where(CallbackPayload.token == data)
        )
