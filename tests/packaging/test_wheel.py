"""The package as users get it: build the wheel, install it into a fresh virtualenv, and run
``tdkt`` from an empty directory, far from the source tree (issue 13).

An editable install or PYTHONPATH would hide a missing data file, so neither is used here:
the only code the commands can import is what the wheel carries.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import venv
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SKIP = (".git", ".venv", "var", "build", "dist", "*.egg-info", "__pycache__", ".*_cache")
PLAN = """KẾ HOẠCH
Công tác thi đua, khen thưởng năm 2026
1. Đăng ký thi đua: trước ngày 15/3/2026
2. Tổng kết phong trào: chậm nhất ngày 30/11/2026
"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TDKT_", "PYTHON"))}
    env.pop("DATABASE_URL", None)
    env.update(TDKT_DATA_DIR=str(tmp / "var"), **extra)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The wheel built from a clean copy of the checkout, and what the build printed."""
    work = tmp_path_factory.mktemp("wheel")
    # Built from a clean copy: setuptools reuses an in-tree build/ directory, whose leftovers
    # from an earlier build would hide a file the package configuration no longer includes.
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*SKIP))
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work), str(source)],
        check=True,
        cwd=work,
        capture_output=True,
        text=True,
    )
    (wheel,) = work.glob("tro_ly_thi_dua-*.whl")
    return wheel, done.stdout + done.stderr


@pytest.fixture(scope="module")
def installed(built: tuple[Path, str]) -> Path:
    """bin/ of a fresh virtualenv with the wheel (and only the wheel) installed."""
    wheel, _ = built
    work = wheel.parent
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / "bin"
    # pip's cache is reused (the default), so this costs little after the first run.
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "-q", "-c", str(ROOT / "constraints.txt"),
         str(wheel)],
        check=True,
        cwd=work,
    )  # fmt: skip
    return bin_dir


def test_the_build_lists_every_folder_it_ships(built: tuple[Path, str]) -> None:
    """Every folder of content/ the wheel carries is a listed package: setuptools warns of
    each one shipped as data without being listed, a use it deprecates (it may refuse it one
    day, and a normal install would break)."""
    _, printed = built
    assert "absent from the `packages` configuration" not in printed, printed


def _tdkt(bin_dir: Path, cwd: Path, *args: str, timeout: float = 300) -> str:
    done = subprocess.run(
        [str(bin_dir / "tdkt"), *args],
        cwd=cwd,
        env=_clean_env(cwd),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, f"tdkt {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def test_installed_wheel_runs_from_an_empty_directory(installed: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    # The wheel's own code is what runs, not the checkout's.
    probe = "import bot, content; print(bot.__file__, content.__file__)"
    where = subprocess.run(
        [str(installed / "python"), "-c", probe],
        cwd=empty, env=_clean_env(empty), capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert str(ROOT) not in where and "site-packages" in where

    assert "Trợ lý Thi đua" in _tdkt(installed, empty, "--help")

    answer = json.loads(_tdkt(installed, empty, "ask", "tiền thưởng lao động tiên tiến", "--json"))
    assert answer["answered"] is True
    assert "Lao động tiên tiến" in answer["answer"] and answer["sources"]

    plan = tmp_path / "ke-hoach.txt"
    plan.write_text(PLAN, encoding="utf-8")
    parsed = json.loads(_tdkt(installed, empty, "plan", "parse", str(plan), "--json"))
    assert [t["due"] for t in parsed["tasks"]] == ["2026-03-14", "2026-11-30"]

    bench = _tdkt(
        installed, empty, "bench", "broadcast", "--recipients", "30", "--limit", "30",
        "--baseline", "0", "--json",
    )  # fmt: skip
    figures = json.loads(bench.strip().splitlines()[-1])
    assert figures["recipients"] == 30 and figures["missing"] == 0 and figures["duplicates"] == 0

    # Evaluation benches need the checkout's tests/ data: a clear message, not a traceback.
    evaluation = subprocess.run(
        [str(installed / "tdkt"), "bench", "plans", "--json"],
        cwd=empty, env=_clean_env(empty), capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert evaluation.returncode == 2
    assert "mã nguồn" in evaluation.stderr and "Traceback" not in evaluation.stderr


def test_installed_wheel_serves_the_chat_page(installed: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    web, sandbox = _free_port(), _free_port()
    env = _clean_env(empty, TDKT_WEB_PORT=str(web), TDKT_SANDBOX_PORT=str(sandbox))
    proc = subprocess.Popen(
        [str(installed / "tdkt"), "run"],
        cwd=empty,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        page = ""
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                page = httpx.get(f"http://127.0.0.1:{sandbox}/", timeout=2).text
                if page:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
        assert "<html" in page.lower()
        health = httpx.get(f"http://127.0.0.1:{web}/healthz", timeout=5)
        assert health.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert "Traceback" not in out, out
    assert "mã mời cán bộ" in out  # the demo tree and invite codes came from packaged content
