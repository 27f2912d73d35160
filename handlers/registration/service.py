"""Storage rules of đăng ký thi đua, independent of the chat.

One registration per unit and year; one row per person and title (folded name + birth year +
title); movements kept by reviewers; submission records the deadline in force and whether it
was late, and marks the unit complete for the registration deadline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import completion
from bot.core.text import fold, nfc
from bot.storage.db import insert_ignore
from bot.storage.models import Role, Unit, UnitKind, User
from bot.storage.models.registration import (
    Movement,
    MovementHidden,
    RegisteredPerson,
    Registration,
    RegistrationStatus,
)

#: Person-form field id → column of ``registration_persons``; other fields go to ``extra``.
PERSON_COLUMNS = {
    "full_name": "full_name",
    "birth_year": "birth_year",
    "gender": "gender",
    "position": "job_title",
    "department": "department",
    "title": "title",
    "initiative": "initiative",
    "note": "note",
}
#: Unit-form field id → column of ``registrations`` (movements are handled apart).
UNIT_COLUMNS = {"title": "collective_title", "targets": "targets", "phone": "phone"}


def name_key(name: str) -> str:
    return " ".join(fold(name).split())[:255]


# Registrations ----------------------------------------------------------------------------
async def find(session: AsyncSession, unit_id: int, year: int) -> Registration | None:
    return await session.scalar(
        select(Registration).where(Registration.unit_id == unit_id, Registration.year == year)
    )


async def open_registration(
    session: AsyncSession, unit: Unit, year: int, user_id: int | None, now: datetime
) -> tuple[Registration, bool]:
    """The unit's registration for ``year``, created as a draft if there is none.

    Returns (registration, created). Two officers opening at once get the same row.
    """
    created = await insert_ignore(
        session,
        Registration,
        {
            "unit_id": unit.id,
            "year": year,
            "status": RegistrationStatus.DRAFT.value,
            "movement_ids": [],
            "extra": {},
            "drafts": {},
            "collective_done": False,
            "late": False,
            "created_by": user_id,
            "created_at": now,
            "updated_at": now,
        },
        ["unit_id", "year"],
    )
    registration = await find(session, unit.id, year)
    assert registration is not None
    return registration, created > 0


def collective_values(registration: Registration) -> dict[str, Any]:
    """The unit form's values as saved (for editing)."""
    values: dict[str, Any] = dict(registration.extra or {})
    values["movements"] = [str(i) for i in registration.movement_ids or []]
    for field_id, column in UNIT_COLUMNS.items():
        values[field_id] = getattr(registration, column)
    return {k: v for k, v in values.items() if v not in (None, [], "")}


def apply_collective(registration: Registration, values: dict[str, Any], now: datetime) -> None:
    registration.movement_ids = [int(v) for v in values.get("movements") or []]
    for field_id, column in UNIT_COLUMNS.items():
        setattr(registration, column, values.get(field_id))
    known = {"movements", *UNIT_COLUMNS}
    registration.extra = {k: v for k, v in values.items() if k not in known}
    registration.collective_done = True
    registration.updated_at = now


async def persons(session: AsyncSession, registration_id: int) -> list[RegisteredPerson]:
    rows = await session.scalars(
        select(RegisteredPerson)
        .where(RegisteredPerson.registration_id == registration_id)
        .order_by(RegisteredPerson.seq, RegisteredPerson.id)
    )
    return list(rows.all())


async def count_persons(session: AsyncSession, registration_id: int) -> int:
    return int(
        await session.scalar(
            select(func.count())
            .select_from(RegisteredPerson)
            .where(RegisteredPerson.registration_id == registration_id)
        )
        or 0
    )


def person_values(person: RegisteredPerson) -> dict[str, Any]:
    values: dict[str, Any] = dict(person.extra or {})
    for field_id, column in PERSON_COLUMNS.items():
        values[field_id] = getattr(person, column)
    return {k: v for k, v in values.items() if v not in (None, "")}


def _person_columns(values: dict[str, Any]) -> dict[str, Any]:
    columns: dict[str, Any] = {column: values.get(f) for f, column in PERSON_COLUMNS.items()}
    columns["full_name"] = nfc(str(columns["full_name"] or ""))
    columns["name_key"] = name_key(columns["full_name"])
    columns["extra"] = {k: v for k, v in values.items() if k not in PERSON_COLUMNS}
    return columns


async def find_duplicate(
    session: AsyncSession,
    registration_id: int,
    values: dict[str, Any],
    *,
    exclude_id: int | None = None,
) -> RegisteredPerson | None:
    """The person already registered with the same name, birth year and title, if any."""
    if not values.get("full_name") or not values.get("birth_year") or not values.get("title"):
        return None
    query = select(RegisteredPerson).where(
        RegisteredPerson.registration_id == registration_id,
        RegisteredPerson.name_key == name_key(str(values["full_name"])),
        RegisteredPerson.birth_year == int(values["birth_year"]),
        RegisteredPerson.title == values["title"],
    )
    if exclude_id is not None:
        query = query.where(RegisteredPerson.id != exclude_id)
    return await session.scalar(query.limit(1))


def duplicate_key(values: dict[str, Any]) -> tuple[str, int, str]:
    return (
        name_key(str(values.get("full_name") or "")),
        int(values.get("birth_year") or 0),
        str(values.get("title") or ""),
    )


async def add_persons(
    session: AsyncSession,
    registration: Registration,
    records: Sequence[dict[str, Any]],
    user_id: int | None,
    now: datetime,
) -> tuple[list[RegisteredPerson], list[dict[str, Any]]]:
    """Add people in order; returns (added, refused as duplicates)."""
    seq = int(
        await session.scalar(
            select(func.coalesce(func.max(RegisteredPerson.seq), 0)).where(
                RegisteredPerson.registration_id == registration.id
            )
        )
        or 0
    )
    added: list[RegisteredPerson] = []
    duplicates: list[dict[str, Any]] = []
    seen: set[tuple[str, int, str]] = set()
    for values in records:
        key = duplicate_key(values)
        if key in seen or await find_duplicate(session, registration.id, values):
            duplicates.append(values)
            continue
        seen.add(key)
        seq += 1
        person = RegisteredPerson(
            registration_id=registration.id,
            seq=seq,
            added_by=user_id,
            created_at=now,
            **_person_columns(values),
        )
        session.add(person)
        added.append(person)
    registration.updated_at = now
    await session.flush()
    return added, duplicates


def update_person(person: RegisteredPerson, values: dict[str, Any]) -> None:
    for column, value in _person_columns(values).items():
        setattr(person, column, value)


async def delete_person(session: AsyncSession, person: RegisteredPerson) -> None:
    await session.delete(person)
    await session.flush()


# Deadlines and submission -----------------------------------------------------------------
async def deadline(session: AsyncSession, unit: Unit, year: int) -> date | None:
    from reminders import deadlines

    return await deadlines.deadline_for_action(session, unit, completion.REGISTRATION, year)


def is_late(due: date | None, today: date) -> bool:
    return due is not None and today > due


def can_edit(registration: Registration, due: date | None, today: date) -> bool:
    """Drafts always; submitted ones until the deadline (or the end of the year if none)."""
    if registration.status is RegistrationStatus.DRAFT:
        return True
    if due is not None:
        return today <= due
    return today.year <= registration.year


@dataclass(slots=True)
class Submitted:
    late: bool
    deadline: date | None
    first_time: bool


async def submit(
    session: AsyncSession,
    registration: Registration,
    unit: Unit,
    user_id: int | None,
    now: datetime,
    today: date,
) -> Submitted:
    """Submit a draft (late if after the deadline) and mark the unit complete."""
    due = await deadline(session, unit, registration.year)
    first = registration.status is RegistrationStatus.DRAFT
    if first:
        registration.status = RegistrationStatus.SUBMITTED
        registration.submitted_at = now
        registration.submitted_by = user_id
        registration.deadline = due
        registration.late = is_late(due, today)
        registration.updated_at = now
    await completion.mark_complete(
        session,
        unit_id=unit.id,
        action=completion.REGISTRATION,
        year=registration.year,
        at=now,
        source=f"registration:{registration.id}",
    )
    return Submitted(late=registration.late, deadline=registration.deadline, first_time=first)


# Reviewers --------------------------------------------------------------------------------
@dataclass(slots=True)
class UnitStatus:
    unit: Unit
    registration: Registration | None
    persons: int

    @property
    def state(self) -> str:
        """``none``, ``draft``, ``late`` or ``done``."""
        reg = self.registration
        if reg is None:
            return "none"
        if reg.status is RegistrationStatus.DRAFT:
            return "draft"
        return "late" if reg.late else "done"


async def units_under(session: AsyncSession, root: Unit) -> list[Unit]:
    """The units in ``root``'s subtree that register (all but provinces), root first."""
    rows = await session.scalars(
        select(Unit).where(Unit.path.startswith(root.path)).order_by(Unit.path)
    )
    return [u for u in rows.all() if u.kind is not UnitKind.TINH]


async def statuses(session: AsyncSession, root: Unit, year: int) -> list[UnitStatus]:
    units = await units_under(session, root)
    ids = [u.id for u in units]
    regs = {
        r.unit_id: r
        for r in (
            await session.scalars(
                select(Registration).where(Registration.year == year, Registration.unit_id.in_(ids))
            )
        ).all()
    }
    counts = dict(
        (
            await session.execute(
                select(RegisteredPerson.registration_id, func.count())
                .where(RegisteredPerson.registration_id.in_([r.id for r in regs.values()]))
                .group_by(RegisteredPerson.registration_id)
            )
        ).all()
    )
    return [
        UnitStatus(u, regs.get(u.id), int(counts.get(regs[u.id].id, 0)) if u.id in regs else 0)
        for u in units
    ]


def within(viewer_unit: Unit, role: Role | None, unit: Unit) -> bool:
    """May someone of ``viewer_unit`` with ``role`` see ``unit``'s registration?"""
    if role is not None and role.reviews:
        return viewer_unit.contains(unit)
    return viewer_unit.id == unit.id


async def reviewers_for(session: AsyncSession, unit: Unit) -> list[User]:
    """Reviewers of the nearest unit above (or at) ``unit`` that has any."""
    ancestor_ids = [int(p) for p in unit.path.strip("/").split("/") if p]
    if not ancestor_ids:
        return []
    users = (
        await session.scalars(
            select(User).where(
                User.unit_id.in_(ancestor_ids),
                User.role.in_([Role.REVIEWER, Role.ADMIN]),
                User.active.is_(True),
            )
        )
    ).all()
    if not users:
        return []
    depth = {uid: i for i, uid in enumerate(ancestor_ids)}
    nearest = max(depth[u.unit_id] for u in users)
    return [u for u in users if depth[u.unit_id] == nearest]


# Movements --------------------------------------------------------------------------------
def movement_key(name: str) -> str:
    return " ".join(fold(name).replace("-", " ").split())[:300]


def _scope(unit: Unit | None) -> list[int]:
    """The unit and every unit above it: whose movements (and retirements) apply to it."""
    if unit is None:
        return []
    return [int(p) for p in unit.path.strip("/").split("/") if p]


async def movements(
    session: AsyncSession, include_ids: Sequence[int] = (), unit: Unit | None = None
) -> list[Movement]:
    """The movements ``unit`` sees, in list order, plus any (even retired) in ``include_ids``.

    A unit sees the deployment's list and what reviewers of it or of units above it added,
    minus what they retired; another commune's additions and retirements do not reach it.
    """
    scope = _scope(unit)
    keep = set(include_ids)
    visible = or_(Movement.unit_id.is_(None), Movement.unit_id.in_(scope))
    query = (
        select(Movement)
        .where(or_(visible, Movement.id.in_(keep)) if keep else visible)
        .order_by(Movement.position, Movement.id)
    )
    rows = (await session.scalars(query)).all()
    hidden = set(
        (
            await session.scalars(
                select(MovementHidden.movement_id).where(MovementHidden.unit_id.in_(scope))
            )
        ).all()
    )
    return [m for m in rows if (m.active and m.id not in hidden) or m.id in keep]


async def movement_names(session: AsyncSession, ids: Sequence[int]) -> list[str]:
    if not ids:
        return []
    rows = (await session.scalars(select(Movement).where(Movement.id.in_(list(ids))))).all()
    names = {m.id: m.name for m in rows}
    return [names.get(int(i), f"#{i}") for i in ids]


async def seed_movements(session: AsyncSession, names: Sequence[str], now: datetime) -> int:
    """Insert the seed list if the table is empty; returns how many were added."""
    if await session.scalar(select(func.count()).select_from(Movement)):
        return 0
    added = 0
    for position, name in enumerate(names, start=1):
        added += await insert_ignore(
            session,
            Movement,
            {
                "name": nfc(name),
                "name_key": movement_key(name),
                "active": True,
                "position": position,
                "created_at": now,
            },
            ["name_key"],
        )
    return added


async def add_movement(
    session: AsyncSession,
    name: str,
    user_id: int | None,
    now: datetime,
    unit: Unit | None = None,
) -> tuple[Movement, bool]:
    """Add (or reactivate, or un-hide) a movement for ``unit``'s subtree (None: everyone).

    Returns (movement, True if it was not visible to ``unit`` before).
    """
    key = movement_key(name)
    scope = _scope(unit)
    keys = [key, *(f"u{unit_id}:{key}" for unit_id in scope)]
    existing = await session.scalar(
        select(Movement).where(Movement.name_key.in_(keys)).order_by(Movement.id).limit(1)
    )
    if existing is not None:
        changed = not existing.active
        if existing.unit_id is None or (unit is not None and existing.unit_id == unit.id):
            existing.active = True
        if scope:
            removed = await session.execute(
                delete(MovementHidden).where(
                    MovementHidden.movement_id == existing.id, MovementHidden.unit_id.in_(scope)
                )
            )
            changed = changed or bool(removed.rowcount)  # type: ignore[attr-defined]
        return existing, changed
    position = int(await session.scalar(select(func.coalesce(func.max(Movement.position), 0))) or 0)
    movement = Movement(
        name=nfc(name),
        # Unique per unit: two communes may each add "Chuyển đổi số" without meeting.
        name_key=key if unit is None else f"u{unit.id}:{key}",
        active=True,
        position=position + 1,
        created_by=user_id,
        created_at=now,
        unit_id=unit.id if unit is not None else None,
    )
    session.add(movement)
    await session.flush()
    return movement, True


async def retire_movement(
    session: AsyncSession, movement: Movement, unit: Unit | None, now: datetime
) -> None:
    """Retire for ``unit``'s subtree: its own addition is retired, anything else hidden."""
    if unit is None or movement.unit_id == unit.id:
        movement.active = False
        return
    await insert_ignore(
        session,
        MovementHidden,
        {"movement_id": movement.id, "unit_id": unit.id, "created_at": now},
        ["movement_id", "unit_id"],
    )


# Export rows ------------------------------------------------------------------------------
@dataclass(slots=True)
class ExportItem:
    unit: Unit
    parent: Unit | None
    registration: Registration
    persons: list[RegisteredPerson]
    submitted_by: str | None


async def export_items(
    session: AsyncSession,
    year: int,
    *,
    root: Unit | None = None,
    registration_ids: Sequence[int] | None = None,
    include_drafts: bool = False,
) -> list[ExportItem]:
    query = select(Registration, Unit).join(Unit, Unit.id == Registration.unit_id)
    query = query.where(Registration.year == year)
    if root is not None:
        query = query.where(Unit.path.startswith(root.path))
    if registration_ids is not None:
        query = query.where(Registration.id.in_(list(registration_ids)))
    if not include_drafts:
        query = query.where(Registration.status == RegistrationStatus.SUBMITTED.value)
    rows = (await session.execute(query.order_by(Unit.path))).all()
    items: list[ExportItem] = []
    for registration, unit in rows:
        parent = await session.get(Unit, unit.parent_id) if unit.parent_id else None
        user = (
            await session.get(User, registration.submitted_by)
            if registration.submitted_by
            else None
        )
        items.append(
            ExportItem(
                unit=unit,
                parent=parent,
                registration=registration,
                persons=await persons(session, registration.id),
                submitted_by=user.full_name if user else None,
            )
        )
    return items
