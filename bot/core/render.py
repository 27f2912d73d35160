"""Degrade a :class:`~bot.core.messages.Reply` to what a channel can carry.

Channels with buttons get inline keyboards whose callback payloads fit the channel's byte limit;
channels without buttons (Zalo) get numbered lines and the user answers "1", "2"...; text longer
than the channel allows is split at paragraph, line or sentence boundaries; files become their own
messages, uploaded where the channel can upload and linked where it cannot.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from bot.core.messages import Capabilities, Choice, Reply

BOLD = "**"
_BOUNDARIES: tuple[re.Pattern[str], ...] = (
    re.compile(r"\n\s*\n"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?;:…])\s+"),
    re.compile(r"\s+"),
)


@dataclass(slots=True)
class WireButton:
    label: str
    data: str


@dataclass(slots=True)
class WireFile:
    kind: str
    file_name: str
    mime_type: str
    #: Content-addressed key in the media store (uploaded by channels that can upload).
    media_key: str | None = None
    url: str | None = None
    caption: str | None = None


@dataclass(slots=True)
class WireMessage:
    """One message as a channel will send it; stored as JSON in the outbox."""

    text: str | None = None
    buttons: list[list[WireButton]] = field(default_factory=list)
    file: WireFile | None = None
    edit_message_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> WireMessage:
        buttons = [[WireButton(**b) for b in row] for row in data.get("buttons") or []]
        file = WireFile(**data["file"]) if data.get("file") else None
        return cls(
            text=data.get("text"),
            buttons=buttons,
            file=file,
            edit_message_id=data.get("edit_message_id"),
        )


def _width(char: str, utf16: bool) -> int:
    # Telegram counts UTF-16 code units: an emoji or a rare CJK ideograph outside the BMP is 2.
    return 2 if utf16 and ord(char) > 0xFFFF else 1


def visible_length(text: str, *, utf16: bool = False) -> int:
    """Length as the channel counts it: markup markers do not count toward channel limits;
    with ``utf16`` a character outside the Basic Multilingual Plane counts twice (Telegram)."""
    plain = strip_markup(text)
    if not utf16:
        return len(plain)
    return len(plain) + sum(1 for char in plain if ord(char) > 0xFFFF)


def strip_markup(text: str) -> str:
    return text.replace(BOLD, "")


def _prefix_end(text: str, limit: int, utf16: bool) -> int:
    """Index into ``text`` where ``limit`` visible units end (never inside a character)."""
    visible = 0
    i = 0
    while i < len(text):
        if text.startswith(BOLD, i):
            i += len(BOLD)
            continue
        width = _width(text[i], utf16)
        if visible + width > limit:
            break
        visible += width
        i += 1
    return i


def split_text(text: str, limit: int, *, utf16: bool = False) -> list[str]:
    """Split ``text`` into chunks of at most ``limit`` visible characters (UTF-16 units).

    Prefers a paragraph break, then a line break, then a sentence end, then a space, and only
    cuts a word when nothing else fits; a boundary in the first third of the window is not
    taken, so chunks are not needlessly short. Bold spans cut in two are closed and reopened.
    """
    text = text.strip()
    chunks: list[str] = []
    while visible_length(text, utf16=utf16) > limit:
        end = _prefix_end(text, limit, utf16)
        window = text[:end]
        cut = end
        for pattern in _BOUNDARIES:
            matches = [m for m in pattern.finditer(window) if m.start() >= end // 3]
            if matches:
                cut = matches[-1].start()
                break
        chunk, text = text[:cut].rstrip(), text[cut:].lstrip()
        if chunk.count(BOLD) % 2:
            chunk += BOLD
            text = BOLD + text
        chunks.append(chunk)
    if text:
        chunks.append(text)
    return chunks


def numbered_hint(count: int) -> str:
    if count == 1:
        return "Trả lời 1 để chọn."
    if count == 2:
        return "Trả lời 1 hoặc 2."
    if count == 3:
        return "Trả lời 1, 2 hoặc 3."
    return f"Trả lời một số từ 1 đến {count}."


def numbered_choices(choices: list[Choice]) -> str:
    lines = [f"{i}. {choice.label}" for i, choice in enumerate(choices, start=1)]
    return "\n".join([*lines, numbered_hint(len(choices))])


def _keyboard(
    choices: list[Choice], columns: int, caps: Capabilities, shorten: Callable[[str], str]
) -> list[list[WireButton]]:
    limit = caps.callback_bytes or 64
    buttons = [
        WireButton(
            label=c.label,
            data=c.payload if len(c.payload.encode()) <= limit else shorten(c.payload),
        )
        for c in choices
    ]
    columns = max(1, columns)
    return [buttons[i : i + columns] for i in range(0, len(buttons), columns)]


def render(
    reply: Reply,
    caps: Capabilities,
    *,
    shorten: Callable[[str], str],
    store_file: Callable[[bytes], str],
    edit_message_id: str | None = None,
) -> list[WireMessage]:
    """Turn a reply into the messages a channel sends, in order.

    ``shorten`` maps a long callback payload to a short token the runtime can resolve;
    ``store_file`` puts file bytes in the media store and returns their key.
    """
    text = reply.text.strip()
    if reply.choices and not caps.buttons:
        text = (
            f"{text}\n\n{numbered_choices(reply.choices)}"
            if text
            else numbered_choices(reply.choices)
        )
    messages = (
        [WireMessage(text=chunk) for chunk in split_text(text, caps.max_text, utf16=caps.utf16)]
        if text
        else []
    )
    if reply.choices and caps.buttons:
        keyboard = _keyboard(reply.choices, reply.columns, caps, shorten)
        if not messages:
            messages.append(WireMessage(text="Mời chọn:"))
        messages[-1].buttons = keyboard
    if reply.edit and edit_message_id and caps.can_edit and len(messages) == 1 and not reply.files:
        messages[0].edit_message_id = edit_message_id

    for out in reply.files:
        caption = out.caption
        if caption and visible_length(caption, utf16=caps.utf16) > caps.max_caption:
            messages.extend(
                WireMessage(text=chunk)
                for chunk in split_text(caption, caps.max_text, utf16=caps.utf16)
            )
            caption = None
        if caps.upload_files and out.data is not None:
            wire = WireFile(
                out.kind, out.file_name, out.mime_type, store_file(out.data), None, caption
            )
        elif out.url is not None or out.data is not None:
            key = store_file(out.data) if out.data is not None else None
            wire = WireFile(out.kind, out.file_name, out.mime_type, key, out.url, caption)
        else:
            continue
        messages.append(WireMessage(file=wire))
    return messages
