"""Zalo polling across failures: getUpdates has no offset and no acknowledgement.

Once Zalo answered a poll, the update may never come again, so the channel must get it into the
inbox before it polls again, however long that takes; a replayed update must count once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from bot.channels.zalo.channel import ZaloChannel
from bot.channels.zalo.client import ZaloClient
from bot.core.messages import Incoming
from bot.sandbox import SandboxConfig, SandboxServer


@pytest.fixture
async def sandbox() -> AsyncIterator[SandboxServer]:
    server = SandboxServer(SandboxConfig(port=0))
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


class FlakyInbox:
    """The runtime's ``receive``: the first ``failures`` calls fail as a locked database does."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.stored: dict[str, Incoming] = {}
        self.changed = asyncio.Event()

    async def __call__(self, incoming: Incoming) -> bool:
        self.calls += 1
        self.changed.set()
        if self.calls <= self.failures:
            raise RuntimeError("database is locked")
        fresh = incoming.update_key not in self.stored
        self.stored.setdefault(incoming.update_key, incoming)
        self.changed.set()
        return fresh

    async def wait_for(self, count: int, calls: int = 0) -> None:
        async with asyncio.timeout(20):
            while len(self.stored) < count or self.calls < calls:
                self.changed.clear()
                await self.changed.wait()


async def _poller(sandbox: SandboxServer, inbox: FlakyInbox) -> ZaloChannel:
    client = ZaloClient(sandbox.zalo_token, base_url=sandbox.zalo_base_url)
    channel = ZaloChannel(client, poll_floor_s=0.01, poll_timeout_s=1)
    await channel.start(inbox)
    assert channel.polling
    return channel


async def _say(sandbox: SandboxServer, uid: str, text: str) -> None:
    async with httpx.AsyncClient(base_url=sandbox.base_url, trust_env=False) as http:
        response = await http.post(f"/api/zalo/users/{uid}/text", json={"text": text})
        response.raise_for_status()


async def test_a_polled_update_the_inbox_cannot_take_yet_is_kept_not_lost(
    sandbox: SandboxServer,
) -> None:
    inbox = FlakyInbox(failures=2)
    channel = await _poller(sandbox, inbox)
    try:
        await _say(sandbox, "lan", "Cho tôi hỏi thủ tục khen thưởng")
        await _say(sandbox, "lan", "Tin thứ hai")
        await inbox.wait_for(2)
    finally:
        await channel.stop()
    texts = [incoming.text for incoming in inbox.stored.values()]
    # In order: the second message was not polled before the first was in the inbox.
    assert texts == ["Cho tôi hỏi thủ tục khen thưởng", "Tin thứ hai"]
    assert inbox.calls == 4


async def test_replayed_updates_are_stored_once(sandbox: SandboxServer) -> None:
    async with httpx.AsyncClient(base_url=sandbox.base_url, trust_env=False) as http:
        await http.post("/api/control/zalo", json={"replay": True, "replays": 2})
    inbox = FlakyInbox(failures=0)
    channel = await _poller(sandbox, inbox)
    try:
        await _say(sandbox, "an", "Một")
        await _say(sandbox, "an", "Hai")
        await inbox.wait_for(2, calls=6)  # each update handed out three times
    finally:
        await channel.stop()
    assert [incoming.text for incoming in inbox.stored.values()] == ["Một", "Hai"]


async def test_tdkt_run_says_polling_can_lose_a_message_in_a_crash(
    sandbox: SandboxServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from types import SimpleNamespace

    from bot.cli import _warn_zalo_polling

    channel = await _poller(sandbox, FlakyInbox(failures=0))
    try:
        app = SimpleNamespace(zalo=SimpleNamespace(channels={"200000": channel}), sandbox=None)
        _warn_zalo_polling(app)
        printed = capsys.readouterr().out
        assert "200000" in printed and "có thể bị mất" in printed and "webhook" in printed
        # The local sandbox is for trying things out: no warning there.
        _warn_zalo_polling(SimpleNamespace(zalo=app.zalo, sandbox=object()))
        assert capsys.readouterr().out == ""
    finally:
        await channel.stop()
