"""Fixtures: the real bot against the sandbox, on a fake clock in registration season."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.clock import ShiftedClock
from tests.e2e.harness import Harness

#: 2 March 2026, 09:00 in Viet Nam: registration season, before the usual 15/3 deadline.
SEASON = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))


@pytest.fixture
def clock() -> ShiftedClock:
    return ShiftedClock(SEASON)


@pytest.fixture
async def harness(tmp_path: Path, sqlite_url: str, clock: ShiftedClock) -> AsyncIterator[Harness]:
    h = await Harness(tmp_path, sqlite_url, clock=clock).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()
