"""A multi-process deployment in miniature: a web replica and a worker sharing PostgreSQL and Redis.

The web replica receives Telegram's webhook and handles the conversation; only the worker (the
leader) sends the outbox. Redis carries the wake-up, so replies leave at once instead of at the
worker's next poll; a second leader candidate waits on the PostgreSQL advisory lock.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.app import Application
from tests.e2e.harness import Harness

pytestmark = pytest.mark.postgres


async def eventually(condition: Callable[[], bool], within: float = 10.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_web_replica_and_worker_share_postgres_and_redis(
    tmp_path: Path, pg_url: str, redis_url: str
) -> None:
    port = _free_port()
    shared = {
        "web_port": port,
        "public_url": f"http://127.0.0.1:{port}",
        "webhook_secret": "chung-bi-mat-123",
        "redis_url": redis_url,
    }
    web = await Harness(tmp_path / "web", pg_url, settings=shared, leader=False).start()
    worker_settings = web.settings().model_copy(
        update={"web_port": 0, "data_dir": tmp_path / "worker"}
    )
    worker = Application(worker_settings, sandbox_when_no_token=False, leader=True)
    candidate = Application(
        worker_settings.model_copy(update={"data_dir": tmp_path / "candidate"}),
        sandbox_when_no_token=False,
        leader=True,
    )
    try:
        await worker.start()
        await asyncio.sleep(0.5)
        # Without the wake-up the worker would only look again in 30 seconds.
        worker.worker.poll_interval = 30.0
        await candidate.start()
        await web.seed_units()
        officer = await web.officer("THON-BM")
        loop = asyncio.get_running_loop()
        started = loop.time()
        await officer.say("/trogiup")
        await officer.expect("Hướng dẫn sử dụng", within=10)
        assert loop.time() - started < 5
        assert worker.wakeups is not None and worker.wakeups.received >= 1
        assert web.app.worker.sent == 0  # the replica never sends
        # The officer can read a reply before the worker has recorded it as sent (the record
        # is written after the channel answers), so wait for the record, not for the reply.
        assert await eventually(lambda: worker.worker.sent >= 2)
        # The second candidate waits on the advisory lock and has sent nothing.
        assert candidate.worker.sent == 0
        assert candidate._leader_lock is not None and candidate._leader_lock._connection is None
    finally:
        await candidate.stop()
        await worker.stop()
        await web.stop()


async def test_without_redis_postgres_wakes_the_leader(tmp_path: Path, pg_url: str) -> None:
    """No Redis: the replica's reply transaction notifies the leader through PostgreSQL."""
    port = _free_port()
    shared = {
        "web_port": port,
        "public_url": f"http://127.0.0.1:{port}",
        "webhook_secret": "chung-bi-mat-123",
    }
    web = await Harness(tmp_path / "web", pg_url, settings=shared, leader=False).start()
    worker_settings = web.settings().model_copy(
        update={"web_port": 0, "data_dir": tmp_path / "worker"}
    )
    worker = Application(worker_settings, sandbox_when_no_token=False, leader=True)
    try:
        await worker.start()
        assert await eventually(lambda: worker.pg_wakeups is not None)
        assert worker.pg_wakeups is not None
        await asyncio.wait_for(worker.pg_wakeups.subscribed.wait(), 10)
        # Without the wake-up the worker would only look again in 30 seconds.
        worker.worker.poll_interval = 30.0
        await web.seed_units()
        officer = await web.officer("THON-BM")
        await officer.say("/trogiup")
        await officer.expect("Hướng dẫn sử dụng", within=10)
        assert worker.pg_wakeups.received >= 1
        assert web.app.worker.sent == 0  # the replica never sends
    finally:
        await worker.stop()
        await web.stop()


async def test_the_leaders_own_replies_do_not_notify_it(tmp_path: Path, pg_url: str) -> None:
    """No Redis, one process that leads: its replies wake its sender in-process; a NOTIFY per
    reply (a statement, and a wake-up back through the database) would be for nothing."""
    from sqlalchemy import text

    from bot.core.wakeups import PG_CHANNEL
    from bot.storage.db import Database

    port = _free_port()
    shared = {
        "web_port": port,
        "public_url": f"http://127.0.0.1:{port}",
        "webhook_secret": "chung-bi-mat-123",
    }
    leader = await Harness(tmp_path / "leader", pg_url, settings=shared, leader=True).start()
    outsider = Database(pg_url)
    try:
        app = leader.app
        assert await eventually(lambda: app.pg_wakeups is not None)
        assert app.pg_wakeups is not None
        await asyncio.wait_for(app.pg_wakeups.subscribed.wait(), 10)
        await leader.seed_units()
        officer = await leader.officer("THON-BM")
        await officer.say("/trogiup")
        await officer.expect("Hướng dẫn sử dụng", within=10)
        # A marker from another process: notifications arrive in commit order, so once it is
        # in, a notification of the reply's transaction would be in too.
        async with outsider.session() as session:
            await session.execute(text("SELECT pg_notify(:c, '')"), {"c": PG_CHANNEL})
        assert await eventually(lambda: app.pg_wakeups.received >= 1)
        assert app.pg_wakeups.received == 1  # the marker only
        assert app.worker.sent >= 1
        # Should this process lose the lock, another one sends and needs the signal again.
        lock = app._leader_lock
        assert lock is not None and lock.on_lost is not None
        lock.on_lost()
        await officer.say("/trogiup")
        assert await eventually(lambda: app.pg_wakeups.received >= 2)
    finally:
        await outsider.dispose()
        await leader.stop()
