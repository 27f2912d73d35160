"""Desk sign-in tokens on SQLite and PostgreSQL: one use, expiry, hashes only, role checks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.accounts import create_unit
from bot.storage.db import Database
from bot.storage.models import Role, UnitKind, User
from bot.storage.models.desk import DeskLink, DeskSession
from bot.web.links import LinkSigner
from handlers.desk import auth

NOW = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


async def reviewer(session, role: Role = Role.REVIEWER) -> User:  # type: ignore[no-untyped-def]
    unit = await create_unit(session, code=f"XA-{role}", name="Xã A", kind=UnitKind.XA, parent=None)
    user = User(full_name="Cầm Thị Hoa", unit_id=unit.id, role=role)
    session.add(user)
    await session.flush()
    return user


async def test_link_opens_one_session_once_and_only_in_time(db: Database) -> None:
    async with db.session() as session:
        user = await reviewer(session)
        token = await auth.issue_link(session, user.id, NOW)
        stale = await auth.issue_link(session, user.id, NOW - timedelta(minutes=11))
        await session.commit()
    async with db.session() as session:
        # Only hashes are stored.
        stored = set((await session.scalars(select(DeskLink.token_hash))).all())
        assert token not in stored and auth.digest(token) in stored
        assert await auth.redeem_link(session, stale, NOW) is None
        opened = await auth.redeem_link(session, token, NOW + timedelta(minutes=9))
        assert opened is not None and opened[1] == user.id
        assert await auth.redeem_link(session, token, NOW + timedelta(minutes=9)) is None
        session_token = opened[0]
        assert (await session.scalars(select(DeskSession.token_hash))).all() == [
            auth.digest(session_token)
        ]
        who = await auth.signed_in(session, session_token, NOW + timedelta(hours=1))
        assert who is not None and who.user.id == user.id
        assert await auth.signed_in(session, session_token, NOW + timedelta(hours=9)) is None
        assert await auth.signed_in(session, "made-up", NOW) is None
        # Losing the reviewer role ends desk access at once.
        user = await session.get(User, user.id)  # type: ignore[assignment]
        assert user is not None
        user.role = Role.OFFICER
        await session.flush()
        assert await auth.signed_in(session, session_token, NOW + timedelta(hours=1)) is None
        user.role = Role.REVIEWER
        await auth.sign_out(session, session_token, NOW)
        assert await auth.signed_in(session, session_token, NOW + timedelta(hours=1)) is None


async def test_officer_link_opens_nothing(db: Database) -> None:
    async with db.session() as session:
        user = await reviewer(session, Role.OFFICER)
        token = await auth.issue_link(session, user.id, NOW)
        assert await auth.redeem_link(session, token, NOW) is None


def test_csrf_token_is_bound_to_the_session() -> None:
    signer = LinkSigner(b"secret")
    token = auth.csrf_token(signer, "a" * 64)
    assert auth.csrf_ok(signer, "a" * 64, token)
    assert not auth.csrf_ok(signer, "b" * 64, token)
    assert not auth.csrf_ok(signer, "a" * 64, None)
    assert not auth.csrf_ok(LinkSigner(b"other"), "a" * 64, token)
