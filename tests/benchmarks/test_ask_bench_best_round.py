"""`tdkt bench ask` reports each question's fastest round beside the raw percentiles (stop 38).

The raw percentiles of a shared machine carry its noise; the fastest round of each question is
what two trees are compared by. The clock is scripted so the figures are exact.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from benchmarks import ask_bench


class _QuietKB:
    def ask(self, text: str, as_of: Any) -> None:
        return None


def _clock(durations_ms: list[float]) -> Iterator[float]:
    """perf_counter readings, a start and an end per timed ask, taking the given times."""
    now = 0.0
    for took in durations_ms:
        yield now
        now += took / 1000
        yield now


def test_fastest_round_per_question_and_raw_samples(monkeypatch: pytest.MonkeyPatch) -> None:
    # two questions, two rounds: round 1 takes 5 and 1 ms, round 2 takes 2 and 8 ms
    ticks = _clock([5.0, 1.0, 2.0, 8.0])
    monkeypatch.setattr(ask_bench.time, "perf_counter", lambda: next(ticks))

    figures = ask_bench._latency(_QuietKB(), ["q1", "q2"], rounds=2)

    assert figures["max"] == pytest.approx(8.0)
    # q1's fastest round took 2 ms, q2's 1 ms: the noisy 8 ms and 5 ms rounds are gone
    assert figures["best_of_rounds"]["max"] == pytest.approx(2.0)
    assert figures["best_of_rounds"]["p50"] == pytest.approx(2.0)
