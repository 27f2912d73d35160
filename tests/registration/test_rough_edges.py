"""Issue 13's registration defects, end to end through the sandbox."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from bot.core.clock import ShiftedClock
from tests.e2e.harness import Harness, UserChat
from tests.registration.test_chat import download, fill_collective

VN = ZoneInfo("Asia/Ho_Chi_Minh")
LINE = "Nguyễn Văn An, 1980, nam, công chức văn hóa, LĐTT"


async def _one_person_saved(officer: UserChat) -> None:
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer)
    await officer.choose("Dán danh sách nhiều người")
    await officer.expect("Dán danh sách cá nhân")
    await officer.say(LINE)
    await officer.expect("Tất cả đều hợp lệ")
    await officer.choose("Lưu 1 người hợp lệ")
    await officer.expect("Đã thêm 1 người")


@pytest.mark.parametrize("channel", ["telegram", "zalo"])
async def test_duplicate_message_names_the_choice_on_screen(harness: Harness, channel: str) -> None:
    officer = await harness.officer("THON-BM", channel=channel)
    await _one_person_saved(officer)

    # Pasted again: the choices are "Bỏ danh sách này" and "⬅ Về bản đăng ký".
    await officer.choose("Dán danh sách nhiều người")
    await officer.expect("Dán danh sách cá nhân")
    await officer.say(LINE)
    listed = await officer.expect("đã có trong danh sách", "cần sửa")
    assert 'chọn "Bỏ danh sách này"' in listed.text and "Bỏ danh sách này" in listed.labels
    assert "Bỏ người này" not in listed.text and "bấm" not in listed.text.lower()

    # One by one: the form offers "Bỏ người này".
    await officer.choose("⬅ Về bản đăng ký")
    await officer.choose("Thêm từng người")
    await officer.say("Nguyễn Văn An")
    await officer.expect("Năm sinh")
    await officer.say("1980")
    await officer.expect("Giới tính")
    await officer.choose("Nam")
    await officer.expect("Chức vụ")
    await officer.say("Công chức văn hóa")
    await officer.expect("Bộ phận")
    await officer.choose("Bỏ qua")
    await officer.expect("Danh hiệu đăng ký")
    await officer.say("LĐTT")
    single = await officer.expect("đã có trong danh sách", "mỗi người chỉ đăng ký một lần")
    assert 'chọn "Bỏ người này"' in single.text and "Bỏ người này" in single.labels


async def test_sent_then_edited_reviewers_told_and_excel_date_is_vietnam_time(
    harness: Harness, clock: ShiftedClock
) -> None:
    # 06:46 on 03/03 in Viet Nam is still 02/03 in UTC.
    clock.set(datetime(2026, 3, 3, 6, 46, tzinfo=VN))
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await _one_person_saved(officer)
    await officer.choose("Xem lại và gửi")
    await officer.expect("Bản đăng ký thi đua năm 2026")
    await officer.choose("Gửi bản đăng ký")
    await officer.expect("Đã gửi bản đăng ký")
    await reviewer.expect("Thôn Bản Mé đã gửi bản đăng ký thi đua năm 2026")
    await officer.say("/dangky")
    hub = await officer.expect("đã gửi lúc")
    assert "đã gửi lúc 06:4" in hub.text and "03/03/2026" in hub.text

    # Edited after sending: the reviewer hears of it.
    await officer.choose("Sửa phần tập thể")
    await officer.expect("Xem lại", "0912345678")
    await officer.choose("Sửa: Điện thoại liên hệ")
    await officer.say("0987654321")
    await officer.expect("Xem lại", "0987654321")
    await officer.choose("Lưu phần tập thể")
    await officer.expect("bản đăng ký đã gửi được cập nhật")
    told = await reviewer.expect("đã sửa bản đăng ký thi đua năm 2026 sau khi gửi")
    assert "Thôn Bản Mé" in told.text and "tập thể" in told.text and "Lò Văn An" in told.text

    # The workbook's "Ngày gửi" is the date the chat showed.
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Đăng ký thi đua của các đơn vị")
    overview = await reviewer.expect("Đăng ký thi đua năm 2026")
    assert "Thôn Bản Mé — đã gửi 03/03/2026" in overview.text
    await reviewer.choose("Xuất Excel tất cả")
    await reviewer.expect("Tệp Excel đăng ký thi đua năm 2026")
    document = None
    for _ in range(30):
        document = next((m.document for m in reversed(reviewer.transcript) if m.document), None)
        if document:
            break
        await reviewer.collect(quiet=0.3)
    assert document is not None
    sheet = load_workbook(io.BytesIO(await download(harness, document)))["Tập thể"]
    header = [c.value for c in sheet[5]]
    assert sheet.cell(6, header.index("Ngày gửi") + 1).value == "03/03/2026"


async def test_reviewer_reaches_next_years_registrations(
    harness: Harness, clock: ShiftedClock
) -> None:
    clock.set(datetime(2026, 12, 2, 9, tzinfo=VN))
    officer = await harness.officer("THON-BM")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await officer.choose("Đăng ký thi đua")
    await officer.expect("Anh/chị đăng ký cho năm nào?")
    await officer.choose("2027")
    await fill_collective(officer)
    await officer.choose("Không có cá nhân đăng ký — xem lại và gửi")
    await officer.expect("Bản đăng ký thi đua năm 2027")
    await officer.choose("Gửi bản đăng ký")
    await officer.expect("Đã gửi bản đăng ký thi đua năm 2027")

    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Đăng ký thi đua của các đơn vị")
    this_year = await reviewer.expect("Đăng ký thi đua năm 2026")
    assert "Xem năm 2027" in this_year.labels and "Xem năm 2025" in this_year.labels
    await reviewer.choose("Xem năm 2027")
    next_year = await reviewer.expect("Đăng ký thi đua năm 2027")
    assert "Thôn Bản Mé — đã gửi 02/12/2026" in next_year.text
    assert "Xem năm 2028" not in next_year.labels
