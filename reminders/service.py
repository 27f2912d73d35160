"""The reminder tick: load the facts, ask the policy, queue what it says, exactly once.

A tick may run any number of times (every few minutes, after a restart, in two processes by
mistake): each item's key goes into the ``reminder_log`` ledger (unique) in the same transaction
as the outbox row that carries it (unique ``dedupe_key``), so an item is queued once or not at all.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.context import remember_choices
from bot.core.messages import Choice, Reply
from bot.core.services import Services
from bot.storage.db import insert_ignore
from bot.storage.models import ChannelAccount, Completion, Priority, Unit, User
from bot.storage.models.plans import (
    Deadline,
    DeadlineDone,
    Plan,
    ReminderLog,
    ReminderSnooze,
)
from reminders.days import ROMAN, quarter_of, quarter_range
from reminders.policy import Bundle, DeadlineInfo, Facts, Item, Person, Policy, due_reminders
from reminders.settings import ReminderSettings
from reminders.store import active_deadlines

log = logging.getLogger(__name__)

#: Deadlines with buttons in one reminder message (the rest are listed, answered from /lich).
MAX_BUTTONED = 3
#: Pause between a tick's chunks on SQLite (longer than the busy handler's 100 ms retry).
SQLITE_WRITER_GAP_S = 0.12


@dataclass(slots=True)
class TickResult:
    messages: int = 0
    items: int = 0
    people: int = 0


class ReminderService:
    def __init__(self, services: Services, settings: ReminderSettings | None = None) -> None:
        self.services = services
        self.settings = settings or ReminderSettings()
        self.policy = Policy.from_settings(self.settings, services.settings.tz)
        self._lock = asyncio.Lock()
        self.last: TickResult | None = None
        #: Where phones reach the web app (set by the calendar feature's setup).
        self.base_url: Callable[[], str] = lambda: ""

    @property
    def tz(self):  # type: ignore[no-untyped-def]
        return self.services.settings.tz

    def local_now(self) -> datetime:
        return self.services.clock.now().astimezone(self.tz)

    # The tick -------------------------------------------------------------------------------
    async def tick(self) -> TickResult:
        async with self._lock:
            now = self.services.clock.now()
            local = now.astimezone(self.tz)
            result = TickResult()
            if not self.policy.in_working_hours(local):
                self.last = result
                return result
            async with self.services.db.session() as session:
                deadlines, people, accounts, facts = await self._load(session, local.date())
            bundles = due_reminders(now, deadlines, people, facts, self.policy)
            bundles = [b for b in bundles if b.user_id in accounts]
            result.people = len(bundles)
            by_id = {d.id: d for d in deadlines}
            chunk = self.settings.chunk
            for start in range(0, len(bundles), chunk):
                if start and not self.services.db.is_postgres:
                    # SQLite has one writer at a time, and a waiting writer's busy handler
                    # retries only every 100 ms: without a longer gap between chunks the
                    # officers chatting now (inbox, replies) and the sender's claims would
                    # wait for the whole tick, seconds for thousands of officers.
                    await asyncio.sleep(SQLITE_WRITER_GAP_S)
                messages, items = await self._enqueue(
                    bundles[start : start + chunk], accounts, by_id, now
                )
                result.messages += messages
                result.items += items
            if result.messages:
                log.info(
                    "reminders: %d message(s), %d item(s) queued", result.messages, result.items
                )
            self.last = result
            return result

    async def _load(
        self, session: AsyncSession, today: date
    ) -> tuple[list[DeadlineInfo], list[Person], dict[int, ChannelAccount], Facts]:
        horizon = max(self.policy.offsets or (0,)) + 7
        _, quarter_end = quarter_range(today.year, quarter_of(today))
        deadlines = await active_deadlines(
            session,
            since=today - timedelta(days=self.policy.stale_after_days + 1),
            until=max(today + timedelta(days=horizon), quarter_end),
        )
        rows = await session.execute(
            select(User, Unit).join(Unit, Unit.id == User.unit_id).where(User.active.is_(True))
        )
        people = [
            Person(u.id, unit.id, unit.path, unit.kind.value, u.role.value, u.is_head)
            for u, unit in rows.all()
        ]
        accounts = await reminder_accounts(session)
        people = [p for p in people if p.user_id in accounts]
        ids = [d.id for d in deadlines]
        years = {d.year for d in deadlines}
        completions: dict[int, set[tuple[str, int]]] = defaultdict(set)
        if years:
            for unit_id, action, year in (
                await session.execute(
                    select(Completion.unit_id, Completion.action, Completion.year).where(
                        Completion.year.in_(years)
                    )
                )
            ).all():
                completions[unit_id].add((action, year))
        done: set[tuple[int, int]] = set()
        done_on: dict[tuple[int, int], date] = {}
        snoozes: dict[tuple[int, int], datetime] = {}
        if ids:
            for d, u, at in (
                await session.execute(
                    select(DeadlineDone.deadline_id, DeadlineDone.unit_id, DeadlineDone.at).where(
                        DeadlineDone.deadline_id.in_(ids)
                    )
                )
            ).all():
                done.add((d, u))
                done_on[(d, u)] = at.date()
            for d, u, until in (
                await session.execute(
                    select(
                        ReminderSnooze.deadline_id, ReminderSnooze.user_id, ReminderSnooze.until
                    ).where(ReminderSnooze.deadline_id.in_(ids))
                )
            ).all():
                snoozes[(d, u)] = until
        return deadlines, people, accounts, Facts(completions, frozenset(done), snoozes, done_on)

    async def _enqueue(
        self,
        bundles: list[Bundle],
        accounts: dict[int, ChannelAccount],
        deadlines: dict[int, DeadlineInfo],
        now: datetime,
    ) -> tuple[int, int]:
        """Queue one chunk: read and render first, then one short write transaction.

        The write lock (SQLite) is held only for the inserts, never while rendering, so people
        chatting meanwhile are not kept waiting.
        """
        keys = [i.key for b in bundles for i in b.items]
        async with self.services.db.session() as session:
            existing = set(
                (
                    await session.scalars(
                        select(ReminderLog.item).where(ReminderLog.item.in_(keys))
                    )
                ).all()
            )
            units = await _unit_names(session, bundles)
        prepared = []
        for bundle in bundles:
            fresh = [i for i in bundle.items if i.key not in existing]
            if fresh:
                reply = self.render(fresh, deadlines, units, bundle.day)
                prepared.append((bundle, fresh, reply))
        if not prepared:
            return 0, 0
        messages = items = 0
        async with self.services.db.session() as session:
            for bundle, fresh, reply in prepared:
                outbox_key = bundle_key(bundle.user_id, bundle.day, fresh)
                kept = []
                for item in fresh:
                    inserted = await insert_ignore(
                        session,
                        ReminderLog,
                        {
                            "item": item.key,
                            "deadline_id": item.deadline_id,
                            "user_id": item.user_id,
                            "step": item.step[:32],
                            "day": bundle.day,
                            "outbox_key": outbox_key,
                            "created_at": now,
                        },
                        ["item"],
                    )
                    if inserted:
                        kept.append(item)
                if not kept:
                    continue
                if len(kept) != len(fresh):  # another tick queued some meanwhile (rare)
                    outbox_key = bundle_key(bundle.user_id, bundle.day, kept)
                    reply = self.render(kept, deadlines, units, bundle.day)
                queued = await self.services.outbox.deliver(
                    session,
                    accounts[bundle.user_id],
                    reply,
                    priority=Priority.NOTIFY if any(i.urgent for i in kept) else Priority.BULK,
                    kind="reminder",
                    dedupe_key=outbox_key,
                )
                if queued:
                    messages += 1
                    items += len(kept)
                    await self._number_choices(session, accounts[bundle.user_id], reply)
        return messages, items

    async def _number_choices(
        self, session: AsyncSession, account: ChannelAccount, reply: Reply
    ) -> None:
        """On a channel without buttons, make "1", "2"... answer the reminder.

        Channels with buttons are skipped: their taps carry the payload, and a broadcast need not
        read every recipient's conversation.
        """
        caps = self.services.outbox.channels.caps(account.channel, account.bot_key)
        if caps.buttons or not reply.choices:
            return
        await remember_choices(session, account.id, reply.choices)

    # Rendering ------------------------------------------------------------------------------
    def render(
        self,
        items: list[Item],
        deadlines: dict[int, DeadlineInfo],
        units: dict[int, str],
        today: date,
    ) -> Reply:
        lines: list[dict[str, object]] = []
        seen: set[int] = set()
        digest = None
        for item in items:
            if item.kind == "digest":
                year, quarter = (int(x) for x in item.step[2:].split("-"))
                digest = {
                    "quarter": ROMAN[quarter],
                    "year": year,
                    "entries": [
                        _entry(deadlines[i], today) for i in item.deadline_ids if i in deadlines
                    ],
                }
                continue
            if item.deadline_id is None or item.deadline_id not in deadlines:
                continue
            if item.deadline_id in seen and item.kind != "escalation":
                continue
            seen.add(item.deadline_id)
            entry = _entry(deadlines[item.deadline_id], today)
            entry.update(kind=item.kind, unit=units.get(item.unit_id or 0, ""))
            lines.append(entry)
        text = self.services.messages.render("reminders.bundle", lines=lines, digest=digest)
        choices: list[Choice] = []
        buttoned = [line for line in lines if line["kind"] != "escalation"][:MAX_BUTTONED]
        numbered = len(buttoned) > 1
        for index, line in enumerate(buttoned, 1):
            suffix = f" ({index})" if numbered else ""
            choices.append(Choice(f"Đã xong{suffix}", f"rem:done:{line['id']}"))
            choices.append(Choice(f"Nhắc lại sau{suffix}", f"rem:later:{line['id']}"))
        choices.append(Choice("Xem lịch", "cal:show"))
        return Reply(text=text, choices=choices, columns=2)

    # Answers --------------------------------------------------------------------------------
    def snooze_until(self, due: date | None) -> datetime:
        """When to remind again after "Nhắc lại sau".

        A few hours later if it is due today or tomorrow, else the next working day's morning.
        """
        local = self.local_now()
        policy = self.policy
        if due is not None and (due - local.date()).days <= 1:
            later = local + timedelta(hours=self.settings.snooze_hours_same_day)
            if policy.in_working_hours(later):
                return later
        day = policy.calendar.next_working(local.date() + timedelta(days=1))
        return datetime.combine(day, self.settings.snooze_to, tzinfo=self.tz)


def bundle_key(user_id: int, day: date, items: list[Item]) -> str:
    """The outbox key: ``rem:{deadline}:{user}:{step}`` for one item, a digest of keys for more."""
    if len(items) == 1:
        return f"rem:{items[0].key}"
    digest = hashlib.blake2b(
        "|".join(sorted(i.key for i in items)).encode(), digest_size=8
    ).hexdigest()
    return f"remb:{user_id}:{day.isoformat()}:{digest}"


def _entry(deadline: DeadlineInfo, today: date) -> dict[str, object]:
    return {
        "id": deadline.id,
        "task": _short(deadline.task),
        "due": deadline.due.strftime("%d/%m/%Y"),
        "days_left": (deadline.due - today).days,
    }


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


async def _unit_names(session: AsyncSession, bundles: list[Bundle]) -> dict[int, str]:
    ids = {i.unit_id for b in bundles for i in b.items if i.unit_id}
    if not ids:
        return {}
    rows = await session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(ids)))
    return dict(rows.all())


async def reminder_accounts(session: AsyncSession) -> dict[int, ChannelAccount]:
    """Each user's account for reminders (as :func:`bot.core.context.reminder_account`)."""
    accounts = (
        await session.scalars(
            select(ChannelAccount)
            .where(ChannelAccount.user_id.is_not(None), ChannelAccount.reachable.is_(True))
            .order_by(
                ChannelAccount.receives_reminders.desc(),
                ChannelAccount.last_seen_at.desc().nulls_last(),
                ChannelAccount.id.desc(),
            )
        )
    ).all()
    chosen: dict[int, ChannelAccount] = {}
    for account in accounts:
        assert account.user_id is not None
        chosen.setdefault(account.user_id, account)
    return chosen


async def mark_done(
    session: AsyncSession, *, deadline_id: int, unit_id: int, user_id: int, at: datetime
) -> bool:
    inserted = (
        await insert_ignore(
            session,
            DeadlineDone,
            {"deadline_id": deadline_id, "unit_id": unit_id, "user_id": user_id, "at": at},
            ["deadline_id", "unit_id"],
        )
        > 0
    )
    if inserted:
        return True
    # A yearly deadline is done again each year: the answer's day is what counts (policy).
    deadline = await session.get(Deadline, deadline_id)
    if deadline is None or deadline.recurrence != "yearly":
        return False
    await session.execute(
        update(DeadlineDone)
        .where(DeadlineDone.deadline_id == deadline_id, DeadlineDone.unit_id == unit_id)
        .values(at=at, user_id=user_id)
    )
    return True


async def snooze(session: AsyncSession, *, deadline_id: int, user_id: int, until: datetime) -> None:
    row = await session.scalar(
        select(ReminderSnooze).where(
            ReminderSnooze.deadline_id == deadline_id, ReminderSnooze.user_id == user_id
        )
    )
    if row is None:
        session.add(ReminderSnooze(deadline_id=deadline_id, user_id=user_id, until=until))
    else:
        row.until = until


async def deadline_with_plan(
    session: AsyncSession, deadline_id: int
) -> tuple[Deadline, Plan, Unit] | None:
    row = (
        await session.execute(
            select(Deadline, Plan, Unit)
            .join(Plan, Plan.id == Deadline.plan_id)
            .join(Unit, Unit.id == Plan.unit_id)
            .where(Deadline.id == deadline_id)
        )
    ).first()
    return (row[0], row[1], row[2]) if row else None
