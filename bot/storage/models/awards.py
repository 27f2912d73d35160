"""Lịch sử khen thưởng: the titles and forms each person and unit received, year by year.

Rows come from two places: a decision recorded at the desk (``source = "decision"``, with the
dossier it awarded) and an Excel import of past years (``source = "excel"``). The history is
what the consecutive-year checks read (``bot.awards.rules``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, utcnow

SOURCE_DECISION = "decision"
SOURCE_EXCEL = "excel"


class AwardRecord(Base):
    """One award received: who (a person of a unit, or the unit itself), what, which year."""

    __tablename__ = "award_history"
    # One person (folded name) gets one title once a year in one unit: an import run twice, or
    # a decision recorded for an award already imported, adds nothing.
    __table_args__ = (
        UniqueConstraint("unit_id", "subject_type", "name_key", "award", "year"),
        Index("ix_award_history_unit_name", "unit_id", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The unit the person works in, or the collective itself.
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    #: "ca_nhan" or "tap_the" (as dossiers' subject types).
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_name: Mapped[str] = mapped_column(String(255))
    name_key: Mapped[str] = mapped_column(String(255))
    birth_year: Mapped[int | None] = mapped_column()
    #: Key in ``content/reference/award_history.yaml`` (``ldtt``, ``cstdcs``, ``cstd_tinh``…).
    award: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column()
    decision_number: Mapped[str | None] = mapped_column(String(64))
    decision_date: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(16))
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id"))
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
