"""The contract every channel adapter fulfils, and the errors delivery can meet."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager

from bot.core.messages import Attachment, Capabilities, Incoming
from bot.core.render import WireMessage

Receive = Callable[[Incoming], Awaitable[bool]]
MediaLoader = Callable[[str], Awaitable[bytes]]
#: Entered around each request a delivery check makes, so the checks keep to the rate limits.
Pace = Callable[[], AbstractAsyncContextManager[None]]


class DeliveryError(Exception):
    """Sending failed; the subclass says what the outbox should do about it."""


class RetryAfter(DeliveryError):
    """The channel asked us to slow down (Telegram 429)."""

    def __init__(self, seconds: float, description: str = "") -> None:
        super().__init__(description or f"retry after {seconds}s")
        self.seconds = seconds


class Unreachable(DeliveryError):
    """The user blocked the bot or the chat no longer exists; stop sending to this account."""


class QuotaExceeded(DeliveryError):
    """The bot's plan allows no more messages now (Zalo free tier); try another channel."""


class PermanentFailure(DeliveryError):
    """The message itself was refused; retrying will not help."""


class TemporaryFailure(DeliveryError):
    """Server error, timeout or network trouble; retry with backoff."""


class FileTooLarge(Exception):
    """An attachment is larger than the channel lets the bot download."""


class Channel(ABC):
    """One bot on one messaging platform."""

    kind: str
    bot_key: str
    caps: Capabilities

    @abstractmethod
    async def start(self, receive: Receive) -> None:
        """Begin receiving updates (polling) or register the webhook; hand each to ``receive``."""

    @abstractmethod
    async def stop(self) -> None: ...

    @abstractmethod
    async def send(self, chat_id: str, message: WireMessage, load: MediaLoader) -> str | None:
        """Send one wire message; return the channel's message id. Raises DeliveryError."""

    @abstractmethod
    async def fetch(self, attachment: Attachment) -> bytes:
        """Download an attachment's bytes. Raises FileTooLarge or DeliveryError."""

    async def find_sent(
        self, chat_id: str, message: WireMessage, after_id: int, tries: int, pace: Pace
    ) -> str | None:
        """The id of ``message`` if a request sent earlier delivered it, else None.

        Asked before a message in doubt is sent again (its request may have reached the
        channel when the sender died). ``after_id`` is the chat's last recorded message id:
        the caller guarantees that no other message of the bot in that chat after it is
        unrecorded. At most ``tries`` requests, each inside ``pace()``. None means "not
        found or cannot tell": the message is sent again. By default a channel cannot tell
        (Zalo has no call that reads, edits or deletes a sent message).
        """
        return None

    async def answer_callback(  # noqa: B027 - a no-op by default: Zalo has no buttons
        self, callback_id: str, text: str | None = None
    ) -> None:
        """Stop a tapped button's spinner, on channels that have buttons."""

    def sent_recorded(self, chat_id: str) -> None:  # noqa: B027 - nothing to do by default
        """The outbox has written a send to ``chat_id`` as sent. Bookkeeping belongs here, not
        in :meth:`send`: until that write a kill makes the outbox send the message again, so
        nothing may stand between the answer and it. Must not block (start a task)."""

    @property
    def public_name(self) -> str | None:
        """The bot's username, for deep links, once known."""
        return None
