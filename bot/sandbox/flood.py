"""Telegram flood model: a sliding 1-second window per bot plus a token bucket per chat.

Exact semantics (also in README.md, tests assert on them):

* Only message-sending methods are gated (sendMessage, sendPhoto, sendDocument,
  sendMediaGroup, editMessageText). One request is one send, an album included.
* Global: a send is accepted only if fewer than ``floor(global_per_s)`` (at least 1) sends of the
  same bot were accepted in the last 1.0 s (window ``(now - 1, now]``). With
  ``allow_paid_broadcast`` the cap is ``paid_broadcast_per_s`` instead.
* Per chat: a token bucket holding at most ``per_chat_burst`` tokens, refilled continuously at
  ``per_chat_per_s`` tokens/s, starting full. A send needs one whole token.
* Both checks must pass; only then does the send consume a window slot and a token. A rejected
  send consumes nothing, so a client that waits ``retry_after`` seconds and retries succeeds
  unless other sends took the capacity meanwhile.
* ``retry_after`` is the whole number of seconds (at least 1) after which the failing check(s)
  would pass if nothing else were sent: ``ceil(oldest_relevant_slot + 1 - now)`` for the window,
  ``ceil((1 - tokens) / per_chat_per_s)`` for the bucket, the larger of the two.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Callable, Hashable

from bot.sandbox.config import FloodLimits

# Float refill arithmetic may leave 0.9999999 tokens after exactly one second; a client that
# slept the full retry_after must not be rejected for that.
_EPSILON = 1e-6


class FloodGate:
    """Flood state of one bot. Not thread-safe; the sandbox runs on one event loop."""

    def __init__(self, limits: FloodLimits, clock: Callable[[], float] = time.monotonic) -> None:
        self._limits = limits
        self._clock = clock
        self._window: deque[float] = deque()
        self._buckets: dict[Hashable, tuple[float, float]] = {}

    def reset(self) -> None:
        self._window.clear()
        self._buckets.clear()

    def admit(self, chat: Hashable, *, paid: bool = False) -> int | None:
        """Accept (and account) one send to ``chat``; return None, or ``retry_after`` seconds."""
        limits = self._limits
        if not limits.enabled:
            return None
        now = self._clock()
        rejected = False
        retry_after = 1

        window = self._window
        while window and window[0] <= now - 1.0:
            window.popleft()
        cap = max(1, math.floor(limits.paid_broadcast_per_s if paid else limits.global_per_s))
        if len(window) >= cap:
            # The slot that must expire for the count to drop below cap.
            frees_at = window[len(window) - cap] + 1.0
            rejected = True
            retry_after = max(retry_after, math.ceil(frees_at - now - _EPSILON))

        rate = max(limits.per_chat_per_s, 1e-9)
        burst = max(1.0, float(limits.per_chat_burst))
        tokens, last = self._buckets.get(chat, (burst, now))
        tokens = min(burst, tokens + (now - last) * rate)
        if tokens < 1.0 - _EPSILON:
            rejected = True
            retry_after = max(retry_after, math.ceil((1.0 - tokens) / rate - _EPSILON))

        if rejected:
            # Store the refilled value so the bucket's clock moves on; nothing is consumed.
            self._buckets[chat] = (tokens, now)
            return retry_after
        window.append(now)
        self._buckets[chat] = (max(0.0, tokens - 1.0), now)
        return None
