"""Sends what the outbox holds, within the channels' limits, surviving crashes.

Rows are claimed in priority order (people chatting now before bulk reminders), never two of one
chat at a time so a chat's messages arrive in order, with ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL. A claimed row is marked ``sending`` with a lease before the request leaves; the outcome
is recorded after. A 429 pauses everything for ``retry_after``; 5xx and timeouts are retried with
backoff; a user who blocked the bot is marked unreachable. One sender runs per deployment (the
scheduler's leader lock), so at start every ``sending`` row belongs to a sender that died: those
go back to ``pending`` and are sent again. The only messages that can arrive twice are the few in
flight at the instant of a hard crash; none can be lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import and_, exists, select, update
from sqlalchemy.orm import aliased

from bot.channels.base import (
    PermanentFailure,
    QuotaExceeded,
    RetryAfter,
    Unreachable,
)
from bot.channels.registry import ChannelRegistry
from bot.core.clock import Clock
from bot.core.render import WireMessage
from bot.outbox.limiter import RateLimiter
from bot.storage.db import Database
from bot.storage.media import MediaStore
from bot.storage.models import ChannelAccount, OutboxMessage, OutboxStatus

log = logging.getLogger(__name__)

LEASE = timedelta(seconds=120)
MAX_ATTEMPTS = 8


@dataclass(frozen=True, slots=True)
class ClaimedRow:
    id: int
    account_id: int | None
    channel: str
    bot_key: str
    chat_id: str
    chat_key: str
    kind: str
    priority: int
    attempts: int
    payload: dict[str, object]


#: Called when a row cannot be delivered on its channel (quota, unreachable); may re-route it.
UndeliverableHook = Callable[[ClaimedRow, str], Awaitable[None]]


class OutboxWorker:
    def __init__(
        self,
        db: Database,
        channels: ChannelRegistry,
        media: MediaStore,
        clock: Clock,
        limiter: RateLimiter,
        *,
        concurrency: int = 8,
        poll_interval: float = 0.5,
    ) -> None:
        self.db = db
        self.channels = channels
        self.media = media
        self.clock = clock
        self.limiter = limiter
        self.concurrency = concurrency
        self.poll_interval = poll_interval
        self.batch = max(1, min(concurrency * 2, math.ceil(0.25 / limiter.interval)))
        self._wake = asyncio.Event()
        self._stopping = False
        self._slots = asyncio.Semaphore(concurrency)
        self._inflight: set[asyncio.Task[None]] = set()
        self.on_undeliverable: UndeliverableHook | None = None
        self.sent = 0

    def wake(self) -> None:
        self._wake.set()

    # Lifecycle ----------------------------------------------------------------------------
    async def run(self) -> None:
        await self.recover()
        while not self._stopping:
            try:
                rows = await self.claim(self.batch)
            except Exception:
                log.exception("outbox claim failed")
                rows = []
                await asyncio.sleep(1)
            if not rows:
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), self.poll_interval)
                continue
            for row in rows:
                if self._stopping:
                    await self._release(row)
                    continue
                wait = self.limiter.chat_wait(row.chat_key)
                if wait > 0:
                    await self._release(row, delay=wait)
                    continue
                await self._slots.acquire()
                await self.limiter.acquire(row.chat_key)
                task = asyncio.create_task(self._send(row))
                self._inflight.add(task)
                task.add_done_callback(self._inflight.discard)

    async def stop(self) -> None:
        """Stop claiming and let in-flight sends finish, so a graceful stop duplicates nothing."""
        self._stopping = True
        self.wake()
        if self._inflight:
            await asyncio.wait(list(self._inflight), timeout=30)

    async def recover(self) -> int:
        """Return rows left ``sending`` by a dead sender to ``pending``."""
        async with self.db.session() as session:
            result = await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.status == OutboxStatus.SENDING)
                .values(status=OutboxStatus.PENDING, lease_until=None)
            )
        recovered = result.rowcount or 0  # type: ignore[attr-defined]
        if recovered:
            log.warning(
                "outbox: %d message(s) left in flight by a stopped sender re-queued", recovered
            )
        return recovered

    # Claiming -----------------------------------------------------------------------------
    async def claim(self, limit: int) -> list[ClaimedRow]:
        now = self.clock.now()
        earlier = aliased(OutboxMessage)
        blocked = exists().where(
            and_(
                earlier.chat_key == OutboxMessage.chat_key,
                earlier.id < OutboxMessage.id,
                earlier.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
            )
        )
        query = (
            select(OutboxMessage)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.not_before <= now,
                ~blocked,
            )
            .order_by(OutboxMessage.priority, OutboxMessage.id)
            .limit(limit)
        )
        if self.db.is_postgres:
            query = query.with_for_update(skip_locked=True, of=OutboxMessage)
        async with self.db.session() as session:
            rows = (await session.scalars(query)).all()
            claimed = []
            for row in rows:
                row.status = OutboxStatus.SENDING
                row.lease_until = now + LEASE
                row.attempts += 1
                claimed.append(
                    ClaimedRow(
                        row.id,
                        row.account_id,
                        row.channel,
                        row.bot_key,
                        row.chat_id,
                        row.chat_key,
                        row.kind,
                        row.priority,
                        row.attempts,
                        row.payload,
                    )
                )
        return claimed

    # Sending ------------------------------------------------------------------------------
    async def _send(self, row: ClaimedRow) -> None:
        try:
            channel = self.channels.get(row.channel, row.bot_key)
            if channel is None:
                await self._retry(row, f"channel {row.channel}/{row.bot_key} not running")
                return
            message = WireMessage.from_json(row.payload)
            try:
                message_id = await channel.send(row.chat_id, message, self.media.get)
            except RetryAfter as error:
                self.limiter.pause(error.seconds)
                # A 429 is the channel's pacing, not a failure of this message.
                await self._release(row, delay=error.seconds, count_attempt=False)
                return
            except Unreachable as error:
                await self._finish(row, OutboxStatus.UNREACHABLE, str(error))
                await self._mark_unreachable(row)
                await self._undeliverable(row, "unreachable")
                return
            except QuotaExceeded as error:
                await self._finish(row, OutboxStatus.FAILED, f"quota: {error}")
                await self._undeliverable(row, "quota")
                return
            except PermanentFailure as error:
                log.error("outbox row %s refused by %s: %s", row.id, row.channel, error)
                await self._finish(row, OutboxStatus.FAILED, str(error))
                return
            except Exception as error:
                await self._retry(row, f"{type(error).__name__}: {error}")
                return
            await self._finish(row, OutboxStatus.SENT, None, message_id)
            self.sent += 1
        except Exception:
            log.exception("outbox: recording the outcome of row %s failed", row.id)
        finally:
            self._slots.release()
            self.wake()

    async def _finish(
        self,
        row: ClaimedRow,
        status: OutboxStatus,
        error: str | None,
        message_id: str | None = None,
    ) -> None:
        async with self.db.session() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row.id)
                .values(
                    status=status,
                    lease_until=None,
                    sent_at=self.clock.now() if status == OutboxStatus.SENT else None,
                    channel_message_id=message_id,
                    last_error=error,
                )
            )

    async def _release(
        self, row: ClaimedRow, *, delay: float = 0.0, count_attempt: bool = False
    ) -> None:
        async with self.db.session() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row.id)
                .values(
                    status=OutboxStatus.PENDING,
                    lease_until=None,
                    not_before=self.clock.now() + timedelta(seconds=delay),
                    attempts=row.attempts if count_attempt else row.attempts - 1,
                )
            )

    async def _retry(self, row: ClaimedRow, error: str) -> None:
        if row.attempts >= MAX_ATTEMPTS:
            log.error("outbox row %s failed for good: %s", row.id, error)
            await self._finish(row, OutboxStatus.FAILED, error)
            return
        backoff = min(300.0, 2.0**row.attempts)
        log.warning("outbox row %s: %s; retrying in %.0fs", row.id, error, backoff)
        async with self.db.session() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row.id)
                .values(
                    status=OutboxStatus.PENDING,
                    lease_until=None,
                    not_before=self.clock.now() + timedelta(seconds=backoff),
                    last_error=error,
                )
            )

    async def _mark_unreachable(self, row: ClaimedRow) -> None:
        async with self.db.session() as session:
            if row.account_id is not None:
                await session.execute(
                    update(ChannelAccount)
                    .where(ChannelAccount.id == row.account_id)
                    .values(reachable=False)
                )
            await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.chat_key == row.chat_key,
                    OutboxMessage.status == OutboxStatus.PENDING,
                )
                .values(status=OutboxStatus.UNREACHABLE, last_error="user unreachable")
            )

    async def _undeliverable(self, row: ClaimedRow, reason: str) -> None:
        if self.on_undeliverable is not None:
            try:
                await self.on_undeliverable(row, reason)
            except Exception:
                log.exception("re-routing undeliverable row %s failed", row.id)
