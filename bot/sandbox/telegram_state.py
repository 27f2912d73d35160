"""In-memory Telegram world: bots (one per token), private chats, messages and update queues.

Private chats only: a chat's id is the user's id. Message ids are per chat and shared by the
user's and the bot's messages, increasing from 1. Nothing here awaits, so request handlers can
read-modify-write without locks.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from bot.sandbox.config import FloodLimits
from bot.sandbox.files import StoredFile
from bot.sandbox.flood import FloodGate
from bot.sandbox.notify import Hub, Signal
from bot.sandbox.stats import BotStats
from bot.sandbox.webhooks import WebhookDeliverer

# Telegram's default update set when allowed_updates is empty or never given (all types except
# chat_member, message_reaction and message_reaction_count); we only ever create the first two.
DEFAULT_ALLOWED = frozenset({"message", "callback_query", "edited_message", "my_chat_member"})


@dataclass
class TgUser:
    uid: int
    first_name: str
    last_name: str | None = None
    username: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.uid,
            "is_bot": False,
            "first_name": self.first_name,
            "language_code": "vi",
        }
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        return data

    def chat_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.uid, "type": "private", "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        return data


@dataclass
class TgMessage:
    message_id: int
    from_bot: bool
    date: int
    text: str | None = None
    entities: list[dict[str, Any]] | None = None
    parse_mode: str | None = None
    markup_source: str | None = None  # the bot's original text/caption when parse_mode is set
    inline_keyboard: list[list[dict[str, Any]]] | None = None
    reply_keyboard: dict[str, Any] | None = None  # keyboard / remove_keyboard / force_reply
    photo: list[StoredFile] | None = None
    document: StoredFile | None = None
    caption: str | None = None
    caption_entities: list[dict[str, Any]] | None = None
    media_group_id: str | None = None
    reply_to: int | None = None
    edit_date: int | None = None
    deleted: bool = False


@dataclass
class FeedEntry:
    """What the simulated user saw, in order; ``seq`` increases per (bot, user) feed."""

    seq: int
    kind: str  # message | edited | deleted | callback_answer
    data: dict[str, Any]


@dataclass
class TgChat:
    user: TgUser
    signal: Signal
    next_message_id: int = 1
    messages: dict[int, TgMessage] = field(default_factory=dict)
    feed: list[FeedEntry] = field(default_factory=list)

    def new_message_id(self) -> int:
        mid = self.next_message_id
        self.next_message_id += 1
        return mid


@dataclass
class QueuedUpdate:
    update_id: int
    kind: str
    chat_id: int
    payload: dict[str, Any]
    redelivery: bool = False  # injected duplicate: survives one offset confirmation
    handed_out: bool = False


class UpdateQueue:
    """getUpdates semantics: updates stay until an offset greater than their id is confirmed."""

    def __init__(self, signal: Signal) -> None:
        self.items: deque[QueuedUpdate] = deque()
        self.signal = signal

    def push(self, item: QueuedUpdate) -> None:
        self.items.append(item)
        self.signal.fire()

    def _forgettable(self, item: QueuedUpdate, offset: int) -> bool:
        if item.redelivery and not item.handed_out:
            return False
        return item.update_id < offset

    def confirm(self, offset: int) -> None:
        if offset < 0:
            # "-N": keep only the last N updates, forget the rest.
            keep = -offset
            while len(self.items) > keep:
                self.items.popleft()
            return
        self.items = deque(i for i in self.items if not self._forgettable(i, offset))

    def take(self, offset: int | None, limit: int, allowed: frozenset[str]) -> list[QueuedUpdate]:
        out: list[QueuedUpdate] = []
        dropped = False
        for item in self.items:
            if item.kind not in allowed:
                dropped = True
                continue
            if offset is not None and offset >= 0 and self._forgettable(item, offset):
                continue
            item.handed_out = True
            out.append(item)
            if len(out) >= limit:
                break
        if dropped:
            self.items = deque(i for i in self.items if i.kind in allowed)
        return out

    def clear(self) -> list[QueuedUpdate]:
        items = list(self.items)
        self.items.clear()
        return items

    def extend_left(self, items: Iterable[QueuedUpdate]) -> None:
        self.items.extendleft(reversed(list(items)))
        self.signal.fire()


@dataclass
class TgWebhook:
    url: str
    secret_token: str | None
    max_connections: int
    allowed_updates: list[str] | None
    deliverer: WebhookDeliverer


class TgBot:
    def __init__(self, token: str, hub: Hub, flood: FloodLimits) -> None:
        self.token = token
        self.bot_id = int(token.split(":", 1)[0])
        self.username = (
            "tdkt_sandbox_bot" if self.bot_id == 100000 else f"sandbox_{self.bot_id}_bot"
        )
        self.first_name = "Trợ lý Thi đua (hộp thử)"
        self.hub = hub
        self.chats: dict[int, TgChat] = {}
        self.updates = UpdateQueue(hub.signal())
        self.allowed: frozenset[str] = DEFAULT_ALLOWED
        #: When setWebhook/deleteWebhook last ran (monotonic), for Telegram's one-a-second rule.
        self.webhook_set_at: float | None = None
        self._update_ids = itertools.count(1)
        self._callback_ids = itertools.count(1)
        self._album_ids = itertools.count(1)
        self.callbacks: dict[str, tuple[int, int, bool]] = {}  # id -> (chat, message_id, answered)
        self.webhook: TgWebhook | None = None
        self.flood = FloodGate(flood)
        self.stats = BotStats()
        self.commands: dict[str, list[dict[str, Any]]] = {}
        self.poll_generation = 0

    def reset(self) -> None:
        """Forget chats, updates and counters; update ids keep increasing on purpose, since a
        running poller's confirmed offset would otherwise swallow the next updates."""
        self.chats.clear()
        self.updates.clear()
        self.allowed = DEFAULT_ALLOWED
        self.callbacks.clear()
        self.flood.reset()
        self.stats = BotStats()
        self.commands.clear()

    # -- identities -------------------------------------------------------------------------
    def me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
            "can_join_groups": False,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
        }

    def chat(self, user: TgUser) -> TgChat:
        chat = self.chats.get(user.uid)
        if chat is None:
            chat = self.chats[user.uid] = TgChat(user=user, signal=self.hub.signal())
        else:
            chat.user = user
        return chat

    def next_update_id(self) -> int:
        return next(self._update_ids)

    def next_callback_id(self) -> str:
        return f"{self.bot_id}{next(self._callback_ids):012d}"

    def next_album_id(self) -> str:
        return f"{13_000_000_000_000_000 + self.bot_id * 1000 + next(self._album_ids)}"

    def chat_instance(self, chat_id: int) -> str:
        digest = hashlib.sha256(f"{self.bot_id}:{chat_id}".encode()).hexdigest()
        return str(int(digest[:15], 16))

    # -- JSON ---------------------------------------------------------------------------------
    def message_json(self, chat: TgChat, msg: TgMessage) -> dict[str, Any]:
        data: dict[str, Any] = {
            "message_id": msg.message_id,
            "from": self.bot_user() if msg.from_bot else chat.user.to_json(),
            "chat": chat.user.chat_json(),
            "date": msg.date,
        }
        if msg.edit_date:
            data["edit_date"] = msg.edit_date
        if msg.reply_to and msg.reply_to in chat.messages:
            replied = chat.messages[msg.reply_to]
            data["reply_to_message"] = self.message_json(chat, replace_reply(replied))
        if msg.media_group_id:
            data["media_group_id"] = msg.media_group_id
        if msg.text is not None:
            data["text"] = msg.text
            if msg.entities:
                data["entities"] = msg.entities
        if msg.photo:
            data["photo"] = [p.photo_size() for p in msg.photo]
        if msg.document:
            data["document"] = msg.document.document()
        if msg.caption:
            data["caption"] = msg.caption
            if msg.caption_entities:
                data["caption_entities"] = msg.caption_entities
        if msg.inline_keyboard:
            data["reply_markup"] = {"inline_keyboard": msg.inline_keyboard}
        return data

    def feed_data(self, msg: TgMessage) -> dict[str, Any]:
        """The user-side view of a message (see README "messages")."""
        photo = None
        if msg.photo:
            largest = msg.photo[-1]
            photo = {
                "url": f"/api/files/{largest.file_id}",
                "thumb_url": f"/api/files/{msg.photo[0].file_id}",
                "file_id": largest.file_id,
                "width": largest.width,
                "height": largest.height,
                "sizes": len(msg.photo),
            }
        document = None
        if msg.document:
            document = {
                "url": f"/api/files/{msg.document.file_id}?download=1",
                "file_id": msg.document.file_id,
                "file_name": msg.document.file_name,
                "mime_type": msg.document.mime_type,
                "file_size": msg.document.size,
            }
        buttons = [
            [
                {
                    "text": b.get("text", ""),
                    "data": b.get("callback_data"),
                    "url": b.get("url"),
                }
                for b in row
            ]
            for row in (msg.inline_keyboard or [])
        ]
        return {
            "from": "bot" if msg.from_bot else "user",
            "message_id": msg.message_id,
            "date": msg.date,
            "text": msg.text,
            "entities": msg.entities or [],
            "parse_mode": msg.parse_mode,
            "markup": msg.markup_source,
            "buttons": buttons,
            "keyboard": msg.reply_keyboard,
            "photo": photo,
            "document": document,
            "caption": msg.caption,
            "caption_entities": msg.caption_entities or [],
            "media_group_id": msg.media_group_id,
            "reply_to": msg.reply_to,
            "edited": msg.edit_date is not None,
            "deleted": msg.deleted,
        }

    def add_feed(self, chat: TgChat, kind: str, data: dict[str, Any]) -> FeedEntry:
        entry = FeedEntry(seq=len(chat.feed) + 1, kind=kind, data=data)
        chat.feed.append(entry)
        chat.signal.fire()
        return entry

    def store_bot_message(self, chat: TgChat, msg: TgMessage) -> None:
        chat.messages[msg.message_id] = msg
        self.add_feed(chat, "message", self.feed_data(msg))
        self.stats.delivered_message(chat.user.uid, msg.message_id)


def replace_reply(msg: TgMessage) -> TgMessage:
    """A replied-to message is embedded without its own reply_to (Telegram nests one level)."""
    return TgMessage(**{**msg.__dict__, "reply_to": None})


def now_s() -> int:
    return int(time.time())
