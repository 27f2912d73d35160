"""Fixtures for the dossier tests: the sandbox harness (as in tests/e2e) and sample files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.harness import Harness


@pytest.fixture(params=["telegram", "zalo"])
async def harness(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_url: str
) -> AsyncIterator[Harness]:
    """Each conversation test on Telegram and on Zalo; Zalo users can only send images."""
    if request.param == "zalo" and request.node.get_closest_marker("telegram_only"):
        pytest.skip("needs files other than images, which Zalo users cannot send")
    h = await Harness(tmp_path, sqlite_url).start()
    h.default_channel = request.param
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()
