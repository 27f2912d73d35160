"""The outbox sender's own ceiling when the rate limit is not binding (issue 16).

    tdkt bench sender --rows 3000 --limit 150 [--db postgres --pg-url URL] \
        [--baseline-root /path/to/other/checkout] --json

``tdkt bench broadcast`` measures the whole deployment (sandbox, bot, sender, chatting officers)
and on a busy machine mostly measures the machine. This one isolates the sender: one process,
an ``OutboxWorker`` pacing at ``--limit`` with the real limiter and the real database, and a
channel that answers every send after a fixed round trip (``--rtt-ms``, 20 by default) instead
of a sandbox. ``--rows`` bulk rows to distinct chats are queued first; the figure is rows sent
per second between the first and the last send, as a fraction of the limit, and the CPU the
sender's process spent per send (load-independent: on a busy machine the rate measures the
machine too).

With ``--baseline-root`` the same measurement runs on another checkout's ``bot`` package (the
child is this file run with that checkout first on ``sys.path``), alternating the two trees
``--rounds`` times so both see the same machine load.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks import print_result

PROJECT_ROOT = Path(__file__).resolve().parent.parent


async def _measure(db_url: str, rows: int, limit: float, rtt: float, data: Path) -> dict[str, Any]:
    from sqlalchemy import func, insert, select

    from bot.channels.base import Channel
    from bot.channels.registry import ChannelRegistry
    from bot.core.clock import SystemClock
    from bot.core.messages import TELEGRAM
    from bot.outbox.limiter import RateLimiter
    from bot.outbox.worker import OutboxWorker
    from bot.storage import migrate
    from bot.storage.db import Database
    from bot.storage.media import LocalMediaStore
    from bot.storage.models import OutboxMessage, OutboxStatus

    sent_at: list[float] = []

    class Answering(Channel):
        kind = "telegram"
        bot_key = "1"
        caps = TELEGRAM

        async def start(self, receive: Any) -> None:
            return None

        async def stop(self) -> None:
            return None

        async def send(self, chat_id: str, message: Any, load: Any) -> str | None:
            await asyncio.sleep(rtt)
            sent_at.append(time.monotonic())
            return str(len(sent_at))

        async def fetch(self, attachment: Any) -> bytes:
            return b""

    db = Database(db_url)
    await migrate.upgrade(db.engine)
    now = datetime.now(UTC) - timedelta(seconds=1)
    payload = {"text": "Nhắc hạn công việc: gửi báo cáo sơ kết trước ngày 15/12."}
    async with db.session() as session:
        batch = [
            {
                "channel": "telegram",
                "bot_key": "1",
                "chat_id": str(10_000 + i),
                "chat_key": f"telegram:1:{10_000 + i}",
                "priority": 30,
                "kind": "reminder",
                "payload": payload,
                "status": OutboxStatus.PENDING,
                "attempts": 0,
                "not_before": now,
                "created_at": now,
            }
            for i in range(rows)
        ]
        for start in range(0, rows, 2000):
            await session.execute(insert(OutboxMessage), batch[start : start + 2000])
    channels = ChannelRegistry()
    channels.add(Answering())
    worker = OutboxWorker(
        db,
        channels,
        LocalMediaStore(data / "media"),
        SystemClock(),
        RateLimiter(limit, 1.0, 3),
        concurrency=8,
        poll_interval=0.05,
    )
    cpu = time.process_time()  # all of this process's threads (aiosqlite's included)
    run = asyncio.create_task(worker.run())
    began = time.monotonic()
    while len(sent_at) < rows and time.monotonic() - began < rows / limit * 20 + 60:  # noqa: ASYNC110
        await asyncio.sleep(0.1)
    await worker.stop()
    cpu = time.process_time() - cpu
    run.cancel()
    async with db.session() as session:
        recorded = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENT)
        )
    await db.dispose()
    window = max(sent_at[-1] - sent_at[0], 1e-9) if len(sent_at) > 1 else 1e-9
    return {
        "sent": len(sent_at),
        "recorded_sent": recorded,
        "per_s": round((len(sent_at) - 1) / window, 2),
        "of_limit": round((len(sent_at) - 1) / window / limit, 3),
        # What a send costs the sender's process, whatever the machine's load: 1000 / this is
        # the rate one free core could sustain.
        "cpu_ms_per_send": round(cpu * 1000 / max(len(sent_at), 1), 3),
    }


def _child(db_url: str, rows: int, limit: float, rtt: float) -> None:
    data = Path(tempfile.mkdtemp(prefix="tdkt-sender-"))
    if db_url == "sqlite":
        db_url = f"sqlite+aiosqlite:///{data / 'bench.sqlite3'}"
    print(json.dumps(asyncio.run(_measure(db_url, rows, limit, rtt, data))))


def _spawn(root: Path, db: str, rows: int, limit: float, rtt: float) -> dict[str, Any]:
    if db != "sqlite":  # a fresh database for every run, made here (the child may be older code)
        from benchmarks.inbound_bench import _fresh_pg_database

        db = asyncio.run(_fresh_pg_database(db))
    env = dict(os.environ, PYTHONPATH=f"{root}{os.pathsep}{PROJECT_ROOT}")
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), db, str(rows), str(limit), str(rtt)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(
    *,
    rows: int,
    limit: float,
    rtt_ms: float,
    db: str,
    baseline_root: Path | None,
    rounds: int,
    as_json: bool,
) -> dict[str, Any]:
    trees = {"this": PROJECT_ROOT}
    if baseline_root is not None:
        trees["baseline"] = baseline_root.resolve()
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in trees}
    for _ in range(rounds):
        for name, root in trees.items():  # alternating: both see the same load
            runs[name].append(_spawn(root, db, rows, limit, rtt_ms / 1000))
    result: dict[str, Any] = {}
    for name, got in runs.items():
        result[name] = {
            "per_s_median": round(statistics.median(r["per_s"] for r in got), 2),
            "of_limit_median": round(statistics.median(r["of_limit"] for r in got), 3),
            "cpu_ms_per_send_median": round(
                statistics.median(r["cpu_ms_per_send"] for r in got), 3
            ),
            "runs": got,
        }
    result.update(
        rows=rows,
        limit_per_s=limit,
        rtt_ms=rtt_ms,
        db="sqlite" if db == "sqlite" else "postgres",
        rounds=rounds,
        cpus=os.cpu_count(),
        load_1m=round(os.getloadavg()[0], 1),
        date=date.today().isoformat(),
    )
    print_result(result, as_json, 16)
    return result


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("db")
    parser.add_argument("rows", type=int)
    parser.add_argument("limit", type=float)
    parser.add_argument("rtt", type=float)
    args = parser.parse_args()
    _child(args.db, args.rows, args.limit, args.rtt)
