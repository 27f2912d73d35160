"""Tables of the registration feature (đăng ký thi đua).

One :class:`Registration` per unit and year holds the collective part; its
:class:`RegisteredPerson` rows are the individuals. :class:`Movement` is the list of phong
trào thi đua reviewers keep (seeded from ``content/forms/movements.yaml``). Fields a province
adds to the forms without a column here are kept in the ``extra`` JSON of each row.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, CreatedAt, EnumValue, utcnow


class RegistrationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"


class Movement(CreatedAt, Base):
    """A phong trào thi đua units can register for; retired ones stay for old registrations."""

    __tablename__ = "reg_movements"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    #: Folded name, so "Dân vận khéo" and "dan van kheo" are one movement.
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    #: The unit whose reviewer added it: only that unit's subtree sees it. None: the
    #: deployment's own list (seeded from content), seen by every unit.
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"), index=True)


class MovementHidden(CreatedAt, Base):
    """A unit's reviewer retired a movement it did not add: hidden for that subtree only."""

    __tablename__ = "reg_movement_hidden"
    __table_args__ = (UniqueConstraint("movement_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    movement_id: Mapped[int] = mapped_column(ForeignKey("reg_movements.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)


class Registration(CreatedAt, Base):
    """A unit's bản đăng ký thi đua for one year: the collective part."""

    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("unit_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    year: Mapped[int] = mapped_column()
    status: Mapped[RegistrationStatus] = mapped_column(
        EnumValue(RegistrationStatus, 16), default=RegistrationStatus.DRAFT
    )
    #: Ids of the chosen movements (``reg_movements.id``), in the order of the list.
    movement_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    #: Key of the collective title in ``content/forms/titles.yaml`` (None: no title sought).
    collective_title: Mapped[str | None] = mapped_column(String(64))
    targets: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(32))
    #: Answers to form fields that have no column of their own.
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    #: True once the collective part was confirmed.
    collective_done: Mapped[bool] = mapped_column(default=False)
    #: Unfinished chat work per user id (form answers, pasted lines not yet saved), so an
    #: officer who leaves with /menu or /huy and comes back continues where they were.
    drafts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    submitted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[datetime | None] = mapped_column()
    #: The registration deadline in force when it was submitted, and whether it was after it.
    deadline: Mapped[date | None] = mapped_column()
    late: Mapped[bool] = mapped_column(default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RegisteredPerson(CreatedAt, Base):
    """One individual on a registration, with the title they aim for.

    The same person (folded name and birth year) may appear once per title.
    """

    __tablename__ = "registration_persons"
    __table_args__ = (UniqueConstraint("registration_id", "name_key", "birth_year", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    #: Order in the list (STT).
    seq: Mapped[int] = mapped_column(default=0)
    full_name: Mapped[str] = mapped_column(String(255))
    name_key: Mapped[str] = mapped_column(String(255))
    birth_year: Mapped[int] = mapped_column()
    gender: Mapped[str | None] = mapped_column(String(16))
    job_title: Mapped[str | None] = mapped_column(String(255))
    department: Mapped[str | None] = mapped_column(String(255))
    #: Key of the individual title in ``content/forms/titles.yaml``.
    title: Mapped[str] = mapped_column(String(64))
    initiative: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
