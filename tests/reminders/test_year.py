"""A whole year on a fake clock: who gets which reminder, when, through the real bot and sandbox.

A commune plan (XA-CM) and a province plan (TINH-SL) are imported; five officers chat through the
sandbox. The test moves the clock day by day through 2026, runs the reminder tick at 06:00, 08:00,
14:00 and 21:00, lets the outbox drain, and records what each officer's phone received.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path

import httpx
from sqlalchemy import func, select, update

from bot.completion import mark_complete
from bot.core.clock import FakeClock
from bot.core.text import fold
from bot.storage.models import OutboxMessage, OutboxStatus, Unit, User
from reminders.parsing import parse_plan
from reminders.service import ReminderService
from reminders.store import create_plan
from tests.e2e.harness import Harness, UserChat
from tests.reminders.conftest import VN

COMMUNE_PLAN = """ỦY BAN NHÂN DÂN XÃ CHIỀNG MUNG
KẾ HOẠCH
Công tác thi đua, khen thưởng năm 2026

1. Các tập thể, cá nhân đăng ký thi đua gửi về Ủy ban nhân dân xã trước ngày 15/3/2026.
2. Các trường gửi hồ sơ đề nghị khen thưởng năm học chậm nhất ngày 30/6/2026.
3. Các thôn tổ chức bình xét "Gia đình văn hóa", hoàn thành trước 25/11/2026.
4. Thường xuyên tuyên truyền gương người tốt, việc tốt.
"""
PROVINCE_PLAN = """ỦY BAN NHÂN DÂN TỈNH SƠN LA
KẾ HOẠCH
Công tác thi đua, khen thưởng năm 2026

1. Các thôn, tổ dân phố gửi báo cáo kết quả phong trào thi đua về Ủy ban nhân dân xã \
trước ngày 21/10/2026.
"""


async def import_text(harness: Harness, unit_code: str, text: str) -> None:
    from bot.accounts import unit_by_code

    assert harness.app is not None
    async with harness.app.db.session() as session:
        unit = await unit_by_code(session, unit_code)
        assert unit is not None
        await create_plan(
            session,
            unit=unit,
            parsed=parse_plan(text),
            year=2026,
            now=harness.clock.now(),
            active=True,
        )


async def drained(harness: Harness) -> None:
    assert harness.app is not None
    for _ in range(400):
        async with harness.app.db.session() as session:
            left = await session.scalar(
                select(func.count()).where(
                    OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING])
                )
            )
        if not left:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the outbox did not drain")


async def test_a_year_of_reminders(harness: Harness, clock: FakeClock) -> None:
    assert harness.app is not None
    an = await harness.officer("THON-BM", name="Lò Văn An")
    binh = await harness.officer("THON-BM", name="Cầm Thị Bình")
    cuong = await harness.officer("TRUONG-CM", name="Quàng Văn Cường")
    dung = await harness.officer("XA-CM", role="reviewer", name="Lường Thị Dung")
    em = await harness.officer("THON-NA", name="Tòng Văn Em")
    people = {"an": an, "binh": binh, "cuong": cuong, "dung": dung, "em": em}
    async with harness.app.db.session() as session:
        await session.execute(
            update(User).where(User.full_name == "Cầm Thị Bình").values(is_head=True)
        )
    await import_text(harness, "XA-CM", COMMUNE_PLAN)
    await import_text(harness, "TINH-SL", PROVINCE_PLAN)
    for chat in people.values():
        await chat.collect(quiet=0.2, within=2)  # the welcome messages
    service = harness.app.services.get(ReminderService)
    calendar = service.policy.calendar

    log: dict[str, list[tuple[date, str]]] = defaultdict(list)

    async def read(day: date) -> None:
        for name, chat in people.items():
            for message in await chat._poll(0):
                log[name].append((day, message.text))

    day = date(2026, 1, 1)
    while day <= date(2026, 12, 31):
        queued = 0
        for hour in (6, 8, 14, 21):
            clock.set(datetime.combine(day, time(hour), tzinfo=VN))
            result = await service.tick()
            queued += result.messages
            if hour in (6, 21):
                assert result.messages == 0, (day, hour)  # outside working hours
            elif hour == 14:
                assert result.messages == 0, (day, hour)  # everything went at 08:00
        await drained(harness)
        if queued:  # reading five phones takes a while: only on days something was sent
            await read(day)
        # What the officers do during the year.
        if day == date(2026, 3, 7):  # the school answers the 7-day reminder: done
            await _tap(cuong, "Đã xong", "Đã ghi nhận")
        if day == date(2026, 3, 10):  # the commune registered in the registration feature
            async with harness.app.db.session() as session:
                xa = await session.scalar(select(Unit).where(Unit.code == "XA-CM"))
                assert xa is not None
                await mark_complete(
                    session, unit_id=xa.id, action="registration", year=2026, at=clock.now()
                )
        if day == date(2026, 3, 11):  # An is busy: remind me later
            await _tap(an, "Nhắc lại sau", "Tôi sẽ nhắc lại")
        day += timedelta(days=1)

    def days(name: str, needle: str) -> list[date]:
        return [d for d, text in log[name] if fold(needle) in fold(text)]

    # Quarter digests on the first working day (1/1 is a holiday), to those concerned only.
    assert days("an", "Quý I/2026")[:1] == [date(2026, 1, 2)]
    assert days("cuong", "Quý II/2026") == [date(2026, 4, 1)]
    assert days("an", "Quý II/2026") == []  # nothing of the thôn's falls due in Q2
    assert days("an", "Quý IV/2026") == [date(2026, 10, 1)]
    assert days("em", "Quý I/2026") == []  # another commune's plan
    assert days("em", "Quý IV/2026") == [date(2026, 10, 1)]  # the province's plan reaches him

    # Registration (due Saturday 14/3): 14 and 7 days before, 3, 1, on the day...
    registration = "đăng ký thi đua"
    assert days("dung", registration) == [date(2026, 1, 2), date(2026, 2, 28), date(2026, 3, 7)]
    assert days("cuong", registration) == [date(2026, 1, 2), date(2026, 2, 28), date(2026, 3, 7)]
    # An snoozed on 11/3 and was reminded on the next working day at 08:00, then as usual; the
    # thôn never reported it: follow-up on Monday 16/3 (15/3 is a Sunday).
    assert days("an", registration) == [
        date(2026, 1, 2),
        date(2026, 2, 28),
        date(2026, 3, 7),
        date(2026, 3, 11),
        date(2026, 3, 12),
        date(2026, 3, 13),
        date(2026, 3, 14),
        date(2026, 3, 16),
    ]
    # The head got the same, then the escalation on Tuesday 17/3.
    # ... and for the province's and the commune's autumn deadlines the thôn never reported.
    assert days("binh", "Báo cáo thủ trưởng") == [
        date(2026, 3, 17),
        date(2026, 10, 23),
        date(2026, 11, 27),
    ]
    assert days("an", "Báo cáo thủ trưởng") == []

    # The thôn's "Gia đình văn hóa" (due Tuesday 24/11, a public holiday since 2026): 14 days
    # before, 7, 3 (Saturday), 1 and on the day itself (urgent, so even on a holiday).
    gdvh = "Gia đình văn hóa"
    assert [d for d in days("an", gdvh) if d.month == 11] == [
        date(2026, 11, 10),
        date(2026, 11, 17),
        date(2026, 11, 21),
        date(2026, 11, 23),
        date(2026, 11, 24),
        date(2026, 11, 25),
    ]
    assert days("cuong", gdvh) == []

    # Nothing non-urgent on a Sunday or a public holiday; never two messages a day.
    for name, entries in log.items():
        per_day: dict[date, int] = defaultdict(int)
        for when, text in entries:
            per_day[when] += 1
            if calendar.is_off(when):
                assert "hạn là ngày mai" in text or "hạn là hôm nay" in text, (name, when, text)
        assert max(per_day.values(), default=0) <= 2, (name, per_day)  # a tap's answer at most


async def _tap(chat: UserChat, label: str, expect: str) -> None:
    chat.seen = len(chat.transcript)
    await chat.choose(label)
    await chat.expect(expect)


async def test_lich_and_calendar_feed(harness: Harness, clock: FakeClock) -> None:
    assert harness.app is not None
    an = await harness.officer("THON-BM", name="Lò Văn An")
    await import_text(harness, "XA-CM", COMMUNE_PLAN)
    await import_text(harness, "TINH-SL", PROVINCE_PLAN)
    clock.set(datetime(2026, 3, 1, 9, 0, tzinfo=VN))
    await an.say("/lich")
    message = await an.expect("Lịch hạn công việc")
    assert message.has("Quý I/2026") and message.has("14/03") and message.has("đăng ký thi đua")
    assert message.has("Quý IV/2026") and message.has("20/10")  # the province's deadline
    assert not message.has("hồ sơ đề nghị khen thưởng năm học")  # the schools' deadline
    await an.choose("Thêm vào lịch điện thoại")
    link = await an.expect(".ics")
    url = next(w for w in link.text.split() if w.endswith(".ics"))
    async with httpx.AsyncClient() as http:
        response = await http.get(url)
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/calendar")
        body = response.text
        assert "DTSTART;VALUE=DATE:20260314" in body and "DTSTART;VALUE=DATE:20261020" in body
        assert "20260630" not in body
        # A renewed link replaces the old one.
        await an.choose("Đổi liên kết")
        fresh = await an.expect(".ics")
        assert (await http.get(url)).status_code == 404
        new_url = next(w for w in fresh.text.split() if w.endswith(".ics"))
        assert (await http.get(new_url)).status_code == 200


async def test_a_question_about_a_deadline_quotes_the_imported_plan(
    harness: Harness, clock: FakeClock
) -> None:
    an = await harness.officer("THON-BM", name="Lò Văn An")
    clock.set(datetime(2026, 2, 2, 9, 0, tzinfo=VN))
    await an.say("han dang ky thi dua")
    before = await an.expect("Hạn đăng ký thi đua")
    assert before.has("Chưa có kế hoạch")  # no plan yet: says so, names no date
    assert not before.has("Theo kế hoạch áp dụng")
    await import_text(harness, "XA-CM", COMMUNE_PLAN)
    await an.say("han dang ky thi dua nam nay")
    answer = await an.expect("Theo kế hoạch áp dụng cho đơn vị")
    assert answer.has("14/3/2026") or answer.has("14/03/2026")
    assert answer.has("đăng ký thi đua")


async def test_reviewer_imports_corrects_and_confirms_a_plan_in_chat(
    harness: Harness, clock: FakeClock, fixtures_dir: Path
) -> None:
    assert harness.app is not None
    clock.set(datetime(2026, 1, 5, 9, 0, tzinfo=VN))
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Lường Thị Dung")
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Kế hoạch và hạn")
    await reviewer.expect("Chưa có kế hoạch")
    await reviewer.choose("Nhập kế hoạch mới")
    await reviewer.expect("Gửi tệp")
    await reviewer.say("Xin chào")  # not a file: says why, keeps waiting
    await reviewer.expect("đang chờ tệp")
    await reviewer.send_files([("ke-hoach-2026.txt", COMMUNE_PLAN.encode())], as_="document")
    review = await reviewer.expect("Kiểm tra kế hoạch", "Quý I/2026")
    assert review.has("14/03") and review.has("24/11") and review.has("Thường xuyên")
    # Nothing is reminded before the reviewer confirms.
    service = harness.app.services.get(ReminderService)
    assert (await service.tick()).messages == 0
    # Item 1 is the registration deadline: move it to 20/3.
    await reviewer.choose("Sửa một mục")
    await reviewer.expect("số thứ tự")
    await reviewer.say("9")
    await reviewer.expect("Không có mục đó")
    await reviewer.say("1")
    await reviewer.expect("Mục 1", "14/03/2026")
    await reviewer.choose("Sửa ngày")
    await reviewer.expect("ngày hạn mới")
    await reviewer.say("ba mươi tháng ba")
    await reviewer.expect("Chưa hiểu ngày")
    await reviewer.say("20/3")
    await reviewer.expect("Mục 1", "20/03/2026")
    await reviewer.choose("Quay lại")
    await reviewer.expect("Kiểm tra kế hoạch", "20/03")
    await reviewer.choose("Thêm hạn")
    await reviewer.say("Nộp báo cáo sơ kết 6 tháng; 15/6/2026")
    await reviewer.expect("Nộp báo cáo sơ kết", "15/06/2026")
    await reviewer.choose("Quay lại")
    await reviewer.expect("Kiểm tra kế hoạch", "15/06")
    await reviewer.choose("Xác nhận")
    await reviewer.expect("Đã lưu kế hoạch: 5 nhiệm vụ, 4 hạn")
    # Now the officer of the thôn gets the quarter's list at the next tick.
    await service.tick()
    digest = await officer.expect("Quý I/2026")
    assert digest.has("20/03")
    # The reviewer deletes the item later; the officer's /lich no longer shows it.
    await reviewer.choose("Xem kế hoạch")
    await reviewer.expect("Kế hoạch đã lưu")
    await reviewer.choose("Sửa một mục")
    await reviewer.say("4")
    await reviewer.expect("Mục 4", "Gia đình văn hóa")
    await reviewer.choose("Xóa mục này")
    await reviewer.expect("Đã xóa")
    await officer.say("/lich")
    calendar = await officer.expect("Lịch hạn công việc")
    assert not calendar.has("Gia đình văn hóa") and calendar.has("20/03")


async def test_a_zalo_officer_answers_a_reminder_by_its_number(
    harness: Harness, clock: FakeClock
) -> None:
    assert harness.app is not None
    an = await harness.officer("THON-BM", name="Lò Văn An", channel="zalo")
    await import_text(harness, "XA-CM", COMMUNE_PLAN)
    await an.collect(quiet=0.2, within=2)
    clock.set(datetime(2026, 3, 7, 8, 0, tzinfo=VN))  # 7 days before 14/3
    service = harness.app.services.get(ReminderService)
    assert (await service.tick()).messages == 1
    await drained(harness)
    reminder = await an.expect("Nhắc hạn công việc")
    assert reminder.has("1. Đã xong") and reminder.has("2. Nhắc lại sau")
    await an.say("1")
    await an.expect("Đã ghi nhận")
    # Done means done: the next steps (3 days, 1 day, the day) send nothing to this unit.
    for day in (11, 13, 14):
        clock.set(datetime(2026, 3, day, 8, 0, tzinfo=VN))
        assert (await service.tick()).messages == 0
