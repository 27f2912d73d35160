"""The whole sandbox world: configuration, bots of both channels, users, files, switches."""

from __future__ import annotations

import copy
import re
from dataclasses import fields

import httpx

from bot.core.tls import shared_tls
from bot.sandbox.config import SandboxConfig
from bot.sandbox.errors import Failures
from bot.sandbox.files import FileStore, PhotoVersion, StoredFile
from bot.sandbox.notify import Hub
from bot.sandbox.telegram_state import TgBot, TgUser
from bot.sandbox.zalo_state import ZaloBot, ZaloUser, zalo_user_id

# "Accept any token of the form <digits>:<text>" (both channels).
TOKEN_RE = re.compile(r"^(\d{1,19}):([^/\s]+)$")

CHANNELS = ("telegram", "zalo")


def default_name(uid: int | str) -> str:
    return f"Cán bộ {uid}"


class SandboxState:
    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        # Pristine copies: reset restores the limits the sandbox was started with.
        self._initial_flood = copy.deepcopy(config.flood)
        self._initial_zalo = copy.deepcopy(config.zalo)
        self.hub = Hub()
        self.files = FileStore(config.data_dir)
        # A photo's sizes are addressed by any of their file_ids (to resend or to build a message).
        self.photo_groups: dict[str, list[StoredFile]] = {}
        self.failures = Failures()
        self.duplicates: dict[str, int] = dict.fromkeys(CHANNELS, 0)
        self.blocked: dict[str, set[str]] = {c: set() for c in CHANNELS}
        self.tg_bots: dict[str, TgBot] = {}
        self.tg_users: dict[int, TgUser] = {}
        self.zalo_bots: dict[str, ZaloBot] = {}
        self.zalo_users: dict[str, ZaloUser] = {}  # by zid
        # Absolute base URL (set by SandboxServer) for URLs handed to bots, e.g. Zalo photo_url.
        self.public_base_url: str | None = None
        self._client: httpx.AsyncClient | None = None

    # -- bots ---------------------------------------------------------------------------------
    def tg_bot(self, token: str | None = None) -> TgBot:
        token = token or self.config.telegram_token
        bot = self.tg_bots.get(token)
        if bot is None:
            bot = self.tg_bots[token] = TgBot(token, self.hub, self.config.flood)
        return bot

    def zalo_bot(self, token: str | None = None) -> ZaloBot:
        token = token or self.config.zalo_token
        bot = self.zalo_bots.get(token)
        if bot is None:
            bot = self.zalo_bots[token] = ZaloBot(token, self.hub)
        return bot

    # -- users --------------------------------------------------------------------------------
    def tg_user(self, uid: int, name: str | None = None, username: str | None = None) -> TgUser:
        user = self.tg_users.get(uid)
        if user is None:
            user = self.tg_users[uid] = TgUser(uid=uid, first_name=name or default_name(uid))
        elif name:
            user.first_name = name
        if username:
            user.username = username
        return user

    def zalo_user(self, uid: str, name: str | None = None) -> ZaloUser:
        # A user first seen as a raw chat id (a bot sent to it) is addressed by that id.
        direct = self.zalo_users.get(uid)
        zid = uid if direct is not None and direct.uid == uid else zalo_user_id(uid)
        user = self.zalo_users.get(zid)
        if user is None:
            user = self.zalo_users[zid] = ZaloUser(uid, zid, name or default_name(uid))
        elif name:
            user.display_name = name
        return user

    def zalo_user_by_zid(self, zid: str) -> ZaloUser | None:
        return self.zalo_users.get(zid)

    def store_photo(self, versions: list[PhotoVersion]) -> list[StoredFile]:
        sizes = self.files.put_photo(versions)
        for size in sizes:
            self.photo_groups[size.file_id] = sizes
        return sizes

    def is_blocked(self, channel: str, uid: int | str) -> bool:
        return str(uid) in self.blocked[channel]

    def take_duplicate(self, channel: str) -> bool:
        if self.duplicates[channel] > 0:
            self.duplicates[channel] -= 1
            return True
        return False

    def base_url(self, fallback: str) -> str:
        return (self.public_base_url or fallback).rstrip("/")

    # -- lifecycle ----------------------------------------------------------------------------
    def http_client(self) -> httpx.AsyncClient:
        if self._client is None:
            # trust_env=False: a developer's HTTP(S)_PROXY must not capture loopback webhooks.
            self._client = httpx.AsyncClient(trust_env=False, verify=shared_tls())
        return self._client

    async def stop_webhooks(self) -> None:
        for tg in self.tg_bots.values():
            if tg.webhook is not None:
                hook, tg.webhook = tg.webhook, None
                await hook.deliverer.stop()
        for zb in self.zalo_bots.values():
            if zb.webhook is not None:
                zhook, zb.webhook = zb.webhook, None
                await zhook.deliverer.stop()

    async def reset(self) -> None:
        """Clean slate, keeping bot objects (and their update-id counters) alive so a running
        poller keeps working across a reset."""
        await self.stop_webhooks()
        for name in (f.name for f in fields(self.config.flood)):
            setattr(self.config.flood, name, getattr(self._initial_flood, name))
        for name in (f.name for f in fields(self.config.zalo)):
            setattr(self.config.zalo, name, getattr(self._initial_zalo, name))
        for tg in self.tg_bots.values():
            tg.reset()
        for zb in self.zalo_bots.values():
            zb.reset()
        self.tg_users.clear()
        self.zalo_users.clear()
        self.files.clear()
        self.photo_groups.clear()
        self.failures.clear()
        self.duplicates = dict.fromkeys(CHANNELS, 0)
        self.blocked = {c: set() for c in CHANNELS}
        # Long polls holding a now-forgotten chat notice it and return.
        self.hub.wake_all()

    async def close(self) -> None:
        self.hub.close()
        await self.stop_webhooks()
        if self._client is not None:
            await self._client.aclose()
            self._client = None
