"""A handler ``Context`` for actions taken at the desk, so the chat's own functions run as-is.

Its replies are collected in ``said`` (the page shows them), its ``text`` is what was typed in
the page's form, and ``notify`` reaches other users through the outbox as in the chat.

Approving a dossier at the desk must notify the officer exactly as approving it in the chat
does; ``handlers.dossier.review.notify_officer`` takes a Context, so the desk builds one that
has a user, a session and the services, but no incoming message and no chat to reply to.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.context import Context, FlowState
from bot.core.messages import Reply
from bot.core.services import Services
from bot.storage.models import Unit, User


class DeskContext(Context):
    def __init__(
        self, services: Services, session: AsyncSession, user: User, unit: Unit
    ) -> None:  # Context.__init__ needs an incoming message; the desk has none.
        self.services = services
        self.session = session
        self.user = user
        self.unit = unit
        self.args = ""
        self.state = FlowState(None, None, {})
        self.offered = None
        self.replies_sent = 0
        self.channel = None
        #: What a chat handler would have said; the desk page shows it instead.
        self.said: list[str] = []
        #: The text a chat handler reads as the user's message (``ctx.text``).
        self.typed = ""

    @property
    def text(self) -> str:
        return self.typed.strip()

    def t(self, name: str, /, **context: Any) -> str:
        # No chat of our own to word the text for (Context.t asks the reader's channel): the
        # catalogue's default wording, as for any text sent to someone else.
        return self.services.messages.render(name, **context)

    async def reply(self, text: str | Reply, *args: Any, **kwargs: Any) -> None:
        self.said.append(text.text if isinstance(text, Reply) else text)

    @property
    def sender_account_id(self) -> None:
        # The desk is no chat: every notification goes out as to anyone else.
        return None
