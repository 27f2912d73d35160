"""Plans and deadlines in the database: import, edit, and the look-ups the calendar needs."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Unit, User
from bot.storage.models.plans import Deadline, DeadlineDone, Plan
from reminders.audience import guess_completes_by, guess_roles, guess_unit_kinds
from reminders.parsing import ParsedPlan, PlanTask
from reminders.policy import DeadlineInfo, Person, concerns


def effective_due(deadline: Deadline, year: int) -> date | None:
    """The date a deadline falls due in its plan's year (a yearly date included)."""
    if deadline.due is not None:
        return deadline.due
    if deadline.recurring_due:
        month, day = (int(x) for x in deadline.recurring_due.split("-"))
        try:
            return date(year, month, day)
        except ValueError:  # 29/2 in a common year
            return date(year, month, 28)
    return None


def ancestor_paths(path: str) -> list[str]:
    """ "/1/5/23/" → ["/1/", "/1/5/", "/1/5/23/"]."""
    parts = [p for p in path.split("/") if p]
    return ["/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]


def deadline_from_task(task: PlanTask) -> Deadline:
    return Deadline(
        task=task.task,
        when_text=task.when,
        start=task.start,
        due=task.due,
        recurring=task.recurring,
        recurrence=task.recurrence,
        recurring_due=task.recurring_due,
        event_relative=task.event_relative,
        who=task.who,
        section=task.section,
        source_line=task.source_line,
        source_text=task.source_text,
        roles=guess_roles(task.who, task.task),
        unit_kinds=guess_unit_kinds(task.who, task.task),
        completes_by=guess_completes_by(task.task),
    )


async def create_plan(
    session: AsyncSession,
    *,
    unit: Unit,
    parsed: ParsedPlan,
    year: int,
    now: datetime,
    created_by: int | None = None,
    active: bool = False,
    source_name: str | None = None,
) -> Plan:
    plan = Plan(
        unit_id=unit.id,
        year=year,
        title=(parsed.title or "")[:500] or None,
        issuer=(parsed.issuer or "")[:500] or None,
        source_name=source_name or parsed.source_name,
        ocr=parsed.ocr,
        active=active,
        created_by=created_by,
        confirmed_at=now if active else None,
        created_at=now,
    )
    session.add(plan)
    await session.flush()
    for task in parsed.tasks:
        deadline = deadline_from_task(task)
        deadline.plan_id = plan.id
        deadline.updated_at = now
        session.add(deadline)
    await session.flush()
    return plan


async def plan_deadlines(session: AsyncSession, plan_id: int) -> list[Deadline]:
    rows = await session.scalars(select(Deadline).where(Deadline.plan_id == plan_id))
    return sorted(rows.all(), key=_order)


def _order(deadline: Deadline) -> tuple[date, int]:
    return (deadline.due or _recurring_day(deadline) or date.max, deadline.id or 0)


def _recurring_day(deadline: Deadline) -> date | None:
    if deadline.recurring_due:
        month, day = (int(x) for x in deadline.recurring_due.split("-"))
        return date(2000, month, min(day, 28))
    return None


async def delete_plan(session: AsyncSession, plan: Plan) -> None:
    await session.execute(delete(Deadline).where(Deadline.plan_id == plan.id))
    await session.delete(plan)


async def activate(session: AsyncSession, plan: Plan, now: datetime) -> None:
    plan.active = True
    plan.confirmed_at = now


async def plans_over(session: AsyncSession, unit: Unit, year: int | None = None) -> list[Plan]:
    """Active plans that apply to ``unit``: its own and those of every unit above it."""
    query = (
        select(Plan)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(Plan.active.is_(True), Unit.path.in_(ancestor_paths(unit.path)))
    )
    if year is not None:
        query = query.where(Plan.year == year)
    return list((await session.scalars(query.order_by(Plan.year, Plan.id))).all())


async def plans_in_subtree(session: AsyncSession, unit: Unit) -> list[tuple[Plan, Unit]]:
    """Plans (drafts included) of ``unit`` and the units below it, for reviewers."""
    rows = await session.execute(
        select(Plan, Unit)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(Unit.path.startswith(unit.path))
        .order_by(Plan.year.desc(), Plan.id.desc())
    )
    return [(p, u) for p, u in rows.all()]


def info_of(deadline: Deadline, plan: Plan, plan_unit: Unit) -> DeadlineInfo | None:
    due = effective_due(deadline, plan.year)
    if due is None:
        return None
    return DeadlineInfo(
        id=deadline.id,
        task=deadline.task,
        due=due,
        plan_unit_path=plan_unit.path,
        year=plan.year,
        roles=frozenset(deadline.roles or ()),
        unit_kinds=frozenset(deadline.unit_kinds or ()),
        completes_by=deadline.completes_by,
        when_text=deadline.when_text,
        start=deadline.start,
    )


async def active_deadlines(
    session: AsyncSession, *, since: date | None = None, until: date | None = None
) -> list[DeadlineInfo]:
    """Dated deadlines of every active plan, optionally those due within [since, until]."""
    rows = await session.execute(
        select(Deadline, Plan, Unit)
        .join(Plan, Plan.id == Deadline.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(Plan.active.is_(True))
    )
    infos = []
    for deadline, plan, unit in rows.all():
        info = info_of(deadline, plan, unit)
        if info is None:
            continue
        for occurrence in _occurrences(info, deadline, until):
            if since is not None and occurrence.due < since:
                continue
            if until is not None and occurrence.due > until:
                continue
            infos.append(occurrence)
    return infos


def _occurrences(info: DeadlineInfo, deadline: Deadline, until: date | None) -> list[DeadlineInfo]:
    """A confirmed yearly deadline ("trước ngày 10/8 hằng năm", a province's standing rule)
    falls due in its plan's year and in every year after it, up to ``until``."""
    if deadline.due is not None or deadline.recurrence != "yearly" or not deadline.recurring_due:
        return [info]
    last = (until or info.due).year
    found = [info]
    for year in range(info.year + 1, last + 1):
        due = effective_due(deadline, year)
        assert due is not None
        found.append(replace(info, due=due, year=year, occurrence=year))
    return found


def person_of(user: User, unit: Unit) -> Person:
    return Person(user.id, unit.id, unit.path, unit.kind.value, user.role.value, user.is_head)


@dataclass(frozen=True, slots=True)
class Entry:
    """A deadline as one officer sees it."""

    deadline: Deadline
    plan: Plan
    plan_unit: Unit
    due: date | None
    done: bool


async def entries_for(
    session: AsyncSession,
    user: User,
    unit: Unit,
    *,
    since: date | None = None,
    until: date | None = None,
    undated: bool = False,
) -> list[Entry]:
    """The deadlines that concern ``user``, soonest first (undated ones last if asked for)."""
    from bot.completion import completed_actions, satisfies

    person = person_of(user, unit)
    rows = await session.execute(
        select(Deadline, Plan, Unit)
        .join(Plan, Plan.id == Deadline.plan_id)
        .join(Unit, Unit.id == Plan.unit_id)
        .where(Plan.active.is_(True), Unit.path.in_(ancestor_paths(unit.path)))
    )
    done_ids = set(
        (
            await session.scalars(
                select(DeadlineDone.deadline_id).where(DeadlineDone.unit_id == unit.id)
            )
        ).all()
    )
    completed: dict[int, set[str]] = {}
    entries = []
    for deadline, plan, plan_unit in rows.all():
        due = effective_due(deadline, plan.year)
        info = DeadlineInfo(
            deadline.id,
            deadline.task,
            due or date.max,
            plan_unit.path,
            plan.year,
            frozenset(deadline.roles or ()),
            frozenset(deadline.unit_kinds or ()),
        )
        if not concerns(info, person):
            continue
        if due is None and not undated:
            continue
        if due is not None and (
            (since is not None and due < since) or (until is not None and due > until)
        ):
            continue
        done = deadline.id in done_ids
        if not done and deadline.completes_by:
            if plan.year not in completed:
                completed[plan.year] = await completed_actions(session, unit.id, plan.year)
            done = satisfies(completed[plan.year], deadline.completes_by)
        entries.append(Entry(deadline, plan, plan_unit, due, done))
    entries.sort(key=lambda e: (e.due or date.max, e.deadline.id))
    return entries
