"""The flood model's exact semantics, with a fake clock (no sleeping)."""

from __future__ import annotations

from bot.sandbox.config import FloodLimits
from bot.sandbox.flood import FloodGate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_per_chat_bucket_allows_burst_then_one_per_second() -> None:
    clock = Clock()
    gate = FloodGate(FloodLimits(per_chat_per_s=1, per_chat_burst=3), clock)
    assert [gate.admit(7) for _ in range(3)] == [None, None, None]
    assert gate.admit(7) == 1  # bucket empty: one token comes back in 1 s
    assert gate.admit(8) is None  # other chats are unaffected
    clock.now += 0.5
    assert gate.admit(7) == 1  # half a token: still ceil(0.5 / 1) = 1 s
    clock.now += 0.5
    assert gate.admit(7) is None
    assert gate.admit(7) == 1


def test_rejected_sends_consume_nothing() -> None:
    clock = Clock()
    gate = FloodGate(FloodLimits(per_chat_per_s=1, per_chat_burst=1), clock)
    assert gate.admit(1) is None
    for _ in range(5):
        assert gate.admit(1) == 1
    clock.now += 1.0
    assert gate.admit(1) is None


def test_slow_rate_gives_longer_retry_after() -> None:
    clock = Clock()
    gate = FloodGate(FloodLimits(per_chat_per_s=0.25, per_chat_burst=1), clock)
    assert gate.admit(1) is None
    assert gate.admit(1) == 4


def test_global_sliding_window() -> None:
    clock = Clock()
    gate = FloodGate(FloodLimits(global_per_s=30, per_chat_per_s=100, per_chat_burst=100), clock)
    for chat in range(30):
        assert gate.admit(chat) is None
        clock.now += 0.01  # 30 sends within 0.3 s
    assert gate.admit(99) == 1
    # The first slot (t=1000.00) expires at 1001.00: window is (now - 1, now].
    clock.now = 1000.999
    assert gate.admit(99) is not None
    clock.now = 1001.0
    assert gate.admit(99) is None
    assert gate.admit(100) is not None


def test_paid_broadcast_uses_its_own_cap() -> None:
    clock = Clock()
    limits = FloodLimits(global_per_s=2, per_chat_per_s=100, per_chat_burst=100)
    gate = FloodGate(limits, clock)
    assert gate.admit(1) is None
    assert gate.admit(2) is None
    assert gate.admit(3) == 1
    assert gate.admit(3, paid=True) is None


def test_disabled_and_runtime_change() -> None:
    clock = Clock()
    limits = FloodLimits(enabled=False, per_chat_burst=1)
    gate = FloodGate(limits, clock)
    assert all(gate.admit(1) is None for _ in range(10))
    limits.enabled = True
    assert gate.admit(1) is None
    assert gate.admit(1) == 1
