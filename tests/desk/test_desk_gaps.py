"""Issue 18 on the desk: "Câu hỏi chưa trả lời" lists this month's declined chat questions by
topic, and answering one there runs the chat's reply-and-save path (headless Chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.storage.models.qa import LocalAnswer, Question, QuestionStatus
from tests.desk.test_e2e_desk import browser, sign_in, sign_in_link
from tests.e2e.harness import Harness

pytestmark = pytest.mark.browser

ASKED = "Đội cồng chiêng của bản đạt giải nhất hội diễn thì bản được thưởng gì?"


async def test_a_declined_question_is_on_the_page_and_answered_from_it(
    harness: Harness, tmp_path: Path
) -> None:
    from playwright.async_api import expect

    assert harness.app is not None
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    await officer.say(ASKED)
    await officer.expect("Chưa có câu trả lời chắc chắn")  # declined: counted as a gap
    url = await sign_in_link(reviewer)
    reply = "Bản được tặng Giấy khen của Chủ tịch UBND xã theo đề nghị của Ban văn hóa xã."
    async with browser(tmp_path / "profile") as context:
        page = context.pages[0] if context.pages else await context.new_page()
        await sign_in(page, url)
        await page.get_by_role("link", name="Chưa trả lời").click()
        await expect(page.get_by_role("heading", name="Câu hỏi chưa trả lời")).to_be_visible()
        topic = page.locator("section.gap").filter(has_text=ASKED)
        await expect(topic.locator("h2")).to_contain_text("1 câu chưa trả lời")
        await expect(topic.locator("blockquote")).to_have_text(ASKED)
        await topic.get_by_role("textbox").fill(reply)
        await topic.get_by_role("button", name="Trả lời").click()
        await expect(page.locator(".flash")).to_contain_text("lưu vào cơ sở tri thức")
        await page.get_by_role("link", name="Chưa trả lời").click()
        await expect(page.locator("blockquote").filter(has_text=ASKED)).to_have_count(0)
    note = await officer.expect("Ban văn hóa xã")
    assert "Cầm Thị Hoa" in note.text
    async with harness.app.db.session() as session:
        question = await session.scalar(select(Question).where(Question.text == ASKED))
        assert question is not None and question.status == QuestionStatus.ANSWERED
        saved = (await session.scalars(select(LocalAnswer))).all()
        assert [a.answer for a in saved] == [reply]
