"""Deadline look-ups other features use (implemented by the reminders feature)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.completion import DOSSIER
from bot.storage.models import Unit
from bot.storage.models.plans import Deadline, Plan
from reminders.store import ancestor_paths, effective_due


def _completed_by(required: str, action: str) -> bool:
    """Would doing ``action`` complete a deadline that requires ``required``?"""
    if required == action:
        return True
    # A dossier of any kind satisfies a deadline for "a dossier"; the reverse is not true.
    return required == DOSSIER and action.startswith(DOSSIER + ":")


async def deadline_for_action(
    session: AsyncSession, unit: Unit, action: str, year: int
) -> date | None:
    """The due date of the deadline completed by ``action`` that applies to ``unit`` in ``year``.

    E.g. ``deadline_for_action(s, thon, "registration", 2026)`` → 2026-03-14 when the commune's
    or the province's plan sets "đăng ký thi đua trước ngày 15/3". None if no plan sets one.
    The plan nearest the unit wins (a commune's own date before the province's); within one
    plan, the earliest date. Deadlines that do not concern the unit's kind are ignored.
    """
    rows = await session.execute(
        select(Deadline, Plan, Unit.path)
        .join(Plan, Plan.id == Deadline.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(
            Plan.active.is_(True),
            Plan.year == year,
            Deadline.completes_by.is_not(None),
            Unit.path.in_(ancestor_paths(unit.path)),
        )
    )
    best: tuple[int, date] | None = None
    for deadline, plan, path in rows.all():
        assert deadline.completes_by is not None
        if not _completed_by(deadline.completes_by, action):
            continue
        if deadline.unit_kinds and unit.kind.value not in deadline.unit_kinds:
            continue
        due = effective_due(deadline, plan.year)
        if due is None:
            continue
        rank = (-len(path), due)
        if best is None or rank < (best[0], best[1]):
            best = (-len(path), due)
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
    rows = await session.execute(
        select(Deadline, Plan, Unit.name)
        .join(Plan, Plan.id == Deadline.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(
            Plan.active.is_(True),
            Plan.year.in_((as_of.year, as_of.year + 1)),
            Unit.path.in_(ancestor_paths(unit.path)),
        )
    )
    ahead: list[tuple[date, PlanDeadline]] = []
    passed: list[tuple[date, PlanDeadline]] = []
    for deadline, plan, unit_name in rows.all():
        if deadline.unit_kinds and unit.kind.value not in deadline.unit_kinds:
            continue
        due = effective_due(deadline, plan.year)
        if due is None:
            continue
        title = plan.title or f"Kế hoạch năm {plan.year}"
        item = PlanDeadline(deadline.task, due, deadline.when_text, f"{title} ({unit_name})")
        if due >= as_of:
            ahead.append((due, item))
        elif due.year == as_of.year:
            passed.append((due, item))
    ahead.sort(key=lambda pair: pair[0])
    passed.sort(key=lambda pair: pair[0], reverse=True)
    return [item for _, item in ahead + passed]
