"""A huge plan upload is parsed off the event loop, with size and time limits (issue 12, H2).

The reviewer's parse runs in a child process: other officers are answered meanwhile, a parse past
its time limit is killed and answered in Vietnamese, the inbox row is finished (not retried at
the next start) and the reviewer can send a smaller file straight away.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.core.clock import FakeClock
from bot.storage.models import InboxUpdate
from reminders.upload import parse_upload
from tests.e2e.harness import Harness, UserChat
from tests.reminders.conftest import VN
from tests.reminders.slow_parse import parse_forever
from tests.reminders.test_year import COMMUNE_PLAN

EXAMPLES = Path(__file__).parents[2] / "content" / "plans" / "examples"


def long_plan(lines: int) -> bytes:
    """Real plans repeated: many paragraphs with dates, slow enough to hit a small time limit."""
    text = "\n".join(p.read_text() for p in sorted(EXAMPLES.glob("*.txt")))
    source = text.splitlines()
    return "\n".join((source * (lines // len(source) + 1))[:lines]).encode()


async def open_import(harness: Harness) -> UserChat:
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Lường Thị Dung")
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Kế hoạch và hạn")
    await reviewer.expect("Chưa có kế hoạch")
    await reviewer.choose("Nhập kế hoạch mới")
    await reviewer.expect("Gửi tệp")
    return reviewer


async def test_a_slow_plan_parse_does_not_stop_other_users_and_is_cut_off(
    harness: Harness, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert harness.app is not None
    clock.set(datetime(2026, 1, 5, 9, 0, tzinfo=VN))
    monkeypatch.setattr("reminders.upload.PARSE_TIMEOUT_S", 6.0)
    monkeypatch.setattr("handlers.calendar.plans.parse_upload", parse_forever)
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await open_import(harness)
    await reviewer.send_files([("ke-hoach-dai.txt", long_plan(36_000))], as_="document")
    await asyncio.sleep(1.5)  # the bot has the file and is parsing it
    await officer.say("/lich")
    await officer.expect("lịch", within=10)
    # The officer was answered while the reviewer's parse was still running.
    assert not any("kế hoạch" in m.text.lower() for m in reviewer.transcript[reviewer.seen :])
    assert not await reviewer.collect(quiet=0.2, at_least=0)
    await reviewer.expect("quá dài", within=60)
    monkeypatch.setattr("handlers.calendar.plans.parse_upload", parse_upload)
    # Nothing the reviewer did is lost: still waiting for a file, a normal one works.
    await reviewer.send_files([("ke-hoach-2026.txt", COMMUNE_PLAN.encode())], as_="document")
    await reviewer.expect("Kiểm tra kế hoạch", "Quý I/2026", within=60)
    async with harness.app.db.session() as session:
        statuses = (await session.scalars(select(InboxUpdate.status))).all()
    assert set(statuses) == {"done"}  # nothing left to run again at the next start


async def test_a_plan_file_over_the_size_limit_is_refused_before_parsing(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("handlers.calendar.plans.MAX_PLAN_BYTES", 100_000)
    reviewer = await open_import(harness)
    await reviewer.send_files([("ke-hoach-lon.txt", long_plan(3_000))], as_="document")
    refusal = await reviewer.expect("quá lớn", within=30)
    assert "Hủy" in refusal.labels
    await reviewer.send_files([("ke-hoach-2026.txt", COMMUNE_PLAN.encode())], as_="document")
    await reviewer.expect("Kiểm tra kế hoạch", within=60)
