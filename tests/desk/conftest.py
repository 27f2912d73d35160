"""The desk tests run the real app against the sandbox (as tests/e2e) and drive Chromium."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.desk.browsing import shots_dir
from tests.e2e.harness import Harness


@pytest.fixture
async def harness(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Harness]:
    h = await Harness(tmp_path, sqlite_url).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


@pytest.fixture(scope="session")
def _fresh_shots() -> Path:
    # One run's screenshots only: last run's are removed (only our own files, by pattern).
    path = shots_dir()
    path.mkdir(parents=True, exist_ok=True)
    for old in path.glob("*-*.jpg"):
        old.unlink()
    for old in path.glob("*-*.png"):
        old.unlink()
    return path


@pytest.fixture
def out(_fresh_shots: Path) -> Path:
    """Where this run's desk screenshots go (see tests/desk/browsing.py)."""
    return _fresh_shots


def pytest_terminal_summary(terminalreporter: Any) -> None:
    path = shots_dir()
    taken = sorted(path.glob("*-*.jpg")) if path.is_dir() else []
    if taken:
        size = sum(p.stat().st_size for p in taken) // 1024
        terminalreporter.write_sep("-", "desk screenshots")
        terminalreporter.write_line(f"{len(taken)} screenshots ({size} KB) in {path}")
