"""Inbound load (issue 16): officers messaging the bot at once, through the sandbox's webhooks.

    tdkt bench inbound --users 200 --rate 50 [--db sqlite|postgres] [--replicas K] --json
    (--db postgres needs --pg-url postgresql://user@host:port/postgres: a server on which the
    bench may create a fresh database)
    tdkt bench scale --factor 10 --json

Processes, as in a deployment: the **sandbox** (``python -m bot.sandbox``; flood model off, so
its limit is not what is measured), **K web replicas** of the bot (``Application``; the first
also leads: it sends the outbox at 200 messages/s and runs the scheduler), behind a
**round-robin proxy** when K > 1, and this **driver**. Telegram's webhook points at the
replica (or the proxy); the sandbox posts each user's updates in order, users in parallel.

The driver seeds a province (units, officers, plans with deadlines, dossiers with pages,
registrations, sent-message history; ``--factor`` multiplies all of it) and offers messages at
``--rate`` a second for ``--seconds``, open loop (a late reply does not slow the offer), each
from an officer who is not waiting for an answer. The mix is what officers send at the start of
a quarter: ``/lich`` (35 %), a question (30 %), a dossier code look-up (15 %), a registration
form step (10 %: ``/dangky`` then an answer) and a photo (10 %). A reply's latency is from the
driver's POST to the first message the sandbox accepted for that chat afterwards (its delivery
timeline, same clock), so it includes the webhook, the inbox, the handler and the outbox.
An **error** is a message with no reply within 30 s, or a failed POST.

Per rate it also reports each process's CPU per update (and net of its idle CPU) and, for the
run, the replicas' SQL statements per update (``TDKT_BENCH_SQL_TEXT=1``: by statement text,
to find the repeated ones). ``--baseline-root DIR --rounds N`` alternates another checkout's
bot with this one's, each on fresh processes and data.

``--sweep 10,25,50,75,100`` runs several rates on the same processes and reports the knee: the
first rate whose reply p95 passes 1 s.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psutil

from benchmarks import print_result

PROJECT_ROOT = Path(__file__).resolve().parent.parent
OFFICER_BASE = 7_000_000
REPLY_TIMEOUT_S = 30.0
IDLE_WINDOW_S = 5.0
#: CpuMeter's key for the whole machine's busy CPU (not a role: not per update).
MACHINE = "machine"
OUTBOX_RATE = 200.0

QUESTIONS = [
    "Danh hiệu Lao động tiên tiến cần điều kiện gì?",
    "Chiến sĩ thi đua cơ sở xét mấy năm một lần?",
    "Hồ sơ đề nghị Bằng khen gồm những gì?",
    "Tập thể lao động xuất sắc phải đạt tiêu chuẩn nào",
    "tien thuong giay khen cua chu tich xa la bao nhieu",
    "Thời hạn đăng ký thi đua là khi nào?",
]
MIX = (("lich", 35), ("question", 30), ("code", 15), ("form", 10), ("photo", 10))


# Child processes -----------------------------------------------------------------------------
def _spawn(
    *args: str, log: Path, env: dict[str, str] | None = None, root: Path = PROJECT_ROOT
) -> subprocess.Popen[bytes]:
    base = dict(os.environ, PYTHONPATH=str(root), TDKT_REMINDER_SCHEDULER="false")
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, *args],
            cwd=root,
            env={**base, **(env or {})},
            stdout=out,
            stderr=out,
        )


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _replica_main(
    db_url: str, sandbox: str, token: str, data: Path, port: int, public: str, leader: bool
) -> None:
    from bot.app import Application
    from bot.config import Settings

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=data,
        database_url=db_url,
        telegram_token=token,
        telegram_api_base=sandbox,
        # The sandbox's Zalo too: with Zalo's official base, start-up refuses an http:// URL.
        zalo_api_base=f"{sandbox}/zalo",
        public_url=public,
        webhook_secret="bench-secret-123",
        web_port=port,
        log_level="WARNING",
        outbox_rate_per_s=OUTBOX_RATE,
        outbox_per_chat_per_s=5.0,
        outbox_per_chat_burst=5,
    )
    app = Application(settings, leader=leader, sandbox_when_no_token=False)
    await app.start()
    # SQL statements by kind, written at exit: per update, a load-independent cost figure.
    statements: dict[str, int] = {}

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        kind = statement.lstrip().split(None, 1)[0].upper() if statement.strip() else "?"
        if os.environ.get("TDKT_BENCH_SQL_TEXT"):
            kind = " ".join(statement.split())[:150]
        statements[kind] = statements.get(kind, 0) + 1

    from sqlalchemy import event

    event.listen(app.db.engine.sync_engine, "before_cursor_execute", count)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await app.stop()
    import json

    (data / "statements.json").write_text(json.dumps(statements))


def _proxy_main(port: int, upstreams: list[str]) -> None:
    """Round-robin in front of the web replicas (what nginx does in deploy/)."""
    import itertools

    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response
    from starlette.routing import Route

    turn = itertools.cycle(upstreams)
    client = httpx.AsyncClient(timeout=60, limits=httpx.Limits(max_connections=200))

    async def forward(request: Request) -> Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in ("host",)}
        answer = await client.request(
            request.method,
            next(turn) + request.url.path,
            content=await request.body(),
            headers=headers,
        )
        return Response(
            answer.content, answer.status_code, media_type=answer.headers.get("content-type")
        )

    app = Starlette(routes=[Route("/{path:path}", forward, methods=["GET", "POST"])])
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning")


# Seeding -------------------------------------------------------------------------------------
@dataclass
class Seeded:
    officers: list[int]  # chat ids of officers who will talk
    codes: list[str]  # dossier tracking codes they may look up


async def seed(db_url: str, *, factor: int, users: int, bot_key: str) -> Seeded:
    """A province whose size is ``factor`` times a base of 100 villages and 1,000 officers."""
    from sqlalchemy import insert, select

    from bot.core import codes
    from bot.storage import migrate
    from bot.storage.db import Database
    from bot.storage.models import (
        ChannelAccount,
        OutboxMessage,
        OutboxStatus,
        Role,
        Unit,
        UnitKind,
        User,
    )
    from bot.storage.models.dossier import Dossier, DossierPage
    from bot.storage.models.plans import Deadline, Plan

    rng = random.Random(16)
    db = Database(db_url)
    await migrate.upgrade(db.engine)
    now = datetime.now(UTC)
    today = date.today()
    async with db.session() as session:
        province = Unit(code="TINH", name="Tỉnh Thử", kind=UnitKind.TINH, path="")
        session.add(province)
        await session.flush()
        province.path = f"/{province.id}/"
        villages: list[int] = []
        communes: list[int] = []
        for x in range(10 * factor):
            commune = Unit(code=f"XA-{x}", name=f"Xã {x}", kind=UnitKind.XA, parent_id=province.id)
            session.add(commune)
            await session.flush()
            commune.path = f"{province.path}{commune.id}/"
            communes.append(commune.id)
            for t in range(10):
                village = Unit(
                    code=f"THON-{x}-{t}",
                    name=f"Thôn {x}.{t}",
                    kind=UnitKind.THON,
                    parent_id=commune.id,
                    path="",
                )
                session.add(village)
                await session.flush()
                village.path = f"{commune.path}{village.id}/"
                villages.append(village.id)
        # Plans: the province's and one per commune, 20 deadlines each, spread over the year.
        for unit_id in [province.id, *communes]:
            plan = Plan(unit_id=unit_id, year=today.year, title="Kế hoạch thi đua", active=True)
            session.add(plan)
            await session.flush()
            for d in range(20):
                due = today + timedelta(days=rng.randint(-60, 200))
                session.add(
                    Deadline(
                        plan_id=plan.id,
                        task=f"Gửi báo cáo số {d} về phong trào thi đua",
                        when_text="trước ngày " + due.strftime("%d/%m/%Y"),
                        due=due,
                        roles=[],
                        unit_kinds=[],
                    )
                )
    total_officers = max(users, 1000 * factor)
    async with db.session() as session:
        rows = [
            {
                "full_name": f"Cán bộ {i}",
                "unit_id": villages[i % len(villages)],
                "role": Role.OFFICER,
                "is_head": False,
                "active": True,
                "created_at": now,
            }
            for i in range(total_officers)
        ]
        for start in range(0, len(rows), 2000):
            await session.execute(insert(User), rows[start : start + 2000])
    async with db.session() as session:
        ids = (await session.scalars(select(User.id).order_by(User.id))).all()
        accounts = [
            {
                "user_id": user_id,
                "channel": "telegram",
                "bot_key": bot_key,
                "external_id": str(OFFICER_BASE + index),
                "chat_id": str(OFFICER_BASE + index),
                "reachable": True,
                "receives_reminders": True,
                "created_at": now,
                "last_seen_at": now,
            }
            for index, user_id in enumerate(ids)
        ]
        for start in range(0, len(accounts), 2000):
            await session.execute(insert(ChannelAccount), accounts[start : start + 2000])
        account_ids = (await session.scalars(select(ChannelAccount.id))).all()
    # Dossiers (2 per village) with 5 pages each, and 10 sent messages of history per officer.
    made_codes: list[str] = []
    async with db.session() as session:
        dossiers = []
        for index, village in enumerate(villages * 2):
            code = codes.generate(codes.TRACKING_LENGTH)
            made_codes.append(code)
            dossiers.append(
                {
                    "code": code,
                    "unit_id": village,
                    "created_by": ids[index % len(ids)],
                    "kind": "lao_dong_tien_tien",
                    "subject_type": "person",
                    "subject_name": f"Người {index}",
                    "year": today.year,
                    "status": "submitted",
                    "status_at": now,
                    "created_at": now,
                    "submitted_at": now,
                    "revision": 0,
                }
            )
        for start in range(0, len(dossiers), 2000):
            await session.execute(insert(Dossier), dossiers[start : start + 2000])
        dossier_ids = (await session.scalars(select(Dossier.id))).all()
        pages = [
            {
                "dossier_id": dossier_id,
                "document": "to_trinh",
                "position": p,
                "media_key": f"{dossier_id:032x}{p:032x}",
                "file_kind": "photo",
                "mime_type": "image/jpeg",
                "size": 100_000,
                "page_count": 1,
                "added_at": now,
                # Read when they were uploaded, as in a running deployment. Unread, the page
                # reader walked all 1,000 at start (their photos are not in the media store),
                # three statements and a log line each, during the measured seconds.
                "ocr_text": "TỜ TRÌNH về việc đề nghị khen thưởng",
                "ocr_class": "to_trinh",
            }
            for dossier_id in dossier_ids
            for p in range(5)
        ]
        for start in range(0, len(pages), 5000):
            await session.execute(insert(DossierPage), pages[start : start + 5000])
    async with db.session() as session:
        history = [
            {
                "account_id": account_ids[i % len(account_ids)],
                "channel": "telegram",
                "bot_key": bot_key,
                "chat_id": str(OFFICER_BASE + i % len(account_ids)),
                "chat_key": f"telegram:{bot_key}:{OFFICER_BASE + i % len(account_ids)}",
                "priority": 30,
                "kind": "text",
                "payload": {"text": "Nhắc hạn công việc"},
                "status": OutboxStatus.SENT,
                "attempts": 1,
                "not_before": now - timedelta(days=30),
                "created_at": now - timedelta(days=30),
                "sent_at": now - timedelta(days=30),
            }
            for i in range(10 * total_officers)
        ]
        for start in range(0, len(history), 5000):
            await session.execute(insert(OutboxMessage), history[start : start + 5000])
    await db.dispose()
    return Seeded([OFFICER_BASE + i for i in range(users)], made_codes)


# The driver ----------------------------------------------------------------------------------
@dataclass
class Sent:
    chat: int
    kind: str
    at: float  # epoch seconds (same clock as the sandbox's timeline)
    replied: float | None = None
    reply_id: str = ""


@dataclass
class Load:
    sent: list[Sent] = field(default_factory=list)
    post_errors: int = 0


def _photo() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (1200, 1600), (200, 190, 180))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


async def _offer(
    http: httpx.AsyncClient, seeded: Seeded, rate: float, seconds: float, load: Load
) -> None:
    rng = random.Random(int(rate * 1000))
    photo = _photo()
    kinds = [k for k, w in MIX for _ in range(w)]
    waiting: dict[int, Sent] = {}  # chat → its unanswered message
    in_form: set[int] = set()
    idle = list(seeded.officers)
    rng.shuffle(idle)
    tasks: set[asyncio.Task[None]] = set()

    async def post(chat: int, kind: str) -> None:
        base = f"/api/users/{chat}"
        name = f"Cán bộ {chat - OFFICER_BASE}"
        try:
            if kind == "photo":
                files = [("files", ("anh.jpg", photo))]
                response = await http.post(
                    base + "/files", data={"as": "photo", "name": name}, files=files
                )
            else:
                if kind == "lich":
                    text = "/lich"
                elif kind == "question":
                    text = rng.choice(QUESTIONS)
                elif kind == "code":
                    code = rng.choice(seeded.codes)  # typed alone, or with the command
                    text = code if rng.random() < 0.5 else f"/hoso {code}"
                elif chat in in_form:  # the form's next step: an answer
                    text = "Nguyễn Văn An, 1980, nam, công chức văn hóa, LĐTT"
                    in_form.discard(chat)
                else:
                    text = "/dangky"
                    in_form.add(chat)
                response = await http.post(base + "/text", json={"text": text, "name": name})
            response.raise_for_status()
        except httpx.HTTPError:
            load.post_errors += 1

    started = time.monotonic()
    n = 0
    while time.monotonic() - started < seconds:
        due = started + n / rate
        delay = due - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        n += 1
        # Officers whose answer arrived are free again.
        for chat in [c for c, s in waiting.items() if s.replied is not None]:
            del waiting[chat]
            idle.append(chat)
        if not idle:
            load.post_errors += 1  # nobody free: the bot is too slow for this many officers
            continue
        chat = idle.pop(rng.randrange(len(idle)))
        kind = "form" if chat in in_form else rng.choice(kinds)
        item = Sent(chat, kind, time.time())
        waiting[chat] = item
        load.sent.append(item)
        task = asyncio.create_task(post(chat, kind))
        tasks.add(task)
        task.add_done_callback(tasks.discard)
    if tasks:
        await asyncio.wait(tasks)


async def _watch(http: httpx.AsyncClient, load: Load, stop: asyncio.Event, seen: int) -> int:
    """Match the sandbox's delivery timeline to the messages waiting for an answer."""
    open_by_chat: dict[str, list[Sent]] = {}
    index = 0
    while True:
        for item in load.sent[index:]:
            open_by_chat.setdefault(str(item.chat), []).append(item)
        index = len(load.sent)
        body = (await http.get("/api/control/deliveries", params={"after": seen})).json()
        fresh = body["deliveries"]
        seen += len(fresh)
        for at, chat, _ in fresh:  # _ is the message id
            for item in open_by_chat.get(str(chat), []):
                if item.replied is None and at >= item.at:
                    item.replied = at
                    item.reply_id = str(_)
                    break
        for chat, items in list(open_by_chat.items()):
            open_by_chat[chat] = [i for i in items if i.replied is None]
        if stop.is_set() and not fresh:
            return seen
        await asyncio.sleep(0.05)


class CpuMeter:
    """CPU seconds (user + system) used by each role's processes since :meth:`start`.

    CPU per update does not depend on how loaded the machine is, unlike latency; and it tells
    whether the bot or the bench's own processes (sandbox, proxy, this driver) use the cores.
    The ``postgres`` role is the server's postmaster: its backends (alive, and reaped) count.
    ``machine`` is every core's busy time, whoever used it: on a shared machine the bench's own
    share alone read "half idle" while other work kept the cores full (issue 16, task h38).
    """

    def __init__(self, roles: dict[str, list[int]]) -> None:
        self.procs = {
            role: [psutil.Process(pid) for pid in pids] for role, pids in roles.items() if pids
        }
        self.began: dict[str, float] = {}

    def _now(self) -> dict[str, float]:
        used: dict[str, float] = {}
        for role, procs in self.procs.items():
            total = 0.0
            for proc in procs:
                with contextlib.suppress(psutil.Error):
                    times = proc.cpu_times()
                    total += times.user + times.system
                    if role == "postgres":
                        total += times.children_user + times.children_system
                        for child in proc.children():
                            with contextlib.suppress(psutil.Error):
                                child_times = child.cpu_times()
                                total += child_times.user + child_times.system
            used[role] = total
        times = os.times()
        used["driver"] = times.user + times.system
        machine = psutil.cpu_times()
        used[MACHINE] = sum(machine) - machine.idle - getattr(machine, "iowait", 0.0)
        return used

    def start(self) -> None:
        self.began = self._now()

    def used(self) -> dict[str, float]:
        now = self._now()
        return {role: now[role] - self.began[role] for role in now}


class RssSampler:
    def __init__(self, pids: list[int]) -> None:
        self.procs = [psutil.Process(pid) for pid in pids]
        self.peak = 0.0

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            total = 0.0
            for proc in self.procs:
                with contextlib.suppress(psutil.Error):
                    total += proc.memory_info().rss
            self.peak = max(self.peak, total / 1e6)
            await asyncio.sleep(0.25)


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def _one_rate(
    http: httpx.AsyncClient,
    seeded: Seeded,
    rate: float,
    seconds: float,
    pids: list[int],
    roles: dict[str, list[int]] | None = None,
    idle: dict[str, float] | None = None,
) -> dict[str, Any]:
    seen = (await http.get("/api/control/deliveries", params={"after": 10**9})).json()["total"]
    cpu = CpuMeter({"bot": pids, **(roles or {})})
    cpu.start()
    load = Load()
    stop = asyncio.Event()
    sampler = RssSampler(pids)
    sampling = asyncio.create_task(sampler.run(stop))
    watcher_stop = asyncio.Event()
    watcher = asyncio.create_task(_watch(http, load, watcher_stop, seen))
    began = time.time()
    await _offer(http, seeded, rate, seconds, load)
    offered_s = time.time() - began
    deadline = time.monotonic() + REPLY_TIMEOUT_S
    # The watcher fills in replies; wait for the last ones (or give up: they are errors).
    while time.monotonic() < deadline and any(s.replied is None for s in load.sent):  # noqa: ASYNC110
        await asyncio.sleep(0.2)
    watcher_stop.set()
    await watcher
    stop.set()
    await sampling
    used = cpu.used()
    machine_busy = used.pop(MACHINE)
    wall = time.time() - began
    samples = await _samples(http, load)
    latencies = [s.replied - s.at for s in load.sent if s.replied is not None]
    answered = [s for s in load.sent if s.replied is not None]
    last = max((s.replied for s in answered), default=began)  # type: ignore[type-var]
    by_kind: dict[str, list[float]] = {}
    for s in answered:
        by_kind.setdefault(s.kind, []).append(s.replied - s.at)  # type: ignore[operator]
    return {
        "rate": rate,
        "offered_per_s": round(len(load.sent) / offered_s, 2),
        "processed_per_s": round(len(answered) / max(last - began, 1e-9), 2),
        "reply_p50_ms": _ms(_percentile(latencies, 0.5)),
        "reply_p95_ms": _ms(_percentile(latencies, 0.95)),
        "reply_p99_ms": _ms(_percentile(latencies, 0.99)),
        "errors": load.post_errors + sum(1 for s in load.sent if s.replied is None),
        "rss_peak_mb": round(sampler.peak, 1),
        "messages": len(load.sent),
        # CPU per offered update, per role: the bot's replicas, the sandbox, the proxy, the
        # driver; and how much of the machine all of them used (1.0 = every core busy).
        "cpu_ms_per_update": {
            role: round(1000 * seconds_used / max(len(load.sent), 1), 1)
            for role, seconds_used in used.items()
        },
        "cpu_ms_per_update_net_of_idle": {
            role: round(
                1000 * (seconds_used - (idle or {}).get(role, 0.0) * wall) / max(len(load.sent), 1),
                1,
            )
            for role, seconds_used in used.items()
        },
        "idle_cpu_ms_per_s": {role: round(1000 * v, 1) for role, v in (idle or {}).items()},
        "cpu_share_of_machine": round(sum(used.values()) / (wall * (os.cpu_count() or 1)), 2),
        # Every core's busy time, and the part of it no process of this bench used: the other
        # work on a shared machine, which latency here depends on.
        "machine_busy_share": round(machine_busy / (wall * (os.cpu_count() or 1)), 2),
        "other_work_share": round(
            max(0.0, machine_busy - sum(used.values())) / (wall * (os.cpu_count() or 1)), 2
        ),
        "load_1m": round(os.getloadavg()[0], 1),
        "p95_ms_by_kind": {k: _ms(_percentile(v, 0.95)) for k, v in sorted(by_kind.items())},
        "sample_replies": samples,
    }


async def _samples(http: httpx.AsyncClient, load: Load) -> dict[str, str]:
    """The start of one answer per kind: shows the bot really answered, not just "sorry"."""
    found: dict[str, str] = {}
    for item in load.sent:
        if item.kind in found or item.replied is None:
            continue
        body = (await http.get(f"/api/users/{item.chat}/messages")).json()
        reply = [m for m in body["messages"] if str(m.get("message_id")) == item.reply_id]
        if reply:
            found[item.kind] = (reply[0].get("text") or reply[0].get("caption") or "")[:70]
    return found


def _ms(seconds: float | None) -> int | None:
    return None if seconds is None else round(seconds * 1000)


async def run(
    *,
    users: int,
    rates: list[float],
    seconds: float,
    db: str,
    replicas: int,
    factor: int = 1,
    root: Path = PROJECT_ROOT,
) -> dict[str, Any]:
    """One deployment (sandbox, replicas, proxy) measured at each rate; the replicas run the
    checkout at ``root`` (another tree for ``--baseline-root``), the rest runs this one."""
    work = Path(tempfile.mkdtemp(prefix="tdkt-inbound-"))
    log = work / "bench.log"
    procs: list[subprocess.Popen[bytes]] = []
    results: list[dict[str, Any]] = []
    seed_s = 0.0
    try:
        if db == "sqlite":
            db_url = f"sqlite+aiosqlite:///{work / 'bench.sqlite3'}"
        else:
            db_url = await _fresh_pg_database(db)
        sandbox_port = _free_port()
        sandbox_url = f"http://127.0.0.1:{sandbox_port}"
        sandbox_proc = _spawn("-m", "bot.sandbox", "--port", str(sandbox_port), "--local", log=log)
        procs.append(sandbox_proc)
        roles: dict[str, list[int]] = {"sandbox": [sandbox_proc.pid]}
        if db != "sqlite":
            postmaster = _listening_pid(db)
            if postmaster is not None:  # a server on this machine: its CPU is the bot's too
                roles["postgres"] = [postmaster]
        async with httpx.AsyncClient(
            base_url=sandbox_url, timeout=60, limits=httpx.Limits(max_connections=400)
        ) as http:
            info: dict[str, Any] = {}
            for _ in range(600):
                with contextlib.suppress(httpx.HTTPError):
                    info = (await http.get("/api/info")).json()
                    break
                await asyncio.sleep(0.05)
            token = info["telegram"]["token"] if "telegram" in info else info["telegram_token"]
            await http.post("/api/control/flood", json={"enabled": False})
            began = time.monotonic()
            seeded = await seed(db_url, factor=factor, users=users, bot_key=token.split(":")[0])
            seed_s = time.monotonic() - began
            ports = [_free_port() for _ in range(replicas)]
            public = f"http://127.0.0.1:{ports[0]}"
            if replicas > 1:
                proxy_port = _free_port()
                public = f"http://127.0.0.1:{proxy_port}"
                upstreams = [f"http://127.0.0.1:{p}" for p in ports]
                proxy_proc = _spawn(
                    "-m", "benchmarks.inbound_bench", "proxy", str(proxy_port), *upstreams, log=log
                )
                procs.append(proxy_proc)
                roles["proxy"] = [proxy_proc.pid]
            replica_procs = []
            for index, port in enumerate(ports):
                data = work / f"replica-{index}"
                replica_procs.append(
                    _spawn(
                        "-m",
                        "benchmarks.inbound_bench",
                        "replica",
                        db_url,
                        sandbox_url,
                        token,
                        str(data),
                        str(port),
                        public,
                        "1" if index == 0 else "0",
                        log=log,
                        root=root,
                    )
                )
                if index == 0:  # the leader migrates; the others start after it is up
                    await _wait_http(f"http://127.0.0.1:{port}/healthz")
            procs.extend(replica_procs)
            for port in ports:
                await _wait_http(f"http://127.0.0.1:{port}/healthz")
            await asyncio.sleep(3)  # webhook set, leader lock taken
            await _one_rate(http, seeded, 5, 4, [])  # warm-up (first question loads the index)
            pids = [p.pid for p in replica_procs]
            # What the processes use with nobody writing (pollers, timers), per second: the
            # per-update figures below are net of it, so a low rate does not inflate them.
            meter = CpuMeter({"bot": pids, **roles})
            meter.start()
            await asyncio.sleep(IDLE_WINDOW_S)
            idle = {
                role: used / IDLE_WINDOW_S for role, used in meter.used().items() if role != MACHINE
            }
            for rate in rates:
                results.append(await _one_rate(http, seeded, rate, seconds, pids, roles, idle))
    finally:
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    statements = _statements(work)
    handled = sum(r["messages"] for r in results) + 20  # + the warm-up's 4 s at 5/s
    knee = next((r["rate"] for r in results if (r["reply_p95_ms"] or 10**9) > 1000), None)
    return {
        **(results[0] if len(results) == 1 else {"rates": results}),
        "knee_rate": knee,
        "users": users,
        "seconds": seconds,
        "db": "sqlite" if db == "sqlite" else "postgres",
        "replicas": replicas,
        "factor": factor,
        "seed_s": round(seed_s, 1),
        # Every replica's SQL statements over the whole run (warm-up included) per update.
        "sql_per_update": {k: round(n / handled, 2) for k, n in sorted(statements.items())},
        "cpus": os.cpu_count(),
        "load_1m": round(os.getloadavg()[0], 1),
        "date": date.today().isoformat(),
        "log": str(log),
    }


def _statements(work: Path) -> dict[str, int]:
    import json

    statements: dict[str, int] = {}
    for path in work.glob("replica-*/statements.json"):
        for kind, n in json.loads(path.read_text()).items():
            statements[kind] = statements.get(kind, 0) + n
    return statements


async def _fresh_pg_database(admin_url: str) -> str:
    """A new, empty database on the PostgreSQL server ``admin_url`` points at."""
    import uuid

    import asyncpg

    plain = admin_url.replace("postgresql+asyncpg://", "postgresql://", 1)
    name = f"tdkt_bench_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(plain)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return "postgresql+asyncpg://" + plain.split("://", 1)[1].rsplit("/", 1)[0] + "/" + name


def _listening_pid(url: str) -> int | None:
    """The process listening on ``url``'s local port (PostgreSQL's postmaster), if visible."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.host not in ("127.0.0.1", "localhost", None):
        return None
    port = parsed.port or 5432
    with contextlib.suppress(psutil.Error, OSError):
        for conn in psutil.net_connections(kind="tcp"):
            if conn.status == psutil.CONN_LISTEN and conn.laddr and conn.laddr.port == port:
                return conn.pid  # None when the server belongs to another user (not root)
    return None


async def _wait_http(url: str, within: float = 180) -> None:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(timeout=2) as client:
        while time.monotonic() < deadline:
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(url)).status_code == 200:
                    return
            await asyncio.sleep(0.1)
    raise TimeoutError(url)


def main(
    *,
    users: int,
    rates: list[float],
    seconds: float,
    db: str,
    replicas: int,
    factor: int,
    as_json: bool,
    baseline_root: Path | None = None,
    rounds: int = 1,
) -> dict[str, Any]:
    def one(root: Path) -> dict[str, Any]:
        return asyncio.run(
            run(
                users=users,
                rates=rates,
                seconds=seconds,
                db=db,
                replicas=replicas,
                factor=factor,
                root=root,
            )
        )

    if baseline_root is None:
        result = one(PROJECT_ROOT)
    else:
        # The two trees' bots alternate, each on fresh processes and data, so a change in the
        # machine's load between runs falls on both; the sandbox and driver are this tree's.
        result = {"this": [], "baseline": [], "baseline_root": str(baseline_root)}
        for _ in range(rounds):
            result["this"].append(one(PROJECT_ROOT))
            result["baseline"].append(one(baseline_root.resolve()))
    _print(result, as_json)
    return result


def scale(
    *, factors: list[int], users: int, rate: float, seconds: float, db: str, as_json: bool
) -> dict[str, Any]:
    """The same workload on data ``factor`` times larger; each factor on fresh processes."""
    rows = []
    for factor in factors:
        one = asyncio.run(
            run(users=users, rates=[rate], seconds=seconds, db=db, replicas=1, factor=factor)
        )
        rows.append(one)
    base = rows[0]
    result = {
        "factors": [
            {
                "factor": r["factor"],
                "reply_p50_ms": r["reply_p50_ms"],
                "reply_p95_ms": r["reply_p95_ms"],
                "reply_p99_ms": r["reply_p99_ms"],
                "processed_per_s": r["processed_per_s"],
                "errors": r["errors"],
                "rss_peak_mb": r["rss_peak_mb"],
                "p95_ms_by_kind": r["p95_ms_by_kind"],
                "seed_s": r["seed_s"],
                "p95_vs_factor_1": round(
                    (r["reply_p95_ms"] or 0) / max(base["reply_p95_ms"] or 1, 1), 2
                ),
            }
            for r in rows
        ],
        "rate": rate,
        "users": users,
        "seconds": seconds,
        "db": db,
        "cpus": os.cpu_count(),
        "date": date.today().isoformat(),
    }
    _print(result, as_json)
    return result


def _print(result: dict[str, Any], as_json: bool) -> None:
    print_result(result, as_json, 16)


def _child() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="role", required=True)
    replica = sub.add_parser("replica")
    for name in ("db_url", "sandbox", "token"):
        replica.add_argument(name)
    replica.add_argument("data", type=Path)
    replica.add_argument("port", type=int)
    replica.add_argument("public")
    replica.add_argument("leader")
    proxy = sub.add_parser("proxy")
    proxy.add_argument("port", type=int)
    proxy.add_argument("upstreams", nargs="+")
    args = parser.parse_args()
    import logging

    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(process)d %(name)s: %(message)s"
    )
    if os.environ.get("TDKT_BENCH_TRACE"):  # each outbox row's claim, request, answer, record
        logging.getLogger("bot.outbox.trace").setLevel(logging.DEBUG)
    if args.role == "replica":
        asyncio.run(
            _replica_main(
                args.db_url,
                args.sandbox,
                args.token,
                args.data,
                args.port,
                args.public,
                args.leader == "1",
            )
        )
    else:
        _proxy_main(args.port, args.upstreams)


if __name__ == "__main__":
    _child()
