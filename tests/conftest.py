"""Shared fixtures: databases on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from benchmarks.pgserver import PostgresServer, PostgresUnavailable, postgres_server
from bot.storage import migrate
from bot.storage.db import Database
from tests.services import service_missing

# The dossier page reader OCRs every photo (seconds of CPU each); only its own tests turn it on.
os.environ.setdefault("TDKT_DOSSIER_OCR", "0")


@pytest.fixture(scope="session", autouse=True)
def _hearsay_rules_read_once() -> Iterator[None]:
    """``KnowledgeBase.load`` reads ``facts/hearsay.yaml``'s rules once per file content.

    Every bot a test starts (tests/e2e/harness.py: each Q&A, Zalo, dossier, reminder and
    registration test) loads the knowledge base, and most of a load went to these rules (their
    YAML and ~2,000 patterns, more than ``re`` keeps compiled): several seconds a bot. The rules
    are a pure function of the file, frozen and never changed once read (``HearsayRule`` is a
    frozen dataclass of gated patterns), so each distinct file is read by the real
    ``load_hearsay`` once and its rules handed to every later load of the same bytes; a test's
    own copy of the content with other rules gets its own. Tests that read the rules call
    ``bot.knowledge.facts.hearsay.load_hearsay`` itself, which is left as it is.
    """
    from bot.knowledge import answer
    from bot.knowledge.facts import hearsay

    read: dict[bytes | None, tuple[hearsay.HearsayRule, ...]] = {}

    def load_hearsay(content_dir: Path) -> tuple[hearsay.HearsayRule, ...]:
        path = content_dir / "facts" / "hearsay.yaml"
        key = path.read_bytes() if path.exists() else None
        if key not in read:
            read[key] = hearsay.load_hearsay(content_dir)
        return read[key]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(answer, "load_hearsay", load_hearsay)
        yield


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        with postgres_server() as server:
            yield server
    except PostgresUnavailable as reason:
        service_missing("PostgreSQL", str(reason))


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> Iterator[str]:
    name = pg_server.create_database()
    try:
        yield pg_server.url(name)
    finally:
        pg_server.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'tdkt.sqlite3'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'tdkt.sqlite3'}"
    return request.getfixturevalue("pg_url")  # type: ignore[no-any-return]


@pytest.fixture
async def db(db_url: str) -> AsyncIterator[Database]:
    database = Database(db_url)
    await migrate.upgrade(database.engine)
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A throwaway Redis server from Debian's redis-server package."""
    import shutil
    import socket
    import subprocess
    import time

    binary = shutil.which("redis-server")
    if binary is None:
        service_missing("Redis", "redis-server is not installed (apt-get install redis-server)")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)
