"""Pacing for outgoing messages: a global rate and a per-chat token bucket.

Telegram allows about 30 messages a second in all and about one a second per chat with short
bursts; going over earns HTTP 429 and, repeatedly, a temporary ban. We pace rather than react:
messages leave on evenly spaced slots at the global rate, each chat has a small bucket, and a
429's ``retry_after`` pauses everything.

**Why pacing alone is not enough.** The server counts a send when the request reaches it,
somewhere between the moment we start the request and the moment its answer arrives, and that
trip varies by tens of milliseconds on a loaded machine. Two sends we start exactly 1.0 s apart
can be counted 0.95 s apart, so a perfectly paced sender still lands a 31st send in some
rolling second now and then. So every send also holds one of ``floor(rate)`` places from the
moment it starts until one second after its answer (a request still unanswered holds its place
with no end yet), and a send starts only when a place is free. Then no rolling second of the
server's clock can hold more than ``floor(rate)`` of our sends, whatever the trip times: if it
held one more, the last of them to start would have found all the others still holding a place
(each was counted less than a second before it, so answered less than a second before it
started). The per-chat bucket likewise earns nothing while a request to that chat is in flight,
which keeps it at or below the server's bucket. The price is the trip time: about
``floor(rate) / (1 s + round trip)`` sends a second when the window is the bottleneck.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from dataclasses import dataclass

#: Slack on the one-second window (clock rounding between our process and the server's).
WINDOW_S = 1.001
#: How far behind its ideal schedule the pacing may be when it catches up.
CATCH_UP_S = 1.0


@dataclass(slots=True)
class _Bucket:
    tokens: float
    updated: float
    #: Requests to this chat not yet answered: the bucket earns nothing meanwhile.
    in_flight: int = 0


@dataclass(slots=True)
class SendTicket:
    """One send's place in the window; hand it back with :meth:`RateLimiter.answered`."""

    chat: str
    #: When the place frees (one window after the answer); None while the request is in flight.
    frees_at: float | None = None


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
        self.window_places = max(1, math.floor(rate_per_s))
        self.per_chat_per_s = per_chat_per_s
        self.per_chat_burst = per_chat_burst
        self._monotonic = monotonic
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._buckets: dict[str, _Bucket] = {}
        #: Sends still holding a place in the rolling window, oldest first.
        self._window: list[SendTicket] = []
        self._answer = asyncio.Event()
        #: Chats whose bucket was emptied: the few the sender must skip for now.
        self._drained: set[str] = set()

    def pause(self, seconds: float) -> None:
        """Hold every send for ``seconds`` (a 429 applies to the whole bot, not one chat)."""
        self._paused_until = max(self._paused_until, self._monotonic() + seconds)

    # Global: the next slot and a free place in the window ---------------------------------
    def ready_in(self) -> float:
        """Seconds until the next send may start: 0 if now, ``math.inf`` while that waits
        for an answer still in flight."""
        now = self._monotonic()
        return max(0.0, self._paused_until - now, self._next_slot - now, self._window_wait(now))

    def _window_wait(self, now: float) -> float:
        self._window = [t for t in self._window if t.frees_at is None or t.frees_at > now]
        excess = len(self._window) - self.window_places
        if excess < 0:
            return 0.0
        # The (excess + 1)-th place to free is the one this send waits for.
        ends = sorted(math.inf if t.frees_at is None else t.frees_at for t in self._window)
        return ends[excess] - now

    async def ready(self, lead: float = 0.0) -> None:
        """Wait until ``lead`` seconds before the next send may start (without taking it)."""
        while (wait := self.ready_in() - lead) > 0:
            if math.isinf(wait):
                self._answer.clear()
                await self._answer.wait()
            else:
                await asyncio.sleep(wait)

    def take(self, chat: str) -> SendTicket:
        """Start a send to ``chat`` (after :meth:`ready`): a slot, a place and a chat token."""
        self._advance()
        bucket = self._refill(chat)
        bucket.tokens -= 1
        bucket.in_flight += 1
        if bucket.tokens < 1:
            self._drained.add(chat)
        ticket = SendTicket(chat)
        self._window.append(ticket)
        if len(self._buckets) > 50_000:
            self._forget_full_buckets()
        return ticket

    def answered(self, ticket: SendTicket) -> None:
        """The request of ``ticket`` is over (answered, refused or failed): its place frees one
        window later and its chat's bucket earns again from now."""
        if ticket.frees_at is not None:
            return
        now = self._monotonic()
        ticket.frees_at = now + WINDOW_S
        bucket = self._buckets.get(ticket.chat)
        if bucket is not None and bucket.in_flight > 0:
            self._refill(ticket.chat)  # swallows the flight: nothing earned while in flight
            bucket.in_flight -= 1
        self._answer.set()

    def _advance(self) -> None:
        """Book the next slot one interval after this one on the ideal schedule.

        A send that left late (timer resolution, a slow claim, a place in the window freeing
        late) does not push every later slot back, or the achieved rate would fall short of the
        configured one: the next ones catch up, at most twice as fast as the rate and with at
        most a second's worth banked after a quiet spell. The window keeps any catching up
        within the server's limit.
        """
        now = self._monotonic()
        ideal = max(self._next_slot, now - CATCH_UP_S) + self.interval
        self._next_slot = max(ideal, now + self.interval / 2)

    # Per chat -------------------------------------------------------------------------------
    def chat_wait(self, chat: str) -> float:
        """Seconds until ``chat`` may receive again (0 if now, ``math.inf`` while a request
        to it is in flight with no token left)."""
        bucket = self._refill(chat)
        if bucket.tokens >= 1:
            return 0.0
        if bucket.in_flight:
            return math.inf
        return (1 - bucket.tokens) / self.per_chat_per_s

    def _refill(self, chat: str) -> _Bucket:
        now = self._monotonic()
        bucket = self._buckets.get(chat)
        if bucket is None:
            bucket = self._buckets[chat] = _Bucket(float(self.per_chat_burst), now)
        else:
            if not bucket.in_flight:
                bucket.tokens = min(
                    self.per_chat_burst,
                    bucket.tokens + (now - bucket.updated) * self.per_chat_per_s,
                )
            bucket.updated = now
        return bucket

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
        waits = [w for w in (self.chat_wait(chat) for chat in self._drained) if w < math.inf]
        return min(waits) if waits else None

    def _forget_full_buckets(self) -> None:
        for chat in [
            c
            for c, b in self._buckets.items()
            if not b.in_flight and self._refill(c).tokens >= self.per_chat_burst
        ]:
            del self._buckets[chat]
