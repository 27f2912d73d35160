"""The thin Zalo client: envelope, idle polls, and a token that never leaks."""

from __future__ import annotations

import httpx
import pytest

from bot.channels.zalo.client import ZaloClient, ZaloError, ZaloIdle
from bot.channels.zalo.updates import incoming_from_update

TOKEN = "12345689:abc-SECRET-xyz"


def client_with(handler) -> ZaloClient:  # type: ignore[no-untyped-def]
    return ZaloClient(
        TOKEN,
        base_url="https://zalo.test",
        http=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )


async def test_ok_result_is_returned_and_errors_never_show_the_token() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/getMe"):
            return httpx.Response(200, json={"ok": True, "result": {"id": "12345689"}})
        return httpx.Response(
            401, json={"ok": False, "error_code": 401, "description": f"token {TOKEN} invalid"}
        )

    client = client_with(handler)
    assert (await client.get_me())["id"] == "12345689"
    with pytest.raises(ZaloError) as caught:
        await client.send_message("c1", "xin chào")
    assert caught.value.status == 401
    assert TOKEN not in str(caught.value) and "SECRET" not in str(caught.value)


async def test_network_errors_do_not_carry_the_url() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot connect to {request.url}")

    with pytest.raises(ZaloError) as caught:
        await client_with(handler).send_message("c1", "a")
    assert "SECRET" not in str(caught.value) and caught.value.status == 0


async def test_408_is_an_idle_poll() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            408, json={"ok": False, "error_code": 408, "description": "Request timeout"}
        )

    with pytest.raises(ZaloIdle):
        await client_with(handler).get_updates(1)


def test_wrapped_and_bare_payloads_parse_alike() -> None:
    message = {
        "from": {"id": "u1", "display_name": "Chị Lan", "is_bot": False},
        "chat": {"id": "c1", "chat_type": "PRIVATE"},
        "photo_url": "https://img/1.jpg",
        "message_id": "m1",
        "date": 1750316131602,
    }
    bare = {"event_name": "message.image.received", "message": message}
    for payload in (bare, {"ok": True, "result": bare}):
        incoming = incoming_from_update(payload, "99")
        assert incoming is not None
        assert incoming.attachments[0].ref == "https://img/1.jpg"
        assert incoming.update_key == "c1:m1"
        assert incoming.received_at is not None and incoming.received_at.year == 2025
    echoed = {
        "event_name": "message.text.received",
        "message": {**message, "from": {"id": "99", "is_bot": True}},
    }
    assert incoming_from_update(echoed, "99") is None
    assert (
        incoming_from_update({"event_name": "message.voice.new", "message": message}, "99") is None
    )
    protected = incoming_from_update(
        {"event_name": "message.unsupported.received", "message": message}, "99"
    )
    assert protected is not None and protected.unsupported == "protected"
