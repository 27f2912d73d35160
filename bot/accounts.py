"""Units, users and invite codes: the operations the CLI and the chat both use."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core import codes
from bot.storage.models import (
    ChannelAccount,
    Invite,
    InviteKind,
    Role,
    Unit,
    UnitKind,
    User,
)


class AccountError(ValueError):
    """A problem a person can fix; the message is Vietnamese and says how."""


# Units --------------------------------------------------------------------------------------
async def unit_by_code(session: AsyncSession, code: str) -> Unit | None:
    return await session.scalar(select(Unit).where(Unit.code == code.strip()))


async def create_unit(
    session: AsyncSession, *, code: str, name: str, kind: UnitKind, parent: Unit | None
) -> Unit:
    unit = Unit(code=code, name=name, kind=kind, parent_id=parent.id if parent else None)
    session.add(unit)
    await session.flush()
    unit.path = f"{parent.path if parent else '/'}{unit.id}/"
    await session.flush()
    return unit


_KIND_ALIASES = {
    "tinh": UnitKind.TINH,
    "thanh pho": UnitKind.TINH,
    "xa": UnitKind.XA,
    "phuong": UnitKind.PHUONG,
    "dac khu": UnitKind.DAC_KHU,
    "thon": UnitKind.THON,
    "ban": UnitKind.BAN,
    "to dan pho": UnitKind.TO_DAN_PHO,
    "tdp": UnitKind.TO_DAN_PHO,
    "truong": UnitKind.TRUONG,
    "phong": UnitKind.PHONG,
    "khac": UnitKind.KHAC,
}


def parse_unit_kind(value: str) -> UnitKind:
    from bot.core.text import fold

    key = fold(value).replace("_", " ").strip()
    if key in {k.value.replace("_", " ") for k in UnitKind}:
        return UnitKind(key.replace(" ", "_"))
    if key in _KIND_ALIASES:
        return _KIND_ALIASES[key]
    raise AccountError(f"Loại đơn vị không hợp lệ: {value!r}")


@dataclass
class ImportResult:
    created: int
    updated: int


async def import_units_csv(session: AsyncSession, text: str) -> ImportResult:
    """Load a unit tree from CSV with columns ``code,name,kind,parent_code``.

    Parents may appear after their children; rows are applied until no more can be placed.
    Existing codes are updated in place (name, kind; parent only if it did not change the
    subtree), so the import can be re-run with corrections.
    """
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"code", "name", "kind"} - set(reader.fieldnames or [])
    if missing:
        raise AccountError(f"Tệp CSV thiếu cột: {', '.join(sorted(missing))}")
    rows = [
        {k: (v or "").strip() for k, v in row.items() if k is not None}
        for row in reader
        if any((v or "").strip() for v in row.values())
    ]
    created = updated = 0
    pending = rows
    while pending:
        progressed: list[dict[str, str]] = []
        for row in pending:
            parent_code = row.get("parent_code") or ""
            parent = await unit_by_code(session, parent_code) if parent_code else None
            if parent_code and parent is None:
                continue
            kind = parse_unit_kind(row["kind"])
            existing = await unit_by_code(session, row["code"])
            if existing is None:
                await create_unit(
                    session, code=row["code"], name=row["name"], kind=kind, parent=parent
                )
                created += 1
            else:
                existing.name = row["name"]
                existing.kind = kind
                updated += 1
            progressed.append(row)
        if not progressed:
            missing = ", ".join(f"{r['parent_code']} (của {r['code']})" for r in pending)
            raise AccountError(f"Không tìm thấy đơn vị cấp trên: {missing}")
        pending = [r for r in pending if r not in progressed]
    return ImportResult(created, updated)


async def subtree_units(session: AsyncSession, root: Unit) -> list[Unit]:
    return list(
        (
            await session.scalars(
                select(Unit).where(Unit.path.startswith(root.path)).order_by(Unit.path)
            )
        ).all()
    )


# Invites ------------------------------------------------------------------------------------
async def create_invite(
    session: AsyncSession,
    *,
    unit: Unit | None,
    role: Role | None,
    now: datetime,
    ttl: timedelta,
    kind: InviteKind = InviteKind.INVITE,
    user: User | None = None,
    created_by: User | None = None,
) -> Invite:
    while True:
        code = codes.generate(codes.INVITE_LENGTH)
        if await session.scalar(select(Invite.id).where(Invite.code == code)) is None:
            break
    invite = Invite(
        code=code,
        kind=kind,
        unit_id=unit.id if unit else None,
        role=role,
        user_id=user.id if user else None,
        created_by=created_by.id if created_by else None,
        created_at=now,
        expires_at=now + ttl,
    )
    session.add(invite)
    await session.flush()
    return invite


class RedeemOutcome(StrEnum):
    JOINED = "joined"
    LINKED = "linked"


@dataclass
class Redeemed:
    outcome: RedeemOutcome
    user: User
    unit: Unit


async def redeem(
    session: AsyncSession,
    *,
    typed: str,
    account: ChannelAccount,
    now: datetime,
    full_name: str | None,
) -> Redeemed:
    """Use an invite or link code for ``account``. Raises AccountError with the reason."""
    code = codes.parse(typed, codes.INVITE_LENGTH)
    if code is None:
        raise AccountError("Mã không đúng. Mã gồm 8 ký tự, ví dụ K7M3-9PXQ.")
    invite = await session.scalar(select(Invite).where(Invite.code == code))
    if invite is None:
        raise AccountError("Không tìm thấy mã này. Vui lòng kiểm tra lại từng ký tự.")
    if invite.used_at is not None:
        raise AccountError("Mã này đã được sử dụng. Mỗi mã chỉ dùng được một lần.")
    if invite.expires_at <= now:
        raise AccountError("Mã này đã hết hạn. Vui lòng xin mã mới.")

    if invite.user_id is not None:
        user = await session.get(User, invite.user_id)
        assert user is not None
        outcome = RedeemOutcome.LINKED
    else:
        if account.user_id is not None:
            raise AccountError("Tài khoản này đã được đăng ký. Gõ /menu để bắt đầu.")
        assert invite.unit_id is not None and invite.role is not None
        user = User(
            full_name=(full_name or "Cán bộ").strip()[:255],
            unit_id=invite.unit_id,
            role=invite.role,
            active=True,
            is_head=False,
            created_at=now,
        )
        session.add(user)
        await session.flush()
        outcome = RedeemOutcome.JOINED
    account.user_id = user.id
    invite.used_at = now
    invite.used_by_account_id = account.id
    unit = await session.get(Unit, user.unit_id)
    assert unit is not None
    return Redeemed(outcome, user, unit)


async def accounts_of(session: AsyncSession, user_id: int) -> Iterable[ChannelAccount]:
    return (
        await session.scalars(select(ChannelAccount).where(ChannelAccount.user_id == user_id))
    ).all()
