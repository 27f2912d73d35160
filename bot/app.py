"""Assembles the runtime: database, channels, inbox runtime, outbox, web app, sandbox.

``Application`` is what ``tdkt run`` starts and what the end-to-end tests start, with the same
code: only the settings differ.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from starlette.routing import BaseRoute

from bot.channels.registry import ChannelRegistry
from bot.channels.zalo.bots import ZaloBots
from bot.config import Settings
from bot.core.clock import Clock, SystemClock
from bot.core.leader import LeaderLock
from bot.core.router import Router
from bot.core.runtime import Runtime
from bot.core.services import Services
from bot.core.templates import Messages
from bot.outbox.limiter import RateLimiter
from bot.outbox.outbox import Outbox
from bot.outbox.worker import OutboxWorker
from bot.storage import migrate
from bot.storage.db import Database
from bot.storage.media import media_store_from_settings
from bot.web.app import create_web_app
from bot.web.links import LinkSigner, load_secret, media_route
from bot.web.server import InProcessServer

if TYPE_CHECKING:
    from bot.core.wakeups import RedisWakeups

log = logging.getLogger(__name__)

#: A feature's start-up hook: register services, web routes and background tasks.
FeatureSetup = Callable[["Application"], Awaitable[None]]


@dataclass
class Background:
    name: str
    start: Callable[[], Awaitable[None]]
    stop: Callable[[], Awaitable[None]]


@dataclass
class Application:
    settings: Settings
    clock: Clock = field(default_factory=SystemClock)
    router: Router | None = None
    #: Start the local sandbox when no Telegram token is configured.
    sandbox_when_no_token: bool = True
    #: Run the outbox sender and scheduler here (``False`` for web-only replicas).
    leader: bool = True

    def __post_init__(self) -> None:
        self.web_routes: list[BaseRoute] = []
        self.background: list[Background] = []
        self.sandbox: Any = None
        self.web: InProcessServer | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._leader_lock: LeaderLock | None = None
        self._started: list[Background] = []

    # Assembly -----------------------------------------------------------------------------
    async def start(self) -> None:
        settings = self.settings
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        self.db = Database(settings.db_url)
        await migrate.upgrade(self.db.engine)

        media = media_store_from_settings(settings)
        channels = ChannelRegistry()
        outbox = Outbox(channels, media, self.clock)
        self.services = Services(
            settings=settings,
            db=self.db,
            messages=Messages(settings.content_dir / "templates"),
            clock=self.clock,
            media=media,
            channels=channels,
            outbox=outbox,
        )
        if self.router is None:
            from handlers import build_router

            self.router = build_router()
        self.signer = LinkSigner(load_secret(settings))
        self.services.provide(self.signer)
        self.web_routes.append(media_route(self.signer, media))
        from handlers import setup_features

        await setup_features(self)

        self.runtime = Runtime(self.services, self.router)
        self.worker = OutboxWorker(
            self.db,
            channels,
            media,
            self.clock,
            RateLimiter(
                settings.outbox_rate_per_s,
                settings.outbox_per_chat_per_s,
                settings.outbox_per_chat_burst,
            ),
            concurrency=settings.outbox_concurrency,
        )
        outbox.on_wake(self.worker.wake)
        self.wakeups: RedisWakeups | None = None
        if settings.redis_url:
            from bot.core.wakeups import RedisWakeups

            self.wakeups = RedisWakeups(settings.redis_url)
            outbox.on_wake(self.wakeups.publish)
        self.zalo = ZaloBots(self)
        self.services.provide(self.zalo)
        self.worker.on_undeliverable = self.zalo.on_undeliverable

        self.web = InProcessServer(
            create_web_app(self, self.web_routes), settings.web_host, settings.web_port
        )
        await self.web.start()
        await self._start_telegram()
        await self.zalo.start(
            sandbox_token=self.sandbox.zalo_token if self.sandbox else None,
            sandbox_base=self.sandbox.zalo_base_url if self.sandbox else None,
        )
        await self.runtime.start()
        if self.leader:
            self._leader_lock = LeaderLock(self.db)
            self._tasks.append(asyncio.create_task(self._lead()))

    async def _lead(self) -> None:
        assert self._leader_lock is not None
        await self._leader_lock.acquire()
        if self.wakeups is not None:
            await self.wakeups.listen(self.worker.wake)
        for job in self.background:
            await job.start()
            self._started.append(job)
        await self.worker.run()

    async def _start_telegram(self) -> None:
        settings = self.settings
        token = settings.telegram_token.get_secret_value() if settings.telegram_token else None
        api_base = settings.telegram_api_base
        if token is None and self.sandbox_when_no_token:
            from bot.sandbox import SandboxConfig, SandboxServer

            self.sandbox = SandboxServer(
                SandboxConfig(host=settings.sandbox_host, port=settings.sandbox_port)
            )
            await self.sandbox.start()
            token, api_base = self.sandbox.telegram_token, self.sandbox.base_url
        if token is None:
            return
        webhook_url = None
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        if settings.public_url and self.sandbox is None:
            webhook_url = f"{settings.public_url.rstrip('/')}/telegram/{token.split(':')[0]}"
        # aiogram (even lazily built, ~25 MB) only for deployments that talk to Telegram.
        from bot.channels.telegram import TelegramChannel
        from handlers import bot_commands

        assert self.router is not None
        channel = TelegramChannel(
            token,
            api_base=api_base,
            webhook_url=webhook_url,
            webhook_secret=secret,
            commands=bot_commands(self.router),
        )
        self.services.channels.add(channel)
        await channel.start(self.receive)
        self.telegram = channel

    async def receive(self, incoming: Any) -> bool:
        return await self.runtime.receive(incoming)

    def public_base_url(self) -> str:
        """Where officers' phones reach our web app (calendar feeds, dossier links)."""
        if self.settings.public_url:
            return self.settings.public_url.rstrip("/")
        assert self.web is not None
        return self.web.base_url

    # Shutdown -----------------------------------------------------------------------------
    async def stop(self) -> None:
        for channel in list(self.services.channels):
            with contextlib.suppress(Exception):
                await channel.stop()
        await self.runtime.stop()
        await self.worker.stop()
        for job in reversed(self._started):
            with contextlib.suppress(Exception):
                await job.stop()
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._leader_lock is not None:
            await self._leader_lock.release()
        if self.wakeups is not None:
            await self.wakeups.close()
        if self.web is not None:
            await self.web.stop()
        if self.sandbox is not None:
            await self.sandbox.stop()
        await self.db.dispose()
