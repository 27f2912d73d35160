"""The sandbox refuses webhook URLs and rates the real Bot API refuses."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramBadRequest, TelegramRetryAfter

from bot.sandbox import SandboxServer
from tests.sandbox.helpers import make_bot, make_config


@pytest.fixture
async def strict() -> AsyncIterator[Bot]:
    """A sandbox that behaves like api.telegram.org (no --local)."""
    server = SandboxServer(make_config(local_webhooks=False, webhook_set_interval_s=1.0))
    await server.start()
    bot = make_bot(server)
    try:
        yield bot
    finally:
        await bot.session.close()
        await server.stop()


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("http://bot.example.vn/telegram/1", "An HTTPS URL must be provided"),
        ("https://bot.example.vn:8080/telegram/1", "only on ports 80, 88, 443 or 8443"),
    ],
)
async def test_webhooks_must_be_https_on_telegrams_ports(strict: Bot, url: str, error: str) -> None:
    with pytest.raises(TelegramBadRequest, match=error):
        await strict.set_webhook(url)


async def test_a_second_set_webhook_within_a_second_gets_429(strict: Bot) -> None:
    assert await strict.set_webhook("https://bot.example.vn:8443/telegram/1")
    with pytest.raises(TelegramRetryAfter) as raised:
        await strict.delete_webhook()
    assert raised.value.retry_after == 1
    await asyncio.sleep(1.05)
    assert await strict.delete_webhook()
