"""Sign-in without passwords: a one-time link from the chat opens a browser session.

Tokens are random (``secrets``), stored only as SHA-256 hashes, and compared by looking the
hash up. A link works once and for ``LINK_TTL``; a session lasts ``SESSION_TTL``. Every form
carries a CSRF token derived from the session (an HMAC with the deployment secret), so another
site cannot post into a signed-in desk.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import Unit, User
from bot.storage.models.desk import DeskLink, DeskSession
from bot.web.links import LinkSigner

LINK_TTL = timedelta(minutes=10)
SESSION_TTL = timedelta(hours=8)
COOKIE = "tdkt_desk"


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def issue_link(session: AsyncSession, user_id: int, now: datetime) -> str:
    token = secrets.token_urlsafe(32)
    session.add(
        DeskLink(
            token_hash=digest(token), user_id=user_id, created_at=now, expires_at=now + LINK_TTL
        )
    )
    await session.flush()
    return token


async def redeem_link(session: AsyncSession, token: str, now: datetime) -> tuple[str, int] | None:
    """Use the link once: a new session token and the user id, or None if used/expired/unknown.

    The UPDATE … WHERE used_at IS NULL makes two simultaneous clicks open one session only.
    """
    hashed = digest(token)
    result = await session.execute(
        update(DeskLink)
        .where(
            DeskLink.token_hash == hashed,
            DeskLink.used_at.is_(None),
            DeskLink.expires_at > now,
        )
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return None
    user_id = await session.scalar(select(DeskLink.user_id).where(DeskLink.token_hash == hashed))
    assert user_id is not None
    user = await session.get(User, user_id)
    if user is None or not user.active or not user.role.reviews:
        return None
    session_token = secrets.token_urlsafe(32)
    session.add(
        DeskSession(
            token_hash=digest(session_token),
            user_id=user_id,
            created_at=now,
            expires_at=now + SESSION_TTL,
        )
    )
    await session.flush()
    return session_token, user_id


async def link_state(session: AsyncSession, token: str, now: datetime) -> bool:
    """True if the link can still be used (for the page that asks to confirm the sign-in)."""
    row = await session.scalar(select(DeskLink).where(DeskLink.token_hash == digest(token)))
    return row is not None and row.used_at is None and row.expires_at > now


@dataclass(frozen=True, slots=True)
class Reviewer:
    """Who is signed in: the same user, role and unit subtree as in the chat."""

    user: User
    unit: Unit
    session_hash: str


async def signed_in(session: AsyncSession, token: str | None, now: datetime) -> Reviewer | None:
    if not token:
        return None
    hashed = digest(token)
    row = (
        await session.execute(
            select(DeskSession, User, Unit)
            .join(User, User.id == DeskSession.user_id)
            .join(Unit, Unit.id == User.unit_id)
            .where(
                DeskSession.token_hash == hashed,
                DeskSession.ended_at.is_(None),
                DeskSession.expires_at > now,
            )
        )
    ).first()
    if row is None:
        return None
    _, user, unit = row
    # Losing the reviewer role (or the account) ends desk access at once, as in the chat.
    if not user.active or not user.role.reviews:
        return None
    return Reviewer(user, unit, hashed)


async def sign_out(session: AsyncSession, token: str, now: datetime) -> None:
    await session.execute(
        update(DeskSession)
        .where(DeskSession.token_hash == digest(token), DeskSession.ended_at.is_(None))
        .values(ended_at=now)
        .execution_options(synchronize_session=False)
    )


def csrf_token(signer: LinkSigner, session_hash: str) -> str:
    return signer.sign("desk-csrf", session_hash)


def csrf_ok(signer: LinkSigner, session_hash: str, given: object) -> bool:
    return isinstance(given, str) and hmac.compare_digest(given, csrf_token(signer, session_hash))
