"""Updates that arrive together are stored by one inbox commit (issue 16), each still once.

One insert and commit per webhook took SQLite's write gate 50 times a second at 50 updates a
second, against the handlers' commits; now the updates that arrive while an inbox commit runs
share the next one. Every update is committed before its webhook is answered, a repeated
delivery is still dropped (against the table and within one batch), and a failed commit fails
every webhook in it, so the channel delivers them again.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import event, select

from bot.core.clock import FakeClock
from bot.core.messages import Incoming
from bot.core.router import Router
from bot.core.runtime import Runtime
from bot.storage.db import Database
from bot.storage.models import InboxUpdate

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def _update(key: str, user: str = "1") -> Incoming:
    return Incoming(
        channel="telegram", bot_key="b", user_id=user, chat_id=user, update_key=key, text=key
    )


def _runtime(db: Database) -> tuple[Runtime, list[str]]:
    services = SimpleNamespace(db=db, clock=FakeClock(NOW))
    runtime = Runtime(services, Router())  # type: ignore[arg-type]
    kicked: list[str] = []
    runtime._kick = kicked.append  # type: ignore[method-assign]  # stored is what is tested
    return runtime, kicked


async def _stored(db: Database) -> list[str]:
    async with db.session() as session:
        return list(
            (await session.scalars(select(InboxUpdate.update_key).order_by(InboxUpdate.id))).all()
        )


async def test_updates_arriving_together_share_one_commit_and_each_is_stored_once(
    db: Database,
) -> None:
    runtime, kicked = _runtime(db)
    assert await runtime.receive(_update("u0"))  # stored earlier: its repeat is dropped below
    commits: list[int] = []
    event.listen(db.engine.sync_engine, "commit", lambda *_: commits.append(1))
    keys = ["u1", "u2", "u0", "u3", "u2", "u4"]  # a repeat of a stored one, one within the batch
    users = ["1", "2", "3", "4", "5", "6"]
    results = await asyncio.gather(
        *(runtime.receive(_update(k, u)) for k, u in zip(keys, users, strict=True))
    )
    assert results == [True, True, False, True, False, True]
    assert len(commits) == 1
    assert await _stored(db) == ["u0", "u1", "u2", "u3", "u4"]
    # Only the new ones are handled (the second "u2" came from user 5: not kicked).
    assert kicked == [f"telegram:b:{user}" for user in ("1", "1", "2", "4", "6")]


async def test_a_webhook_returns_only_once_its_update_is_committed(db: Database) -> None:
    runtime, _ = _runtime(db)
    held, go_on = asyncio.Event(), asyncio.Event()
    store = runtime._store

    async def slow_commit(batch: list[Incoming]) -> list[bool]:
        if not held.is_set():
            held.set()  # the first commit waits for the write gate
            await go_on.wait()
        return await store(batch)

    runtime._store = slow_commit  # type: ignore[method-assign]
    first = asyncio.create_task(runtime.receive(_update("a")))
    await asyncio.wait_for(held.wait(), 10)
    later = [asyncio.create_task(runtime.receive(_update(k, k))) for k in ("b", "c", "d")]
    await asyncio.sleep(0.05)
    assert not first.done() and not any(t.done() for t in later)  # nothing answered early
    assert await _stored(db) == []
    go_on.set()
    assert await asyncio.wait_for(asyncio.gather(first, *later), 10) == [True] * 4
    assert await _stored(db) == ["a", "b", "c", "d"]


async def test_a_failed_inbox_commit_fails_every_webhook_in_it(db: Database) -> None:
    runtime, kicked = _runtime(db)

    async def broken(_batch: Any) -> list[bool]:
        raise OSError("disk I/O error")

    runtime._store = broken  # type: ignore[method-assign]
    results = await asyncio.gather(
        *(runtime.receive(_update(k, k)) for k in ("x", "y")), return_exceptions=True
    )
    assert all(isinstance(r, OSError) for r in results)  # the channel delivers them again
    assert kicked == []
    with pytest.raises(OSError):  # and the next update is tried afresh, not stuck
        await runtime.receive(_update("z"))
