"""Deadline look-ups other features use (implemented by the reminders feature)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.completion import satisfies
from bot.storage.models import Unit
from bot.storage.models.plans import Deadline, Plan
from reminders.store import ancestor_paths, effective_due


async def _deadlines_over(
    session: AsyncSession, unit: Unit, years: tuple[int, ...]
) -> list[tuple[Deadline, Plan, Unit]]:
    """Deadlines of the active plans of ``unit`` and the units above it in ``years``, leaving
    out those meant for other kinds of unit."""
    rows = await session.execute(
        select(Deadline, Plan, Unit)
        .join(Plan, Plan.id == Deadline.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(
            Plan.active.is_(True),
            Plan.year.in_(years),
            Unit.path.in_(ancestor_paths(unit.path)),
        )
    )
    return [
        (deadline, plan, plan_unit)
        for deadline, plan, plan_unit in rows.all()
        if not deadline.unit_kinds or unit.kind.value in deadline.unit_kinds
    ]


async def deadline_for_action(
    session: AsyncSession, unit: Unit, action: str, year: int
) -> date | None:
    """The due date of the deadline completed by ``action`` that applies to ``unit`` in ``year``.

    E.g. ``deadline_for_action(s, thon, "registration", 2026)`` → 2026-03-14 when the commune's
    or the province's plan sets "đăng ký thi đua trước ngày 15/3". None if no plan sets one.
    The plan nearest the unit wins (a commune's own date before the province's); within one
    plan, the earliest date. Deadlines that do not concern the unit's kind are ignored.
    """
    best: tuple[int, date] | None = None
    for deadline, plan, plan_unit in await _deadlines_over(session, unit, (year,)):
        if deadline.completes_by is None or not satisfies({action}, deadline.completes_by):
            continue
        due = effective_due(deadline, plan.year)
        if due is None:
            continue
        rank = (-len(plan_unit.path), due)
        if best is None or rank < best:
            best = rank
    return best[1] if best else None


@dataclass(frozen=True, slots=True)
class PlanDeadline:
    """A deadline as the Q&A quotes it: the task, its date, the phrase and the plan it is from."""

    task: str
    due: date | None
    when: str | None
    plan: str | None


async def upcoming_deadlines(session: AsyncSession, unit: Unit, as_of: date) -> list[PlanDeadline]:
    """Dated deadlines of the active plans over ``unit`` for ``as_of``'s year and the next.

    Those still ahead come first (soonest first), then the ones of this year already passed,
    most recent first: "hạn đăng ký thi đua năm nay" is worth answering after the date too.
    Deadlines meant for other kinds of unit are left out.
    """
    ahead: list[tuple[date, PlanDeadline]] = []
    passed: list[tuple[date, PlanDeadline]] = []
    for deadline, plan, plan_unit in await _deadlines_over(
        session, unit, (as_of.year, as_of.year + 1)
    ):
        due = effective_due(deadline, plan.year)
        if due is None:
            continue
        title = plan.title or f"Kế hoạch năm {plan.year}"
        item = PlanDeadline(deadline.task, due, deadline.when_text, f"{title} ({plan_unit.name})")
        if due >= as_of:
            ahead.append((due, item))
        elif due.year == as_of.year:
            passed.append((due, item))
    ahead.sort(key=lambda pair: pair[0])
    passed.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _, item in ahead + passed]


async def plan_items(session: AsyncSession, unit: Unit, year: int) -> list[tuple[Deadline, Plan]]:
    """Every item of the active plans that apply to ``unit`` in ``year`` (Q&A quotes them)."""
    return [(d, p) for d, p, _ in await _deadlines_over(session, unit, (year,))]
