"""The fuzz bench's stuck check on a chat whose replies are still queued (issue 12, task h26).

A reviewer or admin gets notifications besides the answers, and the outbox paces a Telegram chat
at about one message a second: at the end of a run their older replies can still be arriving,
one every ~1.1 s. The check must read that backlog to its end and then wait for the menu, not
take the next old reply for the answer to /huy and /menu (that counted 3 chats "stuck" whose
bot answered both). The chat here is a scripted stand-in with the same pacing.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from benchmarks import fuzz_bench
from benchmarks.attack_rig import Officer, Person
from benchmarks.fuzz_bench import Fuzzer, Tally

GAP_S = 1.1  # the outbox's per-chat pacing on Telegram (1 a second, none earned in flight)
OFF_TOPIC = "Ngoài lĩnh vực thi đua, khen thưởng"
CANCELLED = "Đã hủy thao tác đang làm. Anh/chị cần làm gì? Chọn một mục bên dưới."
MENU = "Anh/chị cần làm gì? Chọn một mục bên dưới, hoặc cứ gõ câu hỏi."


class PacedChat(Officer):
    """An officer whose bot replies leave a queue one every ``GAP_S``, in order."""

    def __init__(self, backlog: int) -> None:
        super().__init__(http=None, person=Person("telegram", "1", "Cán bộ A1", "A", "admin", ""))  # type: ignore[arg-type]
        self.queue: list[str] = [OFF_TOPIC] * backlog
        self.next_at = time.monotonic() + GAP_S
        self.seq = 0

    async def text(self, text: str) -> bool:
        self.queue.append({"/huy": CANCELLED, "/menu": MENU}[text])
        return True

    async def read(self, wait: float) -> list[dict[str, Any]]:
        deadline = time.monotonic() + wait
        while True:
            if self.queue and time.monotonic() >= self.next_at:
                self.next_at = time.monotonic() + GAP_S
                self.seq += 1
                message = {"seq": self.seq, "kind": "message", "text": self.queue.pop(0)}
                self.transcript.append(message)
                return [message]
            if time.monotonic() >= deadline:
                return []
            await asyncio.sleep(min(0.02, max(0.0, deadline - time.monotonic())))


def test_a_chat_with_queued_replies_is_not_stuck_when_the_bot_answers() -> None:
    officer = PacedChat(backlog=4)
    fuzzer = Fuzzer(None, None, {}, 0, Tally())  # type: ignore[arg-type]
    assert asyncio.run(fuzzer.stuck(officer)) is False
    assert fuzzer.tally.end_backlog_s >= 3 * GAP_S - 0.2  # the backlog was read to its end
    assert officer.transcript[-1]["text"] == MENU


def test_a_chat_that_never_shows_the_menu_is_stuck(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fuzz_bench, "REPLY_TIMEOUT_S", 2.0)
    officer = PacedChat(backlog=1)
    officer.text = lambda text: _ignore()  # type: ignore[method-assign]  # the bot answers nothing
    fuzzer = Fuzzer(None, None, {}, 0, Tally())  # type: ignore[arg-type]
    fuzzer_stuck = asyncio.run(fuzzer.stuck(officer))
    assert fuzzer_stuck is True


async def _ignore() -> bool:
    return True
