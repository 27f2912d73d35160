"""Configuration objects for the local sandbox.

All of them are plain mutable dataclasses: the control API changes some of them at run time
(flood limits, Zalo behaviour), and every component reads them at the moment it needs a value,
so a change applies to the very next request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

DEFAULT_TELEGRAM_TOKEN = "100000:SANDBOX-telegram"
DEFAULT_ZALO_TOKEN = "200000:SANDBOX-zalo"


@dataclass
class FloodLimits:
    """Telegram flood model (see ``flood.py`` and README for the exact semantics).

    * ``global_per_s``: at most this many accepted sends per bot in any sliding 1-second window,
      all chats together (Telegram's "about 30 messages per second" for bulk notifications).
    * ``per_chat_per_s`` / ``per_chat_burst``: a token bucket per (bot, chat) that refills at
      ``per_chat_per_s`` tokens per second and holds at most ``per_chat_burst`` tokens
      (Telegram's "one message per second per chat, short bursts allowed").
    * ``paid_broadcast_per_s``: the global window used instead when a request sets
      ``allow_paid_broadcast``.
    """

    enabled: bool = True
    global_per_s: float = 30.0
    per_chat_per_s: float = 1.0
    per_chat_burst: int = 3
    paid_broadcast_per_s: float = 1000.0


@dataclass
class WebhookPolicy:
    """How the sandbox delivers updates to a webhook (both channels).

    Telegram documents only that it "will repeat the request and give up after a reasonable
    amount of attempts"; the sandbox makes ``1 + len(retry_delays_s)`` attempts per update.
    """

    timeout_s: float = 10.0
    retry_delays_s: tuple[float, ...] = (0.5, 1.0, 2.0)
    max_connections: int = 40


ZaloPayload = Literal["wrapped", "bare"]


@dataclass
class ZaloSettings:
    """Zalo Bot Platform emulation options (reference notes zalo.md §1)."""

    # Path prefix of the Zalo API: ``{base}{prefix}/bot{token}/{method}``.
    prefix: str = "/zalo"
    # Polling delivery: False = each update is returned once ("consumed"); True = each update is
    # returned ``1 + replays`` times, re-queued at the back after each return (some real bots were
    # observed replaying consumed updates; the client must de-duplicate by message_id).
    replay: bool = False
    replays: int = 1
    # Webhook body: {"ok":true,"result":{...}} as in the docs, or the bare update as seen in
    # production code of other clients.
    webhook_payload: ZaloPayload = "wrapped"
    # Free "Basic" plan quota per bot and calendar month (Asia/Ho_Chi_Minh): off by default.
    quota_enabled: bool = False
    monthly_messages: int = 3000
    monthly_users: int = 50


@dataclass
class SandboxConfig:
    """Everything ``SandboxServer`` needs.

    ``data_dir``: where uploaded files are kept; ``None`` keeps them in memory (fine for tests).
    ``allow_unknown_chats``: a bot may send to a chat id no simulated user has used yet (the chat
    is created on the fly, handy for broadcast benchmarks). When False such sends fail with
    "Bad Request: chat not found", as on Telegram for a user who never opened the bot.
    """

    host: str = "127.0.0.1"
    port: int = 0
    flood: FloodLimits = field(default_factory=FloodLimits)
    data_dir: Path | None = None
    telegram_token: str = DEFAULT_TELEGRAM_TOKEN
    zalo_token: str = DEFAULT_ZALO_TOKEN
    webhook: WebhookPolicy = field(default_factory=WebhookPolicy)
    zalo: ZaloSettings = field(default_factory=ZaloSettings)
    allow_unknown_chats: bool = True
    # Like api.telegram.org, webhooks must be HTTPS on port 443, 80, 88 or 8443 (Zalo: HTTPS).
    # ``local_webhooks`` accepts any http(s) URL and port instead, as the official Bot API
    # server does when run with ``--local``: what tests need to reach a bot on 127.0.0.1.
    local_webhooks: bool = False
    # Telegram answers 429 "retry after 1" to a setWebhook/deleteWebhook within a second of the
    # previous one (replicas starting together hit it); 0 turns the check off.
    webhook_set_interval_s: float = 1.0
    # Longest getUpdates / messages long-poll the sandbox honours, in seconds.
    max_poll_s: float = 60.0
    log_level: str = "warning"
