"""Units, people, the channels they chat on, and invite codes."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bot.storage.models.base import Base, CreatedAt, EnumValue


class UnitKind(StrEnum):
    TINH = "tinh"
    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"
    THON = "thon"
    TO_DAN_PHO = "to_dan_pho"
    TRUONG = "truong"
    PHONG = "phong"
    BAN = "ban"
    KHAC = "khac"

    @property
    def label(self) -> str:
        return UNIT_KIND_LABELS[self]

    @property
    def is_commune(self) -> bool:
        return self in (UnitKind.XA, UnitKind.PHUONG, UnitKind.DAC_KHU)


UNIT_KIND_LABELS = {
    UnitKind.TINH: "Tỉnh/Thành phố",
    UnitKind.XA: "Xã",
    UnitKind.PHUONG: "Phường",
    UnitKind.DAC_KHU: "Đặc khu",
    UnitKind.THON: "Thôn",
    UnitKind.TO_DAN_PHO: "Tổ dân phố",
    UnitKind.TRUONG: "Trường",
    UnitKind.PHONG: "Phòng",
    UnitKind.BAN: "Ban",
    UnitKind.KHAC: "Đơn vị khác",
}


class Role(StrEnum):
    OFFICER = "officer"
    REVIEWER = "reviewer"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return {"officer": "Cán bộ", "reviewer": "Người thẩm định", "admin": "Quản trị"}[self]

    @property
    def reviews(self) -> bool:
        return self in (Role.REVIEWER, Role.ADMIN)


class Unit(CreatedAt, Base):
    """A node of the administrative tree: tỉnh → xã/phường → thôn, trường, phòng, ban."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[UnitKind] = mapped_column(EnumValue(UnitKind))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    #: Materialised path of ids, "/1/5/23/", so a subtree is one indexed prefix query.
    path: Mapped[str] = mapped_column(String(512), index=True, default="")

    parent: Mapped[Unit | None] = relationship(remote_side=[id], lazy="raise")

    def contains(self, other: Unit) -> bool:
        """True if ``other`` is this unit or lies under it."""
        return other.path.startswith(self.path)


class User(CreatedAt, Base):
    """A person with a role over a unit's subtree."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(255))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    role: Mapped[Role] = mapped_column(EnumValue(Role, 16), default=Role.OFFICER)
    position: Mapped[str | None] = mapped_column(String(255))
    phone: Mapped[str | None] = mapped_column(String(32))
    #: The unit's head receives escalations of overdue deadlines.
    is_head: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)

    unit: Mapped[Unit] = relationship(lazy="raise")


class ChannelAccount(CreatedAt, Base):
    """Who a user is on one channel and bot. A user may link several."""

    __tablename__ = "channel_accounts"
    __table_args__ = (UniqueConstraint("channel", "bot_key", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    bot_key: Mapped[str] = mapped_column(String(64))
    external_id: Mapped[str] = mapped_column(String(64))
    chat_id: Mapped[str] = mapped_column(String(64))
    display_name: Mapped[str | None] = mapped_column(String(255))
    #: False after the channel told us the user blocked the bot.
    reachable: Mapped[bool] = mapped_column(default=True)
    #: The account a linked user chose for reminders; with none chosen, the last one used.
    receives_reminders: Mapped[bool] = mapped_column(default=False)
    last_seen_at: Mapped[datetime | None] = mapped_column()


class InviteKind(StrEnum):
    INVITE = "invite"
    LINK = "link"


class Invite(CreatedAt, Base):
    """A one-time, expiring code: an invitation to a unit and role, or a channel-link code."""

    __tablename__ = "invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[InviteKind] = mapped_column(EnumValue(InviteKind, 8), default=InviteKind.INVITE)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    role: Mapped[Role | None] = mapped_column(EnumValue(Role, 16))
    #: For link codes and for the first admin: the existing user the code logs in as.
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    expires_at: Mapped[datetime] = mapped_column()
    used_at: Mapped[datetime | None] = mapped_column()
    used_by_account_id: Mapped[int | None] = mapped_column(ForeignKey("channel_accounts.id"))


Index("ix_users_unit_role", User.unit_id, User.role)
