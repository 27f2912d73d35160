"""Start-up failures a person can act on: the message names what to change, no traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tdkt(tmp: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("TDKT_")}
    clean.pop("DATABASE_URL", None)
    clean.update(TDKT_DATA_DIR=str(tmp / "var"), PYTHONPATH=str(ROOT), **env)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=tmp,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield int(sock.getsockname()[1])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_web_port_in_use_names_tdkt_web_port(tmp_path: Path, taken_port: int) -> None:
    done = _tdkt(
        tmp_path, "run", TDKT_WEB_PORT=str(taken_port), TDKT_SANDBOX_PORT=str(_free_port())
    )
    assert done.returncode == 1
    assert "TDKT_WEB_PORT" in done.stderr and str(taken_port) in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_sandbox_port_in_use_names_tdkt_sandbox_port(tmp_path: Path, taken_port: int) -> None:
    done = _tdkt(
        tmp_path, "run", TDKT_WEB_PORT=str(_free_port()), TDKT_SANDBOX_PORT=str(taken_port)
    )
    assert done.returncode == 1
    assert "TDKT_SANDBOX_PORT" in done.stderr and str(taken_port) in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_a_bad_setting_is_named(tmp_path: Path) -> None:
    done = _tdkt(tmp_path, "run", TDKT_WEB_PORT="tám nghìn")
    assert done.returncode == 2
    assert "TDKT_WEB_PORT" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_invite_for_zero_days_is_refused_not_given_fourteen(tmp_path: Path) -> None:
    csv = tmp_path / "units.csv"
    csv.write_text("code,name,kind,parent_code\nXA-T,Xã Thử,xa,\n", encoding="utf-8")
    assert _tdkt(tmp_path, "units", "import", str(csv)).returncode == 0
    done = _tdkt(tmp_path, "invite", "--unit", "XA-T", "--days", "0")
    assert done.returncode == 1
    assert "--days 0" in done.stderr and "at least 1 day" in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    ok = _tdkt(tmp_path, "invite", "--unit", "XA-T", "--days", "1")
    assert ok.returncode == 0 and "hết hạn" in ok.stdout
