"""What `tdkt bench fuzz` and `tdkt bench crash` share: a sandbox, a bot process, officers.

* The **sandbox** runs inside the driver's event loop (``SandboxServer``), so a bench can read its
  state directly (e.g. to forge a callback no button carries). Its webhook retries are those of
  the real platforms ("repeat the request and give up after a reasonable amount of attempts"),
  not the test default of 3.5 s, so a bot that is down for a restart is retried, as in life.
* The **bot** is ``Application`` in its own Python process (``python -m benchmarks.attack_rig``),
  so a kill is a real SIGKILL and its RSS is its own. Both channels are on; ``mode`` is
  ``webhook`` (the production set-up) or ``polling``. The web port is fixed for the whole run so
  the webhook URL stays valid across restarts.
* **Officers** in two communes, every role, on Telegram and Zalo, act through the sandbox's user
  API like the chat page does: ``Officer.act`` sends one thing and collects what the bot answered.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import faulthandler
import os
import re
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

PROJECT_ROOT = Path(__file__).resolve().parent.parent

UNITS_CSV = """code,name,kind,parent_code
TINH-BM,Tỉnh Thử Nghiệm,tinh,
XA-A,Xã An Bình,xa,TINH-BM
THON-A1,Thôn An Lạc,thon,XA-A
XA-B,Xã Bình Minh,xa,TINH-BM
THON-B1,Thôn Bình Yên,thon,XA-B
"""
#: (unit code, role) of each officer in a commune; every role appears in both communes.
ROLES = (
    ("THON-{c}1", "officer"),
    ("XA-{c}", "officer"),
    ("XA-{c}", "reviewer"),
    ("XA-{c}", "admin"),
)
COMMUNES = ("A", "B")
#: About ten minutes of webhook retries: on a busy machine a restart takes a minute or more.
RETRY_DELAYS_S = (0.5, 1, 2, 4, 8, 15, 30, 60, 60, 60, 120, 120, 120)
NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+(.+?)\s*$")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# Seeding -------------------------------------------------------------------------------------
@dataclass
class Person:
    channel: str  # telegram | zalo
    uid: str
    name: str
    commune: str
    role: str
    invite: str


async def seed(db_url: str, channels: tuple[str, ...], per_role: int = 1) -> list[Person]:
    """Two communes, each with a village officer, a commune officer, a reviewer and an admin
    per channel (``per_role`` of each); every one gets an invite code to redeem in chat."""
    from bot.accounts import create_invite, import_units_csv, unit_by_code
    from bot.storage import migrate
    from bot.storage.db import Database
    from bot.storage.models import Role

    db = Database(db_url)
    await migrate.upgrade(db.engine)
    now = datetime.now(UTC)
    people: list[Person] = []
    async with db.session() as session:
        await import_units_csv(session, UNITS_CSV)
        number = 0
        for channel in channels:
            for commune in COMMUNES:
                for unit_code, role in ROLES:
                    for _ in range(per_role):
                        number += 1
                        unit = await unit_by_code(session, unit_code.format(c=commune))
                        assert unit is not None
                        invite = await create_invite(
                            session, unit=unit, role=Role(role), now=now, ttl=timedelta(days=30)
                        )
                        uid = str(700000 + number) if channel == "telegram" else f"zu{number}"
                        name = f"Cán bộ {commune}{number}"
                        people.append(Person(channel, uid, name, commune, role, invite.code))
    await db.dispose()
    return people


# The bot process -----------------------------------------------------------------------------
@dataclass
class BotConfig:
    db_url: str
    data_dir: str
    sandbox_url: str
    telegram_token: str
    zalo_token: str
    web_port: int
    mode: str  # webhook | polling
    #: Log each outbox row's claim, request, answer and record (``bot.outbox.trace``).
    trace: bool = False

    def env(self) -> dict[str, str]:
        env = dict(
            os.environ,
            PYTHONPATH=str(PROJECT_ROOT),
            TDKT_REMINDER_SCHEDULER="false",
            TDKT_DATABASE_URL=self.db_url,
            TDKT_DATA_DIR=self.data_dir,
            TDKT_TELEGRAM_TOKEN=self.telegram_token,
            TDKT_TELEGRAM_API_BASE=self.sandbox_url,
            TDKT_ZALO_TOKEN=self.zalo_token,
            TDKT_ZALO_API_BASE=self.sandbox_url + "/zalo",
            TDKT_WEB_PORT=str(self.web_port),
            TDKT_LOG_LEVEL="WARNING",
            # A sandbox answers instantly; the production floor only slows the bench down.
            TDKT_ZALO_POLL_FLOOR_S="0.05",
        )
        env.pop("TDKT_PUBLIC_URL", None)
        if self.mode == "webhook":
            env["TDKT_PUBLIC_URL"] = f"http://127.0.0.1:{self.web_port}"
            env["TDKT_WEBHOOK_SECRET"] = "bench-secret-0123456789"
            env["TDKT_ZALO_WEBHOOK_SECRET"] = "bench-secret-0123456789"
        if self.trace:
            env["TDKT_BENCH_TRACE"] = "1"
        return env


class BotProcess:
    """``tdkt run`` minus the sandbox welcome, as a child process the bench can SIGKILL."""

    def __init__(self, config: BotConfig, log: Path) -> None:
        self.config = config
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        with self.log.open("ab") as out:
            out.write(f"\n=== bot start {self.starts} ===\n".encode())
            out.flush()
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "benchmarks.attack_rig"],
                cwd=PROJECT_ROOT,
                env=self.config.env(),
                stdout=out,
                stderr=out,
            )

    async def wait_ready(self, within_s: float = 300.0) -> None:
        """Ready once the web app answers: the channels start right after it."""
        deadline = time.monotonic() + within_s
        async with httpx.AsyncClient(timeout=2, trust_env=False) as http:
            while time.monotonic() < deadline:
                if self.proc is not None and self.proc.poll() is not None:
                    raise RuntimeError(f"bot exited with {self.proc.returncode}; see {self.log}")
                with contextlib.suppress(httpx.HTTPError):
                    response = await http.get(f"http://127.0.0.1:{self.config.web_port}/healthz")
                    if response.status_code < 500:
                        return
                await asyncio.sleep(0.1)
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGUSR2)  # its threads' stacks, into the log
            await asyncio.sleep(0.5)
            self.proc.send_signal(signal.SIGUSR1)  # its asyncio tasks' stacks
            await asyncio.sleep(1.0)
        raise RuntimeError(f"bot not ready after {within_s} s; see {self.log}")

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            # Where the killed process's lines end, and when (the log's own time format).
            now = datetime.now()
            stamp = now.strftime("%Y-%m-%d %H:%M:%S,") + f"{now.microsecond // 1000:03d}"
            with self.log.open("ab") as out:
                out.write(f"\n=== bot {self.starts} killed at {stamp} ===\n".encode())

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.kill()

    def rss_mb(self) -> tuple[float, float]:
        """(current, peak) resident set size of the bot process, from /proc."""
        if self.proc is None:
            return 0.0, 0.0
        try:
            status = Path(f"/proc/{self.proc.pid}/status").read_text()
        except OSError:
            return 0.0, 0.0
        values = {}
        for line in status.splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
        return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


async def _bot_main() -> None:
    from bot.app import Application
    from bot.config import load_settings

    settings = load_settings(_env_file=None)
    logging_setup(settings.log_level)
    asyncio.get_running_loop().add_signal_handler(signal.SIGUSR1, _dump_tasks)
    app = Application(settings, sandbox_when_no_token=False)
    await app.start()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await app.stop()


def _dump_tasks() -> None:
    """A bot that does not come up: where is each task waiting? (SIGUSR1 from the bench.)"""
    for task in asyncio.all_tasks():
        task.print_stack(file=sys.stderr)
    sys.stderr.flush()


def logging_setup(level: str) -> None:
    import logging

    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if os.environ.get("TDKT_BENCH_TRACE"):
        logging.getLogger("bot.outbox.trace").setLevel(logging.DEBUG)


# The sandbox ---------------------------------------------------------------------------------
async def start_sandbox() -> Any:
    from bot.sandbox import FloodLimits, SandboxConfig, SandboxServer
    from bot.sandbox.config import WebhookPolicy

    config = SandboxConfig(
        flood=FloodLimits(enabled=False),
        # Telegram keeps retrying a failing webhook for a long time; so must the sandbox here,
        # or a bot restarted after a kill would lose what arrived while it was down.
        webhook=WebhookPolicy(timeout_s=10.0, retry_delays_s=RETRY_DELAYS_S),
        # The bot's webhook is plain http on loopback, as with the official server's --local.
        local_webhooks=True,
    )
    server = SandboxServer(config)
    await server.start()
    return server


# Officers ------------------------------------------------------------------------------------
@dataclass
class Said:
    """What the bot answered to one action."""

    messages: list[dict[str, Any]]
    latency_s: float | None  # None: nothing arrived in time

    @property
    def texts(self) -> list[str]:
        out = []
        for message in self.messages:
            text = message.get("text") or message.get("caption") or ""
            if message.get("kind") == "callback_answer":
                text = message.get("text") or ""
            out.append(text)
        return out

    def has(self, needle: str) -> bool:
        return any(needle.lower() in text.lower() for text in self.texts)


@dataclass
class Officer:
    http: httpx.AsyncClient
    person: Person
    cursor: int = 0
    last_bot: dict[str, Any] | None = None  # the last bot message that offered choices
    transcript: list[dict[str, Any]] = field(default_factory=list)

    @property
    def base(self) -> str:
        if self.person.channel == "zalo":
            return f"/api/zalo/users/{self.person.uid}"
        return f"/api/users/{self.person.uid}"

    @property
    def zalo(self) -> bool:
        return self.person.channel == "zalo"

    # What the officer can do ------------------------------------------------------------------
    async def text(self, text: str) -> bool:
        response = await self.http.post(
            self.base + "/text", json={"text": text, "name": self.person.name}
        )
        return response.status_code == 200

    def choices(self) -> list[tuple[str, str]]:
        """(label, what to send) for the last offered choices: callback data or the number."""
        message = self.last_bot
        if message is None:
            return []
        if not self.zalo:
            return [
                (b["text"], b["data"])
                for row in message.get("buttons") or []
                for b in row
                if b.get("data")
            ]
        found = []
        for line in (message.get("text") or "").splitlines():
            match = NUMBERED.match(line)
            if match:
                found.append((match.group(2), match.group(1)))
        return found

    async def choose(self, wanted: str) -> bool:
        """Tap (Telegram) or type the number of (Zalo) the first choice whose label has
        ``wanted``; False when no such choice is on offer."""
        for label, value in self.choices():
            if wanted.lower() in label.lower():
                return await self.pick(value)
        return False

    async def pick(self, value: str) -> bool:
        if self.zalo:
            return await self.text(value)
        assert self.last_bot is not None
        response = await self.http.post(
            self.base + "/tap",
            json={"message_id": self.last_bot["message_id"], "data": value},
        )
        return response.status_code == 200

    async def files(self, files: list[tuple[str, bytes]], as_: str = "auto") -> bool:
        multipart = [("files", (name, data)) for name, data in files]
        data = {"name": self.person.name}
        if not self.zalo:
            data["as"] = as_
        response = await self.http.post(self.base + "/files", files=multipart, data=data)
        return response.status_code == 200

    # What the officer sees --------------------------------------------------------------------
    async def read(self, wait: float) -> list[dict[str, Any]]:
        response = await self.http.get(
            self.base + "/messages", params={"after": self.cursor, "wait": wait}
        )
        body = response.json()
        new = []
        for message in body.get("messages", []):
            self.cursor = max(self.cursor, int(message["seq"]))
            if message.get("from", "bot") != "bot" or message.get("kind") == "deleted":
                continue
            new.append(message)
            if message.get("kind") in ("message", "edited") and (
                message.get("buttons")
                or any(NUMBERED.match(line) for line in (message.get("text") or "").splitlines())
            ):
                self.last_bot = message
        self.transcript.extend(new)
        return new

    async def answer(self, within_s: float, quiet: float = 0.8) -> Said:
        """Everything the bot says until ``quiet`` seconds pass with nothing new."""
        started = time.monotonic()
        got: list[dict[str, Any]] = []
        latency = None
        deadline = started + within_s
        while time.monotonic() < deadline:
            wait = min(5.0, deadline - time.monotonic()) if not got else quiet
            new = await self.read(max(0.05, wait))
            if new:
                if latency is None:
                    latency = time.monotonic() - started
                got.extend(new)
            elif got:
                break
        return Said(got, latency)

    async def drain(self) -> None:
        while await self.read(0.0):
            pass


def officers(http: httpx.AsyncClient, people: list[Person]) -> list[Officer]:
    return [Officer(http, person) for person in people]


def main() -> None:
    argparse.ArgumentParser(description="The bot process of the attack benches.").parse_args()
    # Even with the event loop blocked, SIGUSR2 dumps the threads' stacks.
    faulthandler.register(signal.SIGUSR2, all_threads=True, chain=False)
    asyncio.run(_bot_main())


if __name__ == "__main__":
    main()
