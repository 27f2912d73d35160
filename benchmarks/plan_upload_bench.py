"""Plan upload benchmark (issue 12, H2): does a huge plan file delay other officers' replies?

    tdkt bench plan-upload [--chatters 5] [--mb 12.8] --json

The real bot and the sandbox (the end-to-end tests' harness, on SQLite, one process as in
``tdkt run``) serve a reviewer who uploads a plan while ``--chatters`` officers keep asking for
``/lich`` (0.3-0.8 s thinking time) and each answer is timed, send to reply. Phases, in one run:

* ``idle``: nobody uploads (the baseline);
* ``refused``: a ``--mb`` MB plan (default 12.8), refused by size before it is downloaded;
* ``parsed_in_child``: the same file with the size limit lifted, parsed in the child process
  until it finishes or hits its time limit;
* ``on_loop``: a tenth of it parsed on the event loop, as before issue 12, for comparison.

Each phase reports the officers' reply latency (max, p95, count) and how long the reviewer waited
for an answer. The figures are wall-clock times seen by the sandbox's user-side API.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = PROJECT_ROOT / "content" / "plans" / "examples"


def plan_bytes(megabytes: float) -> bytes:
    """Real example plans repeated to the size wanted (about 115 bytes a line)."""
    text = "\n".join(p.read_text() for p in sorted(EXAMPLES.glob("*.txt")))
    size = int(megabytes * 1024 * 1024)
    data = ((text + "\n") * (size // len(text.encode()) + 1)).encode()[:size]
    return data.decode("utf-8", errors="ignore").encode()


async def _chatter(
    chat: Any, stop: asyncio.Event, latencies: list[float], when: list[float]
) -> None:
    rng = random.Random(chat.uid)
    while not stop.is_set():
        started = time.monotonic()
        await chat.say("/lich")
        await chat.expect("lịch", within=600)
        latencies.append(time.monotonic() - started)
        when.append(started)
        await asyncio.sleep(rng.uniform(0.3, 0.8))


async def _phase(
    chatters: list[Any], upload: Callable[[], Awaitable[float]] | None, idle_s: float = 8.0
) -> dict[str, Any]:
    latencies: list[float] = []
    when: list[float] = []
    stop = asyncio.Event()
    tasks = [asyncio.create_task(_chatter(c, stop, latencies, when)) for c in chatters]
    await asyncio.sleep(1.0)  # chatting before the upload starts
    upload_at = time.monotonic()
    reviewer_wait = None
    if upload is None:
        await asyncio.sleep(idle_s)
    else:
        reviewer_wait = await upload()
    await asyncio.sleep(1.0)
    stop.set()
    await asyncio.gather(*tasks)
    ordered = sorted(latencies)
    slowest = max(range(len(latencies)), key=latencies.__getitem__) if latencies else None
    return {
        # When the slowest question was asked, seconds after the upload began.
        "slowest_asked_at_s": None if slowest is None else round(when[slowest] - upload_at, 1),
        "replies": len(ordered),
        "max_reply_s": round(ordered[-1], 3) if ordered else None,
        "p95_reply_s": round(ordered[int(0.95 * (len(ordered) - 1))], 3) if ordered else None,
        "median_reply_s": round(statistics.median(ordered), 3) if ordered else None,
        "reviewer_wait_s": None if reviewer_wait is None else round(reviewer_wait, 2),
    }


async def _open_import(reviewer: Any) -> None:
    await reviewer.say("/thamdinh")
    # After a parse that finished, the draft's preview (dozens of messages at the chat's one a
    # second) is still going out: the answer comes after it.
    await reviewer.expect("Hàng chờ thẩm định", within=300)
    await reviewer.choose("Kế hoạch và hạn")
    await reviewer.expect("Kế hoạch")
    await reviewer.choose("Nhập kế hoạch mới")
    await reviewer.expect("Gửi tệp")


async def run(chatters: int, megabytes: float) -> dict[str, Any]:
    import os

    os.environ["TDKT_REMINDER_SCHEDULER"] = "false"
    sys.path.insert(0, str(PROJECT_ROOT))
    import handlers.calendar.plans as plans
    from reminders.upload import parse_timeout, parse_upload
    from tests.e2e.harness import Harness

    big = plan_bytes(megabytes)
    small = plan_bytes(megabytes / 10)
    result: dict[str, Any] = {"chatters": chatters, "upload_mb": round(len(big) / 1048576, 2)}
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        harness = await Harness(tmp, f"sqlite+aiosqlite:///{tmp / 'bench.sqlite3'}").start()
        try:
            await harness.seed_units()
            chats = [await harness.officer("THON-BM", name=f"Cán bộ {n}") for n in range(chatters)]
            reviewer = await harness.officer("XA-CM", role="reviewer", name="Lường Thị Dung")
            await _open_import(reviewer)

            async def upload(data: bytes, name: str, answer: tuple[str, ...]) -> float:
                started = time.monotonic()
                await reviewer.send_files([(name, data)], as_="document")
                message = await reviewer.expect(within=900)
                while not any(word in message.text for word in answer):
                    message = await reviewer.expect(within=900)
                took = time.monotonic() - started
                if "Kiểm tra kế hoạch" in message.text:  # a draft was made: import again
                    await reviewer.collect(quiet=2.0, at_least=0)
                    reviewer.seen = len(reviewer.transcript)
                    await _open_import(reviewer)
                return took

            answers = ("quá lớn", "quá dài", "Kiểm tra kế hoạch", "Không đọc được")
            result["idle"] = await _phase(chats, None)
            result["refused"] = await _phase(
                chats, lambda: upload(big, "ke-hoach-lon.txt", answers)
            )
            limit = plans.MAX_PLAN_BYTES
            plans.MAX_PLAN_BYTES = len(big) + 1
            try:
                result["parsed_in_child"] = await _phase(
                    chats, lambda: upload(big, "ke-hoach-lon.txt", answers)
                )
            finally:
                plans.MAX_PLAN_BYTES = limit
            result["time_limit_s"] = parse_timeout(".txt")

            async def on_loop(func: Any, *args: Any, **_: Any) -> Any:
                return func(*args)  # what the handler did before issue 12

            original = plans.run_limited
            plans.run_limited = on_loop  # type: ignore[assignment]
            try:
                result["on_loop_tenth"] = await _phase(
                    chats, lambda: upload(small, "ke-hoach-nho.txt", answers)
                )
                result["on_loop_tenth"]["upload_mb"] = round(len(small) / 1048576, 2)
            finally:
                plans.run_limited = original
            assert parse_upload  # the function the child runs
        finally:
            await harness.stop()
    return result


def main(chatters: int = 5, megabytes: float = 12.8, as_json: bool = False) -> None:
    result = asyncio.run(run(chatters, megabytes))
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    for key, value in result.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main(as_json="--json" in sys.argv)
