"""Marking and checking what a unit has completed (see ``Completion``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.db import insert_ignore
from bot.storage.models.completion import Completion

REGISTRATION = "registration"
DOSSIER = "dossier"


def dossier_action(kind: str) -> str:
    return f"{DOSSIER}:{kind}"


async def mark_complete(
    session: AsyncSession,
    *,
    unit_id: int,
    action: str,
    year: int,
    at: datetime,
    source: str | None = None,
) -> bool:
    """Record the completion; False if it was already recorded."""
    inserted = await insert_ignore(
        session,
        Completion,
        {"unit_id": unit_id, "action": action, "year": year, "completed_at": at, "source": source},
        ["unit_id", "action", "year"],
    )
    return inserted > 0


async def completed_actions(session: AsyncSession, unit_id: int, year: int) -> set[str]:
    rows = await session.scalars(
        select(Completion.action).where(Completion.unit_id == unit_id, Completion.year == year)
    )
    return set(rows.all())


def satisfies(done: set[str], required: str) -> bool:
    """True if ``done`` contains ``required``; a specific dossier also satisfies ``dossier``."""
    if required in done:
        return True
    return required == DOSSIER and any(a.startswith(DOSSIER + ":") for a in done)
