"""Plans and deadlines in the database (SQLite and PostgreSQL), and the tick's exactly-once."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.accounts import import_units_csv, unit_by_code
from bot.channels.registry import ChannelRegistry
from bot.completion import mark_complete
from bot.config import Settings
from bot.core.clock import FakeClock
from bot.core.services import Services
from bot.core.templates import Messages
from bot.outbox.outbox import Outbox
from bot.storage.db import Database
from bot.storage.media import LocalMediaStore
from bot.storage.models import ChannelAccount, OutboxMessage, Role, User
from bot.storage.models.plans import Deadline, ReminderLog
from reminders.deadlines import deadline_for_action
from reminders.parsing import parse_file, parse_plan
from reminders.service import ReminderService
from reminders.settings import ReminderSettings
from reminders.store import active_deadlines, create_plan, effective_due, plan_deadlines
from tests.e2e.harness import UNITS_CSV
from tests.reminders.conftest import VN

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=VN)


def plan_text(*lines: str, year: int = 2026) -> str:
    body = "\n".join(f"{i}. {line}" for i, line in enumerate(lines, 1))
    return f"KẾ HOẠCH\nCông tác thi đua, khen thưởng năm {year}\n\n{body}\n"


async def _units(db: Database) -> None:
    async with db.session() as session:
        await import_units_csv(session, UNITS_CSV)


async def _import(db: Database, code: str, text: str, *, active: bool = True) -> int:
    async with db.session() as session:
        unit = await unit_by_code(session, code)
        assert unit is not None
        plan = await create_plan(
            session, unit=unit, parsed=parse_plan(text), year=2026, now=NOW, active=active
        )
        return plan.id


async def test_seed_plans_import_into_calendars(db: Database, fixtures_dir: Path) -> None:
    await _units(db)
    files = [
        *sorted((fixtures_dir / "seeds").glob("*.txt")),
        fixtures_dir / "plans" / "xa_tan_lap_2026.txt",
    ]
    async with db.session() as session:
        commune = await unit_by_code(session, "XA-CM")
        assert commune is not None
        expected = {}
        for path in files:
            parsed = parse_file(path)
            assert parsed.year is not None and parsed.tasks, path.name
            plan = await create_plan(
                session, unit=commune, parsed=parsed, year=parsed.year, now=NOW, active=True
            )
            expected[plan.id] = parsed
    async with db.session() as session:
        for plan_id, parsed in expected.items():
            stored = await plan_deadlines(session, plan_id)
            assert len(stored) == len(parsed.tasks)
            key = lambda t: (t[0], str(t[1]), str(t[2]), t[3] or "", t[4])  # noqa: E731
            got = sorted(
                ((d.task, d.due, d.start, d.when_text, d.recurring) for d in stored), key=key
            )
            want = sorted(
                ((t.task, t.due, t.start, t.when, t.recurring) for t in parsed.tasks), key=key
            )
            assert got == want
        dated = await active_deadlines(session)
    assert len(dated) == sum(
        1 for p in expected.values() for t in p.tasks if t.due or t.recurring_due
    )
    # The 2026 commune plan: registration before 15/3 is recognised as completed by registering.
    registration = sorted(
        d.due for d in dated if d.year == 2026 and d.completes_by == "registration"
    )
    assert registration == [date(2026, 3, 14), date(2026, 3, 31)]  # đăng ký; ký giao ước


async def test_yearly_dates_fall_in_the_plans_year() -> None:
    deadline = Deadline(task="Kỷ niệm", recurring=True, recurrence="yearly", recurring_due="06-11")
    assert effective_due(deadline, 2026) == date(2026, 6, 11)
    assert effective_due(Deadline(task="x", recurring=True), 2026) is None


async def test_deadline_for_action(db: Database) -> None:
    await _units(db)
    await _import(
        db, "TINH-SL", plan_text("Các xã, thôn, trường đăng ký thi đua trước ngày 01/4/2026.")
    )
    await _import(
        db,
        "XA-CM",
        plan_text(
            "Các tập thể, cá nhân đăng ký thi đua trước ngày 15/3/2026.",
            "Các thôn gửi hồ sơ đề nghị khen thưởng trước ngày 01/12/2026.",
        ),
    )
    await _import(
        db, "XA-MB", plan_text("Các thôn đăng ký thi đua trước ngày 10/3/2026."), active=False
    )
    async with db.session() as session:
        thon = await unit_by_code(session, "THON-BM")
        other = await unit_by_code(session, "THON-NA")
        school = await unit_by_code(session, "TRUONG-CM")
        assert thon and other and school
        # The commune's own date wins over the province's for its thôn...
        assert await deadline_for_action(session, thon, "registration", 2026) == date(2026, 3, 14)
        # ...another commune's thôn has only the province's (its own plan is still a draft).
        assert await deadline_for_action(session, other, "registration", 2026) == date(2026, 3, 31)
        # A dossier of a given kind is due when "a dossier" is; the school is not concerned.
        assert await deadline_for_action(session, thon, "dossier:giay_khen", 2026) == date(
            2026, 11, 30
        )
        assert await deadline_for_action(session, school, "dossier", 2026) is None
        assert await deadline_for_action(session, thon, "registration", 2025) is None


def _services(db: Database, tmp_path: Path, clock: FakeClock) -> Services:
    settings = Settings(_env_file=None, data_dir=tmp_path, database_url=db.url)  # type: ignore[call-arg]
    media = LocalMediaStore(tmp_path / "media")
    channels = ChannelRegistry()
    return Services(
        settings=settings,
        db=db,
        messages=Messages(settings.content_dir / "templates"),
        clock=clock,
        media=media,
        channels=channels,
        outbox=Outbox(channels, media, clock),
    )


async def _officers(db: Database, count: int, unit_code: str = "THON-BM") -> None:
    async with db.session() as session:
        unit = await unit_by_code(session, unit_code)
        assert unit is not None
        for i in range(count):
            user = User(full_name=f"Cán bộ {i}", unit_id=unit.id, role=Role.OFFICER)
            session.add(user)
            await session.flush()
            session.add(
                ChannelAccount(
                    user_id=user.id,
                    channel="telegram",
                    bot_key="1",
                    external_id=str(9000 + i),
                    chat_id=str(9000 + i),
                )
            )


@pytest.mark.parametrize("chunk", [1, 200])
async def test_tick_queues_each_item_once(db: Database, tmp_path: Path, chunk: int) -> None:
    await _units(db)
    await _officers(db, 5)
    await _import(
        db,
        "XA-CM",
        plan_text(
            "Các thôn đăng ký thi đua trước ngày 15/3/2026.",
            "Các thôn gửi báo cáo trước ngày 12/3/2026.",
        ),
    )
    clock = FakeClock(datetime(2026, 3, 9, 8, 0, tzinfo=VN))  # 7 and 3 days before: one bundle
    service = ReminderService(
        _services(db, tmp_path, clock), ReminderSettings(_env_file=None, chunk=chunk)
    )
    first = await service.tick()
    assert (first.messages, first.items) == (5, 10)
    for _ in range(3):  # every later tick that day finds nothing new
        assert (await service.tick()).messages == 0
    async with db.session() as session:
        rows = (await session.scalars(select(OutboxMessage))).all()
        assert len(rows) == 5 and len({r.dedupe_key for r in rows}) == 5
        assert all(r.dedupe_key and r.dedupe_key.startswith("remb:") for r in rows)
        assert "(1)" in rows[0].payload["text"] and "(2)" in rows[0].payload["text"]
        assert await session.scalar(select(func.count()).select_from(ReminderLog)) == 10
    # The unit registers: the next day's ticks send only the report's reminder... none is due
    # on 10/3; on 11/3 the report is due today, the registration is done.
    async with db.session() as session:
        thon = await unit_by_code(session, "THON-BM")
        assert thon is not None
        await mark_complete(session, unit_id=thon.id, action="registration", year=2026, at=NOW)
    clock.set(datetime(2026, 3, 11, 8, 0, tzinfo=VN))
    result = await service.tick()
    assert (result.messages, result.items) == (5, 5)
    async with db.session() as session:
        keys = set((await session.scalars(select(ReminderLog.item))).all())
    assert any(k.endswith(":d0") for k in keys) and not any(
        k.endswith(":d3") and k.startswith("1:") for k in keys
    )
