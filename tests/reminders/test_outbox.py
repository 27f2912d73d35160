"""The outbox under load and failure: priorities, pacing outcomes, crashes, leader fencing."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, text

from bot.channels.base import Channel, RetryAfter, TemporaryFailure, Unreachable
from bot.channels.registry import ChannelRegistry
from bot.core.clock import FakeClock
from bot.core.leader import LeaderLock
from bot.core.messages import TELEGRAM, Reply
from bot.core.render import WireMessage
from bot.outbox.journal import AnswerJournal
from bot.outbox.limiter import RateLimiter
from bot.outbox.outbox import Outbox
from bot.outbox.worker import OutboxWorker
from bot.storage.db import Database
from bot.storage.media import LocalMediaStore
from bot.storage.models import ChannelAccount, OutboxMessage, OutboxStatus, Priority

NOW = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)


class FakeTelegram(Channel):
    """Records what "Telegram" accepted; scripted failures per chat; can hang requests."""

    kind = "telegram"
    bot_key = "1"
    caps = TELEGRAM

    def __init__(self) -> None:
        self.accepted: list[tuple[str, str]] = []
        self.failures: dict[str, list[Exception]] = {}
        self.hang: set[str] = set()
        self.hanging = 0

    async def start(self, receive):  # type: ignore[no-untyped-def]
        pass

    async def stop(self) -> None:
        pass

    async def send(self, chat_id: str, message: WireMessage, load):  # type: ignore[no-untyped-def]
        if self.failures.get(chat_id):
            raise self.failures[chat_id].pop(0)
        self.accepted.append((chat_id, message.text or ""))
        if chat_id in self.hang:  # accepted, but the answer never comes back (then: kill)
            self.hanging += 1
            await asyncio.Event().wait()
        return str(len(self.accepted))

    async def fetch(self, attachment):  # type: ignore[no-untyped-def]
        raise NotImplementedError


async def _accounts(db: Database, count: int) -> list[ChannelAccount]:
    async with db.session() as session:
        accounts = [
            ChannelAccount(channel="telegram", bot_key="1", external_id=str(i), chat_id=str(i))
            for i in range(1, count + 1)
        ]
        session.add_all(accounts)
    return accounts


def _worker(db: Database, channels: ChannelRegistry, tmp_path: Path, clock, rate: float = 500):  # type: ignore[no-untyped-def]
    return OutboxWorker(
        db,
        channels,
        LocalMediaStore(tmp_path / "media"),
        clock,
        RateLimiter(rate, 1000, 1000),
        concurrency=4,
        poll_interval=0.02,
    )


async def _queue(db: Database, outbox: Outbox, account: ChannelAccount, text_: str, **kw) -> None:  # type: ignore[no-untyped-def]
    async with db.session() as session:
        await outbox.deliver(session, account, Reply(text_), **kw)


async def _until(predicate, within: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    async with asyncio.timeout(within):
        while not await predicate():  # noqa: ASYNC110 - polling the database is the point
            await asyncio.sleep(0.02)


async def _statuses(db: Database) -> Counter[str]:
    async with db.session() as session:
        return Counter(str(s) for s in (await session.scalars(select(OutboxMessage.status))).all())


async def test_a_reply_overtakes_a_thousand_reminders(db: Database, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    outbox = Outbox(ChannelRegistry(), LocalMediaStore(tmp_path / "media"), clock)
    accounts = await _accounts(db, 300)
    for i, account in enumerate(accounts[:250]):
        await _queue(db, outbox, account, f"nhắc {i}", priority=Priority.BULK, dedupe_key=f"r{i}")
    # Someone chatting (no reminder queued) and someone whose reminder is queued before the reply.
    await _queue(db, outbox, accounts[299], "trả lời 299")
    await _queue(db, outbox, accounts[200], "trả lời 200")
    worker = _worker(db, ChannelRegistry(), tmp_path, clock)
    first = await worker.claim(1)
    assert first[0].chat_id == "300" and first[0].priority == Priority.INTERACTIVE
    # Chat 201's reminder goes next (its chat has a reply waiting), then the reply in order.
    second = await worker.claim(1)
    assert (second[0].chat_id, second[0].payload["text"]) == ("201", "nhắc 200")
    await worker._finish(second[0], OutboxStatus.SENT, None)
    third = await worker.claim(1)
    assert (third[0].chat_id, third[0].payload["text"]) == ("201", "trả lời 200")
    # Then bulk in order, leaving out chats that must wait for their bucket.
    fourth = await worker.claim(2, exclude=["telegram:1:1"])
    assert [r.chat_id for r in fourth] == ["2", "3"]


async def test_429_5xx_and_403(db: Database, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    channel = FakeTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    accounts = await _accounts(db, 3)
    channel.failures = {
        "1": [RetryAfter(1)],
        "2": [TemporaryFailure("502 Bad Gateway"), TemporaryFailure("timeout")],
        "3": [Unreachable("Forbidden: bot was blocked by the user")],
    }
    for account in accounts:
        await _queue(db, outbox, account, f"nhắc {account.chat_id}", priority=Priority.BULK)
    await _queue(db, outbox, accounts[2], "nhắc lần hai")
    worker = _worker(db, channels, tmp_path, clock)
    task = asyncio.create_task(worker.run())
    try:
        # 429: everything pauses about a second, then the same message goes, once.
        await _until(lambda: _has(channel, "1"))
        assert worker.stats.throttled == 1
        # 5xx/timeout: backoff 2 s then 4 s (on the fake clock).
        for _ in range(2):
            await asyncio.sleep(0.1)
            assert not await _has(channel, "2")
            clock.advance(timedelta(seconds=5))
            worker.wake()
        await _until(lambda: _has(channel, "2"))
        await _until(lambda: _no_pending(db))
    finally:
        await worker.stop()
        task.cancel()
    assert Counter(c for c, _ in channel.accepted) == {"1": 1, "2": 1}
    assert await _statuses(db) == {"sent": 2, "unreachable": 2}
    async with db.session() as session:
        blocked = await session.get(ChannelAccount, accounts[2].id)
        assert blocked is not None and blocked.reachable is False


async def _has(channel: FakeTelegram, chat: str) -> bool:
    return any(c == chat for c, _ in channel.accepted)


async def _no_pending(db: Database) -> bool:
    counts = await _statuses(db)
    return counts["pending"] == 0 and counts["sending"] == 0


async def test_a_hard_kill_loses_nothing_and_repeats_only_what_was_in_flight(
    db: Database, tmp_path: Path
) -> None:
    clock = FakeClock(NOW)
    channel = FakeTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    accounts = await _accounts(db, 60)
    for account in accounts:
        await _queue(db, outbox, account, f"nhắc {account.chat_id}", priority=Priority.BULK)
    channel.hang = {"59", "60"}  # Telegram accepts these, then the process is killed
    worker = _worker(db, channels, tmp_path, clock)
    task = asyncio.create_task(worker.run())
    await _until(lambda: _hung(channel, 2))
    await _until(lambda: _sent(db, 58))  # the kill comes when only those two are in flight
    # SIGKILL: no outcome is recorded for what is in flight, nothing else runs.
    task.cancel()
    for inflight in [*worker._inflight, worker._prefetch, worker._recorder]:
        if inflight is not None:
            inflight.cancel()
    # Bounded: a sender that ignores cancellation must fail this test, not hang the suite.
    async with asyncio.timeout(30):
        await asyncio.gather(task, *worker._inflight, return_exceptions=True)
    in_doubt = (await _statuses(db))["sending"]
    assert in_doubt == 2
    # The next sender (another process after a restart) finds them in doubt and sends them.
    channel.hang = set()
    successor = _worker(db, channels, tmp_path, clock)
    task = asyncio.create_task(successor.run())
    try:
        await _until(lambda: _no_pending(db))
    finally:
        async with asyncio.timeout(90):
            await successor.stop()
        task.cancel()
    assert successor.stats.in_doubt == in_doubt
    received = Counter(c for c, _ in channel.accepted)
    assert set(received) == {a.chat_id for a in accounts}  # nothing lost
    assert {c for c, n in received.items() if n > 1} == {"59", "60"}  # only those in flight
    assert (await _statuses(db))["sent"] == 60


async def test_a_reply_is_recorded_before_its_send_is_over_so_a_kill_repeats_nothing(
    db: Database, tmp_path: Path
) -> None:
    """Issue 12: a chat reply the channel has answered is written ``sent`` in the send's own
    commit. Batched with others a few milliseconds later, a kill in those milliseconds left it
    in doubt and the next start sent it again (the crash bench's duplicates)."""
    clock = FakeClock(NOW)
    channel = FakeTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    accounts = await _accounts(db, 3)
    for account in accounts:
        await _queue(db, outbox, account, f"Đã lưu {account.chat_id}")
    worker = _worker(db, channels, tmp_path, clock)
    task = asyncio.create_task(worker.run())
    async with asyncio.timeout(10):
        # The instant the sender is done with all three sends (answers in, slots free)...
        while len(channel.accepted) < 3 or worker._inflight:  # noqa: ASYNC110
            await asyncio.sleep(0.001)
    # ... SIGKILL: nothing else of this process runs, not even a pending write.
    for pending in [task, worker._prefetch, worker._recorder]:
        if pending is not None:
            pending.cancel()
    await asyncio.gather(task, return_exceptions=True)
    assert (await _statuses(db)) == {"sent": 3}
    successor = _worker(db, channels, tmp_path, clock)
    assert await successor.recover() == 0
    task = asyncio.create_task(successor.run())
    await asyncio.sleep(0.3)
    await successor.stop()
    task.cancel()
    assert sorted(channel.accepted) == [(a.chat_id, f"Đã lưu {a.chat_id}") for a in accounts]


class _ZaloClient:
    """What ZaloChannel needs of its client to send a text (the sandbox is not needed here)."""

    bot_id = "z1"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_message(self, chat_id: str, text: str) -> dict[str, object]:
        self.sent.append((chat_id, text))
        return {"message_id": str(len(self.sent))}

    async def close(self) -> None:
        pass


async def test_a_zalo_reply_is_recorded_before_its_usage_is_counted(
    db: Database, tmp_path: Path
) -> None:
    """Issue 12: the Zalo channel counted each sent message (a database write) before it
    returned, so the outbox recorded the send only after it; a kill (or a slow database) in
    between left the reply in doubt, sent again after the restart."""
    from bot.channels.zalo.channel import ZaloChannel

    clock = FakeClock(NOW)
    client = _ZaloClient()
    channel = ZaloChannel(client)  # type: ignore[arg-type]
    counting = asyncio.Event()

    async def count_stalls(_channel: ZaloChannel, _chat: str) -> None:
        counting.set()
        await asyncio.Event().wait()  # the usage write never finishes (then: kill)

    channel.on_sent = count_stalls
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    async with db.session() as session:
        account = ChannelAccount(channel="zalo", bot_key="z1", external_id="u1", chat_id="u1")
        session.add(account)
    await _queue(db, outbox, account, "Đã lưu phần tập thể.")
    worker = _worker(db, channels, tmp_path, clock)
    task = asyncio.create_task(worker.run())
    try:
        await asyncio.wait_for(counting.wait(), 10)
        await _until(lambda: _sent(db, 1))
    finally:
        task.cancel()
        for pending in [*worker._inflight, *channel._counting]:
            pending.cancel()
        await asyncio.gather(task, *worker._inflight, return_exceptions=True)
    assert client.sent == [("u1", "Đã lưu phần tập thể.")]
    assert (await _statuses(db)) == {"sent": 1}


async def _sent(db: Database, count: int) -> bool:
    return (await _statuses(db))["sent"] >= count


async def _hung(channel: FakeTelegram, count: int) -> bool:
    return channel.hanging >= count


async def test_graceful_stop_waits_for_requests_in_flight(db: Database, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    channel = FakeTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    accounts = await _accounts(db, 40)
    for account in accounts:
        await _queue(db, outbox, account, "nhắc", priority=Priority.BULK)
    worker = _worker(db, channels, tmp_path, clock, rate=100)
    task = asyncio.create_task(worker.run())
    await _until(lambda: _count_accepted(channel, 10))
    await worker.stop()
    await asyncio.wait_for(task, 5)
    counts = await _statuses(db)
    assert counts["sending"] == 0 and counts["sent"] == len(channel.accepted)
    successor = _worker(db, channels, tmp_path, clock)
    assert await successor.recover() == 0


async def _count_accepted(channel: FakeTelegram, count: int) -> bool:
    return len(channel.accepted) >= count


async def test_stale_leases_are_swept_but_not_rows_in_flight(db: Database, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    outbox = Outbox(ChannelRegistry(), LocalMediaStore(tmp_path / "media"), clock)
    accounts = await _accounts(db, 2)
    for account in accounts:
        await _queue(db, outbox, account, "nhắc", priority=Priority.BULK)
    worker = _worker(db, ChannelRegistry(), tmp_path, clock)
    rows = await worker.claim(2)
    worker._inflight_ids.add(rows[0].id)  # still being sent by this worker
    clock.advance(timedelta(minutes=5))
    assert await worker.sweep_stale() == 1
    assert (await _statuses(db)) == {"sending": 1, "pending": 1}


async def test_a_fenced_worker_claims_nothing(db: Database, tmp_path: Path) -> None:
    clock = FakeClock(NOW)
    outbox = Outbox(ChannelRegistry(), LocalMediaStore(tmp_path / "media"), clock)
    (account,) = await _accounts(db, 1)
    await _queue(db, outbox, account, "nhắc")
    worker = _worker(db, ChannelRegistry(), tmp_path, clock)

    async def not_leader(session):  # type: ignore[no-untyped-def]
        return False

    worker.fence = not_leader
    assert await worker.claim(5) == []


@pytest.mark.postgres
async def test_leader_lock_fences_a_process_that_lost_it(pg_url: str) -> None:
    first_db, second_db = Database(pg_url), Database(pg_url)
    first, second = LeaderLock(first_db, heartbeat_s=0.1), LeaderLock(second_db)
    try:
        assert await first.try_acquire()
        assert not await second.try_acquire()
        async with first_db.session() as session:
            assert await first.holds(session)
        # The leader's lock connection dies (network, server restart): PostgreSQL frees the lock
        # when that backend has exited, which the signal alone does not wait for (the timeout
        # form, PostgreSQL 14+, returns once it has).
        async with second_db.session() as session:
            await session.execute(
                text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": first._pid}
            )
        assert await second.try_acquire()
        async with first_db.session() as session:
            assert not await first.holds(session)  # so its outbox claims nothing more
        await asyncio.sleep(0.3)
        assert first.lost
    finally:
        await first.release()
        await second.release()
        await first_db.dispose()
        await second_db.dispose()


async def test_an_answer_kept_before_its_database_write_is_not_sent_again_after_a_kill(
    db: Database, tmp_path: Path
) -> None:
    """Issue 12: on a channel that cannot be asked whether a message arrived (Zalo), the
    window where a kill repeats a message ends when the answer is kept in the journal, not
    when the database (SQLite's single writer, seconds under load) has recorded it."""
    clock = FakeClock(NOW)
    channel = FakeTelegram()  # no delivery check: like Zalo
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    [account] = await _accounts(db, 1)
    await _queue(db, outbox, account, "Đã lưu hồ sơ")
    journal = tmp_path / "var" / "outbox-answers.log"
    worker = OutboxWorker(
        db,
        channels,
        LocalMediaStore(tmp_path / "media"),
        clock,
        RateLimiter(500, 1000, 1000),
        concurrency=4,
        poll_interval=0.02,
        journal=journal,
    )
    stalled = asyncio.Event()

    async def database_stalls(*_args, **_kwargs) -> None:  # type: ignore[no-untyped-def]
        stalled.set()  # the answer is in; the write waits for the single writer... then: kill
        await asyncio.Event().wait()

    worker._write_replies = database_stalls  # type: ignore[method-assign]
    task = asyncio.create_task(worker.run())
    async with asyncio.timeout(10):
        await stalled.wait()
    task.cancel()
    for inflight in [*worker._inflight, worker._prefetch, worker._recorder, worker._replies.writer]:
        if inflight is not None:
            inflight.cancel()
    async with asyncio.timeout(30):
        await asyncio.gather(task, *worker._inflight, return_exceptions=True)
    assert (await _statuses(db)) == {"sending": 1}
    assert channel.accepted == [("1", "Đã lưu hồ sơ")]

    successor = _worker(db, channels, tmp_path, clock)
    successor.journal = worker.journal  # the next start, same data directory
    task = asyncio.create_task(successor.run())
    await asyncio.sleep(0.3)
    async with asyncio.timeout(60):
        await successor.stop()
    task.cancel()
    assert channel.accepted == [("1", "Đã lưu hồ sơ")]  # once
    async with db.session() as session:
        row = await session.scalar(select(OutboxMessage))
    assert row is not None
    assert (row.status, row.channel_message_id, row.in_doubt) == ("sent", "1", False)
    assert (successor.stats.kept_answers, successor.stats.in_doubt) == (1, 0)
    assert journal.read_text() == ""  # read, recorded, emptied


async def test_cancelling_the_sender_as_it_wakes_up_stops_it(db: Database, tmp_path: Path) -> None:
    """The hard-kill test hung once under load: the sender ignored its cancellation. Python
    3.11's ``asyncio.wait_for`` returns the inner result, dropping the CancelledError, when the
    awaited thing completes in the same loop turn as the cancel (gh-86296): here the idle wait
    for a wake-up, set by a send finishing or a row being queued just as the task is cancelled.
    The loop then ran on, and whoever cancelled it (the test; in the app, the leader loop on
    losing the lock) waited for ever."""
    channels = ChannelRegistry()
    channels.add(FakeTelegram())
    worker = _worker(db, channels, tmp_path, FakeClock(NOW))
    worker.poll_interval = 30  # idle: waiting for a wake-up
    task = asyncio.create_task(worker.run())
    await asyncio.sleep(0.3)
    # The race, made certain: the wake-up and the cancel in one loop turn.
    worker.wake()
    task.cancel()
    await asyncio.wait({task}, timeout=2)  # unlike gather, does not cancel it again
    try:
        assert task.done(), "the sender ignored its cancellation"
        assert task.cancelled()
    finally:
        if not task.done():
            task.cancel()
            await asyncio.wait({task}, timeout=5)


async def test_a_stale_journal_line_never_marks_another_row_sent(
    db: Database, tmp_path: Path
) -> None:
    """A journal line names a row id; ids can come back after rows are deleted. A line whose
    chat and payload do not match the row (another message) leaves it in doubt: sent, not lost."""
    clock = FakeClock(NOW)
    channels = ChannelRegistry()
    channels.add(FakeTelegram())
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    [account] = await _accounts(db, 1)
    await _queue(db, outbox, account, "Nhắc: nộp hồ sơ trước 15/3")
    async with db.session() as session:
        row = await session.scalar(select(OutboxMessage))
        assert row is not None
        row.status = OutboxStatus.SENDING  # a dead sender had it in flight
        row_id, chat, payload = row.id, row.chat_key, dict(row.payload)
    journal = tmp_path / "outbox-answers.log"
    worker = _worker(db, channels, tmp_path, clock)
    worker.journal = AnswerJournal(journal)
    worker.journal.note(row_id, chat, {**payload, "text": "an older message"}, "77")
    assert await worker.recover() == 1  # in doubt, not recorded from the stale line
    assert (worker.stats.kept_answers, await _statuses(db)) == (0, {"pending": 1})
    # The same line for this very message is taken.
    async with db.session() as session:
        await session.execute(text("UPDATE outbox SET status = 'sending'"))
    worker.journal.note(row_id, chat, payload, "78")
    assert await worker.recover() == 0
    assert (worker.stats.kept_answers, await _statuses(db)) == (1, {"sent": 1})


class _HeldTelegram(FakeTelegram):
    """Holds each request until the test lets it go, so a reply can be queued meanwhile."""

    def __init__(self) -> None:
        super().__init__()
        self.go = asyncio.Event()

    async def send(self, chat_id: str, message: WireMessage, load):  # type: ignore[no-untyped-def]
        self.hanging += 1
        await self.go.wait()
        return await super().send(chat_id, message, load)


async def test_a_reply_queued_behind_one_in_flight_goes_without_waiting_for_a_poll(
    db: Database, tmp_path: Path
) -> None:
    """The sender claims nothing after sending a reply that was alone in its chat (issue 16:
    an empty transaction per reply), unless something was queued since its claim."""
    clock = FakeClock(NOW)
    channel = _HeldTelegram()
    channels = ChannelRegistry()
    channels.add(channel)
    outbox = Outbox(channels, LocalMediaStore(tmp_path / "media"), clock)
    (account, other) = await _accounts(db, 2)
    worker = _worker(db, channels, tmp_path, clock)
    worker.poll_interval = 3600  # only wake-ups and finished sends move the sender
    outbox.on_wake(worker.wake)
    task = asyncio.create_task(worker.run())
    try:
        await _queue(db, outbox, account, "trả lời 1")
        await _until(lambda: _hung(channel, 1))  # "trả lời 1" is in flight
        await _queue(db, outbox, account, "trả lời 2")  # its chat is busy: not claimable yet
        channel.go.set()
        await _until(lambda: _count_accepted(channel, 2))
        assert channel.accepted == [("1", "trả lời 1"), ("1", "trả lời 2")]
        # Two messages queued together: the first's send frees the second.
        async with db.session() as session:
            await outbox.deliver(session, other, Reply("phần 1"))
            await outbox.deliver(session, other, Reply("phần 2"))
        await _until(lambda: _count_accepted(channel, 4))
        assert channel.accepted[2:] == [("2", "phần 1"), ("2", "phần 2")]
    finally:
        await worker.stop()
        await asyncio.wait_for(task, 5)
