"""Câu hỏi chưa trả lời: this month's questions the bot declined, by topic, on the desk.

The same report as /chuadap in the chat (:func:`bot.knowledge.gaps.gap_report`) over the
reviewer's own unit subtree, with every unanswered question under its topic. "Trả lời" posts to
the Câu hỏi page's answer action, the chat's own reply-and-save path, so the asker is notified and
the answer, when kept, joins the knowledge base exactly as it does from the chat.
"""

from __future__ import annotations

import asyncio
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request
from starlette.responses import Response

from bot.knowledge.gaps import gap_report
from bot.knowledge.gaps_store import declined_in_month
from bot.knowledge.loader import KnowledgeLoader
from handlers.desk.auth import Reviewer

if TYPE_CHECKING:
    from handlers.desk.web import Desk

__all__ = ["GapPages"]

#: topics on the page; each lists its unanswered questions (a month rarely has more)
TOPICS = 10
QUESTIONS_PER_TOPIC = 20


def month_asked(value: str, today: date) -> date:
    """``?thang=2026-11`` (this month when absent or malformed; never a future month)."""
    try:
        year, month = (int(part) for part in value.split("-", 1))
        wanted = date(year, month, 1)
    except ValueError:
        return today.replace(day=1)
    return min(wanted, today.replace(day=1))


class GapPages:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    async def show(self, request: Request, session: AsyncSession, who: Reviewer) -> Response:
        today = self.desk.app.clock.now().astimezone(self.desk.app.settings.tz).date()
        month = month_asked(request.query_params.get("thang", ""), today)
        questions = await declined_in_month(session, month, who.unit.path)
        kb = await self.desk.app.services.get(KnowledgeLoader).get()
        # one retrieval per question: off the event loop, a busy month has hundreds
        topics = await asyncio.to_thread(gap_report, kb, questions, QUESTIONS_PER_TOPIC)
        previous = (month.replace(day=1) - date.resolution).replace(day=1)
        return self.desk.page(
            request,
            "gaps.html",
            who,
            title="Câu hỏi chưa trả lời",
            month=month,
            previous=previous,
            current=month == today.replace(day=1),
            declined=len(questions),
            unanswered=sum(not q.answered for q in questions),
            topics=[t for t in topics if t.unanswered][:TOPICS],
        )
