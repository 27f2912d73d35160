"""Jobs in a killable child process: results, errors, the time limit and the memory limit."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.offload import JobFailed, JobTimeout, run_limited


def child_pid_and_sum(numbers: list[int]) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def spin_forever(path: str) -> None:
    Path(path).write_text(str(os.getpid()))
    while True:
        time.sleep(0.01)


def refuse(text: str) -> None:
    raise ValueError(text)


def allocate(mb: int) -> int:
    return len(bytearray(mb * 1024 * 1024))


async def test_a_job_runs_in_another_process_and_returns() -> None:
    pid, total = await run_limited(child_pid_and_sum, [1, 2, 3], timeout_s=60)
    assert total == 6
    assert pid != os.getpid()


async def test_an_error_in_the_job_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="hỏng"):
        await run_limited(refuse, "hỏng", timeout_s=60)


async def test_a_job_past_its_time_limit_is_killed(tmp_path: Path) -> None:
    marker = tmp_path / "pid"
    with pytest.raises(JobTimeout):
        await run_limited(spin_forever, str(marker), timeout_s=3)
    pid = int(marker.read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # gone, not left spinning


async def test_a_job_past_its_memory_limit_fails_without_touching_the_bot() -> None:
    with pytest.raises(JobFailed):
        await run_limited(allocate, 2048, timeout_s=60, memory_mb=512)
    assert await run_limited(allocate, 10, timeout_s=60, memory_mb=512) == 10 * 1024 * 1024
