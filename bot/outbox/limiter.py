"""Pacing for outgoing messages: a global rate and a per-chat token bucket.

Telegram allows about 30 messages a second in all and about one a second per chat with short
bursts; going over earns HTTP 429 and, repeatedly, a temporary ban. We pace rather than react:
messages are spaced evenly at the global rate (no burst, so no rolling one-second window is ever
exceeded), each chat has a small bucket, and a 429's ``retry_after`` pauses everything.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float


class RateLimiter:
    def __init__(
        self,
        rate_per_s: float,
        per_chat_per_s: float,
        per_chat_burst: int,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate_per_s <= 0 or per_chat_per_s <= 0 or per_chat_burst < 1:
            raise ValueError("rates must be positive and the burst at least 1")
        self.interval = 1.0 / rate_per_s
        self.per_chat_per_s = per_chat_per_s
        self.per_chat_burst = per_chat_burst
        self._monotonic = monotonic
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._buckets: dict[str, _Bucket] = {}
        #: Chats whose bucket was emptied: the few the sender must skip for now.
        self._drained: set[str] = set()
        self._lock = asyncio.Lock()

    def pause(self, seconds: float) -> None:
        """Hold every send for ``seconds`` (a 429 applies to the whole bot, not one chat)."""
        self._paused_until = max(self._paused_until, self._monotonic() + seconds)

    def chat_wait(self, chat: str) -> float:
        """Seconds until ``chat`` may receive again (0 if now)."""
        bucket = self._refill(chat)
        return 0.0 if bucket.tokens >= 1 else (1 - bucket.tokens) / self.per_chat_per_s

    def _refill(self, chat: str) -> _Bucket:
        now = self._monotonic()
        bucket = self._buckets.get(chat)
        if bucket is None:
            bucket = self._buckets[chat] = _Bucket(float(self.per_chat_burst), now)
        else:
            bucket.tokens = min(
                self.per_chat_burst, bucket.tokens + (now - bucket.updated) * self.per_chat_per_s
            )
            bucket.updated = now
        return bucket

    async def acquire(self, chat: str) -> None:
        """Wait for the next global slot, then take a token from ``chat``'s bucket.

        Callers check :meth:`chat_wait` first and defer a chat that must wait, so one busy
        chat never holds up the others.
        """
        async with self._lock:
            while True:
                now = self._monotonic()
                wait = max(self._paused_until - now, self._next_slot - now)
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            self._advance()
            self._refill(chat).tokens -= 1
        if len(self._buckets) > 50_000:
            self._forget_full_buckets()

    # The sender's loop: wait for a slot, pick a message, then take the slot. -----------------
    def ready_in(self) -> float:
        """Seconds until the next global slot (0 if now)."""
        now = self._monotonic()
        return max(0.0, self._paused_until - now, self._next_slot - now)

    async def ready(self) -> None:
        """Wait for the next global slot without taking it."""
        while True:
            wait = self.ready_in()
            if wait <= 0:
                return
            await asyncio.sleep(wait)

    def take(self, chat: str) -> None:
        """Use the current global slot and one of ``chat``'s tokens (after :meth:`ready`)."""
        self._advance()
        bucket = self._refill(chat)
        bucket.tokens -= 1
        if bucket.tokens < 1:
            self._drained.add(chat)
        if len(self._buckets) > 50_000:
            self._forget_full_buckets()

    def _advance(self) -> None:
        """Book the next slot one interval after this one.

        Slots follow the ideal schedule: a send a few milliseconds late (timer resolution, a
        slow claim) does not push every later slot back, or the achieved rate would fall short
        of the configured one. A send later than a sixth of an interval restarts the schedule
        from now, so no one-second window ever holds more sends than the schedule allows.
        """
        now = self._monotonic()
        if now - self._next_slot > self.interval / 6:
            self._next_slot = now
        self._next_slot += self.interval

    def mark_busy(self, chat: str) -> None:
        self._drained.add(chat)

    def busy_chats(self) -> list[str]:
        """Chats that may not receive right now (to leave them out of the next claim)."""
        for chat in list(self._drained):
            if self._refill(chat).tokens >= 1:
                self._drained.discard(chat)
        return list(self._drained)

    def next_chat_ready(self) -> float | None:
        """Seconds until the first drained chat may receive again (None if none is drained)."""
        waits = [self.chat_wait(chat) for chat in self._drained]
        return min(waits) if waits else None

    def _forget_full_buckets(self) -> None:
        for chat in [c for c in self._buckets if self._refill(c).tokens >= self.per_chat_burst]:
            del self._buckets[chat]
