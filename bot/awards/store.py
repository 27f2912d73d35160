"""Reading and writing the award history, scoped like everything else to a unit subtree."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.awards.catalogue import Catalogue
from bot.awards.rules import Check, checks_for
from bot.core.text import fold
from bot.storage.db import insert_ignore
from bot.storage.models import Unit
from bot.storage.models.awards import SOURCE_DECISION, SOURCE_EXCEL, AwardRecord
from bot.storage.models.dossier import Dossier

#: Rows shown on one page of the history table.
PAGE = 200
CONFLICT = ["unit_id", "subject_type", "name_key", "award", "year"]


def name_key(name: str) -> str:
    # The same key as registrations (handlers.registration.service.name_key), so a person
    # registered and a person in the history match by name.
    return " ".join(fold(name).split())[:255]


async def subject_history(
    session: AsyncSession,
    unit_id: int,
    subject_type: str,
    name: str,
    birth_year: int | None = None,
) -> list[AwardRecord]:
    """A person's (or collective's) history in one unit, by year. Two rows of the same name
    with different known birth years are two people."""
    rows = await session.scalars(
        select(AwardRecord)
        .where(
            AwardRecord.unit_id == unit_id,
            AwardRecord.subject_type == subject_type,
            AwardRecord.name_key == name_key(name),
        )
        .order_by(AwardRecord.year, AwardRecord.award)
    )
    return [
        r
        for r in rows.all()
        if birth_year is None or r.birth_year is None or r.birth_year == birth_year
    ]


@dataclass(frozen=True, slots=True)
class SubjectChecks:
    name: str
    award_label: str
    history: list[AwardRecord]
    checks: list[Check]


async def checks_for_subject(
    session: AsyncSession,
    catalogue: Catalogue,
    *,
    unit_id: int,
    subject_type: str,
    name: str,
    award: str,
    year: int,
    birth_year: int | None = None,
) -> SubjectChecks | None:
    """The consecutive-year checks of ``award`` for one subject; None if no rule applies."""
    if not catalogue.rules_for(award, subject_type):
        return None
    history = await subject_history(session, unit_id, subject_type, name, birth_year)
    checks = checks_for(catalogue, award, subject_type, ((r.award, r.year) for r in history), year)
    return SubjectChecks(name, catalogue.label(award), history, checks)


async def record_decision(
    session: AsyncSession,
    *,
    unit_id: int,
    subject_type: str,
    name: str,
    award: str,
    year: int,
    number: str,
    signed_on: date,
    dossier_id: int,
    user_id: int,
    now: datetime,
) -> bool:
    """File one awarded dossier into the history; False if it was already there."""
    added = await insert_ignore(
        session,
        AwardRecord,
        {
            "unit_id": unit_id,
            "subject_type": subject_type,
            "subject_name": name,
            "name_key": name_key(name),
            "birth_year": None,
            "award": award,
            "year": year,
            "decision_number": number,
            "decision_date": signed_on,
            "source": SOURCE_DECISION,
            "dossier_id": dossier_id,
            "added_by": user_id,
            "added_at": now,
        },
        CONFLICT,
    )
    return added > 0


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One validated row of an import (``bot.awards.sheet``)."""

    number: int
    unit_id: int
    subject_type: str
    name: str
    birth_year: int | None
    award: str
    year: int
    decision_number: str | None
    decision_date: date | None


async def import_rows(
    session: AsyncSession, rows: Sequence[ImportRow], user_id: int, now: datetime
) -> tuple[int, int]:
    """Insert every row (in the caller's transaction: all or nothing); (added, already there)."""
    added = 0
    for row in rows:
        added += await insert_ignore(
            session,
            AwardRecord,
            {
                "unit_id": row.unit_id,
                "subject_type": row.subject_type,
                "subject_name": row.name,
                "name_key": name_key(row.name),
                "birth_year": row.birth_year,
                "award": row.award,
                "year": row.year,
                "decision_number": row.decision_number,
                "decision_date": row.decision_date,
                "source": SOURCE_EXCEL,
                "dossier_id": None,
                "added_by": user_id,
                "added_at": now,
            },
            CONFLICT,
        )
    return added, len(rows) - added


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    unit_id: int | None = None
    award: str | None = None
    year: int | None = None
    subject_type: str | None = None
    name: str | None = None
    offset: int = 0


def _in_subtree(scope: Unit):  # type: ignore[no-untyped-def]
    return Unit.path.startswith(scope.path, autoescape=True)


async def table(
    session: AsyncSession, scope: Unit, wanted: HistoryFilter
) -> tuple[list[tuple[AwardRecord, Unit]], bool]:
    """The subtree's history, newest year first, with the filters applied."""
    query = (
        select(AwardRecord, Unit)
        .join(Unit, Unit.id == AwardRecord.unit_id)
        .where(_in_subtree(scope))
    )
    if wanted.unit_id is not None:
        query = query.where(AwardRecord.unit_id == wanted.unit_id)
    if wanted.award:
        query = query.where(AwardRecord.award == wanted.award)
    if wanted.year is not None:
        query = query.where(AwardRecord.year == wanted.year)
    if wanted.subject_type:
        query = query.where(AwardRecord.subject_type == wanted.subject_type)
    if wanted.name:
        query = query.where(AwardRecord.name_key.contains(name_key(wanted.name), autoescape=True))
    rows = (
        await session.execute(
            query.order_by(
                AwardRecord.year.desc(), Unit.path, AwardRecord.subject_name, AwardRecord.id
            )
            .offset(wanted.offset)
            .limit(PAGE + 1)
        )
    ).all()
    found = [(r, u) for r, u in rows]
    return found[:PAGE], len(found) > PAGE


async def unit_history(session: AsyncSession, unit_id: int) -> list[AwardRecord]:
    rows = await session.scalars(
        select(AwardRecord)
        .where(AwardRecord.unit_id == unit_id)
        .order_by(AwardRecord.subject_type.desc(), AwardRecord.name_key, AwardRecord.year)
    )
    return list(rows.all())


async def years(session: AsyncSession, scope: Unit) -> list[int]:
    rows = await session.scalars(
        select(AwardRecord.year)
        .join(Unit, Unit.id == AwardRecord.unit_id)
        .where(_in_subtree(scope))
        .group_by(AwardRecord.year)
        .order_by(AwardRecord.year.desc())
    )
    return [int(y) for y in rows.all()]


async def count(session: AsyncSession, scope: Unit) -> int:
    return int(
        await session.scalar(
            select(func.count(AwardRecord.id))
            .join(Unit, Unit.id == AwardRecord.unit_id)
            .where(_in_subtree(scope))
        )
        or 0
    )


async def dossier_checks(
    session: AsyncSession, catalogue: Catalogue, dossier: Dossier
) -> SubjectChecks | None:
    """The consecutive-year checks for a dossier under review (``Dossier``): its award for its
    subject, against the subject's history in the dossier's unit; None if no rule applies."""
    from bot.awards.catalogue import DOSSIER_SUBJECTS

    award = catalogue.for_dossier_kind(dossier.kind)
    subject = DOSSIER_SUBJECTS.get(dossier.subject_type)
    if award is None or subject is None:
        return None
    return await checks_for_subject(
        session,
        catalogue,
        unit_id=dossier.unit_id,
        subject_type=subject,
        name=dossier.subject_name,
        award=award.key,
        year=dossier.year,
    )
