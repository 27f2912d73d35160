"""The long-lived OCR child (bot/ocr_worker.py): pages share one process, and the limits of a
fresh child per job still hold (killed past its time, capped memory, replaced when dead)."""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

import pytest

from bot.ocr_worker import OcrWorker
from bot.offload import JobFailed, JobTimeout


def pid_of_worker() -> int:
    return os.getpid()


def sleeper(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def hog() -> int:
    block = bytearray(2 * 1024 * 1024 * 1024)  # 2 GB, over the cap
    return len(block)


def failing() -> None:
    raise ValueError("ảnh hỏng")


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A killed child not yet reaped is a zombie: dead for our purpose.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:  # reaped between the two looks
        return False
    return stat.split(") ")[1][0] != "Z"


async def test_pages_share_one_child_process() -> None:
    worker = OcrWorker(memory_mb=512)
    try:
        first = await worker.run(pid_of_worker, timeout_s=60)
        second = await worker.run(pid_of_worker, timeout_s=60)
        assert first == second != os.getpid()
        assert worker.starts == 1
        # An error in the job reaches the caller and leaves the child serving.
        with pytest.raises(ValueError, match="ảnh hỏng"):
            await worker.run(failing, timeout_s=60)
        assert await worker.run(pid_of_worker, timeout_s=60) == first
    finally:
        await worker.close()


async def test_a_job_past_its_limit_is_killed_and_the_next_gets_a_new_child() -> None:
    worker = OcrWorker(memory_mb=512)
    try:
        first = await worker.run(pid_of_worker, timeout_s=60)
        with pytest.raises(JobTimeout):
            await worker.run(sleeper, 600, timeout_s=1)
        for _ in range(100):  # the kill is immediate; the reaper thread may lag a moment
            if not alive(first):
                break
            await asyncio.sleep(0.1)
        assert not alive(first)
        second = await worker.run(pid_of_worker, timeout_s=60)
        assert second != first and worker.starts == 2
    finally:
        await worker.close()


@pytest.mark.skipif(not Path("/proc/self/limits").exists(), reason="needs Linux rlimits")
async def test_memory_is_capped_and_a_dead_child_is_replaced() -> None:
    worker = OcrWorker(memory_mb=512)
    try:
        first = await worker.run(pid_of_worker, timeout_s=60)
        with pytest.raises(JobFailed):
            await worker.run(hog, timeout_s=60)
        # After running out of memory the child makes way for a fresh one.
        assert await worker.run(pid_of_worker, timeout_s=60) != first
    finally:
        await worker.close()


async def test_an_idle_child_is_stopped() -> None:
    worker = OcrWorker(memory_mb=512, idle_s=0.2)
    try:
        pid = await worker.run(pid_of_worker, timeout_s=60)
        for _ in range(200):
            if not alive(pid):
                break
            await asyncio.sleep(0.1)
        assert not alive(pid)
    finally:
        await worker.close()
