"""Cross-process wake-ups through Redis pub/sub.

In a multi-process deployment the web replicas queue replies in the database but only the
leader's outbox worker sends them. Without a broker the worker finds them on its next poll
(half a second later); with ``TDKT_REDIS_URL`` set, every process publishes a wake-up when it
queues something and the leader's worker sends at once. Redis carries only the signal: the
messages themselves stay in the database outbox, so losing a wake-up delays nothing more than
the next poll. On PostgreSQL without Redis, the database's own LISTEN/NOTIFY carries the same
signal (:class:`PostgresWakeups`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

CHANNEL = "tdkt:outbox:wake"


class RedisWakeups:
    def __init__(self, url: str, channel: str = CHANNEL) -> None:
        import redis.asyncio as redis  # ~18 MB: only deployments with TDKT_REDIS_URL load it

        self.client = redis.from_url(url)
        self.channel = channel
        self._listener: asyncio.Task[None] | None = None
        self._pending: asyncio.Task[None] | None = None
        self.published = 0
        self.received = 0
        self._subscribed = False

    def publish(self) -> None:
        """Signal other processes; never blocks the caller, coalesces bursts."""
        if self._pending is not None and not self._pending.done():
            return
        self._pending = asyncio.get_running_loop().create_task(self._publish())

    async def _publish(self) -> None:
        try:
            await self.client.publish(self.channel, b"1")
            self.published += 1
        except Exception as error:  # the database poll still finds the rows
            log.warning("Redis wake-up not published: %s", error)

    async def listen(self, on_wake: Callable[[], None]) -> None:
        """Call ``on_wake`` for every wake-up another process publishes (runs until stopped)."""
        self._listener = asyncio.create_task(self._listen(on_wake))
        # Return once subscribed, so a wake-up published right after is not missed.
        for _ in range(200):
            if self._subscribed:
                return
            await asyncio.sleep(0.01)

    async def _listen(self, on_wake: Callable[[], None]) -> None:
        while True:
            try:
                pubsub = self.client.pubsub()
                await pubsub.subscribe(self.channel)
                self._subscribed = True
                async for message in pubsub.listen():
                    if message.get("type") == "message":
                        self.received += 1
                        on_wake()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                self._subscribed = False
                log.warning("Redis wake-up subscription lost (%s); retrying", error)
                await asyncio.sleep(2)

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
        with contextlib.suppress(Exception):
            await self.client.aclose()


#: PostgreSQL's channel for the same signal, for deployments without Redis.
PG_CHANNEL = "tdkt_outbox_wake"


async def notify_postgres(session: Any) -> None:
    """Queue a wake-up in ``session``'s transaction: PostgreSQL delivers it at the commit (so
    the rows are visible when the leader looks) and never if the transaction rolls back; the
    notifications of one transaction are sent as one."""
    from sqlalchemy import text

    if session.info.get("pg_notified"):
        return
    session.info["pg_notified"] = True
    await session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": PG_CHANNEL})


class PostgresWakeups:
    """The leader's LISTEN on :data:`PG_CHANNEL`: a reply queued by a web replica wakes its
    outbox sender at once, not at the next poll (up to ``poll_interval``, half a second).
    Losing the listening connection only brings the poll back until it reconnects."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine
        self.received = 0
        self._listener: asyncio.Task[None] | None = None
        self._listening = asyncio.Event()

    async def listen(self, on_wake: Callable[[], None]) -> None:
        self._listener = asyncio.create_task(self._listen(on_wake))
        with contextlib.suppress(TimeoutError):  # else the poll serves until it connects
            await asyncio.wait_for(self._listening.wait(), 10)

    async def _listen(self, on_wake: Callable[[], None]) -> None:
        def received(*_: Any) -> None:
            self.received += 1
            on_wake()

        while True:
            lost = asyncio.Event()
            try:
                async with self.engine.connect() as connection:
                    raw = (await connection.get_raw_connection()).driver_connection
                    raw.add_termination_listener(lambda *_, lost=lost: lost.set())
                    await raw.add_listener(PG_CHANNEL, received)
                    self._listening.set()
                    on_wake()  # anything queued while not listening
                    await lost.wait()
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("PostgreSQL wake-up listener failed (%s); retrying", error)
            self._listening.clear()
            await asyncio.sleep(2)

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener
