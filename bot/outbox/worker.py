"""Sends what the outbox holds, within the channels' limits, surviving crashes.

**Pacing and order.** Sends leave on evenly spaced slots at the configured rate (paused by a 429's
``retry_after``), never more than the rate's worth within a second of an earlier send's answer, so
a slow request cannot push the server's count over (:mod:`.limiter`). Just before each slot the
sender takes the most urgent row: a reply or a notification if one is waiting (one cheap read finds
it, after every wake-up, i.e. this process or, through Redis, another one queued something, and at
least every :data:`URGENT_RECHECK_S`), else the next bulk row. Bulk rows are claimed ahead of their
slots, a few at a time or about a tenth of a second's worth at high rates (:data:`HOLD`), so a slow
database write never delays a slot; a reply therefore waits at most one slot however many reminders
are queued. Replies are claimed many at a time too (every chat with one waiting, in one query and
one write); while claimed replies are being sent, the next ones are claimed in the background, so
under a flood of replies no slot waits for a claim. A chat's messages leave in order, one at a
time: a row is claimed only when no earlier row of its chat is pending or being sent, and a chat
with a reply waiting has its queue served first (head included), so a reminder queued earlier for
that person cannot hold the reply back.
Chats whose per-chat bucket is empty are left out of claims. ``FOR UPDATE SKIP LOCKED`` on
PostgreSQL, and a conditional update everywhere, keep concurrent claimers apart.

**Outcomes.** 429: everything pauses for ``retry_after`` and the row goes back unchanged. 5xx,
timeouts and network errors: retried with exponential backoff, up to :data:`MAX_ATTEMPTS`. 403 (the
user blocked the bot): the row, the account and everything queued for that chat stop, in one
transaction.

**Crashes.** A row is marked ``sending`` (with a lease) when claimed, at most a few slots before its
request; its outcome is committed right after the answer (retried while the database hiccups). A
chat reply or notification that went through is written ``sent`` before its send is over (before its
slot frees for the next send): each one in doubt is a message the officer may see twice. The replies
answered while such a write runs share the next one (a group commit: no wait added when calm, one
write for many under load). Bulk sends (reminder broadcasts) are committed together, within
:data:`RECORD_DELAY_S` of their answers, one write for many rows: the broadcast's pace needs it. A
graceful stop claims nothing more, waits for the requests in flight, writes their outcomes and puts
the rows claimed ahead back, so it duplicates nothing. Every answer is also kept, the instant it
arrives, in an append-only journal (:mod:`.journal`) that a kill cannot undo. After a hard kill, the
next sender's :meth:`OutboxWorker.recover` records the ``sending`` rows whose answer was kept as
sent and returns the others to ``pending``, marked *in doubt*: nothing is lost (at-least-once). Some
were claimed ahead and never requested (sending them is simply their first time), but a request that
reached the channel just before the kill may have delivered its message. Before sending a row in
doubt again the sender asks the channel (:meth:`Channel.find_sent`): on Telegram, in a private chat,
an edit probe of the ids after the chat's last recorded one finds it if it arrived
(:meth:`_check_delivered` says when that is safe). Zalo cannot be asked (no idempotency key, no call
that reads, edits or deletes a sent message): there a row in doubt is sent again, so a kill during a
request's round trip can repeat its message. ``bot.outbox.trace`` (DEBUG) logs each row's claim,
request, answer, keep, check and record, so a kill's in-doubt rows can be told apart (``tdkt bench
crash``). A stale lease (a database failure while recording) is re-queued by a sweep, never while
its request may still be running (and marked in doubt too).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Exists, Select, and_, exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.channels.base import (
    Channel,
    PermanentFailure,
    QuotaExceeded,
    RetryAfter,
    Unreachable,
)
from bot.channels.registry import ChannelRegistry
from bot.core.clock import Clock
from bot.core.render import WireMessage
from bot.outbox.journal import AnswerJournal, digest
from bot.outbox.limiter import RateLimiter, SendTicket
from bot.storage.db import Database
from bot.storage.group_commit import GroupCommit
from bot.storage.media import MediaStore
from bot.storage.models import ChannelAccount, OutboxMessage, OutboxStatus, Priority

log = logging.getLogger(__name__)
#: One line per request, answer and record of a row (DEBUG; ``tdkt bench crash`` enables it).
trace = logging.getLogger("bot.outbox.trace")

LEASE = timedelta(seconds=120)
MAX_ATTEMPTS = 8
#: A request still unanswered after this long is abandoned and retried (in doubt).
SEND_TIMEOUT_S = 90.0
#: How often rows left ``sending`` by a failed outcome write are looked for.
SWEEP_INTERVAL_S = 60.0
#: Chats looked at per claim for an urgent row.
URGENT_SCAN = 32
#: Bulk rows claimed ahead of their slots (hides the database's latency from the pacing); at
#: high rates about a tenth of a second's worth (:meth:`OutboxWorker._hold`), so one claim
#: serves many slots.
HOLD = 4
MAX_HOLD = 32
#: Successful bulk sends are recorded together, at most this long after their answer: one write
#: for many rows instead of one each (the sender's ceiling when the rate limit is not binding).
#: Replies and notifications are recorded at once, each in its own commit.
RECORD_DELAY_S = 0.05
RECORD_BATCH = 100
#: A claim woken by a reply starts at least this long after the previous claim ended: at 50
#: replies a second, claims back to back took about one reply each, a write per reply at the
#: write gate (issue 16); the wait gathers a few per claim. Claims ahead (bulk) do not wait.
CLAIM_GAP_S = 0.03
#: Without a wake-up, a reply queued by another process is looked for at least this often (one
#: read); a wake-up (this process queued it, or Redis) makes the next slot look at once.
URGENT_RECHECK_S = 0.1
#: Requests kept in flight are at least enough for the rate at this round trip: with a fixed
#: number, a high limit (paid broadcasts at 150/s) was capped by concurrency / round trip.
ROUND_TRIP_BUDGET_S = 0.25
#: Message ids a delivery check of a row in doubt tries after its chat's last recorded one
#: (the user's messages in between take ids too). Each is one request, within the rate limits.
PROBE_IDS = 5
#: Sent rows of a chat whose ids give its highest recorded message id. Not just the last few:
#: an edit row records the id of the (older) message it edited, so a run of edits would hide a
#: newer message, and the check could then edit that one.
PROBE_ANCHOR_ROWS = 5000

T = TypeVar("T")


def _urgent_due(query: Select[Any], now: Any, excluded: list[str]) -> Select[Any]:
    """``query`` narrowed to replies and notifications waiting to go now, outside ``excluded``."""
    query = query.where(
        OutboxMessage.status == OutboxStatus.PENDING,
        OutboxMessage.priority < int(Priority.BULK),
        OutboxMessage.not_before <= now,
    )
    if excluded:
        query = query.where(OutboxMessage.chat_key.not_in(excluded))
    return query


@cache
def _blocked() -> Exists:
    """An earlier row of the same chat is still waiting or in flight. Built once: adapting the
    alias on every claim was a visible share of a busy process's CPU (issue 16)."""
    earlier = aliased(OutboxMessage)
    return exists().where(
        and_(
            earlier.chat_key == OutboxMessage.chat_key,
            earlier.id < OutboxMessage.id,
            earlier.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
        )
    )


@cache
def _followed() -> Exists:
    """A later row of the same chat is waiting or in flight (the row is not alone)."""
    later = aliased(OutboxMessage)
    return exists().where(
        and_(
            later.chat_key == OutboxMessage.chat_key,
            later.id > OutboxMessage.id,
            later.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
        )
    )


@dataclass(frozen=True, slots=True)
class ClaimedRow:
    id: int
    account_id: int | None
    channel: str
    bot_key: str
    chat_id: str
    chat_key: str
    kind: str
    priority: int
    attempts: int
    payload: dict[str, object]
    #: A request for it may have reached the channel unrecorded (see ``OutboxMessage.in_doubt``).
    in_doubt: bool = False
    #: When claimed, no other row of its chat was queued behind it, and the sender had had
    #: ``wakes`` wake-ups: if none came since, its send unblocks nothing (no claim after it).
    alone: bool = False
    wakes: int = 0


#: Called when a row cannot be delivered on its channel (quota, unreachable); may re-route it.
UndeliverableHook = Callable[[ClaimedRow, str], Awaitable[None]]
#: Checked in every claim's transaction: False if this process no longer leads (fencing).
Fence = Callable[[AsyncSession], Awaitable[bool]]


@dataclass(slots=True)
class WorkerStats:
    sent: int = 0
    retried: int = 0
    throttled: int = 0
    failed: int = 0
    unreachable: int = 0
    #: Rows found ``sending`` at start (a sender died with them in flight): checked, or sent
    #: again.
    in_doubt: int = 0
    #: Rows in doubt that a delivery check found delivered: recorded, not sent again.
    found_delivered: int = 0
    #: Requests made by delivery checks.
    probes: int = 0
    #: Rows found ``sending`` at start whose answer the journal kept: recorded, not sent again.
    kept_answers: int = 0


class OutboxWorker:
    def __init__(
        self,
        db: Database,
        channels: ChannelRegistry,
        media: MediaStore,
        clock: Clock,
        limiter: RateLimiter,
        *,
        concurrency: int = 8,
        poll_interval: float = 0.5,
        journal: Path | None = None,
    ) -> None:
        self.db = db
        #: Answers kept the instant they arrive (:mod:`.journal`); None: the database only.
        self.journal = AnswerJournal(journal) if journal is not None else None
        self.channels = channels
        self.media = media
        self.clock = clock
        self.limiter = limiter
        self.concurrency = max(concurrency, math.ceil(limiter.window_places * ROUND_TRIP_BUDGET_S))
        self.poll_interval = poll_interval
        self._wake = asyncio.Event()
        self._stopping = False
        self._slots = asyncio.Semaphore(self.concurrency)
        self._inflight: set[asyncio.Task[None]] = set()
        self._inflight_ids: set[int] = set()
        self.on_undeliverable: UndeliverableHook | None = None
        self.fence: Fence | None = None
        self.stats = WorkerStats()
        self._fenced_logged = False
        #: How long before a slot the next row is claimed (about one claim's duration).
        self._claim_lead = 0.005
        #: Rows claimed ahead (bulk, a few), sent on the next slots unless something is urgent.
        self._held: deque[ClaimedRow] = deque()
        self._hold = max(HOLD, min(MAX_HOLD, round(limiter.window_places / 10)))
        #: Successful sends waiting to be recorded (:data:`RECORD_DELAY_S`).
        self._sent_rows: list[dict[str, Any]] = []
        self._recorder: asyncio.Task[None] | None = None
        #: Replies answered, recorded together by the next commit (:meth:`_record_reply`); the
        #: write is looked up at each commit, so a test may stand in for it.
        self._replies: GroupCommit[dict[str, Any], None] = GroupCommit(
            lambda rows: self._write_replies(rows), RECORD_BATCH
        )
        #: Set by :meth:`wake` (something was queued); cleared when the urgent look-up runs.
        self._news = True
        self._urgent_checked = 0.0
        self._prefetch: asyncio.Task[None] | None = None
        #: Replies claimed in the background while held replies are being sent.
        self._urgent_claim: asyncio.Task[None] | None = None
        #: When the last claim ended (event loop time): :meth:`_claim_gap`.
        self._last_claim = -math.inf
        self._claim_lock = asyncio.Lock()
        #: The last claim found fewer rows than it asked for: nothing else is due until a
        #: wake-up (something queued, a send finished) or the poll, so the next slot does not
        #: look again (an empty claim per reply, issue 16).
        self._dry = False
        self._wakes = 0
        #: Set while :meth:`run` is not looping, so :meth:`stop` can wait for the current step.
        self._loop_idle = asyncio.Event()
        self._loop_idle.set()

    @property
    def sent(self) -> int:
        return self.stats.sent

    def wake(self) -> None:
        self._news = True
        self._dry = False
        self._wakes += 1
        self._wake.set()

    # Lifecycle ----------------------------------------------------------------------------
    async def run(self) -> None:
        self._stopping = False
        self._loop_idle.clear()
        sweeper: asyncio.Task[None] | None = None
        try:
            await self.recover()
            sweeper = asyncio.create_task(self._sweep_forever())
            while not self._stopping:
                await self._step()
        finally:
            self._loop_idle.set()
            if sweeper is not None:
                sweeper.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await sweeper

    async def _step(self) -> None:
        await self._slots.acquire()
        released = False
        try:
            # Pick the row just ahead of the slot (by about one look-up's duration), so sends
            # leave exactly on the slots: even spacing at the full rate.
            await self.limiter.ready(lead=self._claim_lead)
            if self._stopping:
                return
            self._wake.clear()
            started = asyncio.get_running_loop().time()
            try:
                row = await self._next_row()
            except Exception:
                log.exception("outbox claim failed")
                await asyncio.sleep(1)
                return
            took = asyncio.get_running_loop().time() - started
            self._claim_lead = min(0.05, max(0.002, 0.8 * self._claim_lead + 0.2 * took * 1.5))
            if row is None:
                timeout = self.poll_interval
                chat_ready = self.limiter.next_chat_ready()
                if chat_ready is not None:  # a chat left out for its bucket refills sooner
                    timeout = min(timeout, chat_ready + 0.005)
                # Not asyncio.wait_for: on Python 3.11 it drops a cancel that arrives in the
                # loop turn the wait completes (gh-86296), and the sender ran on, ignoring
                # its cancellation (asyncio.timeout counts cancels correctly).
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(timeout):
                        await self._wake.wait()
                self._dry = False  # woken, or the poll is due: the next slot looks
                return
            wait = self.limiter.chat_wait(row.chat_key)
            if wait > 0:  # the chat's bucket is empty: rare for bulk rows
                # Back to pending; the limiter leaves the chat out of claims until it refills.
                self.limiter.mark_busy(row.chat_key)
                await self._release(row)
                return
            await self.limiter.ready()
            if self._stopping:  # stop() began while we claimed or waited: not ours to send now
                await self._release(row)
                return
            ticket = self.limiter.take(row.chat_key)
            self._inflight_ids.add(row.id)
            task = asyncio.create_task(self._send(row, ticket))
            released = True  # _send releases the slot
            self._inflight.add(task)
            task.add_done_callback(self._inflight.discard)
        finally:
            if not released:
                self._slots.release()

    async def _next_row(self) -> ClaimedRow | None:
        """The row for this slot: an urgent one if any is waiting, else the next held one.

        Bulk rows are claimed a few at a time, ahead, in the background (``_held``), so a slow
        database write never delays a slot; every slot still first checks, with one cheap read,
        whether a reply or notification is waiting (it may come from another process).
        """
        busy = self.limiter.busy_chats()
        if not self._held:
            if self._dry:
                return None
            await self._claim_gap()
            rows = await self.claim(self._hold, exclude=busy)
            self._dry = len(rows) < self._hold
            if rows:
                self._held.extend(rows[1:])
                if len(rows) == self._hold:
                    # Fewer than asked means nothing else was due: a claim ahead now would
                    # find nothing (a wasted transaction per reply, issue 16); whatever is
                    # queued next wakes the sender.
                    self._prefetch_soon()
                return rows[0]
        elif self._held[0].priority < int(Priority.BULK):
            # A reply is next anyway: replies queued since are claimed in the background (many
            # in one write) while this slot sends, not one per slot on the slot's path (at 50
            # replies a second that serial claim capped the sender near 30/s, issue 16).
            if self._urgent_due_check():
                self._claim_urgent_soon()
        elif self._urgent_due_check() and await self._urgent_waiting(busy):
            # Only heads of chats with a reply waiting; never another bulk row, so the held
            # ones cannot be passed over for long. Every reply waiting, in one claim.
            rows = await self._claim_urgent(busy)
            if rows:
                return rows[0]
        if not self._held:
            return None
        row = self._held.popleft()
        self._prefetch_soon()
        return row

    async def _claim_urgent(self, busy: list[str]) -> list[ClaimedRow]:
        """Claim the replies waiting; all but the first go ahead of the held rows, in order."""
        rows = await self.claim(
            self._hold, exclude=[*busy, *(r.chat_key for r in self._held)], urgent_only=True
        )
        if self._stopping:
            for row in rows:
                await self._release(row)
            return []
        self._held.extendleft(reversed(rows[1:]))
        return rows

    def _claim_urgent_soon(self) -> None:
        if self._stopping or (self._urgent_claim is not None and not self._urgent_claim.done()):
            self._news = True  # the running claim may have missed it: look again after it
            return
        self._urgent_claim = asyncio.create_task(self._claim_urgent_rows())

    async def _claim_gap(self) -> None:
        """Under a flood of replies, leave :data:`CLAIM_GAP_S` after the last claim, so the
        replies queued meanwhile share the next claim's write (no wait when calm)."""
        wait = self._last_claim + CLAIM_GAP_S - asyncio.get_running_loop().time()
        if wait > 0:
            await asyncio.sleep(wait)

    async def _claim_urgent_rows(self) -> None:
        try:
            await self._claim_gap()
            rows = await self._claim_urgent(self.limiter.busy_chats())
            if rows:
                self._held.appendleft(rows[0])
                self._wake.set()  # a slot waiting for rows may send them now
        except Exception:
            log.exception("outbox urgent claim failed")

    def _urgent_due_check(self) -> bool:
        """Look for a waiting reply now? After a wake-up, or every :data:`URGENT_RECHECK_S`."""
        now = asyncio.get_running_loop().time()
        if not self._news and now - self._urgent_checked < URGENT_RECHECK_S:
            return False
        self._news = False
        self._urgent_checked = now
        return True

    async def _urgent_waiting(self, busy: list[str]) -> bool:
        query = _urgent_due(select(OutboxMessage.id), self.clock.now(), busy[:500]).limit(1)
        async with self.db.session() as session:
            return (await session.scalar(query)) is not None

    def _prefetch_soon(self) -> None:
        if len(self._held) >= self._hold // 2 or self._stopping:
            return
        if self._prefetch is not None and not self._prefetch.done():
            return
        self._prefetch = asyncio.create_task(self._prefetch_rows())

    async def _prefetch_rows(self) -> None:
        try:
            held = {row.chat_key for row in self._held}
            rows = await self.claim(
                self._hold - len(self._held), exclude=[*self.limiter.busy_chats(), *held]
            )
            if self._stopping:
                for row in rows:
                    await self._release(row)
                return
            self._held.extend(rows)
        except Exception:
            log.exception("outbox prefetch failed")

    async def stop(self) -> None:
        """Stop claiming and let in-flight sends finish, so a graceful stop duplicates nothing."""
        self._stopping = True
        self.wake()
        for claiming in (self._prefetch, self._urgent_claim):
            if claiming is not None:
                with contextlib.suppress(Exception):
                    await claiming
        # The loop's current step may hold a row it claimed before it saw the flag: let it put
        # the row back (or start its send, which the wait below covers).
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(30):
                await self._loop_idle.wait()
        if self._inflight:
            await asyncio.wait(list(self._inflight), timeout=30)
        await self.flush_sent()
        while self._held:  # claimed ahead but never sent: back to the queue
            with contextlib.suppress(Exception):
                await self._release(self._held.popleft())

    async def recover(self) -> int:
        """Rows left ``sending`` by a dead sender: those whose answer the journal kept are
        recorded sent; the others go back to ``pending``, in doubt. Returns how many are."""
        kept = await asyncio.to_thread(self.journal.read) if self.journal is not None else {}
        async with self.db.session() as session:
            answered: list[int] = []
            if kept:
                rows = (
                    await session.execute(
                        select(OutboxMessage.id, OutboxMessage.chat_key, OutboxMessage.payload)
                        .where(OutboxMessage.status == OutboxStatus.SENDING)
                        .limit(10_000)
                    )
                ).all()
                for row in rows:
                    answer = kept.get(row.id)
                    if answer is None or answer[0] != digest(row.chat_key, row.payload):
                        continue
                    await session.execute(
                        update(OutboxMessage)
                        .where(
                            OutboxMessage.id == row.id,
                            OutboxMessage.status == OutboxStatus.SENDING,
                        )
                        .values(
                            status=OutboxStatus.SENT,
                            lease_until=None,
                            sent_at=self.clock.now(),
                            channel_message_id=answer[1],
                            last_error=None,
                        )
                    )
                    answered.append(row.id)
            ids = (
                await session.scalars(
                    update(OutboxMessage)
                    .where(OutboxMessage.status == OutboxStatus.SENDING)
                    .values(
                        status=OutboxStatus.PENDING,
                        lease_until=None,
                        in_doubt=True,
                        last_error="in doubt: the sender stopped during the request",
                    )
                    .returning(OutboxMessage.id)
                    .execution_options(synchronize_session=False)
                )
            ).all()
        if self.journal is not None:
            self.journal.clear()  # every line is in the database now
        if answered:
            self.stats.kept_answers += len(answered)
            log.warning(
                "outbox: %d message(s) answered just before the last sender died are recorded "
                "sent from the answer journal, not sent again: rows %s",
                len(answered),
                " ".join(str(i) for i in sorted(answered)[:50]),
            )
        recovered = len(ids)
        if recovered:
            self.stats.in_doubt += recovered
            log.warning(
                "outbox: %d message(s) in flight when the last sender died are checked where "
                "the channel can tell (Telegram private chats), else sent again (then each "
                "may arrive twice): rows %s",
                recovered,
                " ".join(str(i) for i in sorted(ids)[:50]),
            )
        return recovered

    async def _sweep_forever(self) -> None:
        while not self._stopping:
            await asyncio.sleep(SWEEP_INTERVAL_S)
            try:
                await self.sweep_stale()
            except Exception:
                log.exception("outbox sweep failed")

    async def sweep_stale(self) -> int:
        """Re-queue ``sending`` rows whose lease passed and which this sender is not sending."""
        async with self.db.session() as session:
            query = update(OutboxMessage).where(
                OutboxMessage.status == OutboxStatus.SENDING,
                OutboxMessage.lease_until < self.clock.now(),
            )
            mine = [*self._inflight_ids, *(row.id for row in self._held)]
            if mine:  # rows this sender is sending or holding for its next slots
                query = query.where(OutboxMessage.id.not_in(mine))
            result = await session.execute(
                query.values(status=OutboxStatus.PENDING, lease_until=None, in_doubt=True)
            )
        return result.rowcount or 0  # type: ignore[attr-defined]

    # Claiming -----------------------------------------------------------------------------
    async def claim(
        self, limit: int, exclude: Iterable[str] = (), *, urgent_only: bool = False
    ) -> list[ClaimedRow]:
        """Mark up to ``limit`` rows ``sending`` (at most one per chat) and return them.

        First the heads of chats that have an interactive or notify row waiting, then the rest
        by priority, time and id.
        """
        async with self._claim_lock:
            try:
                return await self._claim(limit, list(exclude)[:500], urgent_only)
            finally:
                self._last_claim = asyncio.get_running_loop().time()

    async def _claim(
        self, limit: int, excluded: list[str], urgent_only: bool = False
    ) -> list[ClaimedRow]:
        now = self.clock.now()
        claimed: list[ClaimedRow] = []
        async with self.db.session() as session:
            if self.fence is not None and not await self.fence(session):
                if not self._fenced_logged:
                    log.error("outbox: this process no longer holds the leader lock; not sending")
                    self._fenced_logged = True
                return []
            self._fenced_logged = False
            rows: list[OutboxMessage] = []
            chats: set[str] = set()
            alone: set[int] = set()
            wakes = self._wakes
            await self._claim_urgent_heads(session, now, limit, excluded, rows, chats, alone)
            if len(rows) < limit and not urgent_only:
                await self._claim_in_order(session, now, limit, excluded, rows, chats)
            if not rows:
                return []
            # One conditional update for all: on SQLite the SELECT above took no lock, so a row
            # someone else claimed meanwhile is simply not ours (PostgreSQL locked it FOR UPDATE).
            ours = set(
                (
                    await session.scalars(
                        update(OutboxMessage)
                        .where(
                            OutboxMessage.id.in_([row.id for row in rows]),
                            OutboxMessage.status == OutboxStatus.PENDING,
                        )
                        .values(
                            status=OutboxStatus.SENDING,
                            lease_until=now + LEASE,
                            attempts=OutboxMessage.attempts + 1,
                        )
                        .returning(OutboxMessage.id)
                        .execution_options(synchronize_session=False)
                    )
                ).all()
            )
            for row in rows:
                if row.id not in ours:
                    continue
                if trace.isEnabledFor(logging.DEBUG):
                    trace.debug("row %s claimed %s", row.id, row.chat_key)
                claimed.append(
                    ClaimedRow(
                        row.id,
                        row.account_id,
                        row.channel,
                        row.bot_key,
                        row.chat_id,
                        row.chat_key,
                        row.kind,
                        row.priority,
                        row.attempts + 1,
                        row.payload,
                        bool(row.in_doubt),
                        row.id in alone,
                        wakes,
                    )
                )
        return claimed

    async def _claim_urgent_heads(
        self,
        session: AsyncSession,
        now: Any,
        limit: int,
        excluded: list[str],
        rows: list[OutboxMessage],
        chats: set[str],
        alone: set[int],
    ) -> None:
        query = (
            _urgent_due(select(OutboxMessage.chat_key), now, excluded)
            .order_by(OutboxMessage.priority, OutboxMessage.not_before, OutboxMessage.id)
            .limit(URGENT_SCAN)
        )
        urgent = list(dict.fromkeys((await session.scalars(query)).all()))
        if not urgent:
            return
        # The heads of all those chats in one query (one per chat before: at 50 replies a
        # second the claims, each a SELECT per chat, were what replies waited for, issue 16),
        # each with whether a row follows it: a reply alone in its chat frees nothing when sent.
        heads = select(OutboxMessage, _followed().label("followed")).where(
            OutboxMessage.chat_key.in_(urgent),
            OutboxMessage.status == OutboxStatus.PENDING,
            OutboxMessage.not_before <= now,
            ~_blocked(),
        )
        if self.db.is_postgres:  # another replica's claim may hold one: skipped, not awaited
            heads = heads.with_for_update(skip_locked=True, of=OutboxMessage)
        found = {row.chat_key: (row, followed) for row, followed in await session.execute(heads)}
        for chat in urgent:  # the order of their most urgent rows
            if len(rows) >= limit:
                return
            if chat not in found:
                continue  # its head is being sent, not yet due, or locked elsewhere
            row, followed = found[chat]
            rows.append(row)
            chats.add(chat)
            if not followed:
                alone.add(row.id)

    async def _claim_in_order(
        self,
        session: AsyncSession,
        now: Any,
        limit: int,
        excluded: list[str],
        rows: list[OutboxMessage],
        chats: set[str],
    ) -> None:
        query = (
            select(OutboxMessage)
            .where(
                OutboxMessage.status == OutboxStatus.PENDING,
                OutboxMessage.not_before <= now,
                ~_blocked(),
            )
            .order_by(OutboxMessage.priority, OutboxMessage.not_before, OutboxMessage.id)
            .limit(limit - len(rows))
        )
        skip = [*excluded, *chats]
        if skip:
            query = query.where(OutboxMessage.chat_key.not_in(skip))
        if self.db.is_postgres:
            query = query.with_for_update(skip_locked=True, of=OutboxMessage)
        for row in (await session.scalars(query)).all():
            rows.append(row)  # each is the head of its chat (``blocked``), so one per chat
            chats.add(row.chat_key)

    # Sending ------------------------------------------------------------------------------
    async def _send(self, row: ClaimedRow, ticket: SendTicket) -> None:
        recorded = False  # sent and recorded (a row put back or retried is claimed again)
        try:
            channel = self.channels.get(row.channel, row.bot_key)
            if channel is None:
                await self._retry(row, f"channel {row.channel}/{row.bot_key} not running")
                return
            message = WireMessage.from_json(row.payload)
            try:
                if row.in_doubt:
                    found, ticket = await self._check_delivered(row, channel, message, ticket)
                    if found is not None:
                        self._trace("found", row)
                        self._keep(row, found)
                        await self._finish(row, OutboxStatus.SENT, None, found)
                        self._trace("recorded", row)
                        channel.sent_recorded(row.chat_id)
                        self.stats.found_delivered += 1
                        self.stats.sent += 1
                        return
                self._trace("requested", row)
                try:
                    async with asyncio.timeout(SEND_TIMEOUT_S):
                        message_id = await channel.send(row.chat_id, message, self.media.get)
                finally:  # before any database write: the window frees from the answer
                    self.limiter.answered(ticket)
            except RetryAfter as error:
                self.limiter.pause(error.seconds)
                self.stats.throttled += 1
                log.warning("outbox: 429 for %s, pausing %.1fs", row.chat_key, error.seconds)
                # A 429 is the channel's pacing, not a failure of this message: the limiter's
                # pause holds every send back (real time, even when tests fake the clock).
                await self._release(row, count_attempt=False)
                return
            except Unreachable as error:
                self.stats.unreachable += 1
                await self._mark_unreachable(row, str(error))
                await self._undeliverable(row, "unreachable")
                return
            except QuotaExceeded as error:
                self.stats.failed += 1
                await self._finish(row, OutboxStatus.FAILED, f"quota: {error}")
                await self._undeliverable(row, "quota")
                return
            except PermanentFailure as error:
                log.error("outbox row %s refused by %s: %s", row.id, row.channel, error)
                self.stats.failed += 1
                await self._finish(row, OutboxStatus.FAILED, str(error))
                return
            except Exception as error:
                # A timeout or a dropped connection may come after Telegram accepted the
                # message: the next attempt checks first, like after a kill.
                self.stats.retried += 1
                await self._retry(row, f"{type(error).__name__}: {error}", in_doubt=True)
                return
            self._keep(row, message_id)
            if row.priority < int(Priority.BULK):
                # A chat reply or notification: recorded now, before this slot frees for the
                # next send, so a kill leaves it in doubt only while its request is in flight
                # or its write runs (latency matters; shared with other replies under load).
                self._trace("answered", row)
                await self._record_reply(row, message_id)
                self._trace("recorded", row)
            else:
                self._trace("answered", row)
                self._record_sent(row, message_id)
            channel.sent_recorded(row.chat_id)  # bulk: queued for the batch, as good as written
            self.stats.sent += 1
            recorded = True
        except Exception:
            log.exception("outbox: recording the outcome of row %s failed", row.id)
        finally:
            self.limiter.answered(ticket)  # no-op unless the request never started
            self._inflight_ids.discard(row.id)
            self._slots.release()
            # A slot is free and the chat's next row may be claimable now (no urgent look-up:
            # nothing new was queued). Unless the row was alone in its chat and nothing was
            # queued since its claim: then the claim would find nothing (a transaction per
            # reply, issue 16), and a row queued later wakes the sender itself.
            if not (recorded and row.alone and row.wakes == self._wakes):
                self._dry = False
                self._wake.set()

    def _keep(self, row: ClaimedRow, message_id: str | None) -> None:
        """The answer, kept before anything else can run: from here a kill cannot make the
        row in doubt (the next start reads it), only the database write is still to come."""
        if self.journal is not None and self.journal.note(
            row.id, row.chat_key, row.payload, message_id
        ):
            self._trace("kept", row)

    async def _check_delivered(
        self, row: ClaimedRow, channel: Any, message: WireMessage, ticket: SendTicket
    ) -> tuple[str | None, SendTicket]:
        """Ask the channel whether the row in doubt arrived; the ticket for the send after.

        Only where nothing else can match: the chat has no other row in doubt, its last row
        before this one was recorded sent, and the check starts after the highest message id
        recorded for the chat, so every other bot message the ids could hit is a recorded
        one below it. Each request of the check holds a place of the rate limiter, like a
        send (the first one uses the place this slot took).
        """
        if type(channel).find_sent is Channel.find_sent:
            return None, ticket  # this channel cannot tell (Zalo): no need to look
        after_id = await self._probe_anchor(row)
        if after_id is None:
            return None, ticket
        current = ticket

        @contextlib.asynccontextmanager
        async def pace() -> AsyncIterator[None]:
            nonlocal current
            if current.frees_at is not None:  # the previous request's place is spent
                await self.limiter.ready()
                wait = self.limiter.chat_wait(row.chat_key)
                if 0 < wait < math.inf:
                    await asyncio.sleep(min(wait, 5.0))
                current = self.limiter.take(row.chat_key)
            self.stats.probes += 1
            try:
                yield
            finally:
                self.limiter.answered(current)

        self._trace("checking", row)
        async with asyncio.timeout(SEND_TIMEOUT_S):
            found = await channel.find_sent(row.chat_id, message, after_id, PROBE_IDS, pace)
        if found is None and current.frees_at is not None:  # a send follows: a fresh place
            await self.limiter.ready()
            current = self.limiter.take(row.chat_key)
        return found, current

    async def _probe_anchor(self, row: ClaimedRow) -> int | None:
        """The chat's highest recorded message id, if a delivery check of ``row`` is safe."""
        async with self.db.session() as session:
            others = await session.scalar(
                select(func.count())
                .select_from(OutboxMessage)
                .where(
                    OutboxMessage.chat_key == row.chat_key,
                    OutboxMessage.id != row.id,
                    OutboxMessage.in_doubt.is_(True),
                    OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
                )
            )
            if others:
                return None  # two copies of different rows could be there: send again
            last = await session.scalar(
                select(OutboxMessage.status)
                .where(
                    OutboxMessage.chat_key == row.chat_key,
                    OutboxMessage.id < row.id,
                    OutboxMessage.status.not_in([OutboxStatus.PENDING, OutboxStatus.SENDING]),
                )
                .order_by(OutboxMessage.id.desc())
                .limit(1)
            )
            if last != OutboxStatus.SENT:
                # No earlier message (no anchor), or the last one failed: a failed request may
                # have left an unrecorded message after the anchor.
                return None
            recorded = (
                await session.scalars(
                    select(OutboxMessage.channel_message_id)
                    .where(
                        OutboxMessage.chat_key == row.chat_key,
                        OutboxMessage.id < row.id,
                        OutboxMessage.status == OutboxStatus.SENT,
                        OutboxMessage.channel_message_id.is_not(None),
                    )
                    .order_by(OutboxMessage.id.desc())
                    .limit(PROBE_ANCHOR_ROWS)
                )
            ).all()
        ids = [int(i) for i in recorded if i is not None and i.isdigit()]
        return max(ids) if ids else None

    @staticmethod
    def _trace(event: str, row: ClaimedRow) -> None:
        # Off unless the crash bench turns it on: it tells, after a kill, whether each row
        # left in doubt was requested, answered or only claimed ahead.
        if trace.isEnabledFor(logging.DEBUG):
            trace.debug("row %s %s %s", row.id, event, row.chat_key)

    async def _write(self, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run a short write, retrying while the database hiccups: an outcome must be kept."""
        delay = 0.1
        for attempt in range(6):
            try:
                async with self.db.session() as session:
                    return await work(session)
            except Exception:
                if attempt == 5:
                    raise
                log.warning("outbox: write failed, retrying in %.1fs", delay, exc_info=True)
                await asyncio.sleep(delay)
                delay *= 3
        raise AssertionError("unreachable")

    def _record_sent(self, row: ClaimedRow, message_id: str | None) -> None:
        """Record a successful send with the others answered in the next few milliseconds.

        Until written the row stays ``sending`` (its chat's next row waits, and a sender killed
        in these milliseconds leaves it in doubt: sent again, like a request in flight).
        """
        self._sent_rows.append(self._sent_values(row, message_id))
        if self._recorder is None or self._recorder.done():
            self._recorder = asyncio.create_task(self._record_soon())

    async def _record_soon(self) -> None:
        await asyncio.sleep(RECORD_DELAY_S)
        await self._write_sent()

    async def flush_sent(self) -> None:
        """Write every recorded send now (a graceful stop, tests)."""
        if self._recorder is not None and not self._recorder.done():
            with contextlib.suppress(Exception):
                await self._recorder
        await self._write_sent()

    async def _write_sent(self) -> None:
        while self._sent_rows:
            batch = self._sent_rows[:RECORD_BATCH]
            del self._sent_rows[:RECORD_BATCH]

            async def work(session: AsyncSession, batch: list[dict[str, Any]] = batch) -> None:
                # An UPDATE per row by primary key, executed as one batch in one transaction.
                await session.execute(update(OutboxMessage), batch)

            try:
                await self._write(work)
            except Exception:
                log.exception("outbox: recording %d sent row(s) failed", len(batch))
            else:
                if trace.isEnabledFor(logging.DEBUG):
                    trace.debug("rows %s recorded", " ".join(str(r["id"]) for r in batch))
            self._wake.set()  # their chats' next rows may go now

    async def _record_reply(self, row: ClaimedRow, message_id: str | None) -> None:
        """Write a reply ``sent`` before its send is over, in a commit shared with the replies
        answered while the previous such commit ran (a group commit: no added wait when the
        sender is calm). One write per reply took the process's write gate 50 times a second
        at 50 replies a second, against the webhook's and the handlers' writes (issue 16)."""
        await self._replies.submit(self._sent_values(row, message_id))

    async def _write_replies(self, rows: list[dict[str, Any]]) -> list[None]:
        async def work(session: AsyncSession) -> None:
            await session.execute(update(OutboxMessage), rows)

        await self._write(work)
        return [None] * len(rows)

    def _sent_values(self, row: ClaimedRow, message_id: str | None) -> dict[str, Any]:
        return {
            "id": row.id,
            "status": OutboxStatus.SENT,
            "lease_until": None,
            "sent_at": self.clock.now(),
            "channel_message_id": message_id,
            "last_error": None,
        }

    async def _finish(
        self,
        row: ClaimedRow,
        status: OutboxStatus,
        error: str | None,
        message_id: str | None = None,
    ) -> None:
        async def work(session: AsyncSession) -> None:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row.id)
                .values(
                    status=status,
                    lease_until=None,
                    sent_at=self.clock.now() if status == OutboxStatus.SENT else None,
                    channel_message_id=message_id,
                    last_error=error,
                )
            )

        await self._write(work)

    async def _release(
        self, row: ClaimedRow, *, delay: float = 0.0, count_attempt: bool = False
    ) -> None:
        async def work(session: AsyncSession) -> None:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row.id)
                .values(
                    status=OutboxStatus.PENDING,
                    lease_until=None,
                    not_before=self.clock.now() + timedelta(seconds=delay),
                    attempts=row.attempts if count_attempt else row.attempts - 1,
                )
            )

        await self._write(work)

    async def _retry(self, row: ClaimedRow, error: str, *, in_doubt: bool = False) -> None:
        if row.attempts >= MAX_ATTEMPTS:
            log.error("outbox row %s failed for good: %s", row.id, error)
            await self._finish(row, OutboxStatus.FAILED, error)
            return
        backoff = min(300.0, 2.0**row.attempts)
        log.warning("outbox row %s: %s; retrying in %.0fs", row.id, error, backoff)

        async def work(session: AsyncSession) -> None:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row.id)
                .values(
                    status=OutboxStatus.PENDING,
                    lease_until=None,
                    not_before=self.clock.now() + timedelta(seconds=backoff),
                    last_error=error,
                    in_doubt=row.in_doubt or in_doubt,
                )
            )

        await self._write(work)

    async def _mark_unreachable(self, row: ClaimedRow, error: str) -> None:
        """This row, and everything else queued or held for its chat, in one transaction."""
        held = [r.id for r in self._held if r.chat_key == row.chat_key]
        for held_row in [r for r in self._held if r.chat_key == row.chat_key]:
            self._held.remove(held_row)

        async def work(session: AsyncSession) -> None:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row.id)
                .values(status=OutboxStatus.UNREACHABLE, lease_until=None, last_error=error)
            )
            if row.account_id is not None:
                await session.execute(
                    update(ChannelAccount)
                    .where(ChannelAccount.id == row.account_id)
                    .values(reachable=False)
                )
            await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.chat_key == row.chat_key,
                    (OutboxMessage.status == OutboxStatus.PENDING) | OutboxMessage.id.in_(held),
                )
                .values(
                    status=OutboxStatus.UNREACHABLE, lease_until=None, last_error="user unreachable"
                )
            )

        await self._write(work)

    async def _undeliverable(self, row: ClaimedRow, reason: str) -> None:
        if self.on_undeliverable is not None:
            try:
                await self.on_undeliverable(row, reason)
            except Exception:
                log.exception("re-routing undeliverable row %s failed", row.id)
