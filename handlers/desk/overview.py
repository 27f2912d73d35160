"""Tổng quan: per unit of the reviewer's subtree, where this year's work stands."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import completion
from bot.storage.models import Unit
from bot.storage.models.dossier import Dossier, DossierStatus
from bot.storage.models.qa import Question, QuestionStatus
from bot.storage.models.registration import Registration, RegistrationStatus
from handlers.desk.queries import UnitOverview, in_subtree, subtree_units
from reminders import store


async def by_unit(session: AsyncSession, scope: Unit, now: datetime) -> list[UnitOverview]:
    units = await subtree_units(session, scope)
    rows = {u.id: UnitOverview(u) for u in units}
    year = now.year
    counts = await session.execute(
        select(Dossier.unit_id, Dossier.status, func.count())
        .join(Unit, Unit.id == Dossier.unit_id)
        .where(in_subtree(scope), Dossier.status != DossierStatus.DRAFT)
        .group_by(Dossier.unit_id, Dossier.status)
    )
    for unit_id, status, count in counts.all():
        rows[unit_id].dossiers[status] = int(count)
    registered = await session.execute(
        select(Registration.unit_id)
        .join(Unit, Unit.id == Registration.unit_id)
        .where(
            in_subtree(scope),
            Registration.year == year,
            Registration.status == RegistrationStatus.SUBMITTED,
        )
    )
    for (unit_id,) in registered.all():
        rows[unit_id].registrations = 1
    waiting = await session.execute(
        select(Question.unit_id, func.count())
        .join(Unit, Unit.id == Question.unit_id)
        .where(in_subtree(scope), Question.status == QuestionStatus.OPEN)
        .group_by(Question.unit_id)
    )
    for unit_id, count in waiting.all():
        rows[unit_id].questions_waiting = int(count)
    today = now.date()
    for unit in units:
        done = await completion.completed_actions(session, unit.id, year)
        for plan in await store.plans_over(session, unit, year):
            for deadline in await store.plan_deadlines(session, plan.id):
                if not deadline.completes_by:
                    continue
                if deadline.unit_kinds and str(unit.kind) not in deadline.unit_kinds:
                    continue
                row = rows[unit.id]
                due = store.effective_due(deadline, plan.year)
                if completion.satisfies(done, deadline.completes_by):
                    row.deadlines_done += 1
                elif due is not None and due < today:
                    row.deadlines_overdue += 1
                else:
                    row.deadlines_due += 1
    return list(rows.values())
