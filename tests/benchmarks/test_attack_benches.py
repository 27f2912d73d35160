"""`tdkt bench fuzz` and `tdkt bench crash` at a tiny size, through the real CLI, so the two
resident attack tools cannot rot: one JSON line of the documented shape, and nothing lost.

Not timed: the figures that matter are in BENCHMARKS.md, from full-size runs.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench(*args: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "bot", "bench", *args, "--json"],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, done.stdout
    return json.loads(lines[0])  # type: ignore[no-any-return]


def test_fuzz_bench_reports_every_figure_and_loses_nothing() -> None:
    result = _bench("fuzz", "--updates", "50", "--seed", "3")
    for key in (
        "updates",
        "unhandled",
        "dropped_replies",
        "stuck_conversations",
        "english_or_traceback",
        "rss_start_mb",
        "rss_peak_mb",
        "max_reply_s",
    ):
        assert key in result, key
    assert result["updates"] == 50
    shown = json.dumps(result, ensure_ascii=False)
    assert result["dropped_replies"] == 0, shown
    assert result["stuck_conversations"] == 0, shown
    assert result["english_or_traceback"] == 0, shown
    assert 0 < result["rss_start_mb"] <= result["rss_peak_mb"]  # type: ignore[operator]


@pytest.mark.parametrize("channel", ["telegram", "zalo"])
def test_crash_bench_kills_mid_form_and_nothing_is_lost(channel: str) -> None:
    result = _bench("crash", "--kills", "2", "--channel", channel)
    assert result["kills"] == 2
    assert result["sent"] > 0  # type: ignore[operator]
    shown = json.dumps(result, ensure_ascii=False)
    assert (result["lost"], result["lost_place"]) == (0, 0), shown
    # A message arrives twice only if the kill caught its send in flight or answered but not
    # yet recorded (the outbox's documented in-doubt window, classified from its trace); a row
    # only claimed ahead is sent for the first time after the restart.
    could_repeat = result["in_doubt_in_flight"] + result["in_doubt_answered_unrecorded"]  # type: ignore[operator]
    assert result["duplicated"] <= could_repeat, shown  # type: ignore[operator]
    assert result["in_doubt_window"]["sends_timed"] > 0, shown  # type: ignore[index]
