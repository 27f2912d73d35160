"""Loading a month's declined questions for :func:`bot.knowledge.gaps.gap_report`."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.knowledge.gaps import GapQuestion
from bot.storage.models import Unit
from bot.storage.models.qa import Question, QuestionStatus

__all__ = ["declined_in_month", "month_bounds"]


VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


def month_bounds(month: date) -> tuple[datetime, datetime]:
    """The month as officers live it (Vietnam time), as aware datetimes."""
    start = datetime(month.year, month.month, 1, tzinfo=VIETNAM)
    end = datetime(month.year + month.month // 12, month.month % 12 + 1, 1, tzinfo=VIETNAM)
    return start, end


async def declined_in_month(
    session: AsyncSession, month: date, unit_path: str | None = None
) -> list[GapQuestion]:
    """Every question the bot declined in ``month``, optionally
    only those asked from units under ``unit_path`` (a reviewer sees their own area)."""
    start, end = month_bounds(month)
    stmt = select(Question).where(Question.asked_at >= start, Question.asked_at < end)
    if unit_path is not None:
        stmt = stmt.join(Unit, Question.unit_id == Unit.id).where(Unit.path.startswith(unit_path))
    rows = (await session.scalars(stmt)).all()
    return [
        GapQuestion(q.id, q.text, q.asked_at, q.status == QuestionStatus.ANSWERED) for q in rows
    ]
