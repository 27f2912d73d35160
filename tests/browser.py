"""Headless Chromium for page tests: Debian's chromium driven by Playwright.

Playwright's own browser download is impossible here (and unnecessary): it drives the system's
``/usr/bin/chromium``, with flags that keep it from reaching the network on its own.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from tests.services import service_missing

CHROMIUM = Path("/usr/bin/chromium")
HAVE_CHROMIUM = CHROMIUM.exists()
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@contextlib.asynccontextmanager
async def phone_page(url: str, profile_dir: Path) -> AsyncIterator[Any]:
    """A phone-sized page at ``url`` in a fresh profile; skips the test without Chromium."""
    if not HAVE_CHROMIUM:
        service_missing("Chromium", f"{CHROMIUM} is not installed (apt-get install chromium)")
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        context = await pw.chromium.launch_persistent_context(
            str(profile_dir),
            executable_path=str(CHROMIUM),
            headless=True,
            args=CHROMIUM_ARGS,
            viewport={"width": 390, "height": 780},
            locale="vi-VN",
        )
        try:
            page = context.pages[0] if context.pages else await context.new_page()
            await page.goto(url)
            yield page
        finally:
            await context.close()
