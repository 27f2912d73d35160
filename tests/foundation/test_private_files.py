"""The data directory and the SQLite database (with its WAL) are private to their owner."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from tests.e2e.harness import Harness


def modes(*paths: Path) -> list[int | None]:
    return [stat.S_IMODE(p.stat().st_mode) if p.exists() else None for p in paths]


async def test_var_is_0700_and_the_database_and_wal_0600(tmp_path: Path) -> None:
    data = tmp_path / "var"
    database = data / "tdkt.sqlite3"
    previous = os.umask(0o022)  # what most servers have: files 0644 unless we say otherwise
    h = Harness(tmp_path, f"sqlite+aiosqlite:///{database}")
    try:
        await h.start()
        await h.seed_units()  # writes: the WAL exists while the app runs
        officer = await h.officer("THON-BM")
        assert officer.transcript
        wal = Path(f"{database}-wal")
        assert modes(data, database, wal, data / "secret.key") == [0o700, 0o600, 0o600, 0o600]
    finally:
        os.umask(previous)
        await h.stop()
