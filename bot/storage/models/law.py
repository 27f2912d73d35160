"""Official legal texts imported by admins (``tdkt law import``, /vanban), split into provisions.

They live in the database, not in the data folder, so every replica of a deployment on
PostgreSQL quotes the same texts: an import bumps :attr:`LawText.revision`, and each process
re-reads the texts when the highest revision it sees differs from the one it indexed.
The packaged extracts (``content/law``) are not stored here; they ship with the code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, utcnow


class LawText(Base):
    __tablename__ = "law_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: stable key from the file name ("qd-77-2025-tinh-mau"); re-importing it replaces the text
    key: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    number: Mapped[str | None] = mapped_column(String(64))
    kind: Mapped[str | None] = mapped_column(String(64))
    issuer: Mapped[str | None] = mapped_column(String(300))
    issued: Mapped[date | None] = mapped_column()
    effective: Mapped[date | None] = mapped_column()
    #: numbers of the texts this one replaces
    replaces: Mapped[list[Any]] = mapped_column(default=list)
    source: Mapped[str] = mapped_column(Text, default="")
    partial: Mapped[bool] = mapped_column(default=False)
    #: the deployment's law revision this import made (:class:`LawState`)
    revision: Mapped[int] = mapped_column(index=True)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class LawProvision(Base):
    """One Điều, khoản or điểm, in the order of the text."""

    __tablename__ = "law_provisions"
    __table_args__ = (
        UniqueConstraint("document_id", "position"),
        Index("ix_law_provisions_document", "document_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("law_documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column()
    chapter: Mapped[str | None] = mapped_column(String(200))
    section: Mapped[str | None] = mapped_column(String(200))
    article: Mapped[str] = mapped_column(String(16))
    article_title: Mapped[str] = mapped_column(Text, default="")
    clause: Mapped[str | None] = mapped_column(String(8))
    point: Mapped[str | None] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text, default="")
    lead: Mapped[str] = mapped_column(Text, default="")


class LawState(Base):
    """One row (id 1): the deployment's law revision, bumped by every import."""

    __tablename__ = "law_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(default=0)
