"""Webhook mode: aiogram's own aiohttp webhook handler receives what the sandbox POSTs."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest
from aiogram import Bot, Dispatcher
from aiogram.exceptions import TelegramConflictError
from aiogram.types import Message, Update
from aiogram.webhook.aiohttp_server import SimpleRequestHandler
from aiohttp import web

from tests.sandbox.helpers import wait_for_messages

UID = 1001
SECRET = "bi-mat_123"


class Receiver:
    def __init__(self, app: web.Application) -> None:
        self.app = app
        self.runner = web.AppRunner(app)
        self.url = ""

    async def __aenter__(self) -> Receiver:
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.runner.cleanup()


@pytest.fixture
async def receiver_factory() -> AsyncIterator[Callable[[web.Application], Awaitable[Receiver]]]:
    started: list[Receiver] = []

    async def start(app: web.Application) -> Receiver:
        receiver = await Receiver(app).__aenter__()
        started.append(receiver)
        return receiver

    yield start
    for receiver in started:
        await receiver.__aexit__()


async def say(client: httpx.AsyncClient, text: str, uid: int = UID) -> dict:
    return (await client.post(f"/api/users/{uid}/text", json={"text": text})).json()


async def test_aiogram_webhook_secret_and_duplicate(
    client: httpx.AsyncClient, tg: Bot, receiver_factory: Callable[..., Awaitable[Receiver]]
) -> None:
    dp = Dispatcher()
    handled: list[int] = []

    @dp.message()
    async def echo(message: Message, bot: Bot, event_update: Update) -> None:
        handled.append(event_update.update_id)
        await bot.send_message(message.chat.id, f"Đã nhận: {message.text}")

    app = web.Application()
    SimpleRequestHandler(dp, tg, secret_token=SECRET).register(app, path="/hook")
    receiver = await receiver_factory(app)

    assert await tg.set_webhook(f"{receiver.url}/hook", secret_token=SECRET)
    info = await tg.get_webhook_info()
    assert info.url == f"{receiver.url}/hook"
    with pytest.raises(TelegramConflictError, match="webhook is active"):
        await tg.get_updates()

    first = await say(client, "một")
    replies = await wait_for_messages(client, UID, 1)
    assert [r["text"] for r in replies] == ["Đã nhận: một"]

    await client.post("/api/control/duplicate-next", json={"count": 1})
    second = await say(client, "hai")
    replies = await wait_for_messages(client, UID, 3)
    # aiogram does not de-duplicate: the same update_id is handled twice.
    assert [r["text"] for r in replies] == ["Đã nhận: một", "Đã nhận: hai", "Đã nhận: hai"]
    assert handled == [first["update_id"], second["update_id"], second["update_id"]]

    assert await tg.delete_webhook()
    await say(client, "ba")
    updates = await tg.get_updates(timeout=1)
    assert [u.message.text for u in updates if u.message] == ["ba"]


async def test_wrong_secret_is_rejected_and_retried(
    client: httpx.AsyncClient, tg: Bot, receiver_factory: Callable[..., Awaitable[Receiver]]
) -> None:
    dp = Dispatcher()
    app = web.Application()
    SimpleRequestHandler(dp, tg, secret_token="expected-secret").register(app, path="/hook")
    receiver = await receiver_factory(app)
    await tg.set_webhook(f"{receiver.url}/hook", secret_token="other-secret")
    await say(client, "xin chào")
    for _ in range(50):
        stats = (await client.get("/api/control/stats")).json()["telegram"]["100000"]
        if stats["webhook"]["given_up"]:
            break
        await asyncio.sleep(0.05)
    # 1 attempt + 3 retries, each refused by aiogram with 401.
    assert stats["webhook"] == {"posts": 4, "failures": 4, "given_up": 1}
    info = await tg.get_webhook_info()
    assert info.last_error_message == "Wrong response from the webhook: 401 Unauthorized"


async def test_retry_until_success_and_header(
    client: httpx.AsyncClient, tg: Bot, receiver_factory: Callable[..., Awaitable[Receiver]]
) -> None:
    received: list[tuple[str | None, dict]] = []

    async def flaky(request: web.Request) -> web.Response:
        received.append(
            (request.headers.get("X-Telegram-Bot-Api-Secret-Token"), await request.json())
        )
        return web.Response(status=500 if len(received) < 3 else 200)

    app = web.Application()
    app.router.add_post("/hook", flaky)
    receiver = await receiver_factory(app)
    await tg.set_webhook(f"{receiver.url}/hook", secret_token=SECRET)
    sent = await say(client, "thử lại")
    for _ in range(50):
        if len(received) >= 3:
            break
        await asyncio.sleep(0.05)
    assert [h for h, _ in received] == [SECRET] * 3
    assert {body["update_id"] for _, body in received} == {sent["update_id"]}
    assert received[0][1]["message"]["text"] == "thử lại"


async def test_per_chat_sequential_delivery(
    client: httpx.AsyncClient, tg: Bot, receiver_factory: Callable[..., Awaitable[Receiver]]
) -> None:
    spans: list[tuple[int, float, float]] = []

    async def slow(request: web.Request) -> web.Response:
        body = await request.json()
        start = time.monotonic()
        await asyncio.sleep(0.2)
        spans.append((body["message"]["chat"]["id"], start, time.monotonic()))
        return web.Response(status=200)

    app = web.Application()
    app.router.add_post("/hook", slow)
    receiver = await receiver_factory(app)
    await tg.set_webhook(f"{receiver.url}/hook")
    for text in ("a", "b", "c"):
        await say(client, text, uid=1)
    await say(client, "x", uid=2)
    for _ in range(100):
        if len(spans) == 4:
            break
        await asyncio.sleep(0.05)
    chat1 = sorted((s, e) for c, s, e in spans if c == 1)
    assert len(chat1) == 3
    assert all(chat1[i][1] <= chat1[i + 1][0] for i in range(2))  # never overlapping
    chat2 = [(s, e) for c, s, e in spans if c == 2]
    assert chat2[0][0] < chat1[0][1]  # another chat is not held up behind chat 1


async def test_method_in_webhook_response_is_executed(
    client: httpx.AsyncClient, tg: Bot, receiver_factory: Callable[..., Awaitable[Receiver]]
) -> None:
    dp = Dispatcher()

    @dp.message()
    async def answer_inline(message: Message) -> object:
        return message.answer(f"Trả lời ngay: {message.text}")

    app = web.Application()
    SimpleRequestHandler(dp, tg, handle_in_background=False).register(app, path="/hook")
    receiver = await receiver_factory(app)
    await tg.set_webhook(f"{receiver.url}/hook")
    await say(client, "nhanh")
    replies = await wait_for_messages(client, UID, 1)
    assert [r["text"] for r in replies] == ["Trả lời ngay: nhanh"]
