"""Fixtures: a fresh sandbox per test, an httpx client for the user API, an aiogram Bot.

Imported by tests/sandbox/conftest.py and by other directories' tests that drive the sandbox.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from aiogram import Bot

from bot.sandbox import SandboxServer
from tests.sandbox.helpers import make_bot, make_config


@pytest.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    server = SandboxServer(make_config())
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


@pytest.fixture
async def client(sandbox: SandboxServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=sandbox.base_url, trust_env=False, timeout=30) as c:
        yield c


@pytest.fixture
async def tg(sandbox: SandboxServer) -> AsyncIterator[Bot]:
    bot = make_bot(sandbox)
    try:
        yield bot
    finally:
        await bot.session.close()
