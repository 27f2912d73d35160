"""Shared by the desk's Chromium tests: the browser, signing in, and the screenshots.

Screenshots of every desk page at 1366×768 (laptop) and 820×1180 (tablet) are always written
to ``var/test-artifacts/desk/`` in the checkout (``TDKT_DESK_SHOTS`` overrides), named
``<page>-<width>.jpg``; JPEG at quality 70 keeps a whole run to a few MB. The directory is
emptied once per test session and the terminal summary says where it is
(``tests/desk/conftest.py``).
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser import CHROMIUM, CHROMIUM_ARGS, HAVE_CHROMIUM
from tests.e2e.harness import UserChat

VIEWPORTS = {"1366": (1366, 768), "820": (820, 1180)}
LINK = re.compile(r"https?://\S+/banlamviec/vao/[\w-]+")
ROOT = Path(__file__).resolve().parents[2]


def shots_dir() -> Path:
    return Path(os.environ.get("TDKT_DESK_SHOTS") or ROOT / "var" / "test-artifacts" / "desk")


@contextlib.asynccontextmanager
async def browser(profile: Path) -> AsyncIterator[Any]:
    if not HAVE_CHROMIUM:
        pytest.skip(f"{CHROMIUM} is not installed")
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        context = await pw.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 1366, "height": 768},
            locale="vi-VN",
        )
        try:
            yield context
        finally:
            await context.close()


async def shots(page: Any, out: Path, name: str) -> None:
    """The current page at both sizes the desk must be usable at."""
    for label, (width, height) in VIEWPORTS.items():
        await page.set_viewport_size({"width": width, "height": height})
        await page.screenshot(path=str(out / f"{name}-{label}.jpg"), type="jpeg", quality=70)
    await page.set_viewport_size({"width": 1366, "height": 768})


async def sign_in_link(reviewer: UserChat) -> str:
    await reviewer.say("/banlamviec")
    message = await reviewer.expect("bàn làm việc", "một lần")
    found = LINK.search(message.text)
    assert found, message.text
    return found.group(0)


async def sign_in(page: Any, url: str) -> None:
    from playwright.async_api import expect

    await page.goto(url)
    await page.get_by_role("button", name="Vào bàn làm việc").click()
    await expect(page.get_by_role("heading", name=re.compile("Tổng quan"))).to_be_visible()
