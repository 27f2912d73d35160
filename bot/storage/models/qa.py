"""Questions the knowledge base could not answer, and what the staff replied."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, EnumValue, utcnow


class QuestionStatus(StrEnum):
    #: The bot was not sure; the asker has not (yet) sent it to the staff.
    UNANSWERED = "unanswered"
    #: In the reviewers' queue.
    OPEN = "open"
    ANSWERED = "answered"


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (Index("ix_questions_status_unit", "status", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    asker_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[QuestionStatus] = mapped_column(
        EnumValue(QuestionStatus, 16), default=QuestionStatus.UNANSWERED
    )
    #: The bot's confidence when it declined to answer (for improving the knowledge base).
    confidence: Mapped[float | None] = mapped_column()
    asked_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    answer: Mapped[str | None] = mapped_column(Text)
    answered_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    answered_at: Mapped[datetime | None] = mapped_column()


class LocalAnswer(Base):
    """A staff answer saved into the knowledge base of this deployment.

    It is searchable at once, marked as the commune staff's answer (not a legal text), and can
    be exported with ``tdkt kb export-local`` to be reviewed into ``content/kb``.
    """

    __tablename__ = "kb_local_answers"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id"))
    title: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    author_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    active: Mapped[bool] = mapped_column(default=True)
