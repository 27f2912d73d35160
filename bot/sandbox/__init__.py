"""Local sandbox: a fake Telegram Bot API + Zalo Bot Platform with simulated users and a web chat.

It is the project's test harness and the embedded default when no real token is configured.
It is a local test environment, never a replacement for Telegram or Zalo. See README.md here.
"""

from bot.sandbox.config import (
    DEFAULT_TELEGRAM_TOKEN,
    DEFAULT_ZALO_TOKEN,
    FloodLimits,
    SandboxConfig,
    WebhookPolicy,
    ZaloSettings,
)
from bot.sandbox.server import SandboxServer, create_app

__all__ = [
    "DEFAULT_TELEGRAM_TOKEN",
    "DEFAULT_ZALO_TOKEN",
    "FloodLimits",
    "SandboxConfig",
    "SandboxServer",
    "WebhookPolicy",
    "ZaloSettings",
    "create_app",
]
