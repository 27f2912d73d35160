"""Zalo bots of the deployment (one per commune if need be) and their monthly usage."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.models.base import Base, CreatedAt


class ZaloBot(CreatedAt, Base):
    """A Zalo Bot Platform bot added with ``tdkt zalo add``; serves a unit's subtree."""

    __tablename__ = "zalo_bots"

    id: Mapped[int] = mapped_column(primary_key=True)
    bot_key: Mapped[str] = mapped_column(String(64), unique=True)
    token: Mapped[str] = mapped_column(String(255))
    name: Mapped[str | None] = mapped_column(String(255))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    webhook_secret: Mapped[str] = mapped_column(String(128))
    active: Mapped[bool] = mapped_column(default=True)


class ZaloUsage(Base):
    """Messages a bot sent and received in one calendar month (Vietnam time)."""

    __tablename__ = "zalo_usage"
    __table_args__ = (UniqueConstraint("bot_key", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bot_key: Mapped[str] = mapped_column(String(64))
    #: "2026-11"
    month: Mapped[str] = mapped_column(String(7))
    messages_out: Mapped[int] = mapped_column(default=0)
    messages_in: Mapped[int] = mapped_column(default=0)
    #: Messages that could not go out on this bot (quota reached, user unreachable).
    undelivered: Mapped[int] = mapped_column(default=0)
    #: Highest quota warning already sent to the admins this month (0, 80, 95, 100 percent).
    warned: Mapped[int] = mapped_column(default=0)


class ZaloUsageUser(Base):
    """Distinct users who wrote to a bot in a month (the free plan counts users too)."""

    __tablename__ = "zalo_usage_users"
    __table_args__ = (UniqueConstraint("bot_key", "month", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bot_key: Mapped[str] = mapped_column(String(64))
    month: Mapped[str] = mapped_column(String(7))
    external_id: Mapped[str] = mapped_column(String(64))
