"""What units have done, so deadline reminders stop for them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base


class Completion(Base):
    """Unit ``unit_id`` did ``action`` for ``year`` (first time only; later ones are ignored).

    Actions are short keys shared by the features that complete them and the deadlines they
    complete: ``registration`` (đăng ký thi đua), ``dossier`` (any dossier submitted) and
    ``dossier:<kind>`` (a dossier of one kind).
    """

    __tablename__ = "completions"
    __table_args__ = (UniqueConstraint("unit_id", "action", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    action: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column()
    completed_at: Mapped[datetime] = mapped_column()
    #: What completed it, e.g. "registration:12" or "dossier:K7M39PX".
    source: Mapped[str | None] = mapped_column(String(128))
