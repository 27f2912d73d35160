"""Wake-up primitives for long polls.

Thousands of chats each own a ``Signal``; an ``asyncio.Event`` is created only while someone
waits, so idle chats cost a few bytes. The ``Hub`` knows which signals have waiters so that
shutdown can wake every long poll at once instead of waiting for their timeouts.
"""

from __future__ import annotations

import asyncio
import contextlib


class Hub:
    def __init__(self) -> None:
        self.closed = False
        self._waiting: set[Signal] = set()

    def signal(self) -> Signal:
        return Signal(self)

    def close(self) -> None:
        self.closed = True
        self.wake_all()

    def wake_all(self) -> None:
        """Wake every waiter; each re-checks its condition (used at shutdown and reset)."""
        for sig in list(self._waiting):
            sig.fire()

    async def sleep(self, seconds: float) -> None:
        """Sleep that shutdown cuts short (used for injected hangs and retry backoff)."""
        await Signal(self).wait(seconds)


class Signal:
    __slots__ = ("_event", "_hub", "_waiters")

    def __init__(self, hub: Hub) -> None:
        self._hub = hub
        self._event: asyncio.Event | None = None
        self._waiters = 0

    def fire(self) -> None:
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait(self, seconds: float) -> None:
        """Return when fired, after ``seconds``, or at shutdown, whichever is first.

        Callers check their condition, then wait, then check again: there is no await between
        their check and taking ``self._event`` here, so a fire cannot slip in between.
        """
        if self._hub.closed or seconds <= 0:
            return
        if self._event is None:
            self._event = asyncio.Event()
        event = self._event
        self._waiters += 1
        self._hub._waiting.add(self)
        try:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(event.wait(), seconds)
        finally:
            self._waiters -= 1
            if self._waiters == 0:
                self._hub._waiting.discard(self)
