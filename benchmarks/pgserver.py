"""A throwaway PostgreSQL server for tests and benchmarks, from Debian's packages.

Started once per test session in a temporary directory on a free port, with fsync off (speed;
the data is thrown away). When running as root, the server runs as the ``postgres`` user that
Debian's package creates, because PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    versions = [
        path for path in Path("/usr/lib/postgresql").glob("*/bin/initdb") if path.parts[4].isdigit()
    ]
    if versions:
        return max(versions, key=lambda path: int(path.parts[4])).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable(
        "PostgreSQL server binaries not found (install Debian's 'postgresql' package)"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PostgresServer:
    port: int
    data_dir: Path
    bin_dir: Path
    run_as: str | None

    @property
    def admin_url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/{database}"

    def _sync_connect(self, database: str = "postgres"):  # type: ignore[no-untyped-def]
        import pg8000.native

        return pg8000.native.Connection(
            "postgres", host="127.0.0.1", port=self.port, database=database
        )

    def create_database(self) -> str:
        name = f"tdkt_{uuid.uuid4().hex[:12]}"
        conn = self._sync_connect()
        try:
            conn.run(f'CREATE DATABASE "{name}"')
        finally:
            conn.close()
        return name

    def drop_database(self, name: str) -> None:
        conn = self._sync_connect()
        try:
            conn.run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            conn.close()


def _run(cmd: list[str], run_as: str | None, **kwargs: object) -> subprocess.CompletedProcess[str]:
    if run_as:
        cmd = ["runuser", "-u", run_as, "--", *cmd]
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]


@contextlib.contextmanager
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = _bin_dir()
    run_as: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise PostgresUnavailable("running as root and there is no 'postgres' user") from None
        run_as = "postgres"
    root = Path(tempfile.mkdtemp(prefix="tdkt-pg-"))
    root.chmod(0o755)
    data_dir = root / "data"
    data_dir.mkdir()
    if run_as:
        shutil.chown(root, run_as)
        shutil.chown(data_dir, run_as)
    port = _free_port()
    log = root / "server.log"
    try:
        _run(
            [
                str(bin_dir / "initdb"),
                "-D",
                str(data_dir),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--no-locale",
            ],
            run_as,
        )
        options = (
            f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        _run(
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(data_dir),
                "-o",
                options,
                "-l",
                str(log),
                "-w",
                "-t",
                "60",
                "start",
            ],
            run_as,
        )
    except subprocess.CalledProcessError as error:
        detail = (error.stderr or "") + (log.read_text() if log.exists() else "")
        shutil.rmtree(root, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL did not start: {detail.strip()[-800:]}") from None
    try:
        yield PostgresServer(port, data_dir, bin_dir, run_as)
    finally:
        with contextlib.suppress(Exception):
            _run([str(bin_dir / "pg_ctl"), "-D", str(data_dir), "-m", "immediate", "stop"], run_as)
        shutil.rmtree(root, ignore_errors=True)
