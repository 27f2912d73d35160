"""Fixtures that run the real bot against the local sandbox."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.harness import Harness


@pytest.fixture
async def harness(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Harness]:
    h = await Harness(tmp_path, sqlite_url).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


@pytest.fixture(params=["telegram", "zalo"])
async def both_channels(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_url: str
) -> AsyncIterator[Harness]:
    """The same conversation test on Telegram (buttons) and on Zalo (numbered replies)."""
    h = await Harness(tmp_path, sqlite_url).start()
    h.default_channel = request.param
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()
