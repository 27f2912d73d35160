"""Outbox broadcast benchmark (issue 4): N reminders through the sandbox at its flood limit.

    tdkt bench broadcast --recipients 10000 --limit 30 [--kill-at 0.5] [--db postgres] --json

Processes, as in a deployment (each its own Python process, so a kill is a real SIGKILL):

* the **sandbox** (``python -m bot.sandbox``) with its flood model set to ``--limit`` messages a
  second in all, 1 a second per chat, bursts of 3;
* the **bot** (``Application``, not leader): receives the chatting officers' messages and
  answers them through the outbox;
* the **sender** (an ``OutboxWorker`` and nothing else) pacing at the limit; with
  ``--kill-at F`` it is SIGKILLed once a fraction F of the reminders arrived, and restarted;
* this **driver**: seeds N officers and a province plan with a deadline 7 days ahead, runs the
  real reminder tick (policy → ledger → outbox rows, one per officer), and meanwhile runs 20
  officers who keep chatting (``/lich``, 1-3 s thinking time), timing each answer.

Then the **naive baseline**, in the same run, against the same sandbox and the same chatting
officers: a loop that sends each reminder and sleeps 1/limit (waiting ``retry_after`` on a 429 so
it loses nothing). The figures come from what the sandbox actually accepted (its delivery
timeline and the officers' chats), not from the sender's own counts.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from benchmarks import print_result

#: The directory holding the ``bot`` and ``benchmarks`` packages: the source tree, or
#: site-packages when installed; child processes import from there, wherever they are started.
PROJECT_ROOT = Path(__file__).resolve().parent.parent
VN = ZoneInfo("Asia/Ho_Chi_Minh")
CHATTER_BASE = 5001
RECIPIENT_BASE = 2_000_000
BASELINE_BASE = 3_000_000
REMINDER_MARK = "Nhắc hạn công việc"
REPLY_MARK = "Lịch hạn công việc"
#: The sender paces at the sandbox's own limits: each send holds a place in the rolling second
#: until a second after its answer (bot.outbox.limiter), so a slow trip to the server cannot put
#: a 31st send into the server's second, and no margin below the limit is needed.
PACING = 1.0
PER_CHAT_PACING = 1.0


# Child processes -----------------------------------------------------------------------------
def _spawn(*args: str, log: Path) -> subprocess.Popen[bytes]:
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), TDKT_REMINDER_SCHEDULER="false")
    # Started in the bench's own work directory: an installed package's directory may be
    # read-only, and nothing the children write belongs next to the code.
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, *args], cwd=log.parent, env=env, stdout=out, stderr=out
        )


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _app_main(db_url: str, sandbox: str, token: str, data: Path) -> None:
    from bot.app import Application
    from bot.config import Settings

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data,
        database_url=db_url,
        telegram_token=token,
        telegram_api_base=sandbox,
        web_port=0,
        log_level="WARNING",
    )
    app = Application(settings, leader=False, sandbox_when_no_token=False)
    await app.start()
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await app.stop()


async def _sender_main(
    db_url: str, sandbox: str, token: str, data: Path, rate: float, stats_path: Path
) -> None:
    from bot.channels.registry import ChannelRegistry
    from bot.channels.telegram import TelegramChannel
    from bot.core.clock import SystemClock
    from bot.core.leader import LeaderLock
    from bot.outbox.limiter import RateLimiter
    from bot.outbox.worker import OutboxWorker
    from bot.storage.db import Database
    from bot.storage.media import LocalMediaStore

    db = Database(db_url)
    channels = ChannelRegistry()
    channel = TelegramChannel(token, api_base=sandbox)
    channels.add(channel)
    worker = OutboxWorker(
        db,
        channels,
        LocalMediaStore(data / "media"),
        SystemClock(),
        RateLimiter(rate, PER_CHAT_PACING, 3),
        concurrency=8,
        poll_interval=0.05,
    )
    lock = LeaderLock(db)
    await lock.acquire()
    worker.fence = lock.holds
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)

    def dump() -> None:
        stats_path.write_text(json.dumps(dataclasses.asdict(worker.stats)))

    async def report() -> None:
        while True:
            dump()
            await asyncio.sleep(0.5)

    run = asyncio.create_task(worker.run())
    reporter = asyncio.create_task(report())
    await stop.wait()
    await worker.stop()
    run.cancel()
    reporter.cancel()
    dump()
    await lock.release()
    await channel.stop()
    await db.dispose()


# The driver ----------------------------------------------------------------------------------
@dataclass
class Phase:
    name: str
    recipients: list[str]
    chatters: set[str]
    started: float = 0.0
    timeline_from: int = 0
    stats_before: dict[str, Any] = field(default_factory=dict)
    samples: list[tuple[float, float]] = field(default_factory=list)


class Chatter:
    def __init__(self, http: httpx.AsyncClient, uid: int) -> None:
        self.http = http
        self.uid = uid
        self.cursor = 0
        self.reminders: list[str] = []
        self.samples: list[tuple[float, float]] = []  # (sent at, latency s)
        self.stopping = False

    async def run(self) -> None:
        rng = random.Random(self.uid)
        await asyncio.sleep(rng.uniform(0, 2))
        while not self.stopping:
            sent = time.time()
            start = time.monotonic()
            await self.http.post(
                f"/api/users/{self.uid}/text", json={"text": "/lich", "name": f"Cán bộ {self.uid}"}
            )
            got = await self._wait_reply(deadline=start + 60)
            if got:
                self.samples.append((sent, time.monotonic() - start))
            await asyncio.sleep(rng.uniform(1.0, 3.0))

    async def _wait_reply(self, deadline: float) -> bool:
        while time.monotonic() < deadline:
            body = (
                await self.http.get(
                    f"/api/users/{self.uid}/messages", params={"after": self.cursor, "wait": 5}
                )
            ).json()
            found = False
            for message in body["messages"]:
                self.cursor = max(self.cursor, message["seq"])
                text = message.get("text") or ""
                if REMINDER_MARK in text:
                    self.reminders.append(text)
                if REPLY_MARK in text:
                    found = True
            if found:
                return True
        return False

    async def drain(self) -> None:
        body = (
            await self.http.get(f"/api/users/{self.uid}/messages", params={"after": self.cursor})
        ).json()
        for message in body["messages"]:
            self.cursor = max(self.cursor, message["seq"])
            if REMINDER_MARK in (message.get("text") or ""):
                self.reminders.append(message.get("text") or "")


async def _seed(db_url: str, recipients: int, chatters: int, bot_key: str, day: date) -> None:
    from sqlalchemy import insert

    from bot.storage import migrate
    from bot.storage.db import Database
    from bot.storage.models import ChannelAccount, Role, Unit, UnitKind, User
    from bot.storage.models.plans import Deadline, Plan

    db = Database(db_url)
    await migrate.upgrade(db.engine)
    now = datetime.now(VN)
    async with db.session() as session:
        province = Unit(code="TINH", name="Tỉnh Thử", kind=UnitKind.TINH, path="")
        session.add(province)
        await session.flush()
        province.path = f"/{province.id}/"
        villages = []
        for x in range(10):
            commune = Unit(code=f"XA-{x}", name=f"Xã {x}", kind=UnitKind.XA, parent_id=province.id)
            session.add(commune)
            await session.flush()
            commune.path = f"{province.path}{commune.id}/"
            for t in range(10):
                village = Unit(
                    code=f"THON-{x}-{t}",
                    name=f"Thôn {x}.{t}",
                    kind=UnitKind.THON,
                    parent_id=commune.id,
                )
                session.add(village)
                await session.flush()
                village.path = f"{commune.path}{village.id}/"
                villages.append(village.id)
        plan = Plan(unit_id=province.id, year=day.year, title="Kế hoạch thử", active=True)
        session.add(plan)
        await session.flush()
        session.add(
            Deadline(
                plan_id=plan.id,
                task="Các thôn gửi báo cáo sơ kết phong trào thi đua về xã",
                when_text="trước ngày " + (day + timedelta(days=8)).strftime("%d/%m/%Y"),
                due=day + timedelta(days=7),
                roles=[],
                unit_kinds=[],
            )
        )
    users = []
    for i in range(recipients):
        users.append(
            {
                "full_name": f"Cán bộ {i}",
                "unit_id": villages[i % len(villages)],
                "role": Role.OFFICER,
                "is_head": False,
                "active": True,
                "created_at": now,
            }
        )
    async with db.session() as session:
        for start in range(0, len(users), 2000):
            await session.execute(insert(User), users[start : start + 2000])
    async with db.session() as session:
        from sqlalchemy import select

        ids = (await session.scalars(select(User.id).order_by(User.id))).all()
        accounts = []
        for index, user_id in enumerate(ids):
            chat = CHATTER_BASE + index if index < chatters else RECIPIENT_BASE + index
            accounts.append(
                {
                    "user_id": user_id,
                    "channel": "telegram",
                    "bot_key": bot_key,
                    "external_id": str(chat),
                    "chat_id": str(chat),
                    "reachable": True,
                    "receives_reminders": True,
                    "created_at": now,
                    "last_seen_at": now,
                }
            )
        for start in range(0, len(accounts), 2000):
            await session.execute(insert(ChannelAccount), accounts[start : start + 2000])
    await db.dispose()


def _tick_services(db_url: str, clock: Any, data: Path) -> Any:
    from bot.channels.registry import ChannelRegistry
    from bot.config import Settings
    from bot.core.services import Services
    from bot.core.templates import Messages
    from bot.outbox.outbox import Outbox
    from bot.storage.db import Database
    from bot.storage.media import LocalMediaStore

    settings = Settings(_env_file=None, data_dir=data, database_url=db_url)  # type: ignore[call-arg]
    media = LocalMediaStore(data / "media")
    channels = ChannelRegistry()
    return Services(
        settings=settings,
        db=Database(db_url),
        messages=Messages(settings.content_dir / "templates"),
        clock=clock,
        media=media,
        channels=channels,
        outbox=Outbox(channels, media, clock),
    )


def _working_day_before_today() -> date:
    from reminders.days import WorkCalendar

    day = date.today() - timedelta(days=10)
    return WorkCalendar().next_working(day)


async def _timeline(http: httpx.AsyncClient, after: int) -> list[list[Any]]:
    body = (await http.get("/api/control/deliveries", params={"after": after})).json()
    return body["deliveries"]  # type: ignore[no-any-return]


async def _stats(http: httpx.AsyncClient) -> dict[str, Any]:
    body = (await http.get("/api/control/stats", params={"per_chat": 0})).json()
    return body  # type: ignore[no-any-return]


def _bot_stats(stats: dict[str, Any]) -> dict[str, Any]:
    bots = stats.get("telegram") or stats.get("bots", {}).get("telegram") or {}
    if isinstance(bots, dict) and "http_429" not in bots:
        bots = next(iter(bots.values()), {}) if bots else {}
    return bots  # type: ignore[no-any-return]


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def _dump(suffix: str, data: object) -> None:
    """Write raw figures to ``$BENCH_DUMP.<suffix>`` when that is set (for looking into a run)."""
    prefix = os.environ.get("BENCH_DUMP")
    if prefix:
        await asyncio.to_thread(Path(f"{prefix}.{suffix}").write_text, json.dumps(data))


async def _measure(
    http: httpx.AsyncClient, phase: Phase, chatters: list[Chatter], count_from_chatters: bool
) -> dict[str, Any]:
    timeline = await _timeline(http, phase.timeline_from)
    await _dump(f"{phase.name}.json", timeline)  # the raw timeline, for looking at gaps
    wanted = set(phase.recipients)
    per_chat: Counter[str] = Counter()
    times = []
    for at, chat, _ in timeline:
        chat = str(chat)
        if chat in wanted and chat not in phase.chatters:
            per_chat[chat] += 1
            times.append(at)
    if count_from_chatters:
        for chatter in chatters:
            if str(chatter.uid) in wanted:
                per_chat[str(chatter.uid)] += len(chatter.reminders)
    first, last = (min(times), max(times)) if times else (0.0, 0.0)
    window = max(last - first, 1e-9)
    in_window = sum(1 for at, _, _ in timeline if first <= at <= last)
    stats = await _stats(http)
    after, before = _bot_stats(stats), phase.stats_before
    samples = [(sent, lat, c.uid) for c in chatters for sent, lat in c.samples]
    await _dump(f"{phase.name}.replies.json", samples)  # sent at, latency, officer
    latencies = [lat for sent, lat, _ in samples if first <= sent <= last]
    duplicates = sum(n - 1 for n in per_chat.values() if n > 1)
    missing = sum(1 for chat in wanted if per_chat[chat] == 0)
    return {
        "recipients": len(wanted),
        "achieved_per_s": round(in_window / window, 2),
        "broadcast_per_s": round(len(times) / window, 2),
        "http_429": after.get("http_429", 0) - before.get("http_429", 0),
        "duplicates": duplicates,
        "missing": missing,
        "interactive_p50_ms": _ms(_percentile(latencies, 0.5)),
        "interactive_p95_ms": _ms(_percentile(latencies, 0.95)),
        "interactive_max_ms": _ms(max(latencies) if latencies else None),
        "interactive_replies": len(latencies),
        "drain_s": round(window, 1),
        "max_sent_in_1s": after.get("max_sent_in_1s"),
    }


def _ms(seconds: float | None) -> int | None:
    return None if seconds is None else round(seconds * 1000)


async def _naive(http: httpx.AsyncClient, token: str, chats: list[str], limit: float) -> int:
    """The baseline: send, sleep 1/limit; on a 429 wait retry_after and send again."""
    throttled = 0
    text = f"{REMINDER_MARK} (vòng lặp đơn giản)\nHạn gửi báo cáo sơ kết: còn 7 ngày."
    for chat in chats:
        while True:
            response = await http.post(
                f"/bot{token}/sendMessage", json={"chat_id": chat, "text": text}
            )
            if response.status_code == 429:
                throttled += 1
                retry = response.json().get("parameters", {}).get("retry_after", 1)
                await asyncio.sleep(retry)
                continue
            break
        await asyncio.sleep(1 / limit)
    return throttled


async def run(
    *,
    recipients: int,
    limit: float,
    kill_at: float | None,
    chatters: int,
    baseline: int,
    db: str,
    pacing: float = PACING,
) -> dict[str, Any]:
    from bot.core.clock import FakeClock
    from reminders.service import ReminderService
    from reminders.settings import ReminderSettings

    chatters = min(chatters, recipients)
    work = Path(tempfile.mkdtemp(prefix="tdkt-bench-"))
    log = work / "bench.log"
    pg_context: Any = contextlib.nullcontext()
    if db == "postgres":
        from benchmarks.pgserver import postgres_server

        pg_context = postgres_server()
    procs: list[subprocess.Popen[bytes]] = []
    with pg_context as pg:
        if pg is not None:
            db_url = pg.url(pg.create_database())
        else:
            db_url = f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"
        port = _free_port()
        sandbox_url = f"http://127.0.0.1:{port}"
        procs.append(_spawn("-m", "bot.sandbox", "--port", str(port), log=log))
        async with httpx.AsyncClient(base_url=sandbox_url, timeout=60) as http:
            for _ in range(200):
                with contextlib.suppress(httpx.HTTPError):
                    info = (await http.get("/api/info")).json()
                    break
                await asyncio.sleep(0.05)
            token = info["telegram"]["token"] if "telegram" in info else info["telegram_token"]
            bot_key = token.split(":")[0]
            await http.post(
                "/api/control/flood",
                json={
                    "enabled": True,
                    "global_per_s": limit,
                    "per_chat_per_s": 1,
                    "per_chat_burst": 3,
                    "reset_counters": True,
                },
            )
            day = _working_day_before_today()
            await _seed(db_url, recipients, chatters, bot_key, day)
            procs.append(
                _spawn(
                    "-m",
                    "benchmarks.broadcast_bench",
                    "app",
                    db_url,
                    sandbox_url,
                    token,
                    str(work),
                    log=log,
                )
            )
            stats_files = [work / "sender-1.json"]
            sender_args = (
                "-m",
                "benchmarks.broadcast_bench",
                "sender",
                db_url,
                sandbox_url,
                token,
                str(work),
                str(limit * pacing),
            )
            sender = _spawn(*sender_args, str(stats_files[0]), log=log)
            procs.append(sender)

            talkers = [Chatter(http, CHATTER_BASE + i) for i in range(chatters)]
            tasks = [asyncio.create_task(t.run()) for t in talkers]
            await asyncio.sleep(8)

            # Ours: the real tick queues one reminder per officer; the sender drains them.
            ours = Phase(
                "ours",
                [
                    str(CHATTER_BASE + i if i < chatters else RECIPIENT_BASE + i)
                    for i in range(recipients)
                ],
                {str(CHATTER_BASE + i) for i in range(chatters)},
            )
            ours.timeline_from = (
                await http.get("/api/control/deliveries", params={"after": 10**9})
            ).json()["total"]
            ours.stats_before = _bot_stats(await _stats(http))
            clock = FakeClock(datetime.combine(day, dtime(8, 0), tzinfo=VN))
            service = ReminderService(
                _tick_services(db_url, clock, work), ReminderSettings(_env_file=None)
            )
            started = time.monotonic()
            tick = asyncio.create_task(service.tick())
            killed = False
            budget = recipients / (limit * 0.5) + 180
            silent = set(ours.recipients) - ours.chatters
            got: set[str] = set()
            seen = ours.timeline_from
            while time.monotonic() - started < budget:
                await asyncio.sleep(0.5)
                # Only what is new: a large answer would hold up the sandbox's event loop.
                fresh = await _timeline(http, seen)
                seen += len(fresh)
                got.update(str(c) for _, c, _ in fresh if str(c) in silent)
                if kill_at is not None and not killed and len(got) >= kill_at * len(silent):
                    sender.send_signal(signal.SIGKILL)
                    sender.wait()
                    killed = True
                    stats_files.append(work / "sender-2.json")
                    sender = _spawn(*sender_args, str(stats_files[-1]), log=log)
                    procs.append(sender)
                if tick.done() and len(got) >= len(silent):
                    break
            tick_result = await tick
            await asyncio.sleep(3)  # stragglers and any duplicate would have arrived by now
            for t in talkers:
                await t.drain()
            result_ours = await _measure(http, ours, talkers, True)
            result_ours["tick_messages"] = tick_result.messages

            # The naive baseline, same sandbox, officers still chatting.
            naive = Phase("baseline", [str(BASELINE_BASE + i) for i in range(baseline)], set())
            naive.timeline_from = (
                await http.get("/api/control/deliveries", params={"after": 10**9})
            ).json()["total"]
            naive.stats_before = _bot_stats(await _stats(http))
            result_naive: dict[str, Any] = {}
            if baseline:
                await _naive(http, token, naive.recipients, limit)
                await asyncio.sleep(3)
                result_naive = await _measure(http, naive, talkers, False)

            for t in talkers:
                t.stopping = True
            await asyncio.wait(tasks, timeout=15)
            for proc in procs[1:]:
                if proc.poll() is None:
                    proc.send_signal(signal.SIGTERM)
            for proc in procs[1:]:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=30)
        sender_stats = []
        for path in stats_files:
            with contextlib.suppress(OSError, ValueError):
                sender_stats.append(json.loads(path.read_text()))
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    return {
        **result_ours,
        "limit_per_s": limit,
        "pacing_per_s": round(limit * pacing, 2),
        "per_chat_pacing_per_s": PER_CHAT_PACING,
        "chatters": chatters,
        "kill_at": kill_at,
        "killed": killed,
        "in_doubt_resent": sum(s.get("in_doubt", 0) for s in sender_stats),
        "db": db,
        "baseline": result_naive,
        "cpus": os.cpu_count(),
        "date": date.today().isoformat(),
        "log": str(log),
    }


def main(
    *,
    recipients: int,
    limit: float,
    kill_at: float | None,
    chatters: int,
    baseline: int,
    db: str,
    as_json: bool,
    pacing: float = PACING,
) -> dict[str, Any]:
    result = asyncio.run(
        run(
            recipients=recipients,
            limit=limit,
            kill_at=kill_at,
            chatters=chatters,
            baseline=baseline,
            db=db,
            pacing=pacing,
        )
    )
    print_result(result, as_json, 22)
    return result


def _child() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="role", required=True)
    app = sub.add_parser("app")
    sender = sub.add_parser("sender")
    for p in (app, sender):
        p.add_argument("db_url")
        p.add_argument("sandbox")
        p.add_argument("token")
        p.add_argument("data", type=Path)
    sender.add_argument("rate", type=float)
    sender.add_argument("stats", type=Path)
    args = parser.parse_args()
    import logging

    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(process)d %(name)s: %(message)s"
    )
    if args.role == "app":
        asyncio.run(_app_main(args.db_url, args.sandbox, args.token, args.data))
    else:
        asyncio.run(
            _sender_main(args.db_url, args.sandbox, args.token, args.data, args.rate, args.stats)
        )


if __name__ == "__main__":
    _child()
