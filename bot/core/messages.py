"""The project's own message model, independent of any chat framework.

Handlers read :class:`Incoming` and write :class:`Reply`. Channels (Telegram through aiogram,
Zalo through our httpx client, the sandbox) translate between their wire format and these
types, and declare what they can do in :class:`Capabilities`; :mod:`bot.core.render` degrades a
reply to what the channel supports (numbered choices, split text, short callback payloads).

Text may carry one piece of markup, ``**bold**``; channels that cannot show bold strip it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

AttachmentKind = Literal["photo", "document"]


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a channel can show and carry; the core adapts every reply to it."""

    name: str
    buttons: bool
    max_text: int
    max_caption: int
    can_edit: bool
    #: Largest callback payload in bytes (Telegram: 64), ``None`` where there are no buttons.
    callback_bytes: int | None
    #: True if the bot can upload file bytes; False if files go out only as public URLs (Zalo).
    upload_files: bool
    #: Largest file the bot may download from the channel, in bytes.
    max_download: int
    #: Largest file a user may send through the channel, in bytes.
    max_upload: int
    bold: bool = False
    max_buttons: int = 8
    #: Lengths are counted in UTF-16 code units (Telegram), not in characters (Zalo).
    utf16: bool = False


TELEGRAM = Capabilities(
    name="telegram",
    buttons=True,
    max_text=4096,
    max_caption=1024,
    can_edit=True,
    callback_bytes=64,
    upload_files=True,
    max_download=20 * 1024 * 1024,
    max_upload=50 * 1024 * 1024,
    bold=True,
    utf16=True,
)

ZALO = Capabilities(
    name="zalo",
    buttons=False,
    max_text=2000,
    max_caption=2000,
    can_edit=False,
    callback_bytes=None,
    upload_files=False,
    max_download=10 * 1024 * 1024,
    max_upload=10 * 1024 * 1024,
    bold=False,
    max_buttons=9,
)


@dataclass(frozen=True, slots=True)
class Attachment:
    """A photo or document as the channel announced it; bytes are fetched on demand."""

    kind: AttachmentKind
    #: Channel reference: a Telegram ``file_id`` or a Zalo photo URL.
    ref: str
    #: Stable identity of the file on the channel (Telegram ``file_unique_id``), if any.
    unique_id: str | None = None
    mime_type: str | None = None
    file_name: str | None = None
    size: int | None = None
    width: int | None = None
    height: int | None = None


@dataclass(frozen=True, slots=True)
class Incoming:
    """One update from a user, normalised."""

    #: Channel kind: ``"telegram"`` or ``"zalo"``.
    channel: str
    #: Which bot on that channel received it (a deployment may run one Zalo bot per unit).
    bot_key: str
    #: The sender's id on that channel and bot.
    user_id: str
    chat_id: str
    #: Unique per update on (channel, bot_key); a second delivery with the same key is dropped.
    update_key: str
    text: str | None = None
    #: Payload of a tapped (or, on channels without buttons, a typed numbered) choice.
    choice: str | None = None
    attachments: tuple[Attachment, ...] = ()
    #: Telegram ``media_group_id``: photos sent together as one album share it.
    album_id: str | None = None
    display_name: str | None = None
    received_at: datetime | None = None
    #: Telegram callback query id, answered by the channel so the button stops spinning.
    callback_id: str | None = None
    #: Channel message id of the message whose button was tapped (used for editing it).
    source_message_id: str | None = None
    #: Sticker, voice and other content we do not handle (answered kindly, not an error).
    unsupported: str | None = None

    def with_choice(self, payload: str | None) -> Incoming:
        return dataclasses.replace(self, choice=payload)

    @property
    def sender_key(self) -> str:
        """Updates from one sender are handled one at a time, in order, under this key."""
        return f"{self.channel}:{self.bot_key}:{self.user_id}"

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["attachments"] = [dataclasses.asdict(a) for a in self.attachments]
        data["received_at"] = self.received_at.isoformat() if self.received_at else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Incoming:
        values = dict(data)
        values["attachments"] = tuple(Attachment(**a) for a in values.get("attachments") or ())
        if values.get("received_at"):
            values["received_at"] = datetime.fromisoformat(values["received_at"])
        return cls(**values)

    @property
    def is_command(self) -> bool:
        return bool(self.text and self.text.startswith("/"))

    def command(self) -> tuple[str, str] | None:
        """``("start", "ABC")`` for ``/start ABC``; ``/start@bot`` is accepted too."""
        if not self.is_command or self.text is None:
            return None
        head, _, rest = self.text[1:].partition(" ")
        return head.split("@", 1)[0].lower(), rest.strip()


@dataclass(frozen=True, slots=True)
class Choice:
    """A button on channels that have them, a numbered line where they do not."""

    label: str
    payload: str


@dataclass(frozen=True, slots=True)
class OutFile:
    """A file to send. ``data`` is uploaded where the channel allows it; else ``url`` is sent."""

    kind: AttachmentKind
    file_name: str
    mime_type: str
    data: bytes | None = None
    url: str | None = None
    caption: str | None = None


@dataclass(slots=True)
class Reply:
    """What a handler wants the user to see."""

    text: str
    choices: list[Choice] = field(default_factory=list)
    #: Buttons per row on channels with buttons.
    columns: int = 1
    files: list[OutFile] = field(default_factory=list)
    #: Replace the message whose button was tapped, where the channel can edit messages.
    edit: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "choices": [[c.label, c.payload] for c in self.choices],
            "columns": self.columns,
            "edit": self.edit,
        }
