"""Tables of the reviewers' web desk: sign-in links, sessions, recorded award decisions.

Only SHA-256 hashes of the tokens are stored, so a copy of the database cannot be used to sign
in; the token itself exists only in the chat message and in the browser's cookie.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, utcnow


class DeskLink(Base):
    """A one-time sign-in link sent by ``/banlamviec``: expires soon, works once."""

    __tablename__ = "desk_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()


class DeskSession(Base):
    """A signed-in browser; the cookie holds the token, the row its hash."""

    __tablename__ = "desk_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()


class AwardDecision(Base):
    """A signed Quyết định khen thưởng recorded at the desk (số, ngày) and who recorded it."""

    __tablename__ = "award_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The unit whose head signed it (the reviewer's commune).
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    number: Mapped[str] = mapped_column(String(64))
    signed_on: Mapped[date] = mapped_column(Date)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)


class AwardDecisionLine(Base):
    """One dossier awarded by a decision, with the prize as computed on the decision's date."""

    __tablename__ = "award_decision_lines"
    __table_args__ = (UniqueConstraint("decision_id", "dossier_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("award_decisions.id", ondelete="CASCADE"))
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id"), index=True)
    coefficient: Mapped[str | None] = mapped_column(String(8))
    amount: Mapped[int | None] = mapped_column()
