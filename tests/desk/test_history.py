"""Lịch sử khen thưởng (issue 17, item 6) in headless Chromium and in the chat: the Excel import
of past years (template, row-by-row errors, all or nothing, CSRF), the pages per unit and per
person, another commune's 404, and the consecutive-year notes at chat registration, on the desk
viewer and in the chat review."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update

from bot.accounts import unit_by_code
from bot.awards import store
from bot.core import codes
from bot.core.clock import ShiftedClock
from bot.storage.models.awards import AwardRecord
from bot.storage.models.dossier import Dossier
from tests.desk.browsing import browser, shots, sign_in, sign_in_link
from tests.dossier.flow import submit_simple_dossier
from tests.e2e.harness import Harness
from tests.registration.conftest import SEASON
from tests.registration.test_chat import fill_collective

pytestmark = pytest.mark.browser


@pytest.fixture
async def harness(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Harness]:
    # In registration season 2026 (as tests/registration): the years below stay meaningful
    # whatever the real date.
    h = await Harness(tmp_path, sqlite_url, clock=ShiftedClock(SEASON)).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


async def history_count(harness: Harness) -> int:
    assert harness.app is not None
    async with harness.app.db.session() as session:
        return int(await session.scalar(select(func.count(AwardRecord.id))) or 0)


def filled(template: bytes, rows: list[list[Any]]) -> bytes:
    """The downloaded template with ``rows`` typed under its header row."""
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(template))
    sheet = book.worksheets[0]
    header = next(
        r for r in sheet.iter_rows(max_row=15) if any(c.value == "STT" for c in r if c.value)
    )
    start = header[0].row + 2  # below the "Ví dụ" row
    for offset, values in enumerate(rows):
        sheet.cell(row=start + offset, column=1, value=offset + 1)
        for column, value in enumerate(values, start=2):
            sheet.cell(row=start + offset, column=column, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def seed(harness: Harness, code: str, name: str, award: str, years: list[int]) -> None:
    assert harness.app is not None
    async with harness.app.db.session() as session:
        unit = await unit_by_code(session, code)
        assert unit is not None
        rows = [
            store.ImportRow(i, unit.id, "ca_nhan", name, None, award, y, None, None)
            for i, y in enumerate(years)
        ]
        await store.import_rows(session, rows, None, harness.clock.now())  # type: ignore[arg-type]
        await session.commit()


GOOD = [
    ["Hà Văn Tiến", 1976, "Cá nhân", "Xã Chiềng Mung", "CSTĐCS", 2024, "12/QĐ-UBND", "15/01/2025"],
    ["Hà Văn Tiến", 1976, "Cá nhân", "XA-CM", "Chiến sĩ thi đua cơ sở", 2025, None, None],
    ["Thôn Bản Mé", None, "Tập thể", "Thôn Bản Mé", "Thôn văn hóa", 2025, "30/QĐ-UBND", None],
]
BAD = [
    ["Người Xã Khác", 1980, "Cá nhân", "Bản Nà Ang", "LĐTT", 2025, None, None],
    ["Lò Văn Bình", 1990, "Tập thể", "Thôn Bản Mé", "LĐTT", "năm ngoái", None, None],
]


async def test_import_history_from_excel_and_see_it(
    harness: Harness, tmp_path: Path, out: Path
) -> None:
    from openpyxl import load_workbook
    from playwright.async_api import expect

    assert harness.app is not None
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    far = await harness.officer("XA-MB", role="reviewer", name="Tòng Văn C")
    url = await sign_in_link(reviewer)
    far_url = await sign_in_link(far)
    base = f"{harness.app.public_base_url()}/banlamviec"
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        await page.get_by_role("link", name="Lịch sử khen thưởng").click()
        await expect(page.locator(".empty")).to_contain_text("Chưa có khen thưởng nào")

        # The template: Vietnamese headers, the required ones marked.
        async with page.expect_download() as waiting:
            await page.get_by_role("link", name="tệp mẫu (.xlsx)").click()
        template = (await (await waiting.value).path()).read_bytes()
        headers = {
            str(c.value)
            for row in load_workbook(io.BytesIO(template)).worksheets[0].iter_rows(max_row=15)
            for c in row
            if c.value
        }
        assert {
            "Họ và tên / Tên tập thể (*)",
            "Đơn vị (tên hoặc mã) (*)",
            "Danh hiệu, hình thức khen thưởng (*)",
            "Năm được khen (*)",
            "Số quyết định",
        } <= headers

        # Two bad rows: nothing is imported, and each bad row says what is wrong.
        bad_file = tmp_path / "lich-su-loi.xlsx"
        bad_file.write_bytes(filled(template, GOOD + BAD))
        await page.set_input_files("input[name=tep]", str(bad_file))
        await page.get_by_role("button", name="Nhập", exact=True).click()
        errors = page.locator(".error")
        await expect(errors).to_contain_text("Chưa nhập dòng nào")
        await expect(errors).to_contain_text('không có đơn vị "Bản Nà Ang"')
        await expect(errors).to_contain_text("Lao động tiên tiến không tặng cho tập thể")
        await expect(errors.locator("li")).to_have_count(2)
        text = await errors.inner_text()
        assert "Dòng 8:" in text and "Dòng 9:" in text and "Năm được khen" in text, text
        await shots(page, out, "lichsu-loi")
        assert await history_count(harness) == 0

        # The same form posted without its CSRF token is refused and imports nothing.
        good_file = tmp_path / "lich-su.xlsx"
        good_file.write_bytes(filled(template, GOOD))
        refused = await page.request.post(
            f"{base}/lichsu/nhap",
            multipart={
                "tep": {
                    "name": "lich-su.xlsx",
                    "mimeType": "application/octet-stream",
                    "buffer": good_file.read_bytes(),
                }
            },
        )
        assert refused.status == 403
        assert await history_count(harness) == 0
        # A file over the request limit is refused before it is read, in Vietnamese.
        csrf = await page.locator("form[enctype] input[name=csrf]").input_value()
        huge = await page.request.post(
            f"{base}/lichsu/nhap",
            multipart={
                "csrf": csrf,
                "tep": {
                    "name": "lon.xlsx",
                    "mimeType": "application/octet-stream",
                    "buffer": b"x" * (1100 * 1024),
                },
            },
        )
        assert huge.status == 413 and "quá lớn" in await huge.text()
        assert await history_count(harness) == 0

        # Fixed: every row is imported and shown, with its source.
        await page.set_input_files("input[name=tep]", str(good_file))
        await page.get_by_role("button", name="Nhập", exact=True).click()
        await expect(page.locator(".flash")).to_contain_text("Đã nhập 3 dòng")
        table = page.locator("table.history tbody")
        await expect(table.locator("tr")).to_have_count(3)
        await expect(table).to_contain_text("Nhập từ Excel")
        await expect(table).to_contain_text("Số 12/QĐ-UBND ngày 15/01/2025")
        await shots(page, out, "lichsu")
        # Importing it again adds nothing twice.
        await page.set_input_files("input[name=tep]", str(good_file))
        await page.get_by_role("button", name="Nhập", exact=True).click()
        await expect(page.locator(".flash")).to_contain_text("3 dòng đã có sẵn")
        assert await history_count(harness) == 3

        # Filters.
        await page.select_option("select[name=nam]", "2024")
        await page.get_by_role("button", name="Lọc").click()
        await expect(table.locator("tr")).to_have_count(1)
        await page.select_option("select[name=nam]", "")
        await page.select_option("select[name=doituong]", label="Tập thể")
        await page.get_by_role("button", name="Lọc").click()
        await expect(table.locator("tr")).to_have_count(1)
        await expect(table).to_contain_text("Thôn, tổ dân phố văn hóa")

        # The unit's page: titles by year; the person's page: the consecutive-year check.
        await page.goto(f"{base}/lichsu")
        await page.get_by_role("link", name="Xã Chiềng Mung").first.click()
        heading = page.get_by_role("heading", name="Lịch sử khen thưởng — Xã Chiềng Mung")
        await expect(heading).to_be_visible()
        row = page.locator("tr", has_text="Hà Văn Tiến")
        await expect(row).to_contain_text("CSTĐCS")
        await expect(row.locator("td")).to_have_count(3)  # name, 2024, 2025
        await shots(page, out, "lichsu-donvi")
        unit_url = page.url
        await page.get_by_role("link", name="Hà Văn Tiến").click()
        note = page.locator(".awards-checks")
        await expect(note).to_contain_text("đạt Chiến sĩ thi đua cơ sở năm 2024, 2025")
        await expect(note).to_contain_text("nếu năm 2026 cũng đạt Chiến sĩ thi đua cơ sở")
        await expect(note).to_contain_text("Luật Thi đua, khen thưởng 2022, Điều 22 khoản 1 điểm a")
        await shots(page, out, "lichsu-canhan")
        person_url = page.url

    # Another commune's reviewer sees none of it and gets 404 for its pages.
    async with browser(tmp_path / "profile-far") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, far_url)
        await page.goto(f"{base}/lichsu")
        await expect(page.locator("main")).not_to_contain_text("Hà Văn Tiến")
        for target in (unit_url, person_url):
            response = await page.goto(target)
            assert response is not None and response.status == 404, target
        # Importing into a unit outside the subtree is refused like an unknown unit.
        await page.goto(f"{base}/lichsu")
        await page.set_input_files("input[name=tep]", str(good_file))
        await page.get_by_role("button", name="Nhập", exact=True).click()
        await expect(page.locator(".error")).to_contain_text('không có đơn vị "Xã Chiềng Mung"')
    assert await history_count(harness) == 3


async def test_consecutive_years_note_at_chat_registration(harness: Harness) -> None:
    officer = await harness.officer("XA-CM", name="Lò Văn An")
    await seed(harness, "XA-CM", "Hà Văn Tiến", "cstdcs", [2024, 2025])
    await officer.choose("Đăng ký thi đua")
    await fill_collective(officer, title="Xã, phường, đặc khu tiêu biểu")
    await officer.choose("Dán danh sách nhiều người")
    await officer.expect("Dán danh sách cá nhân")
    await officer.say(
        "Hà Văn Tiến, 1976, nam, phó chủ tịch, CSTĐ tỉnh, Số hóa hồ sơ một cửa\n"
        "Lò Thị Mai, 1982, nữ, công chức văn phòng, CSTĐ tỉnh, Sổ tay tuyên truyền"
    )
    await officer.expect("Hợp lệ, chờ lưu (2 người)")
    await officer.choose("Lưu 2 người hợp lệ")
    saved = await officer.expect("Đã thêm 2 người")
    assert (
        "Theo lịch sử khen thưởng, Hà Văn Tiến đạt Chiến sĩ thi đua cơ sở năm 2024, 2025"
        " — nếu năm 2026 cũng đạt Chiến sĩ thi đua cơ sở thì đủ 03 lần liên tục" in saved.text
    ), saved.text
    assert (
        "Lịch sử khen thưởng chưa ghi năm nào Lò Thị Mai đạt Chiến sĩ thi đua cơ sở" in saved.text
    )
    assert "Căn cứ: Luật Thi đua, khen thưởng 2022, Điều 22 khoản 1 điểm a" in saved.text


async def test_consecutive_years_on_the_desk_viewer_and_chat_review(
    harness: Harness, tmp_path: Path, out: Path
) -> None:
    from playwright.async_api import expect

    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    dossier = await submit_simple_dossier(harness, officer, subject="Quàng Thị Bình")
    # The chat's Bằng khen tỉnh dossier asks many documents; the viewer reads only the kind, so
    # the submitted dossier is relabelled rather than walking that form here.
    async with harness.app.db.session() as session:
        await session.execute(
            update(Dossier).where(Dossier.id == dossier.id).values(kind="bang_khen_tinh")
        )
        await session.commit()
    await seed(harness, "THON-BM", "Quàng Thị Bình", "cstdcs", [2024, 2025])
    url = await sign_in_link(reviewer)
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        await page.goto(f"{harness.app.public_base_url()}/banlamviec/hoso/{dossier.id}")
        note = page.locator(".awards-checks")
        await expect(note).to_contain_text(
            "Quàng Thị Bình đạt Chiến sĩ thi đua cơ sở năm 2024, 2025 — đủ 02 lần liên tục"
        )
        await expect(note).to_contain_text("Điều 74 khoản 1 điểm d (cần kiểm tra lại")
        await shots(page, out, "hoso-lichsu")
    # The same check when the reviewer opens it in the chat.
    await reviewer.say(codes.display(dossier.code))
    shown = await reviewer.expect("Quàng Thị Bình", "đủ 02 lần liên tục")
    assert "Điều 74 khoản 1 điểm d" in shown.text
