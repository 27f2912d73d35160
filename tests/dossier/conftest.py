"""Fixtures for the dossier tests: the sandbox harness (as in tests/e2e) and sample files."""

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
