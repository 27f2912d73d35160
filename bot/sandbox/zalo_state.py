"""In-memory Zalo Bot Platform world (reference notes zalo.md §1).

Differences from Telegram that the emulation keeps on purpose: ids are hex strings, dates are
epoch milliseconds, getUpdates hands out one update at a time with no offset, and there are
no buttons, edits or uploads.
"""

from __future__ import annotations

import hashlib
import itertools
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.sandbox.notify import Hub, Signal
from bot.sandbox.stats import BotStats
from bot.sandbox.telegram_state import FeedEntry
from bot.sandbox.webhooks import WebhookDeliverer

_VN = timedelta(hours=7)


def zalo_user_id(uid: str) -> str:
    """Stable hex id for a simulated user (real Zalo ids look like "6ede9afa66b88fe6d6a9")."""
    return hashlib.sha1(f"zalo-user:{uid}".encode()).hexdigest()[:20]


def now_ms() -> int:
    return int(time.time() * 1000)


def month_key() -> str:
    """Quota month in Vietnam time, where a Zalo plan's calendar month would turn over."""
    return (datetime.now(UTC) + _VN).strftime("%Y-%m")


@dataclass
class ZaloUser:
    uid: str
    zid: str
    display_name: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.zid, "display_name": self.display_name, "is_bot": False}


@dataclass
class ZaloChat:
    user: ZaloUser
    signal: Signal
    feed: list[FeedEntry] = field(default_factory=list)


@dataclass
class ZaloQueued:
    update: dict[str, Any]
    chat: str
    remaining: int  # how many more times getUpdates may return it (replay mode > 1)


@dataclass
class ZaloWebhook:
    url: str
    secret_token: str
    updated_at: int
    deliverer: WebhookDeliverer


class ZaloBot:
    def __init__(self, token: str, hub: Hub) -> None:
        self.token = token
        self.bot_id = token.split(":", 1)[0]
        self.account_name = (
            "bot.tdkt.sandbox" if self.bot_id == "200000" else f"bot.sandbox.{self.bot_id}"
        )
        self.display_name = "Bot Trợ lý Thi đua (hộp thử)"
        self.hub = hub
        self.chats: dict[str, ZaloChat] = {}
        self.queue: deque[ZaloQueued] = deque()
        self.signal = hub.signal()
        self.webhook: ZaloWebhook | None = None
        self.stats = BotStats()
        self._ids = itertools.count(1)
        self.quota_month = month_key()
        self.quota_messages = 0
        self.quota_users: set[str] = set()

    def reset(self) -> None:
        self.chats.clear()
        self.queue.clear()
        self.stats = BotStats()
        self.reset_quota()

    def reset_quota(self) -> None:
        self.quota_month = month_key()
        self.quota_messages = 0
        self.quota_users.clear()

    def me(self) -> dict[str, Any]:
        return {
            "id": self.bot_id,
            "account_name": self.account_name,
            "account_type": "BASIC",
            "can_join_groups": False,
        }

    def new_message_id(self) -> str:
        return hashlib.sha1(f"zalo-msg:{self.bot_id}:{next(self._ids)}".encode()).hexdigest()[:20]

    def chat(self, user: ZaloUser) -> ZaloChat:
        chat = self.chats.get(user.zid)
        if chat is None:
            chat = self.chats[user.zid] = ZaloChat(user=user, signal=self.hub.signal())
        else:
            chat.user = user
        return chat

    def add_feed(self, chat: ZaloChat, kind: str, data: dict[str, Any]) -> FeedEntry:
        entry = FeedEntry(seq=len(chat.feed) + 1, kind=kind, data=data)
        chat.feed.append(entry)
        chat.signal.fire()
        return entry

    def quota_json(self) -> dict[str, Any]:
        return {
            "month": self.quota_month,
            "messages": self.quota_messages,
            "users": len(self.quota_users),
        }
