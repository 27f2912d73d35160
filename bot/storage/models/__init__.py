"""ORM models. Import from here so Alembic sees every table."""

from bot.storage.models.accounts import (
    ChannelAccount,
    Invite,
    InviteKind,
    Role,
    Unit,
    UnitKind,
    User,
)
from bot.storage.models.base import Base, utcnow
from bot.storage.models.completion import Completion
from bot.storage.models.outbox import OutboxMessage, OutboxStatus, Priority
from bot.storage.models.runtime import AuditLog, CallbackPayload, Conversation, InboxUpdate

# Feature tables: each module adds its own names to the package when imported.
from bot.storage.models import awards, desk, dossier, law, plans, qa, registration, zalo  # noqa: F401  isort: skip

__all__ = [
    "AuditLog",
    "Base",
    "CallbackPayload",
    "ChannelAccount",
    "Completion",
    "Conversation",
    "InboxUpdate",
    "Invite",
    "InviteKind",
    "OutboxMessage",
    "OutboxStatus",
    "Priority",
    "Role",
    "Unit",
    "UnitKind",
    "User",
    "utcnow",
]
