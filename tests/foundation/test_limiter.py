"""The outbox's pacing against the sandbox's own flood model, on a simulated clock.

The simulation gives each request a random trip: it reaches the server some time after it
starts (the server counts it then) and is answered some time later, with now and then a long
delay, as on a loaded machine. The flood gate is the sandbox's, so "rejected" here is exactly
what would have been an HTTP 429 in the sandbox.
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass

import pytest

from bot.outbox.limiter import RateLimiter, SendTicket
from bot.sandbox.config import FloodLimits
from bot.sandbox.flood import FloodGate


class SimClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@dataclass
class SimResult:
    sent: int
    rejected: int
    seconds: float

    @property
    def per_s(self) -> float:
        return self.sent / self.seconds


def _simulate(
    chats: list[str],
    sends: int,
    *,
    seed: int,
    answer_at_start: bool = False,
    concurrency: int = 8,
) -> SimResult:
    """Send ``sends`` messages round-robin over ``chats`` the way the outbox worker does.

    ``answer_at_start`` hands every ticket back the moment its request starts, which is what
    pacing by our own clock alone amounts to: the control that shows what the answers buy.
    """
    rng = random.Random(seed)
    clock = SimClock()
    limiter = RateLimiter(30, 1.0, 3, monotonic=clock)
    gate = FloodGate(FloodLimits(global_per_s=30, per_chat_per_s=1.0, per_chat_burst=3), clock)
    events: list[tuple[float, int, str, SendTicket]] = []
    sequence = 0
    started = rejected = in_flight = 0
    while True:
        while events and events[0][0] <= clock.now:
            _, _, kind, ticket = heapq.heappop(events)
            if kind == "arrive":
                rejected += gate.admit(ticket.chat) is not None
            else:
                limiter.answered(ticket)
                in_flight -= 1
        if started == sends and not events:
            break
        if started < sends and in_flight < concurrency:
            chat = chats[started % len(chats)]
            wait = max(limiter.ready_in(), limiter.chat_wait(chat))
            if wait == 0:
                ticket = limiter.take(chat)
                started += 1
                in_flight += 1
                # Usually a few milliseconds to the server; now and then a stall.
                trip = rng.uniform(0.001, 0.02) + (
                    rng.uniform(0.05, 0.2) if rng.random() < 0.05 else 0
                )
                answer = trip + rng.uniform(0.001, 0.02)
                if answer_at_start:
                    limiter.answered(ticket)
                    in_flight -= 1
                else:
                    heapq.heappush(
                        events, (clock.now + answer, sequence := sequence + 1, "answer", ticket)
                    )
                heapq.heappush(
                    events, (clock.now + trip, sequence := sequence + 1, "arrive", ticket)
                )
                continue
        else:
            wait = math.inf
        next_event = events[0][0] if events else math.inf
        step = min(clock.now + wait, next_event)
        assert step < math.inf, "the sender waits for an answer that never comes"
        # A wait below the clock's resolution still moves it on (as a real sleep would).
        clock.now = step if step > clock.now else math.nextafter(clock.now, math.inf)
    return SimResult(started, rejected, clock.now)


def test_sends_leave_on_evenly_spaced_slots_and_a_chat_gets_its_burst() -> None:
    clock = SimClock()
    limiter = RateLimiter(10, 1, 3, monotonic=clock)
    times = []
    for i in range(5):
        clock.now += limiter.ready_in()
        times.append(clock.now)
        limiter.answered(limiter.take(f"chat{i}"))
    assert times == pytest.approx([0, 0.1, 0.2, 0.3, 0.4])
    for _ in range(3):  # a burst of 3 to one chat, then one a second
        assert limiter.chat_wait("same") == 0
        clock.now += limiter.ready_in()
        limiter.answered(limiter.take("same"))
    # Sends at 0.5, 0.6 and 0.7 s earned 0.2 of a token back: 0.8 s until the next one.
    assert limiter.chat_wait("same") == pytest.approx(0.8)
    limiter.pause(5)
    assert limiter.ready_in() == pytest.approx(5)


def test_a_request_in_flight_holds_its_place_and_its_chat_earns_nothing() -> None:
    clock = SimClock()
    limiter = RateLimiter(2, 1, 1, monotonic=clock)
    first = limiter.take("a")
    clock.now += limiter.ready_in()
    second = limiter.take("b")
    # Two places, both held by requests in flight: the next send waits for an answer.
    clock.now = 10.0
    assert limiter.ready_in() == math.inf
    assert limiter.chat_wait("a") == math.inf
    limiter.answered(first)
    # Then one second more; chat "a" earns its token from the answer, not from the start.
    assert limiter.ready_in() == pytest.approx(1.001)
    assert limiter.chat_wait("a") == pytest.approx(1.0)
    limiter.answered(second)
    clock.now = 11.001
    assert limiter.ready_in() == 0


@pytest.mark.parametrize("seed", range(3))
def test_no_rolling_second_of_the_server_ever_holds_more_than_the_limit(seed: int) -> None:
    chats = [f"officer{i}" for i in range(3_000)]
    paced = _simulate(chats, 3_000, seed=seed)
    assert paced.rejected == 0
    assert paced.per_s >= 0.95 * 30  # the answers cost a little rate, not much
    # The same trips with the window kept on our clock only (answers not waited for): the
    # server sees some seconds with a 31st send.
    assert _simulate(chats, 3_000, seed=seed, answer_at_start=True).rejected > 0


@pytest.mark.parametrize("seed", range(3))
def test_a_busy_chat_never_overdraws_its_bucket_at_the_servers_one_a_second(seed: int) -> None:
    chats = ["chatter1", "chatter2"]
    paced = _simulate(chats, 200, seed=seed)
    assert paced.rejected == 0
    assert paced.per_s >= 0.9 * 2  # two chats at about one a second each
    assert _simulate(chats, 200, seed=seed, answer_at_start=True).rejected > 0
