"""The one persistent outbox every outgoing message goes through."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum, StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, EnumValue, utcnow


class Priority(IntEnum):
    """Lower goes first: people chatting right now before bulk reminders."""

    INTERACTIVE = 0
    NOTIFY = 5
    BULK = 10


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    UNREACHABLE = "unreachable"
    CANCELLED = "cancelled"


class OutboxMessage(Base):
    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_claim", "status", "priority", "not_before", "id"),
        Index("ix_outbox_chat", "chat_key", "status", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="SET NULL"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    bot_key: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[str] = mapped_column(String(64))
    #: channel/bot/chat: messages to one chat leave in id order.
    chat_key: Mapped[str] = mapped_column(String(160))
    priority: Mapped[int] = mapped_column(default=Priority.INTERACTIVE)
    kind: Mapped[str] = mapped_column(String(32), default="reply")
    #: One rendered wire message (see bot.core.render.WireMessage.to_json).
    payload: Mapped[dict[str, Any]] = mapped_column()
    #: Unique when set: a second enqueue with the same key is ignored (nothing queued twice).
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    #: A pending row with the same key is replaced (one acknowledgement per album).
    coalesce_key: Mapped[str | None] = mapped_column(String(200), index=True)
    status: Mapped[OutboxStatus] = mapped_column(
        EnumValue(OutboxStatus, 16), default=OutboxStatus.PENDING
    )
    attempts: Mapped[int] = mapped_column(default=0)
    not_before: Mapped[datetime] = mapped_column(default=utcnow)
    lease_until: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    channel_message_id: Mapped[str | None] = mapped_column(String(64))
    last_error: Mapped[str | None] = mapped_column(Text)
    #: A request for this row may have reached the channel without its answer being recorded
    #: (the sender died, or the request timed out). Before sending it again the sender asks
    #: the channel whether it arrived, where the channel can tell (Telegram, private chats).
    in_doubt: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
