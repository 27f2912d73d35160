"""Assembles the runtime: database, channels, inbox runtime, outbox, web app, sandbox.

``Application`` is what ``tdkt run`` starts and what the end-to-end tests start, with the same
code: only the settings differ.
"""

from __future__ import annotations

import asyncio
import functools
import io
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
from bot.startup import StartupError, port_error
from bot.storage import migrate
from bot.storage.db import Database
from bot.storage.media import media_store_from_settings
from bot.storage.private import private_dir, private_sqlite
from bot.web.app import create_web_app
from bot.web.links import LinkSigner, derived_secret, load_secret, media_route
from bot.web.public_url import check_public_url
from bot.web.server import InProcessServer

if TYPE_CHECKING:
    from bot.core.wakeups import PostgresWakeups, RedisWakeups

log = logging.getLogger(__name__)

#: Longest pause between retries of a failing leader start-up step or sender.
LEAD_RETRY_MAX_S = 60.0
#: A restarted sender that has run this long without raising counts as healthy again.
SENDER_SETTLED_S = 3.0

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
        self._sender: asyncio.Task[None] | None = None
        #: Start-up steps or the sender currently failing (and being retried), with the error.
        self._failing: dict[str, str] = {}
        self._stopping = False
        #: Shutdown steps that overran their time limit in the last stop (see ``_bounded_step``).
        self.stop_overruns: list[str] = []
        self.pg_wakeups: PostgresWakeups | None = None

    # Assembly -----------------------------------------------------------------------------
    async def start(self) -> None:
        settings = self.settings
        check_public_url(settings)  # before anything: a clear message, not a far-away 400
        private_dir(settings.data_dir)
        private_sqlite(settings.db_url)
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
        self.secret = load_secret(settings)
        self.signer = LinkSigner(self.secret, self.clock)
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
            # Answers kept the instant they arrive, so a kill before their database write
            # does not send them again (bot/outbox/journal.py).
            journal=settings.data_dir / "outbox-answers.log",
        )
        outbox.on_wake(self.worker.wake)
        self.wakeups: RedisWakeups | None = None
        if settings.redis_url:
            from bot.core.wakeups import RedisWakeups

            self.wakeups = RedisWakeups(settings.redis_url)
            outbox.on_wake(self.wakeups.publish)
        elif self.db.is_postgres:
            # Web replicas queue replies that only the leader sends: without Redis, the
            # database's LISTEN/NOTIFY wakes it (issue 16: else up to half a second of poll).
            outbox.notify_postgres = True
        self.zalo = ZaloBots(self)
        self.services.provide(self.zalo)
        self.worker.on_undeliverable = self.zalo.on_undeliverable

        self.web = InProcessServer(
            create_web_app(self, self.web_routes), settings.web_host, settings.web_port
        )
        try:
            await self.web.start()
        except OSError as error:
            await self.db.dispose()
            raise port_error(error, "TDKT_WEB_PORT", settings.web_host, settings.web_port) from None
        try:
            await self._start_telegram()
        except StartupError:
            await self.web.stop()
            await self.db.dispose()
            raise
        await self.zalo.start(
            sandbox_token=self.sandbox.zalo_token if self.sandbox else None,
            sandbox_base=self.sandbox.zalo_base_url if self.sandbox else None,
        )
        await self.runtime.start()
        if self.leader:
            self._leader_lock = LeaderLock(self.db)
            self._tasks.append(asyncio.create_task(self._lead()))

    async def _lead(self) -> None:
        lock = self._leader_lock
        assert lock is not None
        await self._retrying("leader lock", lock.acquire)
        outbox = self.services.outbox
        if outbox.notify_postgres:
            # This process sends now: the replies it queues wake its sender in-process
            # (``outbox.on_wake``), so their NOTIFY was a statement per reply, and a wake-up
            # through the database, for nothing (issue 16, task h38). If the lock is lost,
            # another process sends and needs the signal again.
            outbox.notify_postgres = False

            def resume_notifying() -> None:
                outbox.notify_postgres = True

            lock.on_lost = resume_notifying
        wakeups = self.wakeups
        if wakeups is not None:
            await self._retrying("redis wake-ups", lambda: wakeups.listen(self.worker.wake))
        elif self.db.is_postgres:
            from bot.core.wakeups import PostgresWakeups

            pg_wakeups = self.pg_wakeups = PostgresWakeups(self.db.engine)
            await self._retrying("postgres wake-ups", lambda: pg_wakeups.listen(self.worker.wake))
        # The sender first: replies must never wait for the scheduler (whose start-up can meet
        # a locked SQLite database while handlers write).
        self._sender = asyncio.create_task(self._send_forever())
        for job in self.background:
            await self._retrying(f"background job {job.name}", job.start)
            self._started.append(job)
        await self._sender

    async def _retrying(self, what: str, start: Callable[[], Awaitable[None]]) -> None:
        """Run ``start`` until it succeeds: log each failure, back off, show it on /healthz."""
        delay = 1.0
        while True:
            try:
                await start()
            except Exception as error:
                self._failing[what] = f"{type(error).__name__}: {error}"[:300]
                log.exception("%s failed to start; retrying in %.0f s", what, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, LEAD_RETRY_MAX_S)
                continue
            self._failing.pop(what, None)
            return

    async def _send_forever(self) -> None:
        """The outbox worker, restarted (with back-off) if it ever raises."""
        delay = 1.0
        while not self._stopping:
            run = asyncio.create_task(self.worker.run())
            try:
                # Running a few seconds without raising: the failure (if any) is over.
                await asyncio.wait({run}, timeout=SENDER_SETTLED_S)
                if not run.done():
                    self._failing.pop("outbox sender", None)
                    delay = 1.0
                await run
                return  # stopped on purpose
            except asyncio.CancelledError:
                run.cancel()
                raise
            except Exception as error:
                if self._stopping:
                    return
                self._failing["outbox sender"] = f"{type(error).__name__}: {error}"[:300]
                log.exception("outbox sender failed; restarting in %.0f s", delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, LEAD_RETRY_MAX_S)

    def problems(self) -> list[str]:
        """What keeps this process from doing its job (empty when healthy), for /healthz."""
        problems = [f"{what}: {error}" for what, error in self._failing.items()]
        for task in self._tasks:
            if task.done() and not task.cancelled() and task.exception() is not None:
                problems.append(f"leader loop died: {task.exception()!r}"[:300])
        lock, sender = self._leader_lock, self._sender
        sender_ended = sender is not None and sender.done() and not self._stopping
        if lock is not None and lock.held and sender_ended:
            problems.append("outbox sender is not running")
        return problems

    async def _start_telegram(self) -> None:
        settings = self.settings
        token = settings.telegram_token.get_secret_value() if settings.telegram_token else None
        api_base = settings.telegram_api_base
        if token is None and self.sandbox_when_no_token:
            from bot.sandbox import SandboxConfig, SandboxServer

            self.sandbox = SandboxServer(
                SandboxConfig(host=settings.sandbox_host, port=settings.sandbox_port)
            )
            try:
                await self.sandbox.start()
            except OSError as error:
                self.sandbox = None
                raise port_error(
                    error, "TDKT_SANDBOX_PORT", settings.sandbox_host, settings.sandbox_port
                ) from None
            token, api_base = self.sandbox.telegram_token, self.sandbox.base_url
        if token is None:
            return
        webhook_url = None
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        if settings.public_url and self.sandbox is None:
            bot_key = token.split(":")[0]
            webhook_url = f"{settings.public_url.rstrip('/')}/telegram/{bot_key}"
            # Without a secret anyone could POST updates in an officer's name; derive one.
            secret = secret or derived_secret(self.secret, f"telegram-webhook:{bot_key}")
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
        self._stopping = True
        self.stop_overruns = []
        # Each step has a time limit: a step that hangs (a peer that never closes, a lock
        # server gone) must not keep the process, a rolling deploy or a test run from ending.
        # The step is named in the log with every task's stack, so the hang can be found.
        bounded = functools.partial(_bounded_step, self.stop_overruns)
        for channel in list(self.services.channels):
            await bounded(f"channel {channel.kind}:{channel.bot_key}", channel.stop())
        await bounded("inbox runtime", self.runtime.stop())
        # In-flight sends are let finish (two waits of up to 30 s inside) so nothing goes twice.
        await bounded("outbox sender", self.worker.stop(), OUTBOX_STOP_SECONDS)
        for job in reversed(self._started):
            await bounded(f"background {job.name}", job.stop())
        for task in self._tasks:
            task.cancel()
        if self._tasks:
            await bounded("leader tasks", _settle(self._tasks))
        if self._leader_lock is not None:
            await bounded("leader lock", self._leader_lock.release())
        if self.wakeups is not None:
            await bounded("redis wake-ups", self.wakeups.close())
        if self.pg_wakeups is not None:
            await bounded("postgres wake-ups", self.pg_wakeups.close())
        if self.web is not None:
            await bounded("web server", self.web.stop())
        if self.sandbox is not None:
            await bounded("sandbox", self.sandbox.stop())
        await bounded("database", self.db.dispose())


#: Time limit of one shutdown step (the outbox sender has its own, longer one).
STOP_SECONDS = 15.0
OUTBOX_STOP_SECONDS = 75.0


async def _settle(tasks: list[asyncio.Task[None]]) -> None:
    await asyncio.gather(*tasks, return_exceptions=True)


async def _bounded_step(
    overruns: list[str], step: str, work: Awaitable[Any], seconds: float | None = None
) -> None:
    """Run one shutdown step; past its time limit, log which step hung (with every task's
    stack), note it in ``overruns`` and go on. A step's own error is logged, never raised:
    the steps after it still release what they hold."""
    seconds = STOP_SECONDS if seconds is None else seconds
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    if not done:
        overruns.append(step)
        log.error("shutdown step %r still running after %.0f s; going on without it", step, seconds)
        for other in asyncio.all_tasks():
            if other is not asyncio.current_task():
                stack = io.StringIO()
                other.print_stack(limit=12, file=stack)
                log.error("task %s:\n%s", other.get_name(), stack.getvalue())
        task.cancel()
        return
    if not task.cancelled() and task.exception() is not None:
        log.warning("shutdown step %r failed: %r", step, task.exception())
