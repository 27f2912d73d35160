"""Tables of the dossier feature: hồ sơ đề nghị khen thưởng, their pages and their history."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, EnumValue, utcnow


class DossierStatus(StrEnum):
    DRAFT = "draft"  # nháp
    SUBMITTED = "submitted"  # đã nộp
    REVIEWING = "reviewing"  # đang thẩm định
    NEEDS_MORE = "needs_more"  # cần bổ sung
    RESUBMITTED = "resubmitted"  # đã bổ sung
    APPROVED = "approved"  # đạt
    FORWARDED = "forwarded"  # đã trình cấp trên
    DECIDED = "decided"  # đã có quyết định
    REJECTED = "rejected"  # không đạt


class Dossier(Base):
    """One dossier (hồ sơ) of one kind for one person, collective or household."""

    __tablename__ = "dossiers"
    __table_args__ = (
        Index("ix_dossiers_unit_status", "unit_id", "status"),
        Index("ix_dossiers_status_changed", "status", "status_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Tracking code without separators (``bot.core.codes``, ``TRACKING_LENGTH``).
    code: Mapped[str] = mapped_column(String(16), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    created_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    #: Key of the dossier kind in ``content/forms/dossiers.yaml``.
    kind: Mapped[str] = mapped_column(String(64))
    #: ca_nhan, tap_the, ho_gia_dinh, thon...
    subject_type: Mapped[str] = mapped_column(String(32))
    subject_name: Mapped[str] = mapped_column(String(255))
    year: Mapped[int] = mapped_column()
    period: Mapped[str | None] = mapped_column(String(64))
    note: Mapped[str | None] = mapped_column(Text)
    status: Mapped[DossierStatus] = mapped_column(
        EnumValue(DossierStatus, 16), default=DossierStatus.DRAFT
    )
    #: When the dossier entered its current status (the review queue is oldest first).
    status_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column()
    #: Incremented on every page change, so a cached PDF can be recognised as stale.
    revision: Mapped[int] = mapped_column(default=0)


class DossierPage(Base):
    """One uploaded file (a photo of a page, or a PDF) of one document of a dossier."""

    __tablename__ = "dossier_pages"
    __table_args__ = (
        # The same content twice in one dossier is stored once.
        UniqueConstraint("dossier_id", "media_key"),
        Index("ix_dossier_pages_order", "dossier_id", "document", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    #: Key of the document in the dossier kind (to_trinh, bao_cao, bien_ban...).
    document: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column()
    #: SHA-256 of the bytes in the media store.
    media_key: Mapped[str] = mapped_column(String(64))
    file_kind: Mapped[str] = mapped_column(String(16))  # photo | document
    mime_type: Mapped[str] = mapped_column(String(64))
    file_name: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int] = mapped_column()
    width: Mapped[int | None] = mapped_column()
    height: Mapped[int | None] = mapped_column()
    #: Pages in a PDF; 1 for an image.
    page_count: Mapped[int] = mapped_column(default=1)
    #: The channel's stable id of the file (Telegram ``file_unique_id``), if any.
    channel_file_id: Mapped[str | None] = mapped_column(String(128))
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: What OCR read on the page (``handlers/dossier/reader.py``); None until read (or where
    #: OCR is not installed), "" if nothing could be read. PDFs are not read.
    ocr_text: Mapped[str | None] = mapped_column(Text)
    #: The checklist item the text reads as (a document key), or None if unclear.
    ocr_class: Mapped[str | None] = mapped_column(String(64))
    #: Sent without choosing an item ("Gửi lẫn, bot tự xếp"): ``document`` is a provisional
    #: place until the reader files the page by its class (then this is cleared).
    unsorted: Mapped[bool] = mapped_column(default=False, server_default=sa.false())


class DossierEvent(Base):
    """The history of a dossier: every status change, who made it, when and why."""

    __tablename__ = "dossier_events"
    __table_args__ = (Index("ix_dossier_events_dossier", "dossier_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"))
    at: Mapped[datetime] = mapped_column(default=utcnow)
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    from_status: Mapped[DossierStatus | None] = mapped_column(EnumValue(DossierStatus, 16))
    to_status: Mapped[DossierStatus] = mapped_column(EnumValue(DossierStatus, 16))
    reason: Mapped[str | None] = mapped_column(Text)
    #: For "cần bổ sung": the document the reviewer asked for, if they named one.
    document: Mapped[str | None] = mapped_column(String(64))
