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


class _Listener:
    """A background subscription that calls ``on_wake`` per signal and reconnects after a
    failure: losing it only brings back the database poll until it is up again."""

    kind = "wake-up"
    retry_s = 2.0

    def __init__(self) -> None:
        self.received = 0
        self._listener: asyncio.Task[None] | None = None
        self.subscribed = asyncio.Event()
        self._on_wake: Callable[[], None] = lambda: None

    async def listen(self, on_wake: Callable[[], None]) -> None:
        """Start listening; return once subscribed (so a signal sent right after is not
        missed) or after 10 s, when the poll serves until the subscription is up."""
        self._on_wake = on_wake
        self._listener = asyncio.create_task(self._run(on_wake))
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(10):
                await self.subscribed.wait()

    async def _run(self, on_wake: Callable[[], None]) -> None:
        def received() -> None:
            self.received += 1
            on_wake()

        while True:
            try:
                await self._subscribe(received)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning("%s subscription lost (%s); retrying", self.kind, error)
            self.subscribed.clear()
            await asyncio.sleep(self.retry_s)

    async def _subscribe(self, received: Callable[[], None]) -> None:
        """Hold one subscription: set ``self.subscribed`` once it is up, call ``received`` per
        signal, return or raise when it is lost."""
        raise NotImplementedError

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._listener


class RedisWakeups(_Listener):
    kind = "Redis wake-up"

    def __init__(self, url: str, channel: str = CHANNEL) -> None:
        import redis.asyncio as redis  # ~18 MB: only deployments with TDKT_REDIS_URL load it

        super().__init__()
        self.client = redis.from_url(url)
        self.channel = channel
        self._pending: asyncio.Task[None] | None = None
        self.published = 0

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

    async def _subscribe(self, received: Callable[[], None]) -> None:
        pubsub = self.client.pubsub()
        await pubsub.subscribe(self.channel)
        self.subscribed.set()
        async for message in pubsub.listen():
            if message.get("type") == "message":
                received()

    async def close(self) -> None:
        await super().close()
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


class PostgresWakeups(_Listener):
    """The leader's LISTEN on :data:`PG_CHANNEL`: a reply queued by a web replica wakes its
    outbox sender at once, not at the next poll (up to ``poll_interval``, half a second)."""

    kind = "PostgreSQL wake-up"

    def __init__(self, engine: Any) -> None:
        super().__init__()
        self.engine = engine

    async def _subscribe(self, received: Callable[[], None]) -> None:
        lost = asyncio.Event()
        async with self.engine.connect() as connection:
            raw = (await connection.get_raw_connection()).driver_connection
            raw.add_termination_listener(lambda *_: lost.set())
            await raw.add_listener(PG_CHANNEL, lambda *_: received())
            self.subscribed.set()
            self._on_wake()  # anything queued while not listening
            await lost.wait()
