"""The sandbox chat page in headless Chromium, talking to the real bot (issue 2)."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from tests.browser import phone_page
from tests.e2e.harness import Harness

pytestmark = pytest.mark.browser


def document_photo(path: Path, title: str) -> str:
    image = Image.new("RGB", (1280, 960), "white")
    draw = ImageDraw.Draw(image)
    draw.text((80, 80), title, fill="black")
    for y in range(160, 900, 40):
        draw.line((80, y, 1200, y), fill=(90, 90, 90), width=2)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80)
    path.write_bytes(buffer.getvalue())
    return str(path)


@pytest.fixture
async def page(harness: Harness, tmp_path: Path) -> AsyncIterator[object]:
    async with phone_page(f"{harness.sandbox.base_url}/", tmp_path / "profile") as tab:
        yield tab


async def test_officer_uses_the_real_bot_from_the_chat_page(
    harness: Harness, page: object, tmp_path: Path
) -> None:
    from playwright.async_api import Page, expect

    assert isinstance(page, Page)
    code = await harness.invite("THON-BM")
    await page.click("#settings summary")
    await page.fill("#uid", "777001")
    await page.fill("#name", "Lò Thị Hoa")
    await page.click("#settings summary")

    # Send text: the invite code, as a person would type it from a paper slip.
    await page.fill("#text", f"/start {code}")
    await page.press("#text", "Enter")
    welcome = page.locator(".msg.bot").filter(has_text="Chào mừng Lò Thị Hoa")
    await expect(welcome).to_have_count(1, timeout=15000)
    await expect(welcome.get_by_role("button", name="Hỏi đáp thủ tục")).to_be_visible()

    # Tap a button.
    await welcome.get_by_role("button", name="Trợ giúp").click()
    await expect(
        page.locator(".msg.bot").filter(has_text="Hướng dẫn sử dụng Trợ lý Thi đua")
    ).to_have_count(1, timeout=15000)

    # A question typed without diacritics gets a cited answer.
    await page.fill("#text", "tien thuong lao dong tien tien bao nhieu")
    await page.press("#text", "Enter")
    await expect(page.locator(".msg.bot").filter(has_text="Căn cứ")).to_have_count(1, timeout=15000)

    # Two photos uploaded at once arrive as one album and get one answer.
    photos = [document_photo(tmp_path / f"trang{i}.jpg", f"TO TRINH - trang {i}") for i in (1, 2)]
    await page.set_input_files("#file-input", photos)
    await expect(page.locator(".msg.user img.photo")).to_have_count(2, timeout=15000)
    await expect(
        page.locator(".msg.bot").filter(has_text="chưa biết dùng vào việc gì")
    ).to_have_count(1, timeout=15000)
    await page.wait_for_timeout(2500)  # nothing more arrives for the album
    await expect(
        page.locator(".msg.bot").filter(has_text="chưa biết dùng vào việc gì")
    ).to_have_count(1)
    await page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    import os

    if os.environ.get("TDKT_SCREENSHOT"):
        await page.screenshot(path=os.environ["TDKT_SCREENSHOT"], full_page=True)
