"""Files holding invite codes, tokens and personal data are readable by their owner only.

The data directory is made 0700 and the SQLite database 0600. SQLite creates its ``-wal`` and
``-shm`` files with the database file's own mode, so securing the database covers them; any that
already exist (from an older version) are fixed too.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy.engine import make_url

DIR_MODE = 0o700
FILE_MODE = 0o600


def private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # not ours (a mounted volume): leave it to the admin
        path.chmod(DIR_MODE)


def private_sqlite(database_url: str) -> None:
    """Make an SQLite database file (and its WAL and shared-memory files) 0600."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return
    database = Path(url.database)
    if not database.exists():
        # Created empty and private now, so SQLite never makes it world-readable.
        fd = os.open(database, os.O_CREAT | os.O_WRONLY, FILE_MODE)
        os.close(fd)
    for path in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            path.chmod(FILE_MODE)
