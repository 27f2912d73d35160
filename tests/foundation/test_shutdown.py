"""A shutdown step that never ends cannot keep the bot from stopping.

A full test run once hung for good in a test's teardown inside ``Application.stop`` with an idle
event loop. Every step now has a time limit; a step past it is named in the log with every
task's stack and the remaining steps still run, so the process ends and the cause can be read.
"""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import httpx
import pytest

import bot.app
from bot.app import Background
from tests.e2e.harness import Harness


async def test_a_hung_step_is_cut_off_named_and_the_rest_still_stops(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(bot.app, "STOP_SECONDS", 0.5)
    h = Harness(tmp_path, f"sqlite+aiosqlite:///{tmp_path / 'db.sqlite3'}")
    await h.start()
    app = h.app
    assert app is not None and app.web is not None
    never = asyncio.Event()

    async def nothing() -> None:
        return None

    async def hang() -> None:
        await never.wait()  # a peer that never answers

    app._started.append(Background("bao cao treo", nothing, hang))
    web = app.web.base_url
    h.app = None  # this test stops the application itself
    try:
        with caplog.at_level(logging.ERROR, logger="bot.app"):
            async with asyncio.timeout(20):  # without the limit this waits forever
                await app.stop()
        assert app.stop_overruns == ["background bao cao treo"]
        assert "'background bao cao treo' still running" in caplog.text
        assert "never.wait()" in caplog.text  # the hung task's stack is in the log
        # The steps after the hung one ran: the web server no longer answers.
        with pytest.raises(httpx.ConnectError):
            async with httpx.AsyncClient() as client:
                await client.get(f"{web}/healthz", timeout=2)
    finally:
        await h.stop()
