"""The desk tests run the real app against the sandbox (as tests/e2e) and drive Chromium."""

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
