"""Read-only queries behind the desk's pages, scoped to the reviewer's unit subtree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Unit
from bot.storage.models.dossier import Dossier, DossierEvent, DossierPage, DossierStatus

S = DossierStatus
QUEUE_PAGE = 50


def in_subtree(scope: Unit):  # type: ignore[no-untyped-def]
    return Unit.path.startswith(scope.path, autoescape=True)


async def subtree_units(session: AsyncSession, scope: Unit) -> list[Unit]:
    rows = await session.scalars(select(Unit).where(in_subtree(scope)).order_by(Unit.path))
    return list(rows.all())


@dataclass(frozen=True, slots=True)
class QueueFilter:
    unit_id: int | None = None
    kind: str | None = None
    statuses: Sequence[DossierStatus] = ()
    #: Only dossiers waiting in their status at least this many days.
    min_days: int | None = None
    offset: int = 0


async def queue(
    session: AsyncSession, scope: Unit, wanted: QueueFilter, now: datetime
) -> tuple[list[tuple[Dossier, Unit, int]], bool]:
    """Non-draft dossiers of the subtree, oldest in their status first, with their page count."""
    pages = (
        select(func.count(DossierPage.id))
        .where(DossierPage.dossier_id == Dossier.id)
        .correlate(Dossier)
        .scalar_subquery()
    )
    query = (
        select(Dossier, Unit, pages)
        .join(Unit, Unit.id == Dossier.unit_id)
        .where(in_subtree(scope), Dossier.status != S.DRAFT)
    )
    if wanted.unit_id is not None:
        query = query.where(Dossier.unit_id == wanted.unit_id)
    if wanted.kind:
        query = query.where(Dossier.kind == wanted.kind)
    if wanted.statuses:
        query = query.where(Dossier.status.in_(list(wanted.statuses)))
    if wanted.min_days:
        query = query.where(Dossier.status_at <= now - timedelta(days=wanted.min_days))
    rows = (
        await session.execute(
            query.order_by(Dossier.status_at, Dossier.id)
            .offset(wanted.offset)
            .limit(QUEUE_PAGE + 1)
        )
    ).all()
    found = [(d, u, int(n or 0)) for d, u, n in rows]
    return found[:QUEUE_PAGE], len(found) > QUEUE_PAGE


async def last_supplement_request(session: AsyncSession, dossier: Dossier) -> DossierEvent | None:
    """The latest "cần bổ sung": pages added after it are the supplement."""
    return await session.scalar(
        select(DossierEvent)
        .where(DossierEvent.dossier_id == dossier.id, DossierEvent.to_status == S.NEEDS_MORE)
        .order_by(DossierEvent.id.desc())
        .limit(1)
    )


@dataclass
class UnitOverview:
    unit: Unit
    dossiers: dict[DossierStatus, int] = field(default_factory=dict)
    registrations: int = 0
    deadlines_done: int = 0
    deadlines_due: int = 0
    deadlines_overdue: int = 0
    questions_waiting: int = 0

    @property
    def dossier_total(self) -> int:
        return sum(self.dossiers.values())
