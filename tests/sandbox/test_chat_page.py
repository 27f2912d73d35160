"""The web chat page in headless Chromium, against the sandbox and a tiny aiogram echo bot."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from aiogram import Bot, Dispatcher, F
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.sandbox import SandboxServer
from tests.browser import phone_page
from tests.sandbox.helpers import image_bytes, make_bot

pytestmark = pytest.mark.browser

CHOICES = {"yes": "Đồng ý", "no": "Huỷ"}


def echo_dispatcher() -> Dispatcher:
    # Default (no) event isolation: album items are handled concurrently, so the first one can
    # wait briefly and count the rest.
    dp = Dispatcher()
    albums: dict[str, list[Message]] = {}

    @dp.message(F.media_group_id)
    async def on_album_item(message: Message, bot: Bot) -> None:
        group = albums.setdefault(str(message.media_group_id), [])
        group.append(message)
        if len(group) == 1:
            await asyncio.sleep(0.8)
            count = len(albums.pop(str(message.media_group_id)))
            await bot.send_message(message.chat.id, f"Đã nhận {count} ảnh")

    @dp.message(F.text == "html")
    async def on_html(message: Message) -> None:
        await message.answer("<b>Đậm</b> &lt;script&gt;alert(1)&lt;/script&gt;", parse_mode="HTML")

    @dp.message(F.text)
    async def on_text(message: Message) -> None:
        markup = InlineKeyboardMarkup(
            inline_keyboard=[
                [InlineKeyboardButton(text=t, callback_data=d)] for d, t in CHOICES.items()
            ]
        )
        await message.answer(f"Bạn đã gửi: {message.text}", reply_markup=markup)

    @dp.callback_query()
    async def on_tap(query: CallbackQuery) -> None:
        await query.answer("Đã chọn")
        if isinstance(query.message, Message):
            await query.message.edit_text(f"Bạn đã chọn: {CHOICES.get(query.data or '', '?')}")

    return dp


@pytest.fixture
async def echo_bot(sandbox: SandboxServer) -> AsyncIterator[Bot]:
    bot = make_bot(sandbox)
    dp = echo_dispatcher()
    task = asyncio.create_task(dp.start_polling(bot, handle_signals=False, polling_timeout=2))
    await asyncio.sleep(0.3)
    yield bot
    with contextlib.suppress(RuntimeError):
        await dp.stop_polling()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    await bot.session.close()


@pytest.fixture
async def page(sandbox: SandboxServer, tmp_path: Path) -> AsyncIterator[object]:
    async with phone_page(f"{sandbox.base_url}/", tmp_path / "profile") as tab:
        yield tab


async def test_chat_page_with_echo_bot(echo_bot: Bot, page: object, tmp_path: Path) -> None:
    from playwright.async_api import Page, expect

    assert isinstance(page, Page)
    await expect(page.locator(".banner")).to_have_text(
        "Hộp thử cục bộ — môi trường thử nghiệm, không phải Telegram/Zalo"
    )

    # Text round trip (Enter sends).
    await page.fill("#text", "Xin chào")
    await page.press("#text", "Enter")
    await expect(page.locator(".msg.user").filter(has_text="Xin chào")).to_have_count(1)
    reply = page.locator(".msg.bot").filter(has_text="Bạn đã gửi: Xin chào")
    await expect(reply).to_have_count(1)

    # Tap an inline button: toast from answerCallbackQuery, message edited in place.
    await reply.get_by_role("button", name="Đồng ý").click()
    await expect(page.locator("#toast")).to_have_text("Đã chọn")
    edited = page.locator(".msg.bot").filter(has_text="Bạn đã chọn: Đồng ý")
    await expect(edited).to_have_count(1)
    await expect(edited).to_contain_text("đã sửa")
    await expect(page.locator(".msg.bot")).to_have_count(1)  # same bubble, not a new one
    await expect(edited.get_by_role("button")).to_have_count(0)

    # Two photos in one go form an album; the bot acknowledges both.
    paths = []
    for i, color in enumerate([(220, 20, 20), (20, 20, 220)]):
        path = tmp_path / f"anh{i}.png"
        path.write_bytes(image_bytes(500, 400, color))
        paths.append(str(path))
    await page.set_input_files("#file-input", paths)
    await expect(page.locator(".msg.user img.photo")).to_have_count(2)
    await expect(page.locator(".msg.bot").filter(has_text="Đã nhận 2 ảnh")).to_have_count(1)

    # parse_mode=HTML is shown formatted, and escaped markup stays text.
    await page.fill("#text", "html")
    await page.press("#text", "Enter")
    formatted = page.locator(".msg.bot").filter(has_text="<script>alert(1)</script>")
    await expect(formatted).to_have_count(1)
    await expect(formatted.locator("b")).to_have_text("Đậm")
    await expect(page.locator("#messages script")).to_have_count(0)


async def test_chat_page_zalo_mode(sandbox: SandboxServer, page: object) -> None:
    from playwright.async_api import Page, expect

    assert isinstance(page, Page)

    async def zalo_echo() -> None:
        # A minimal Zalo bot: poll one update at a time, answer with numbered choices.
        base = f"{sandbox.zalo_base_url}/bot{sandbox.zalo_token}"
        async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
            while True:
                response = await http.post(f"{base}/getUpdates", json={"timeout": 2})
                if response.status_code == 408:
                    continue
                message = response.json()["result"]["message"]
                text = f"Bạn đã gửi: {message.get('text')}\nTrả lời 1 (Đồng ý) hoặc 2 (Huỷ)"
                await http.post(
                    f"{base}/sendMessage", json={"chat_id": message["chat"]["id"], "text": text}
                )

    task = asyncio.create_task(zalo_echo())
    try:
        await page.click("#settings summary")
        await page.check("#zalo-mode")
        await page.fill("#text", "Chào Zalo")
        await page.press("#text", "Enter")
        reply = page.locator(".msg.bot").filter(has_text="Bạn đã gửi: Chào Zalo")
        await expect(reply).to_have_count(1)
        await expect(reply).to_contain_text("Trả lời 1 (Đồng ý) hoặc 2 (Huỷ)")
        await expect(reply.get_by_role("button")).to_have_count(0)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
