"""Webhook delivery shared by the Telegram and Zalo emulations.

Per chat, deliveries are strictly sequential (the next update of a chat is posted only after
the previous one succeeded or was given up), as Telegram does; different chats proceed in
parallel up to ``max_connections`` concurrent POSTs. A non-2xx answer or a transport error is
retried after each of ``policy.retry_delays_s``; then the update is dropped.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any

import httpx

from bot.sandbox.config import WebhookPolicy
from bot.sandbox.notify import Hub
from bot.sandbox.stats import BotStats

log = logging.getLogger(__name__)


@dataclass
class Delivery:
    chat: Hashable
    body: bytes
    copies: int = 1  # 2 for an injected duplicate: the same body is POSTed twice
    item: Any = None  # the caller's record, handed back by ``stop()`` if undelivered


ResponseHook = Callable[[httpx.Response], Awaitable[None]]


class WebhookDeliverer:
    def __init__(
        self,
        *,
        url: str,
        headers: dict[str, str],
        policy: WebhookPolicy,
        max_connections: int,
        hub: Hub,
        client: httpx.AsyncClient,
        stats: BotStats,
        on_response: ResponseHook | None = None,
    ) -> None:
        self.url = url
        self._headers = {"Content-Type": "application/json", **headers}
        self._policy = policy
        self._hub = hub
        self._client = client
        self._stats = stats
        self._on_response = on_response
        self._slots = asyncio.Semaphore(max(1, max_connections))
        self._queues: dict[Hashable, deque[Delivery]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self.last_error_date: int | None = None
        self.last_error_message: str | None = None
        self._stopped = False

    @property
    def pending(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def submit(self, delivery: Delivery) -> None:
        queue = self._queues.get(delivery.chat)
        if queue is not None:
            queue.append(delivery)
            return
        self._queues[delivery.chat] = deque([delivery])
        task = asyncio.get_running_loop().create_task(self._drain(delivery.chat))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _drain(self, chat: Hashable) -> None:
        queue = self._queues[chat]
        try:
            while queue and not self._stopped:
                delivery = queue[0]
                for _ in range(delivery.copies):
                    await self._deliver(delivery)
                queue.popleft()
        finally:
            if not queue:
                self._queues.pop(chat, None)

    async def _deliver(self, delivery: Delivery) -> None:
        delays = (0.0, *self._policy.retry_delays_s)
        for attempt, delay in enumerate(delays):
            if delay:
                await self._hub.sleep(delay)
            if self._stopped or self._hub.closed:
                return
            async with self._slots:
                error = await self._post(delivery.body)
            if error is None:
                return
            self._stats.webhook_failures += 1
            self.last_error_date = int(time.time())
            self.last_error_message = error
            log.info("webhook %s attempt %d failed: %s", self.url, attempt + 1, error)
        self._stats.webhook_given_up += 1

    async def _post(self, body: bytes) -> str | None:
        """POST once; None on success, else Telegram-style last_error_message."""
        self._stats.webhook_posts += 1
        try:
            response = await self._client.post(
                self.url, content=body, headers=self._headers, timeout=self._policy.timeout_s
            )
        except httpx.TimeoutException:
            return "Read timeout expired"
        except httpx.HTTPError as exc:
            return f"Connection failed: {type(exc).__name__}"
        if not 200 <= response.status_code < 300:
            return (
                f"Wrong response from the webhook: {response.status_code} {response.reason_phrase}"
            )
        if self._on_response is not None:
            try:
                await self._on_response(response)
            except Exception:  # a bad reply body must not stop deliveries
                log.exception("webhook reply could not be executed")
        return None

    async def stop(self) -> list[Any]:
        """Stop delivering; return the records of updates not yet delivered, oldest first."""
        self._stopped = True
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        left = [d.item for q in self._queues.values() for d in q]
        self._queues.clear()
        return left
