"""Replies claimed and recorded in batches (issue 16): each row once, in its chat's order.

At 50 replies a second on SQLite the sender claimed one reply per slot, on the slot's path, and
wrote each sent reply in its own commit; both waited their turn at the process's write gate, and
the sender capped near 30 replies a second. Now every chat with a reply waiting is claimed in one
query and one write, replies queued while claimed ones are sent are claimed in the background,
and replies answered while a record is being written share the next write. None of that may hand
a row out twice, send a chat's messages out of order, or lose one in a crash.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from pathlib import Path
from typing import Any

from bot.channels.registry import ChannelRegistry
from bot.core.clock import FakeClock
from bot.outbox.outbox import Outbox
from bot.storage.db import Database
from bot.storage.media import LocalMediaStore
from tests.reminders.test_outbox import (
    NOW,
    FakeTelegram,
    _accounts,
    _queue,
    _statuses,
    _until,
    _worker,
)

CHATS = 12
PER_CHAT = 4


async def _replies(db: Database, outbox: Outbox) -> list[str]:
    """``PER_CHAT`` replies queued for each of ``CHATS`` officers, chat by chat interleaved."""
    accounts = await _accounts(db, CHATS)
    for n in range(PER_CHAT):
        for account in accounts:
            await _queue(db, outbox, account, f"trả lời {n} cho {account.chat_id}")
    return [a.chat_id for a in accounts]


def _by_chat(accepted: list[tuple[str, str]]) -> dict[str, list[str]]:
    chats: dict[str, list[str]] = defaultdict(list)
    for chat, text in accepted:
        chats[chat].append(text)
    return chats


async def test_two_senders_claiming_replies_at_once_hand_each_out_once_in_chat_order(
    db: Database, tmp_path: Path
) -> None:
    clock = FakeClock(NOW)
    outbox = Outbox(ChannelRegistry(), LocalMediaStore(tmp_path / "media"), clock)
    chats = await _replies(db, outbox)
    first = _worker(db, ChannelRegistry(), tmp_path, clock)
    second = _worker(db, ChannelRegistry(), tmp_path, clock)

    # The first sender stops inside its claim, right after choosing every chat's head...
    chosen, resume = asyncio.Event(), asyncio.Event()
    original = first._claim_urgent_heads

    async def paused(*args: Any) -> None:
        await original(*args)
        chosen.set()
        await resume.wait()

    first._claim_urgent_heads = paused  # type: ignore[method-assign]
    first_claim = asyncio.create_task(first.claim(CHATS, urgent_only=True))
    await asyncio.wait_for(chosen.wait(), 10)
    # ... and the second claims the same heads meanwhile: one of the two gets each row.
    second_rows = await asyncio.wait_for(second.claim(CHATS, urgent_only=True), 10)
    resume.set()
    first_rows = await asyncio.wait_for(first_claim, 10)
    rows = [*first_rows, *second_rows]
    assert sorted(r.chat_id for r in rows) == sorted(chats)  # each chat's head, once
    assert {r.payload["text"] for r in rows} == {f"trả lời 0 cho {c}" for c in chats}

    # While those are in flight, no chat's next reply can be claimed by either sender.
    assert await first.claim(CHATS, urgent_only=True) == []
    assert await second.claim(CHATS, urgent_only=True) == []

    # Recorded sent (one shared write), the next reply of every chat is claimable, once.
    await asyncio.gather(*(first._record_reply(r, None) for r in rows))
    again = [
        *await first.claim(CHATS // 2, urgent_only=True),
        *await second.claim(CHATS, urgent_only=True),
    ]
    assert sorted(r.payload["text"] for r in again) == sorted(f"trả lời 1 cho {c}" for c in chats)


async def test_two_running_senders_send_every_reply_once_in_each_chats_order(
    db: Database, tmp_path: Path
) -> None:
    clock = FakeClock(NOW)
    channel = FakeTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    chats = await _replies(db, outbox)  # a backlog: every chat's replies claimable in turn
    first = _worker(db, channels, tmp_path, clock)
    second = _worker(db, channels, tmp_path, clock)
    tasks = [asyncio.create_task(first.run()), asyncio.create_task(second.run())]
    try:
        await _until(lambda: _settled(db, CHATS * PER_CHAT))
    finally:
        await first.stop()
        await second.stop()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    assert len(channel.accepted) == CHATS * PER_CHAT  # nothing twice, nothing lost
    assert _by_chat(channel.accepted) == {
        c: [f"trả lời {n} cho {c}" for n in range(PER_CHAT)] for c in chats
    }


async def _settled(db: Database, count: int) -> bool:
    return (await _statuses(db)) == {"sent": count}


async def test_replies_answered_while_a_record_is_written_share_the_next_write(
    db: Database, tmp_path: Path
) -> None:
    clock = FakeClock(NOW)
    channel = FakeTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    accounts = await _accounts(db, 4)
    for account in accounts:
        await _queue(db, outbox, account, f"Đã lưu {account.chat_id}")
    worker = _worker(db, channels, tmp_path, clock)
    writes: list[int] = []
    first_write, go_on = asyncio.Event(), asyncio.Event()
    write = worker._write

    async def counted(work):  # type: ignore[no-untyped-def]
        writes.append(worker._replies.waiting)  # replies still waiting for a later write
        if len(writes) == 1:
            first_write.set()
            await go_on.wait()  # the first record's write waits for the gate
        return await write(work)

    worker._write = counted  # type: ignore[method-assign]
    task = asyncio.create_task(worker.run())
    try:
        await asyncio.wait_for(first_write.wait(), 10)
        await _until(lambda: _answered(worker, channel, 4))
        # All four answered; none recorded yet, so no send is over (its slot still held).
        assert (await _statuses(db)) == {"sending": 4}
        assert len(worker._inflight) == 4
        go_on.set()
        await _until(lambda: _settled(db, 4))
    finally:
        await worker.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert len(writes) == 2 and writes[1] == 0  # the three answered meanwhile: one write
    assert sorted(channel.accepted) == sorted((a.chat_id, f"Đã lưu {a.chat_id}") for a in accounts)


async def _answered(worker: Any, channel: FakeTelegram, count: int) -> bool:
    return len(channel.accepted) == count and worker._replies.waiting == count - 1


async def test_a_kill_with_replies_claimed_ahead_loses_none_and_repeats_none(
    db: Database, tmp_path: Path
) -> None:
    """Replies claimed in one batch wait ``sending`` in the sender's memory until their slots;
    a kill then leaves them to the next start, which sends each exactly once."""
    clock = FakeClock(NOW)
    channel = FakeTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    chats = await _replies(db, outbox)
    worker = _worker(db, channels, tmp_path, clock)
    claimed = await worker._claim_urgent([])  # one claim: every chat's head
    assert len(claimed) == CHATS and len(worker._held) == CHATS - 1
    assert (await _statuses(db))["sending"] == CHATS
    # SIGKILL here: nothing of this sender runs again, nothing was requested.
    assert channel.accepted == []

    successor = _worker(db, channels, tmp_path, clock)
    assert await successor.recover() == CHATS  # back to pending, in doubt
    task = asyncio.create_task(successor.run())
    try:
        await _until(lambda: _settled(db, CHATS * PER_CHAT))
    finally:
        await successor.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    assert len(channel.accepted) == CHATS * PER_CHAT
    assert _by_chat(channel.accepted) == {
        c: [f"trả lời {n} cho {c}" for n in range(PER_CHAT)] for c in chats
    }
