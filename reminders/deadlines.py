"""Deadline look-ups other features use (implemented by the reminders feature)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Unit


async def deadline_for_action(
    session: AsyncSession, unit: Unit, action: str, year: int
) -> date | None:
    """The due date of the deadline completed by ``action`` that applies to ``unit`` in ``year``.

    E.g. ``deadline_for_action(s, thon, "registration", 2026)`` → 2026-03-15 when the commune's
    or the province's plan sets "đăng ký thi đua trước ngày 15/3". None if no plan sets one.
    """
    return None
