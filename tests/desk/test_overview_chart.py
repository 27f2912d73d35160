"""The progress chart on Tổng quan (issue 17, item 2): per unit, the plan's deadlines done, not
yet due and overdue as an inline SVG bar, readable on a 820 px tablet."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot import completion
from bot.accounts import unit_by_code
from bot.core.clock import ShiftedClock
from reminders import store
from reminders.parsing.models import ParsedPlan, PlanTask
from tests.desk.browsing import browser, shots, sign_in, sign_in_link
from tests.e2e.harness import Harness
from tests.registration.conftest import SEASON

pytestmark = pytest.mark.browser


@pytest.fixture
async def harness(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Harness]:
    # 2 March 2026: the first deadline (20/2) has passed, the second (30/11) has not.
    h = await Harness(tmp_path, sqlite_url, clock=ShiftedClock(SEASON)).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


async def test_progress_chart_per_unit(harness: Harness, tmp_path: Path, out: Path) -> None:
    from playwright.async_api import expect

    assert harness.app is not None
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    now = harness.clock.now()
    async with harness.app.db.session() as session:
        commune = await unit_by_code(session, "XA-CM")
        village = await unit_by_code(session, "THON-BM")
        assert commune is not None and village is not None
        plan = await store.create_plan(
            session,
            unit=commune,
            parsed=ParsedPlan(
                year=2026,
                tasks=[
                    PlanTask("Đăng ký thi đua", "trước 20/2", due=date(2026, 2, 20)),
                    PlanTask("Nộp hồ sơ Lao động tiên tiến", "trước 30/11", due=date(2026, 11, 30)),
                ],
            ),
            year=2026,
            now=now,
        )
        first, second = await store.plan_deadlines(session, plan.id)
        for deadline, action in ((first, "registration"), (second, "dossier:lao_dong_tien_tien")):
            deadline.completes_by, deadline.unit_kinds = action, []
        await store.activate(session, plan, now)
        await completion.mark_complete(
            session, unit_id=village.id, action="registration", year=2026, at=now
        )
        await session.commit()
    url = await sign_in_link(reviewer)
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        chart = page.locator("svg.chart")
        await expect(chart).to_be_visible()
        village_bar = chart.locator("g.bar", has_text="Thôn Bản Mé")
        await expect(village_bar.locator("text.count")).to_have_text("1/2 xong")
        await expect(village_bar.locator("rect.done")).to_have_count(1)
        await expect(village_bar.locator("rect.late")).to_have_count(0)
        commune_bar = chart.locator("g.bar", has_text="Xã Chiềng Mung")
        await expect(commune_bar.locator("text.count")).to_have_text("0/2 xong · 1 quá hạn")
        await expect(commune_bar.locator("rect.late")).to_have_count(1)
        await expect(chart.locator("g.bar")).to_have_count(3)  # xã, thôn, trường
        # The table beside it says the same in numbers.
        row = page.locator("table.grid tr", has_text="Thôn Bản Mé")
        await expect(row.locator("td.num").nth(0)).to_have_text("1")
        await shots(page, out, "tongquan-tiendo")
        # At 820 px the chart fits the screen and its text stays at least 11 px high.
        await page.set_viewport_size({"width": 820, "height": 1180})
        box = await chart.bounding_box()
        assert box is not None and box["x"] + box["width"] <= 820
        label = await village_bar.locator("text.name").bounding_box()
        assert label is not None and label["height"] >= 11, label
        count = await commune_bar.locator("text.count").bounding_box()
        assert count is not None and count["x"] + count["width"] <= box["x"] + box["width"]
