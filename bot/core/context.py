"""What a handler sees: the message, the user, the conversation state, and ways to answer."""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.base import Channel
from bot.core.messages import Capabilities, Choice, Incoming, OutFile, Reply
from bot.core.services import Services
from bot.core.templates import channel_buttons
from bot.storage.models import (
    AuditLog,
    ChannelAccount,
    Conversation,
    Priority,
    Role,
    Unit,
    User,
)


@dataclass(slots=True)
class FlowState:
    """The persistent part of a conversation a flow reads and writes."""

    flow: str | None
    step: str | None
    data: dict[str, Any]


class Context:
    def __init__(
        self,
        *,
        services: Services,
        session: AsyncSession,
        incoming: Incoming,
        account: ChannelAccount,
        conversation: Conversation,
        channel: Channel | None,
        user: User | None,
        unit: Unit | None,
    ) -> None:
        self.services = services
        self.session = session
        self.incoming = incoming
        self.account = account
        self.conversation = conversation
        self.channel = channel
        self.user = user
        self.unit = unit
        #: Arguments after an action prefix ("hs:open:42" matched by "hs:open" → "42").
        self.args = ""
        # A deep copy: a handler changing a nested value in place must still be seen as a change
        # when the runtime saves the state (JSON columns compare old and new values).
        self.state = FlowState(
            conversation.flow, conversation.step, copy.deepcopy(conversation.data or {})
        )
        self.offered: list[Choice] | None = None
        self.replies_sent = 0

    # Convenience --------------------------------------------------------------------------
    @property
    def caps(self) -> Capabilities:
        return self.services.channels.caps(self.account.channel, self.account.bot_key)

    @property
    def text(self) -> str:
        return (self.incoming.text or "").strip()

    @property
    def role(self) -> Role | None:
        return self.user.role if self.user else None

    def now(self) -> datetime:
        """Current time in the deployment's time zone."""
        return self.services.clock.now().astimezone(self.services.settings.tz)

    def today(self) -> date:
        return self.now().date()

    def t(self, name: str, /, **context: Any) -> str:
        """Render a message template ("area.macro") worded for this user's channel."""
        with channel_buttons(self.caps.buttons):
            return self.services.messages.render(name, **context)

    # Answering ----------------------------------------------------------------------------
    async def reply(
        self,
        text: str | Reply,
        choices: Sequence[Choice] | None = None,
        *,
        columns: int = 1,
        files: Sequence[OutFile] = (),
        edit: bool = False,
        coalesce_key: str | None = None,
        delay: timedelta | None = None,
    ) -> None:
        """Answer the user on the channel they wrote from, through the outbox."""
        reply = (
            text
            if isinstance(text, Reply)
            else Reply(text=text, choices=list(choices or []), columns=columns, files=list(files))
        )
        if edit:
            reply.edit = True
        if reply.choices:
            self.offered = list(reply.choices)
        self.replies_sent += 1
        await self.services.outbox.deliver(
            self.session,
            self.account,
            reply,
            priority=Priority.INTERACTIVE,
            coalesce_key=coalesce_key,
            delay=delay,
            edit_message_id=self.incoming.source_message_id,
        )

    async def notify(
        self,
        user_id: int,
        reply: Reply,
        *,
        kind: str = "notify",
        priority: int = Priority.NOTIFY,
        dedupe_key: str | None = None,
    ) -> int:
        """Send ``reply`` to another user on the channel they receive notifications on."""
        return await notify_user(
            self.services,
            self.session,
            user_id,
            reply,
            kind=kind,
            priority=priority,
            dedupe_key=dedupe_key,
            sender_account_id=self.sender_account_id,
        )

    @property
    def sender_account_id(self) -> int | None:
        """The chat this context answers, whose pending choices a notification must not replace."""
        return self.account.id

    async def fetch(self, index: int = 0) -> bytes:
        """Download the bytes of attachment ``index``.

        Call this before writing to the database in a handler: on SQLite a write takes the
        database lock until the transaction ends, and a slow download would hold it.
        """
        if self.channel is None:
            raise LookupError("the channel of this message is not running")
        return await self.channel.fetch(self.incoming.attachments[index])

    # Conversation state -------------------------------------------------------------------
    def begin(self, flow: str, step: str = "start", data: dict[str, Any] | None = None) -> None:
        self.state = FlowState(flow, step, dict(data or {}))

    def goto(self, step: str) -> None:
        self.state.step = step

    def end(self) -> None:
        self.state = FlowState(None, None, {})

    async def audit(self, action: str, object_type: str, object_id: object, **details: Any) -> None:
        self.session.add(
            AuditLog(
                at=self.services.clock.now(),
                actor_user_id=self.user.id if self.user else None,
                action=action,
                object_type=object_type,
                object_id=str(object_id),
                details=details,
            )
        )


async def notify_user(
    services: Services,
    session: AsyncSession,
    user_id: int,
    reply: Reply,
    *,
    kind: str = "notify",
    priority: int = Priority.NOTIFY,
    dedupe_key: str | None = None,
    sender_account_id: int | None = None,
) -> int:
    """Queue ``reply`` for a user on their notification channel; their next "1" then means its
    first choice (unless the recipient is the sender, whose own choices stay as they are)."""
    account = await reminder_account(session, user_id)
    if account is None:
        return 0
    queued = await services.outbox.deliver(
        session, account, reply, priority=priority, kind=kind, dedupe_key=dedupe_key
    )
    if queued and reply.choices and account.id != sender_account_id:
        await remember_choices(session, account.id, reply.choices)
    return queued


async def remember_choices(
    session: AsyncSession, account_id: int, choices: Sequence[Choice]
) -> None:
    """Make ``choices`` the ones a typed "1", "2"... refers to for that account.

    A notification is the last thing the recipient sees; on Zalo, where choices are numbered
    lines, their next "1" must mean its first choice. Not while the recipient is in the middle
    of a form: there their next "1" still answers the form.
    """
    conversation = await session.get(Conversation, account_id)
    if conversation is None:
        conversation = Conversation(account_id=account_id, data={}, choices=[])
        session.add(conversation)
    elif conversation.flow:
        return
    conversation.choices = [[c.label, c.payload] for c in choices]


async def reminder_account(session: AsyncSession, user_id: int) -> ChannelAccount | None:
    """The account to notify a user on: the one they chose, else the one they used last."""
    accounts = (
        await session.scalars(
            select(ChannelAccount)
            .where(ChannelAccount.user_id == user_id, ChannelAccount.reachable.is_(True))
            .order_by(
                ChannelAccount.receives_reminders.desc(),
                ChannelAccount.last_seen_at.desc().nulls_last(),
                ChannelAccount.id.desc(),
            )
        )
    ).all()
    return accounts[0] if accounts else None
