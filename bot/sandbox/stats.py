"""Per-bot counters exposed by ``GET /api/control/stats``.

Everything is updated synchronously from request handlers (no awaits), so plain counters are
safe on the single event loop.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Hashable
from typing import Any

# Enough for a 10,000-recipient broadcast several times over; older entries are dropped.
TIMELINE_CAP = 200_000


class _Window:
    """Largest number of events seen in any 1-second window (window ``(t - 1, t]``)."""

    __slots__ = ("max", "times")

    def __init__(self) -> None:
        self.times: deque[float] = deque()
        self.max = 0

    def add(self, now: float) -> None:
        times = self.times
        times.append(now)
        while times[0] <= now - 1.0:
            times.popleft()
        self.max = max(self.max, len(times))


class BotStats:
    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.errors: Counter[str] = Counter()
        self.http_429 = 0
        self.delivered = 0
        self.edits = 0
        self.delivered_per_chat: Counter[str] = Counter()
        self.timeline: deque[tuple[float, str, str]] = deque(maxlen=TIMELINE_CAP)
        self.updates_created = 0
        self.duplicates = 0
        self.webhook_posts = 0
        self.webhook_failures = 0
        self.webhook_given_up = 0
        self._window = _Window()
        self._chat_windows: dict[Hashable, _Window] = {}
        self.max_chat_in_1s = 0

    def request(self, method: str) -> None:
        self.requests[method] += 1

    def error(self, method: str, status: int) -> None:
        self.errors[f"{method} {status}"] += 1
        if status == 429:
            self.http_429 += 1

    def delivered_message(self, chat: Hashable, message_id: str | int) -> None:
        now = time.monotonic()
        self.delivered += 1
        self.delivered_per_chat[str(chat)] += 1
        self.timeline.append((time.time(), str(chat), str(message_id)))
        self._window.add(now)
        window = self._chat_windows.get(chat)
        if window is None:
            window = self._chat_windows[chat] = _Window()
        window.add(now)
        self.max_chat_in_1s = max(self.max_chat_in_1s, window.max)

    def to_json(self, *, per_chat: bool = True) -> dict[str, Any]:
        data: dict[str, Any] = {
            "requests": dict(self.requests),
            "errors": dict(self.errors),
            "http_429": self.http_429,
            "delivered": self.delivered,
            "edits": self.edits,
            "max_sent_in_1s": self._window.max,
            "max_chat_sent_in_1s": self.max_chat_in_1s,
            "chats": len(self.delivered_per_chat),
            "updates_created": self.updates_created,
            "duplicates": self.duplicates,
            "webhook": {
                "posts": self.webhook_posts,
                "failures": self.webhook_failures,
                "given_up": self.webhook_given_up,
            },
        }
        if per_chat:
            data["delivered_per_chat"] = dict(self.delivered_per_chat)
        return data
