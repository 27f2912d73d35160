"""Tổng quan: per unit of the reviewer's subtree, where this year's work stands."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import completion
from bot.storage.models import Completion, Unit
from bot.storage.models.dossier import Dossier, DossierStatus
from bot.storage.models.plans import Deadline, Plan
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
    # Three queries for the whole subtree (not three per unit): the plans that apply to any
    # unit here (the scope's ancestors' and the subtree's own), their deadlines, completions.
    plans = (
        await session.execute(
            select(Plan, Unit.path)
            .join(Unit, Unit.id == Plan.unit_id)
            .where(
                Plan.active.is_(True),
                Plan.year == year,
                Unit.path.in_(store.ancestor_paths(scope.path)) | in_subtree(scope),
            )
        )
    ).all()
    deadlines: dict[int, list[Deadline]] = {}
    if plans:
        found = await session.scalars(
            select(Deadline).where(
                Deadline.plan_id.in_([p.id for p, _ in plans]), Deadline.completes_by.is_not(None)
            )
        )
        for deadline in found.all():
            deadlines.setdefault(deadline.plan_id, []).append(deadline)
    done: dict[int, set[str]] = {}
    completions = await session.execute(
        select(Completion.unit_id, Completion.action)
        .join(Unit, Unit.id == Completion.unit_id)
        .where(in_subtree(scope), Completion.year == year)
    )
    for unit_id, action in completions.all():
        done.setdefault(unit_id, set()).add(action)
    for unit in units:
        row = rows[unit.id]
        for plan, plan_path in plans:
            if not unit.path.startswith(plan_path):
                continue  # a plan applies to its own unit's subtree only
            for deadline in deadlines.get(plan.id, []):
                if deadline.unit_kinds and str(unit.kind) not in deadline.unit_kinds:
                    continue
                due = store.effective_due(deadline, plan.year)
                if completion.satisfies(done.get(unit.id, set()), deadline.completes_by or ""):
                    row.deadlines_done += 1
                elif due is not None and due < today:
                    row.deadlines_overdue += 1
                else:
                    row.deadlines_due += 1
    return list(rows.values())
