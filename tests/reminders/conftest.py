"""Shared fixtures for the reminder tests: plan fixtures, and the bot on a fake clock."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.clock import FakeClock
from tests.e2e.harness import Harness

FIXTURES = Path(__file__).parent / "fixtures"
VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 12, 31, 20, 0, tzinfo=VN))


@pytest.fixture
async def harness(
    tmp_path: Path, sqlite_url: str, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[Harness]:
    """The real bot and the sandbox; the tests drive the reminder tick by hand."""
    monkeypatch.setenv("TDKT_REMINDER_SCHEDULER", "false")
    h = await Harness(tmp_path, sqlite_url, clock=clock).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()
