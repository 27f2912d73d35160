"""Zalo Bot Platform emulation, driven the way our httpx-based Zalo client will drive it."""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from aiohttp import web

from bot.sandbox import SandboxServer
from tests.sandbox.helpers import bot_messages, image_bytes, wait_for_messages

UID = "1001"
HEX_ID = re.compile(r"^[0-9a-f]{20}$")


class Zalo:
    """Minimal Zalo client: POST + JSON to ``{base}/bot{token}/{method}``."""

    def __init__(self, http: httpx.AsyncClient, base: str, token: str) -> None:
        self.http, self.base, self.token = http, base, token

    async def call(self, method: str, /, **params: Any) -> httpx.Response:
        # ``timeout`` in params is Zalo's long-poll parameter, not the HTTP client's.
        return await self.http.post(f"{self.base}/bot{self.token}/{method}", json=params)


@pytest.fixture
async def zalo(sandbox: SandboxServer, client: httpx.AsyncClient) -> Zalo:
    return Zalo(client, sandbox.zalo_base_url, sandbox.zalo_token)


async def user_says(client: httpx.AsyncClient, text: str, uid: str = UID, **extra: Any) -> dict:
    response = await client.post(f"/api/zalo/users/{uid}/text", json={"text": text, **extra})
    assert response.status_code == 200, response.text
    return response.json()


async def test_get_me(zalo: Zalo, sandbox: SandboxServer) -> None:
    assert sandbox.zalo_base_url == f"{sandbox.base_url}/zalo"
    body = (await zalo.call("getMe")).json()
    assert body["ok"] is True
    assert set(body["result"]) == {"id", "account_name", "account_type", "can_join_groups"}
    assert body["result"]["account_type"] == "BASIC"


async def test_text_round_trip_one_update_per_call(zalo: Zalo, client: httpx.AsyncClient) -> None:
    sent = await user_says(client, "Xin chào", name="Anh Minh")
    await user_says(client, "Câu thứ hai")
    first = (await zalo.call("getUpdates", timeout=1)).json()
    assert first["ok"] is True
    update = first["result"]
    assert update["event_name"] == "message.text.received"
    message = update["message"]
    assert message["text"] == "Xin chào"
    assert message["from"] == {"id": sent["user_id"], "display_name": "Anh Minh", "is_bot": False}
    assert message["chat"] == {"id": sent["chat_id"], "chat_type": "PRIVATE"}
    assert HEX_ID.match(message["from"]["id"]) and HEX_ID.match(message["message_id"])
    assert abs(message["date"] - time.time() * 1000) < 60_000  # milliseconds
    assert "update_id" not in update

    second = (await zalo.call("getUpdates", timeout=1)).json()["result"]
    assert second["message"]["text"] == "Câu thứ hai"

    started = time.monotonic()
    idle = await zalo.call("getUpdates", timeout=1)
    assert idle.status_code == 408
    assert idle.json() == {"ok": False, "error_code": 408, "description": "Request timeout"}
    assert 0.9 < time.monotonic() - started < 3

    reply = (await zalo.call("sendMessage", chat_id=message["chat"]["id"], text="Chào anh")).json()
    assert reply["ok"] is True and HEX_ID.match(reply["result"]["message_id"])
    assert reply["result"]["date"] > 10**12
    [seen] = await bot_messages(client, UID, zalo=True)
    assert (seen["text"], seen["type"], seen["from"]) == ("Chào anh", "text", "bot")


async def test_long_poll_wakes_on_new_message(zalo: Zalo, client: httpx.AsyncClient) -> None:
    async def later() -> None:
        await asyncio.sleep(0.3)
        await user_says(client, "đến sau")

    task = asyncio.create_task(later())
    started = time.monotonic()
    body = (await zalo.call("getUpdates", timeout=5)).json()
    await task
    assert body["result"]["message"]["text"] == "đến sau"
    assert time.monotonic() - started < 2


async def test_text_limits(zalo: Zalo, client: httpx.AsyncClient) -> None:
    sent = await user_says(client, "hi")
    too_long = await zalo.call("sendMessage", chat_id=sent["chat_id"], text="a" * 2001)
    assert too_long.status_code == 400
    assert too_long.json()["ok"] is False and too_long.json()["error_code"] == 400
    empty = await zalo.call("sendMessage", chat_id=sent["chat_id"], text="")
    assert empty.status_code == 400
    ok = await zalo.call("sendMessage", chat_id=sent["chat_id"], text="đ" * 2000)
    assert ok.json()["ok"] is True
    assert len(await bot_messages(client, UID, zalo=True)) == 1


async def test_image_event_and_photo_url(zalo: Zalo, client: httpx.AsyncClient) -> None:
    png = image_bytes(300, 200)
    response = await client.post(
        f"/api/zalo/users/{UID}/files",
        files=[("files", ("anh.png", png, "image/png"))],
        data={"caption": "Ảnh minh chứng"},
    )
    assert response.status_code == 200, response.text
    update = (await zalo.call("getUpdates", timeout=1)).json()["result"]
    assert update["event_name"] == "message.image.received"
    message = update["message"]
    assert message["caption"] == "Ảnh minh chứng"
    async with httpx.AsyncClient(trust_env=False) as outside:
        downloaded = await outside.get(message["photo_url"])
    assert downloaded.status_code == 200 and downloaded.content == png

    not_image = await client.post(
        f"/api/zalo/users/{UID}/files", files=[("files", ("a.pdf", b"%PDF-1.4", "application/pdf"))]
    )
    assert not_image.status_code == 400


async def test_sticker_unsupported_and_bot_photo(zalo: Zalo, client: httpx.AsyncClient) -> None:
    await client.post(f"/api/zalo/users/{UID}/sticker", json={"sticker": "abc"})
    await client.post(f"/api/zalo/users/{UID}/unsupported", json={})
    sticker = (await zalo.call("getUpdates", timeout=1)).json()["result"]
    assert sticker["event_name"] == "message.sticker.received"
    assert sticker["message"]["sticker"] == "abc"
    assert (await client.get(sticker["message"]["url"])).headers["content-type"] == "image/png"
    unsupported = (await zalo.call("getUpdates", timeout=1)).json()["result"]
    assert unsupported["event_name"] == "message.unsupported.received"
    assert "text" not in unsupported["message"]

    chat_id = sticker["message"]["chat"]["id"]
    bad = await zalo.call("sendPhoto", chat_id=chat_id, photo="not a url")
    assert bad.status_code == 400
    url = "https://example.invalid/bang-khen.jpg"
    assert (await zalo.call("sendPhoto", chat_id=chat_id, photo=url, caption="Khen")).json()["ok"]
    assert (await zalo.call("sendSticker", chat_id=chat_id, sticker="s1")).json()["ok"]
    assert (await zalo.call("sendChatAction", chat_id=chat_id, action="typing")).json()["ok"]
    photo, stick = await bot_messages(client, UID, zalo=True)
    assert photo["photo"] == {"url": url} and photo["caption"] == "Khen"
    assert stick["sticker"] == "s1"


async def test_replay_mode_and_duplicates(zalo: Zalo, client: httpx.AsyncClient) -> None:
    await client.post("/api/control/zalo", json={"replay": True, "replays": 1})
    await user_says(client, "A")
    await user_says(client, "B")
    texts = []
    while True:
        response = await zalo.call("getUpdates", timeout=0.3)
        if response.status_code == 408:
            break
        texts.append(response.json()["result"]["message"]["text"])
    # Each consumed update comes back once more, after the ones still waiting.
    assert texts == ["A", "B", "A", "B"]

    await client.post("/api/control/zalo", json={"replay": False})
    await client.post("/api/control/duplicate-next", json={"channel": "zalo", "count": 1})
    await user_says(client, "C")
    first = (await zalo.call("getUpdates", timeout=1)).json()["result"]["message"]
    second = (await zalo.call("getUpdates", timeout=1)).json()["result"]["message"]
    assert first == second
    assert (await zalo.call("getUpdates", timeout=0.2)).status_code == 408


async def test_quota(zalo: Zalo, client: httpx.AsyncClient) -> None:
    await client.post(
        "/api/control/zalo", json={"quota_enabled": True, "monthly_messages": 3, "monthly_users": 2}
    )
    a = (await user_says(client, "a", uid="u1"))["chat_id"]
    b = (await user_says(client, "b", uid="u2"))["chat_id"]
    c = (await user_says(client, "c", uid="u3"))["chat_id"]
    assert (await zalo.call("sendMessage", chat_id=a, text="1")).json()["ok"]
    assert (await zalo.call("sendMessage", chat_id=b, text="2")).json()["ok"]
    third_user = await zalo.call("sendMessage", chat_id=c, text="3")
    assert third_user.status_code == 429
    assert third_user.json() == {"ok": False, "error_code": 429, "description": "Quota exceeded"}
    assert (await zalo.call("sendMessage", chat_id=a, text="3")).json()["ok"]
    over = await zalo.call("sendMessage", chat_id=a, text="4")
    assert over.status_code == 429
    stats = (await client.get("/api/control/stats")).json()
    bot = stats["zalo"]["200000"]
    assert bot["quota"]["messages"] == 3 and bot["quota"]["users"] == 2
    assert bot["http_429"] == 2 and stats["http_429_total"] == 2
    assert bot["delivered"] == 3


class Hook:
    def __init__(self) -> None:
        self.calls: list[tuple[str | None, Any]] = []
        self.event = asyncio.Event()

    async def handle(self, request: web.Request) -> web.Response:
        self.calls.append((request.headers.get("X-Bot-Api-Secret-Token"), await request.json()))
        self.event.set()
        return web.json_response({"message": "Success"})

    async def next_call(self) -> tuple[str | None, Any]:
        await asyncio.wait_for(self.event.wait(), 5)
        self.event.clear()
        return self.calls[-1]


@pytest.fixture
async def hook() -> AsyncIterator[tuple[Hook, str]]:
    receiver = Hook()
    app = web.Application()
    app.router.add_post("/zalo-hook", receiver.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    yield receiver, f"http://127.0.0.1:{port}/zalo-hook"
    await runner.cleanup()


async def test_webhook_secret_and_payload_shapes(
    zalo: Zalo, client: httpx.AsyncClient, hook: tuple[Hook, str]
) -> None:
    receiver, url = hook
    assert (await zalo.call("getWebhookInfo")).status_code == 404
    short = await zalo.call("setWebhook", url=url, secret_token="short")
    assert short.status_code == 400
    result = (await zalo.call("setWebhook", url=url, secret_token="bi-mat-dai-hon")).json()
    assert result["ok"] and result["result"]["url"] == url
    info = (await zalo.call("getWebhookInfo")).json()["result"]
    assert info["url"] == url and "secret_token" not in info

    await user_says(client, "qua webhook")
    secret, body = await receiver.next_call()
    assert secret == "bi-mat-dai-hon"
    assert body["ok"] is True
    assert body["result"]["message"]["text"] == "qua webhook"

    await client.post("/api/control/zalo", json={"webhook_payload": "bare"})
    await user_says(client, "không bọc")
    _, bare = await receiver.next_call()
    assert bare["event_name"] == "message.text.received"
    assert bare["message"]["text"] == "không bọc"

    await client.post("/api/control/duplicate-next", json={"channel": "zalo", "count": 1})
    await user_says(client, "hai lần")
    await receiver.next_call()
    for _ in range(40):
        if len(receiver.calls) == 4:
            break
        await asyncio.sleep(0.05)
    assert receiver.calls[2][1] == receiver.calls[3][1]

    # A poller is silently deaf while the webhook is set.
    assert (await zalo.call("getUpdates", timeout=0.3)).status_code == 408
    deleted = (await zalo.call("deleteWebhook")).json()
    assert deleted["result"]["url"] == ""
    assert (await zalo.call("getWebhookInfo")).status_code == 404


async def test_unknown_chat_and_blocked(
    sandbox: SandboxServer, zalo: Zalo, client: httpx.AsyncClient
) -> None:
    # A chat id nobody used yet is accepted by default (broadcast benchmarks) ...
    assert (await zalo.call("sendMessage", chat_id="abcdef0123456789abcd", text="x")).json()["ok"]
    got = await wait_for_messages(client, "abcdef0123456789abcd", 1, zalo=True, within_s=1)
    assert got[0]["text"] == "x"
    # ... and a blocked user cannot be messaged.
    sent = await user_says(client, "hi")
    await client.post("/api/control/block", json={"uid": UID, "channel": "zalo"})
    blocked = await zalo.call("sendMessage", chat_id=sent["chat_id"], text="y")
    assert blocked.status_code == 403
    unknown = await zalo.call("doSomething")
    assert unknown.status_code == 404
