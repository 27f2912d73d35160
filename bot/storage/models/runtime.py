"""Tables the conversation runtime needs: the inbox, conversation state, long payloads, audit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, CreatedAt, utcnow


class InboxUpdate(Base):
    """Every update, stored before it is acknowledged and processed exactly once.

    The unique key drops duplicate deliveries (webhook retries, Zalo polling replays); a row
    that is still ``pending`` after a crash is processed on the next start.
    """

    __tablename__ = "inbox"
    __table_args__ = (
        UniqueConstraint("channel", "bot_key", "update_key"),
        Index("ix_inbox_pending", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    bot_key: Mapped[str] = mapped_column(String(64))
    update_key: Mapped[str] = mapped_column(String(128))
    #: Updates with the same sender key are processed one at a time, in arrival order.
    sender_key: Mapped[str] = mapped_column(String(160), index=True)
    payload: Mapped[dict[str, Any]] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default="pending")
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column()
    error: Mapped[str | None] = mapped_column(Text)


class Conversation(Base):
    """Where a user is in a conversation, per channel account; survives restarts."""

    __tablename__ = "conversations"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="CASCADE"), primary_key=True
    )
    flow: Mapped[str | None] = mapped_column(String(64))
    step: Mapped[str | None] = mapped_column(String(64))
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: The choices last offered, so "2" or the choice's words map back to its payload.
    choices: Mapped[list[Any]] = mapped_column(default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class CallbackPayload(CreatedAt, Base):
    """Payloads longer than a channel's callback limit, referenced by a short token."""

    __tablename__ = "callback_payloads"

    token: Mapped[str] = mapped_column(String(24), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)


class AuditLog(Base):
    """Who changed what, when: required for dossiers and useful everywhere."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[str] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)

    __table_args__ = (Index("ix_audit_object", "object_type", "object_id"),)
