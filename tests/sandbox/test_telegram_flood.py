"""Flood limits over real HTTP: 429 + retry_after, nothing delivered, stats count it."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramRetryAfter

from tests.sandbox.helpers import bot_messages

UID = 1001


async def set_flood(client: httpx.AsyncClient, **limits: object) -> dict:
    response = await client.post("/api/control/flood", json={"enabled": True, **limits})
    assert response.status_code == 200, response.text
    return response.json()["flood"]


async def stats(client: httpx.AsyncClient) -> dict:
    return (await client.get("/api/control/stats")).json()["telegram"]["100000"]


async def test_per_chat_burst_then_429(client: httpx.AsyncClient, tg: Bot) -> None:
    await set_flood(client, per_chat_per_s=1, per_chat_burst=3, global_per_s=30)
    for i in range(3):
        await tg.send_message(UID, f"tin {i}")
    with pytest.raises(TelegramRetryAfter) as rejected:
        await tg.send_message(UID, "tin 3")
    assert rejected.value.retry_after == 1
    assert "Too Many Requests: retry after 1" in rejected.value.message

    raw = await client.post(f"/bot{tg.token}/sendMessage", json={"chat_id": UID, "text": "raw"})
    assert raw.status_code == 429
    assert raw.json() == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 1",
        "parameters": {"retry_after": 1},
    }
    assert [m["text"] for m in await bot_messages(client, UID)] == ["tin 0", "tin 1", "tin 2"]
    counted = await stats(client)
    assert counted["http_429"] == 2
    assert counted["errors"] == {"sendMessage 429": 2}
    assert counted["delivered"] == 3


async def test_well_behaved_sender_gets_everything_delivered(
    client: httpx.AsyncClient, tg: Bot
) -> None:
    await set_flood(client, per_chat_per_s=2, per_chat_burst=2, global_per_s=30)
    texts = [f"nhắc việc {i}" for i in range(6)]
    rejections = 0
    for text in texts:
        while True:
            try:
                await tg.send_message(UID, text)
                break
            except TelegramRetryAfter as exc:
                rejections += 1
                await asyncio.sleep(exc.retry_after)
    assert rejections >= 1
    assert [m["text"] for m in await bot_messages(client, UID)] == texts
    counted = await stats(client)
    assert counted["http_429"] == rejections
    assert counted["delivered"] == len(texts)
    # Burst of 2 plus at most 2 refills inside any 1-second window.
    assert counted["max_chat_sent_in_1s"] <= 4


async def test_global_limit_across_chats(client: httpx.AsyncClient, tg: Bot) -> None:
    await set_flood(client, global_per_s=5, per_chat_per_s=100, per_chat_burst=100)
    results = await asyncio.gather(
        *(tg.send_message(2000 + i, "thông báo") for i in range(10)), return_exceptions=True
    )
    delivered = [r for r in results if not isinstance(r, BaseException)]
    rejected = [r for r in results if isinstance(r, TelegramRetryAfter)]
    assert (len(delivered), len(rejected)) == (5, 5)
    assert all(r.retry_after == 1 for r in rejected)
    counted = await stats(client)
    assert counted["max_sent_in_1s"] == 5
    assert counted["http_429"] == 5
    assert sum(counted["delivered_per_chat"].values()) == 5


async def test_edits_are_gated_and_limits_reset(client: httpx.AsyncClient, tg: Bot) -> None:
    await set_flood(client, per_chat_per_s=1, per_chat_burst=1)
    sent = await tg.send_message(UID, "bản 1")
    with pytest.raises(TelegramRetryAfter):
        await tg.edit_message_text("bản 2", chat_id=UID, message_id=sent.message_id)
    # Sending methods only: chat actions are not gated.
    assert await tg.send_chat_action(UID, "typing")
    await client.post("/api/control/reset")
    limits = (await client.get("/api/control/flood")).json()["flood"]
    assert limits["enabled"] is False  # back to the configuration the sandbox started with
