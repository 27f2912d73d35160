"""Under CI=true a missing service fails the run; on a developer's machine it skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDS_REDIS = "def test_needs_redis(redis_url):\n    assert redis_url\n"


def run_without_redis(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    test_file = tmp_path / "test_needs_redis.py"
    test_file.write_text(NEEDS_REDIS)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env["PATH"] = str(tmp_path / "empty-bin")  # no redis-server to be found
    env["PYTHONPATH"] = str(ROOT)
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.conftest", str(test_file)],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("ci", ["true", "1"])
def test_ci_fails_when_redis_is_missing(tmp_path: Path, ci: str) -> None:
    done = run_without_redis(tmp_path, ci)
    assert done.returncode != 0, done.stdout
    assert "Redis unavailable" in done.stdout and "CI=true" in done.stdout


def test_a_developer_machine_skips_when_redis_is_missing(tmp_path: Path) -> None:
    done = run_without_redis(tmp_path, None)
    assert done.returncode == 0, done.stdout
    assert "1 skipped" in done.stdout
