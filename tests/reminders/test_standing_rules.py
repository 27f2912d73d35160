"""A province's standing filing rule, confirmed once, reminds officers every year.

"trước ngày 10/8 hằng năm" has no year: it is stored as a yearly deadline of the plan it was
imported with (2026) and falls due again on 09/8/2027. The test drives the real bot and sandbox
on a fake clock through the weeks before the date in two consecutive years; an officer answers
"Đã xong" in 2026, which must not silence 2027.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.core.clock import FakeClock
from bot.core.text import fold
from bot.ocr import ocr_available
from bot.storage.models.plans import Deadline
from reminders.parsing import parse_plan
from reminders.service import ReminderService
from tests.e2e.harness import Harness
from tests.reminders.conftest import VN
from tests.reminders.test_year import _tap, drained, import_text

CORPUS = Path(__file__).parent / "fixtures" / "corpus" / "files"
needs_ocr = pytest.mark.skipif(not ocr_available(), reason="tesseract-ocr-vie not installed")

STANDING_RULES = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA

QUY ĐỊNH
Thời gian tiếp nhận hồ sơ đề nghị khen thưởng của các xã, phường

Điều 1. Hồ sơ khen thưởng tổng kết năm gửi về Sở Nội vụ chậm nhất ngày 15/3 năm sau; hồ sơ \
khen thưởng theo năm học của các trường gửi về Sở Giáo dục và Đào tạo trước ngày 10/8 hằng năm.
"""


def test_standing_rules_parse_to_yearly_deadlines() -> None:
    parsed = parse_plan(STANDING_RULES)
    assert parsed.year is None and parsed.year_source == "standing"
    assert [(t.recurrence, t.recurring_due, t.due) for t in parsed.tasks] == [
        ("yearly", "03-15", None),
        ("yearly", "08-09", None),
    ]


async def test_a_confirmed_standing_rule_reminds_every_year(
    harness: Harness, clock: FakeClock
) -> None:
    assert harness.app is not None
    cuong = await harness.officer("TRUONG-CM", name="Quàng Văn Cường")
    await import_text(harness, "TINH-SL", STANDING_RULES)  # confirmed (active) as year 2026
    await cuong.collect(quiet=0.2, within=2)
    service = harness.app.services.get(ReminderService)
    received: list[tuple[date, str]] = []
    for year in (2026, 2027):
        day = date(year, 7, 20)
        while day <= date(year, 8, 12):
            clock.set(datetime.combine(day, time(8), tzinfo=VN))
            if (await service.tick()).messages:
                await drained(harness)
                received += [(day, m.text) for m in await cuong._poll(0)]
            if day == date(2026, 8, 3):  # the school filed this year's dossiers
                await _tap(cuong, "Đã xong", "Đã ghi nhận")
            day += timedelta(days=1)
    school_year = [d for d, text in received if fold("năm học") in fold(text)]
    in_2026 = [d for d in school_year if d.year == 2026]
    in_2027 = [d for d in school_year if d.year == 2027]
    assert in_2026 and min(in_2026) < date(2026, 8, 9), received
    assert max(in_2026) <= date(2026, 8, 3)  # "Đã xong" stopped this year's reminders
    assert in_2027 and min(in_2027) < date(2027, 8, 9), received  # and not next year's


@needs_ocr
async def test_a_scanned_notice_in_chat_shows_its_words_and_asks_the_event(
    harness: Harness, clock: FakeClock
) -> None:
    """A reviewer sends the phone photo of a commune's notice (standing rules, two of them
    hanging on an event); the draft shows what OCR read beside each deadline, the year is not
    asked (the rules recur), and confirming asks for the award ceremony's date."""
    assert harness.app is not None
    clock.set(datetime(2026, 1, 5, 9, 0, tzinfo=VN))
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Lường Thị Dung")
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Kế hoạch và hạn")
    await reviewer.expect("Chưa có kế hoạch")
    await reviewer.choose("Nhập kế hoạch mới")
    await reviewer.expect("Gửi tệp")
    photo = (CORPUS / "quy_dinh_khen_thuong_dot.photo.jpg").read_bytes()
    await reviewer.send_files([("thong-bao.jpg", photo)], as_="photo")  # a Telegram photo
    # OCR of a photo takes seconds on a quiet machine and far longer on a loaded one (it failed
    # the default 15 s wait at load average 18): wait as long as the bot's own OCR limit allows.
    review = await reviewer.expect("Kiểm tra kế hoạch", within=120)
    assert review.has("(hằng năm)") and review.has("Bản gốc (đọc từ ảnh)")
    assert review.has("10/01") and review.has("29/11")
    assert review.has("sẽ hỏi ngày diễn ra") and review.has("OCR")
    await reviewer.choose("Xác nhận")
    await reviewer.expect("Đã lưu kế hoạch")
    await reviewer.expect("Ngày trao thưởng là ngày nào?")
    await reviewer.say("20/11/2026")
    await reviewer.expect("Đã đặt hạn 13/11/2026")
    await reviewer.expect("Ngày tổ chức hội nghị biểu dương là ngày nào?")
    await reviewer.choose("Bỏ qua")
    async with harness.app.db.session() as session:
        rows = (await session.execute(select(Deadline.when_text, Deadline.due))).all()
    assert (
        "trước ngày trao thưởng ít nhất 07 ngày",
        date(2026, 11, 13),
    ) in [(w, d) for w, d in rows]
