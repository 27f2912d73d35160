"""Helpers shared by the sandbox tests (fixtures live in conftest.py)."""

from __future__ import annotations

import asyncio
import io
from typing import Any

import httpx
from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from PIL import Image

from bot.sandbox import FloodLimits, SandboxConfig, SandboxServer, WebhookPolicy


def make_config(**overrides: Any) -> SandboxConfig:
    # Flood off unless a test turns it on: most tests are about something else.
    config = SandboxConfig(
        flood=FloodLimits(enabled=False),
        webhook=WebhookPolicy(timeout_s=3.0, retry_delays_s=(0.1, 0.2, 0.3)),
        local_webhooks=True,  # receivers listen on http://127.0.0.1:<any port>
        webhook_set_interval_s=0.0,  # on in test_webhook_rules.py, which is about it
    )
    for key, value in overrides.items():
        setattr(config, key, value)
    return config


def make_bot(sandbox: SandboxServer, token: str | None = None) -> Bot:
    session = AiohttpSession(api=TelegramAPIServer.from_base(sandbox.base_url))
    return Bot(token or sandbox.telegram_token, session=session)


def image_bytes(
    width: int = 640,
    height: int = 480,
    color: tuple[int, int, int] = (200, 30, 30),
    fmt: str = "PNG",
) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, format=fmt)
    return buf.getvalue()


async def bot_messages(
    client: httpx.AsyncClient,
    uid: int | str,
    *,
    after: int = 0,
    wait: float = 0,
    zalo: bool = False,
) -> list[dict[str, Any]]:
    prefix = "/api/zalo/users" if zalo else "/api/users"
    response = await client.get(f"{prefix}/{uid}/messages", params={"after": after, "wait": wait})
    response.raise_for_status()
    return response.json()["messages"]


async def wait_for_messages(
    client: httpx.AsyncClient,
    uid: int | str,
    count: int,
    *,
    kind: str = "message",
    zalo: bool = False,
    within_s: float = 5.0,
) -> list[dict[str, Any]]:
    """Long-poll until the user has received ``count`` entries of ``kind`` (or time is up)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within_s
    after = 0
    seen: list[dict[str, Any]] = []
    while True:
        remaining = deadline - loop.time()
        wait = max(0.0, min(remaining, 2.0))
        entries = await bot_messages(client, uid, after=after, wait=wait, zalo=zalo)
        for entry in entries:
            after = max(after, entry["seq"])
            if entry["kind"] == kind:
                seen.append(entry)
        if len(seen) >= count or remaining <= 0:
            return seen
