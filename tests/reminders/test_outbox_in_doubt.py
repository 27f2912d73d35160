"""Issue 12: a reply in doubt after a kill is checked on Telegram before it is sent again.

The real Telegram channel (aiogram) against the sandbox, the real outbox on a real database. A
"kill" is the sender's tasks cancelled while a request hangs, as in test_outbox.py: nothing of
the dead process writes anything after it. The sandbox gives each private chat one sequence of
message ids shared by the user's and the bot's messages, as Telegram does, and answers edits
with Telegram's texts ("message is not modified", "message to edit not found", "message can't
be edited").
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiogram.exceptions import TelegramBadRequest
from aiogram.types import BufferedInputFile
from sqlalchemy import select, update

from bot.channels.registry import ChannelRegistry
from bot.channels.telegram import TelegramChannel
from bot.core.clock import FakeClock
from bot.core.messages import Choice, Reply
from bot.core.render import WireMessage
from bot.outbox.limiter import RateLimiter
from bot.outbox.outbox import Outbox
from bot.outbox.worker import OutboxWorker
from bot.sandbox import SandboxServer
from bot.storage.db import Database
from bot.storage.media import LocalMediaStore
from bot.storage.models import ChannelAccount, OutboxMessage, OutboxStatus
from tests.sandbox.fixtures import client, sandbox
from tests.sandbox.helpers import image_bytes, make_bot

__all__ = ["client", "sandbox"]  # fixtures used below

NOW = datetime(2026, 3, 9, 1, 0, tzinfo=UTC)
UID = 7001


class KillableTelegram(TelegramChannel):
    """The real channel; a request can hang before or after Telegram got it (then: kill)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.hang_before: set[str] = set()
        self.hang_after: set[str] = set()
        self.hanging = 0

    async def send(self, chat_id: str, message: WireMessage, load):  # type: ignore[no-untyped-def]
        text = message.text or ""
        if text in self.hang_before:
            self.hanging += 1
            await asyncio.Event().wait()
        result = await super().send(chat_id, message, load)
        if text in self.hang_after:  # Telegram has it; its answer never gets recorded
            self.hanging += 1
            await asyncio.Event().wait()
        return result


class Rig:
    def __init__(self, db: Database, sandbox: SandboxServer, tmp_path: Path) -> None:
        self.db = db
        self.tmp_path = tmp_path
        self.clock = FakeClock(NOW)
        self.channel = KillableTelegram(sandbox.telegram_token, api_base=sandbox.base_url)
        self.channels = ChannelRegistry()
        self.channels.add(self.channel)
        self.media = LocalMediaStore(tmp_path / "media")
        self.outbox = Outbox(self.channels, self.media, self.clock)
        self.account: ChannelAccount | None = None

    async def start(self) -> Rig:
        async with self.db.session() as session:
            self.account = ChannelAccount(
                channel="telegram",
                bot_key=self.channel.bot_key,
                external_id=str(UID),
                chat_id=str(UID),
            )
            session.add(self.account)
        return self

    def worker(self) -> OutboxWorker:
        return OutboxWorker(
            self.db,
            self.channels,
            self.media,
            self.clock,
            RateLimiter(30, 1000, 1000),
            concurrency=4,
            poll_interval=0.02,
        )

    async def queue(self, text: str, buttons: bool = False) -> None:
        reply = Reply(text, choices=[Choice("Tiếp tục", "go:on")] if buttons else [])
        assert self.account is not None
        async with self.db.session() as session:
            await self.outbox.deliver(session, self.account, reply)

    async def rows(self) -> list[OutboxMessage]:
        async with self.db.session() as session:
            return list(
                (await session.scalars(select(OutboxMessage).order_by(OutboxMessage.id))).all()
            )

    async def until_done(self, within: float = 20.0) -> None:
        async with asyncio.timeout(within):
            while any(r.status in ("pending", "sending") for r in await self.rows()):  # noqa: ASYNC110
                await asyncio.sleep(0.02)


async def user_says(client: httpx.AsyncClient, text: str) -> int:
    response = await client.post(f"/api/users/{UID}/text", json={"text": text})
    response.raise_for_status()
    return int(response.json()["message_id"])


def chat_messages(sandbox: SandboxServer) -> list[tuple[int, bool, str | None, bool]]:
    """(id, from the bot, text, edited) of every message in the chat, in id order."""
    chat = sandbox.state.tg_bot().chats[UID]
    return [
        (m.message_id, m.from_bot, m.text, m.edit_date is not None)
        for m in sorted(chat.messages.values(), key=lambda m: m.message_id)
    ]


def bot_texts(sandbox: SandboxServer) -> list[str | None]:
    return [text for _, from_bot, text, _ in chat_messages(sandbox) if from_bot]


async def run_until_done(rig: Rig) -> OutboxWorker:
    worker = rig.worker()
    task = asyncio.create_task(worker.run())
    try:
        await rig.until_done()
    finally:
        async with asyncio.timeout(60):
            await worker.stop()
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
    return worker


async def kill_while_hanging(rig: Rig) -> None:
    """Send until one request hangs, then SIGKILL: nothing of this sender runs any more."""
    worker = rig.worker()
    task = asyncio.create_task(worker.run())
    async with asyncio.timeout(20):
        while rig.channel.hanging < 1:  # noqa: ASYNC110 - the channel has no event for it
            await asyncio.sleep(0.01)
    task.cancel()
    for inflight in [*worker._inflight, worker._prefetch, worker._recorder]:
        if inflight is not None:
            inflight.cancel()
    async with asyncio.timeout(30):
        await asyncio.gather(task, *worker._inflight, return_exceptions=True)
    rig.channel.hang_before.clear()
    rig.channel.hang_after.clear()


async def a_conversation(rig: Rig, client: httpx.AsyncClient) -> None:
    """The officer wrote, the bot answered (recorded), the officer wrote again."""
    await user_says(client, "Xin chào")
    await rig.queue("Chào anh, anh cần gì?")
    await run_until_done(rig)
    await user_says(client, "Đăng ký thi đua")


@pytest.fixture
async def rig(db: Database, sandbox: SandboxServer, tmp_path: Path) -> AsyncIterator[Rig]:
    rig = await Rig(db, sandbox, tmp_path).start()
    try:
        yield rig
    finally:
        await rig.channel.stop()


async def test_a_reply_telegram_got_before_the_kill_is_found_and_not_sent_again(
    rig: Rig, sandbox: SandboxServer, client: httpx.AsyncClient
) -> None:
    await a_conversation(rig, client)
    await rig.queue("Đã lưu. Chọn bước tiếp theo:", buttons=True)
    rig.channel.hang_after = {"Đã lưu. Chọn bước tiếp theo:"}
    await kill_while_hanging(rig)
    assert [r.status for r in await rig.rows()] == ["sent", "sending"]

    successor = await run_until_done(rig)

    assert bot_texts(sandbox) == ["Chào anh, anh cần gì?", "Đã lưu. Chọn bước tiếp theo:"]
    assert not any(edited for *_, edited in chat_messages(sandbox))
    row = (await rig.rows())[-1]
    assert (row.status, row.channel_message_id) == ("sent", "4")  # 1 user, 2 bot, 3 user, 4 bot
    assert (successor.stats.in_doubt, successor.stats.found_delivered) == (1, 1)


async def test_a_reply_telegram_never_got_is_sent_once_after_the_check(
    rig: Rig, sandbox: SandboxServer, client: httpx.AsyncClient
) -> None:
    await a_conversation(rig, client)
    await rig.queue("Đã lưu.")
    rig.channel.hang_before = {"Đã lưu."}
    await kill_while_hanging(rig)

    successor = await run_until_done(rig)

    assert bot_texts(sandbox) == ["Chào anh, anh cần gì?", "Đã lưu."]
    row = (await rig.rows())[-1]
    assert (row.status, row.channel_message_id) == ("sent", "4")
    assert (successor.stats.in_doubt, successor.stats.found_delivered) == (1, 0)
    # Id 3 (the officer's: "can't be edited"), then 4: "not found", the end of the chat. No
    # more: each request waits its turn in the chat's rate, and the reply waits for them.
    assert successor.stats.probes == 2


async def test_two_rows_in_doubt_in_one_chat_are_sent_again_without_any_edit(
    rig: Rig, sandbox: SandboxServer, client: httpx.AsyncClient
) -> None:
    """The later of two rows reached Telegram, the earlier did not. Checking the earlier one
    at the next id would edit the later message into it: a real message changed. With two rows
    in doubt the chat is not checked; both are sent again (a duplicate, no edit)."""
    await a_conversation(rig, client)
    await rig.queue("Bước 1")
    await rig.queue("Bước 2")
    message = WireMessage.from_json((await rig.rows())[-1].payload)
    await rig.channel.send(str(UID), message, rig.media.get)  # id 4: "Bước 2" arrived
    async with rig.db.session() as session:  # a dead sender had both in flight
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.PENDING)
            .values(status=OutboxStatus.SENDING)
        )

    successor = await run_until_done(rig)

    assert successor.stats.in_doubt == 2
    assert not any(edited for *_, edited in chat_messages(sandbox))
    assert bot_texts(sandbox) == ["Chào anh, anh cần gì?", "Bước 2", "Bước 1", "Bước 2"]


async def test_the_sandbox_answers_a_delivery_check_as_telegram_does(
    sandbox: SandboxServer, client: httpx.AsyncClient
) -> None:
    """What the check relies on: ids per private chat, shared by the user's and the bot's
    messages, and Telegram's answers to an edit (telegram-bot-api, Client.cpp)."""
    bot = make_bot(sandbox)
    try:
        assert await user_says(client, "Xin chào") == 1
        other = await client.post("/api/users/7002/text", json={"text": "Chào"})
        assert other.json()["message_id"] == 1  # another chat: its own sequence
        sent = await bot.send_message(UID, "Đã lưu")
        assert sent.message_id == 2
        photo = await bot.send_photo(
            UID, BufferedInputFile(image_bytes(), "a.png"), caption="Trang 1"
        )
        assert photo.message_id == 3
        with pytest.raises(TelegramBadRequest, match="message is not modified"):
            await bot.edit_message_text("Đã lưu", chat_id=UID, message_id=2)
        with pytest.raises(TelegramBadRequest, match="message is not modified"):
            await bot.edit_message_caption(chat_id=UID, message_id=3, caption="Trang 1")
        with pytest.raises(TelegramBadRequest, match="message can't be edited"):
            await bot.edit_message_text("Đã lưu", chat_id=UID, message_id=1)  # the user's
        with pytest.raises(TelegramBadRequest, match="there is no text in the message to edit"):
            await bot.edit_message_text("Đã lưu", chat_id=UID, message_id=3)
        with pytest.raises(TelegramBadRequest, match="message to edit not found"):
            await bot.edit_message_text("Đã lưu", chat_id=UID, message_id=4)
        assert not any(edited for *_, edited in chat_messages(sandbox))
    finally:
        await bot.session.close()
