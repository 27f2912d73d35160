"""Tables of the plans feature: yearly plans, their deadlines, and what reminders did.

A plan belongs to a unit and applies to its whole subtree, so a province's plan and a commune's
own plan both reach an officer of a thôn. Each deadline says whom it concerns (roles, kinds of
unit; empty means everyone) and which action completes it (``registration``, ``dossier``,
``dossier:<kind>``; see :mod:`bot.completion`).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, CreatedAt, utcnow


class Plan(CreatedAt, Base):
    """A yearly plan ("Kế hoạch công tác thi đua, khen thưởng năm ...") of one unit."""

    __tablename__ = "plans"
    __table_args__ = (Index("ix_plans_unit_year", "unit_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    year: Mapped[int] = mapped_column()
    title: Mapped[str | None] = mapped_column(String(500))
    issuer: Mapped[str | None] = mapped_column(String(500))
    source_name: Mapped[str | None] = mapped_column(String(255))
    #: Read from a scan or photo through OCR: the draft shows each deadline's source words.
    ocr: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    #: False while a reviewer is still checking an import in chat; reminders only use active ones.
    active: Mapped[bool] = mapped_column(default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    confirmed_at: Mapped[datetime | None] = mapped_column()


class Deadline(Base):
    """One task of a plan with its time limit and audience."""

    __tablename__ = "deadlines"
    __table_args__ = (Index("ix_deadlines_plan", "plan_id", "due"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"))
    task: Mapped[str] = mapped_column(Text)
    #: The time phrase as the plan writes it ("trước ngày 15/3").
    when_text: Mapped[str | None] = mapped_column(String(255))
    start: Mapped[date | None] = mapped_column(Date)
    due: Mapped[date | None] = mapped_column(Date)
    recurring: Mapped[bool] = mapped_column(default=False)
    recurrence: Mapped[str | None] = mapped_column(String(16))
    #: "MM-DD" of a yearly date ("ngày 11/6 hằng năm").
    recurring_due: Mapped[str | None] = mapped_column(String(5))
    event_relative: Mapped[bool] = mapped_column(default=False)
    #: Who the plan says does it, as written ("Các thôn").
    who: Mapped[str | None] = mapped_column(String(500))
    section: Mapped[str | None] = mapped_column(String(500))
    source_line: Mapped[int | None] = mapped_column()
    #: The document's own words around the deadline, for the reviewer to check.
    source_text: Mapped[str | None] = mapped_column(Text)
    #: Roles concerned (``Role`` values); empty: every role.
    roles: Mapped[list[Any]] = mapped_column(default=list)
    #: Kinds of unit concerned (``UnitKind`` values); empty: every unit of the subtree.
    unit_kinds: Mapped[list[Any]] = mapped_column(default=list)
    #: The action that completes it for a unit (stops its reminders), if any.
    completes_by: Mapped[str | None] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ReminderLog(Base):
    """A reminder item queued for one person: the ledger that makes every step happen once.

    ``item`` is ``"{deadline_id}:{user_id}:{step}"`` for deadline steps (d14, d7, d3, d1, d0,
    over, esc:<unit>, snooze:<date>) and ``"q:{year}-{quarter}:{user_id}"`` for a quarter digest.
    Several items for one person on one day share one outbox message (``outbox_key``).
    """

    __tablename__ = "reminder_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    item: Mapped[str] = mapped_column(String(120), unique=True)
    deadline_id: Mapped[int | None] = mapped_column(
        ForeignKey("deadlines.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    step: Mapped[str] = mapped_column(String(32))
    day: Mapped[date] = mapped_column(Date)
    outbox_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DeadlineDone(Base):
    """A unit answered "Đã xong" for a deadline: no more reminders or escalations for it."""

    __tablename__ = "deadline_done"
    __table_args__ = (UniqueConstraint("deadline_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deadline_id: Mapped[int] = mapped_column(ForeignKey("deadlines.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class ReminderSnooze(Base):
    """A person answered "Nhắc lại sau": nothing about this deadline until ``until``."""

    __tablename__ = "reminder_snoozes"
    __table_args__ = (UniqueConstraint("deadline_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deadline_id: Mapped[int] = mapped_column(ForeignKey("deadlines.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    until: Mapped[datetime] = mapped_column()


class CalendarFeed(Base):
    """A personal, unguessable, revocable link to the officer's deadlines as an .ics feed."""

    __tablename__ = "calendar_feeds"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
