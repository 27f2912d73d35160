"""aiogram's real Bot over HTTP against the sandbox, and the user API as the user's eyes."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from aiogram import Bot
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramServerError,
)
from aiogram.types import (
    BotCommand,
    BufferedInputFile,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputMediaPhoto,
)

from bot.sandbox import SandboxServer
from tests.sandbox.helpers import bot_messages, image_bytes, make_bot, wait_for_messages

UID = 1001


def keyboard(*pairs: tuple[str, str]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        inline_keyboard=[[InlineKeyboardButton(text=t, callback_data=d)] for t, d in pairs]
    )


async def user_says(client: httpx.AsyncClient, text: str, uid: int = UID, **extra: object) -> dict:
    response = await client.post(f"/api/users/{uid}/text", json={"text": text, **extra})
    assert response.status_code == 200, response.text
    return response.json()


async def test_get_me_per_token(sandbox: SandboxServer, tg: Bot) -> None:
    me = await tg.get_me()
    assert (me.id, me.username, me.is_bot) == (100000, "tdkt_sandbox_bot", True)
    other = make_bot(sandbox, "4242:another-bot")
    try:
        assert (await other.get_me()).id == 4242
    finally:
        await other.session.close()


async def test_text_round_trip_with_buttons(client: httpx.AsyncClient, tg: Bot) -> None:
    sent = await user_says(client, "/start", name="Chị Lan")
    updates = await tg.get_updates(timeout=1)
    assert [u.update_id for u in updates] == [sent["update_id"]]
    message = updates[0].message
    assert message is not None
    assert (message.text, message.chat.id, message.chat.type) == ("/start", UID, "private")
    assert message.from_user is not None and message.from_user.first_name == "Chị Lan"
    assert message.entities is not None and message.entities[0].type == "bot_command"

    reply = await tg.send_message(
        UID,
        "<b>Xin chào</b> chị Lan &amp; các đồng chí",
        parse_mode="HTML",
        reply_markup=keyboard(("Đăng ký", "reg"), ("Tra cứu", "find")),
    )
    assert reply.message_id == message.message_id + 1
    assert reply.text == "Xin chào chị Lan & các đồng chí"

    [seen] = await bot_messages(client, UID)
    assert seen["text"] == "Xin chào chị Lan & các đồng chí"
    assert seen["entities"] == [{"type": "bold", "offset": 0, "length": 8}]
    assert seen["markup"] == "<b>Xin chào</b> chị Lan &amp; các đồng chí"
    assert seen["buttons"] == [
        [{"text": "Đăng ký", "data": "reg", "url": None}],
        [{"text": "Tra cứu", "data": "find", "url": None}],
    ]
    assert seen["edited"] is False


async def test_offsets_and_long_poll(client: httpx.AsyncClient, tg: Bot) -> None:
    for text in ("một", "hai", "ba"):
        await user_says(client, text)
    updates = await tg.get_updates(timeout=0)
    assert [u.message.text for u in updates if u.message] == ["một", "hai", "ba"]
    # Confirming the offset drops them.
    assert await tg.get_updates(offset=updates[-1].update_id + 1, timeout=0) == []

    async def later() -> None:
        await asyncio.sleep(0.3)
        await user_says(client, "bốn")

    task = asyncio.create_task(later())
    started = time.monotonic()
    updates = await tg.get_updates(offset=updates[-1].update_id + 1, timeout=5)
    await task
    assert [u.message.text for u in updates if u.message] == ["bốn"]
    assert time.monotonic() - started < 2.0


async def test_callback_tap_answer_and_edit(client: httpx.AsyncClient, tg: Bot) -> None:
    await user_says(client, "menu")
    await tg.get_updates(timeout=0)
    sent = await tg.send_message(UID, "Chọn:", reply_markup=keyboard(("Đồng ý", "yes")))

    tapped = await client.post(
        f"/api/users/{UID}/tap", json={"message_id": sent.message_id, "data": "yes"}
    )
    assert tapped.status_code == 200, tapped.text
    updates = await tg.get_updates(timeout=1)
    query = updates[-1].callback_query
    assert query is not None and query.data == "yes"
    assert query.message is not None and query.message.message_id == sent.message_id
    assert query.from_user.id == UID

    assert await tg.answer_callback_query(query.id, text="Đã ghi nhận")
    with pytest.raises(TelegramBadRequest, match="query is too old"):
        await tg.answer_callback_query(query.id)
    await tg.edit_message_text("Bạn đã chọn: Đồng ý", chat_id=UID, message_id=sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message is not modified"):
        await tg.edit_message_text("Bạn đã chọn: Đồng ý", chat_id=UID, message_id=sent.message_id)

    entries = await bot_messages(client, UID)
    assert [e["kind"] for e in entries] == ["message", "callback_answer", "edited"]
    assert entries[1]["text"] == "Đã ghi nhận"
    edited = entries[2]
    assert edited["message_id"] == sent.message_id
    assert edited["edited"] is True and edited["text"] == "Bạn đã chọn: Đồng ý"
    assert edited["buttons"] == []  # edit without reply_markup removes the keyboard

    # The button is gone, so it can no longer be tapped.
    again = await client.post(
        f"/api/users/{UID}/tap", json={"message_id": sent.message_id, "data": "yes"}
    )
    assert again.status_code == 400


async def test_photo_sizes_get_file_and_download(client: httpx.AsyncClient, tg: Bot) -> None:
    original = image_bytes(1000, 800)
    response = await client.post(
        f"/api/users/{UID}/files",
        files=[("files", ("anh.png", original, "image/png"))],
        data={"as": "photo", "caption": "Ảnh hồ sơ"},
    )
    assert response.status_code == 200, response.text
    [update] = await tg.get_updates(timeout=1)
    message = update.message
    assert message is not None and message.photo is not None
    assert message.caption == "Ảnh hồ sơ"
    widths = [p.width for p in message.photo]
    assert len(widths) >= 3 and widths == sorted(widths) and widths[-1] == 1000
    assert message.photo[-1].height == 800
    assert len({p.file_unique_id for p in message.photo}) == len(message.photo)

    file = await tg.get_file(message.photo[-1].file_id)
    assert file.file_path is not None
    downloaded = await tg.download_file(file.file_path)
    assert downloaded is not None and downloaded.getvalue() == original
    assert file.file_size == len(original)

    # The same bytes uploaded again keep the same file_unique_id but get a new file_id.
    await client.post(
        f"/api/users/{UID}/files", files=[("files", ("lai.png", original, "image/png"))]
    )
    [again] = await tg.get_updates(offset=update.update_id + 1, timeout=1)
    assert again.message is not None and again.message.photo is not None
    assert again.message.photo[-1].file_unique_id == message.photo[-1].file_unique_id
    assert again.message.photo[-1].file_id != message.photo[-1].file_id


async def test_album_of_three(client: httpx.AsyncClient, tg: Bot) -> None:
    files = [
        ("files", (f"anh{i}.jpg", image_bytes(400, 300, (i * 60, 10, 10), "JPEG"), "image/jpeg"))
        for i in range(3)
    ]
    response = await client.post(
        f"/api/users/{UID}/files", files=files, data={"caption": "Hồ sơ thi đua"}
    )
    body = response.json()
    assert body["ok"] and body["media_group_id"]
    updates = await tg.get_updates(timeout=1)
    messages = [u.message for u in updates if u.message]
    assert len(messages) == 3
    assert {m.media_group_id for m in messages} == {body["media_group_id"]}
    assert [m.caption for m in messages] == ["Hồ sơ thi đua", None, None]
    ids = [u.update_id for u in updates]
    assert ids == list(range(ids[0], ids[0] + 3))  # back-to-back


async def test_document_from_user(client: httpx.AsyncClient, tg: Bot) -> None:
    pdf = b"%PDF-1.4\n% sandbox test\n" + b"0" * 1000
    await client.post(
        f"/api/users/{UID}/files",
        files=[("files", ("Tờ trình khen thưởng.pdf", pdf, "application/pdf"))],
    )
    [update] = await tg.get_updates(timeout=1)
    document = update.message.document if update.message else None
    assert document is not None
    assert (document.file_name, document.mime_type, document.file_size) == (
        "Tờ trình khen thưởng.pdf",
        "application/pdf",
        len(pdf),
    )
    file = await tg.get_file(document.file_id)
    assert (await tg.download_file(file.file_path or "")).getvalue() == pdf  # type: ignore[union-attr]


async def test_images_sent_as_documents(client: httpx.AsyncClient, tg: Bot) -> None:
    await client.post(
        f"/api/users/{UID}/files",
        files=[("files", ("scan.jpg", image_bytes(fmt="JPEG"), "image/jpeg"))],
        data={"as": "document"},
    )
    [update] = await tg.get_updates(timeout=1)
    assert update.message is not None and update.message.photo is None
    assert update.message.document is not None
    assert update.message.document.mime_type == "image/jpeg"


async def test_bot_sends_photo_document_and_album(client: httpx.AsyncClient, tg: Bot) -> None:
    photo = image_bytes(800, 600)
    sent = await tg.send_photo(UID, BufferedInputFile(photo, "bang-khen.png"), caption="Bằng khen")
    assert sent.photo is not None and sent.photo[-1].width == 800
    # Re-sending by file_id works and reuses the same sizes.
    resent = await tg.send_photo(UID, sent.photo[-1].file_id)
    assert resent.photo is not None
    assert resent.photo[-1].file_unique_id == sent.photo[-1].file_unique_id
    doc = await tg.send_document(UID, BufferedInputFile(b"a,b\n1,2\n", "bao-cao.csv"))
    assert doc.document is not None and doc.document.file_name == "bao-cao.csv"
    album = await tg.send_media_group(
        UID,
        [
            InputMediaPhoto(media=BufferedInputFile(image_bytes(color=(1, 2, 3)), "1.png")),
            InputMediaPhoto(media=BufferedInputFile(image_bytes(color=(4, 5, 6)), "2.png")),
        ],
    )
    assert len(album) == 2 and album[0].media_group_id == album[1].media_group_id
    with pytest.raises(TelegramBadRequest, match="2-10"):
        await tg.send_media_group(UID, [InputMediaPhoto(media=sent.photo[-1].file_id)])

    entries = await bot_messages(client, UID)
    assert [e["caption"] for e in entries][:1] == ["Bằng khen"]
    assert entries[0]["photo"]["width"] == 800
    download = await client.get(entries[0]["photo"]["url"])
    assert download.content == photo
    assert entries[2]["document"]["file_name"] == "bao-cao.csv"
    assert (await client.get(entries[2]["document"]["url"])).content == b"a,b\n1,2\n"
    assert entries[3]["media_group_id"] == entries[4]["media_group_id"] is not None


async def test_validation_errors(client: httpx.AsyncClient, tg: Bot) -> None:
    with pytest.raises(TelegramBadRequest, match="BUTTON_DATA_INVALID"):
        # 33 × "đ" = 66 bytes in UTF-8: over the 64-byte limit although only 33 characters.
        await tg.send_message(UID, "x", reply_markup=keyboard(("Nút", "đ" * 33)))
    with pytest.raises(TelegramBadRequest, match="message is too long"):
        await tg.send_message(UID, "a" * 4097)
    with pytest.raises(TelegramBadRequest, match="message text is empty"):
        await tg.send_message(UID, "   ")
    with pytest.raises(TelegramBadRequest, match="can't parse entities"):
        await tg.send_message(UID, "Điểm < 5", parse_mode="HTML")
    with pytest.raises(TelegramBadRequest, match="message caption is too long"):
        await tg.send_photo(UID, BufferedInputFile(image_bytes(), "a.png"), caption="c" * 1025)
    with pytest.raises(TelegramBadRequest, match="message to edit not found"):
        await tg.edit_message_text("x", chat_id=UID, message_id=999)
    # None of the rejected messages reached the user; a 4096-character one does.
    assert await bot_messages(client, UID) == []
    await tg.send_message(UID, "a" * 4096)
    assert len(await bot_messages(client, UID)) == 1


async def test_file_over_20_mb_cannot_be_fetched(client: httpx.AsyncClient, tg: Bot) -> None:
    big = b"\0" * (21 * 1024 * 1024)
    await client.post(
        f"/api/users/{UID}/files", files=[("files", ("video-to.zip", big, "application/zip"))]
    )
    [update] = await tg.get_updates(timeout=1)
    assert update.message is not None and update.message.document is not None
    assert update.message.document.file_size == len(big)
    with pytest.raises(TelegramBadRequest, match="file is too big"):
        await tg.get_file(update.message.document.file_id)


async def test_blocked_user_gets_403(client: httpx.AsyncClient, tg: Bot) -> None:
    await client.post("/api/control/block", json={"uid": UID})
    with pytest.raises(TelegramForbiddenError, match="bot was blocked by the user"):
        await tg.send_message(UID, "Nhắc hạn nộp hồ sơ")
    await client.post("/api/control/block", json={"uid": UID, "blocked": False})
    await tg.send_message(UID, "Nhắc hạn nộp hồ sơ")
    stats = (await client.get("/api/control/stats")).json()["telegram"]["100000"]
    assert stats["errors"] == {"sendMessage 403": 1}
    assert stats["delivered"] == 1


async def test_injected_server_error_and_hang(client: httpx.AsyncClient, tg: Bot) -> None:
    await client.post("/api/control/fail", json={"method": "sendMessage", "status": 502})
    with pytest.raises(TelegramServerError, match="Bad Gateway"):
        await tg.send_message(UID, "lần 1")
    await tg.send_message(UID, "lần 2")  # only one failure was armed

    await client.post("/api/control/fail", json={"method": "sendMessage", "timeout": 3})
    with pytest.raises(TelegramNetworkError):
        await tg.send_message(UID, "lần 3", request_timeout=1)
    assert [e["text"] for e in await bot_messages(client, UID)] == ["lần 2"]


async def test_polling_duplicate_delivery(client: httpx.AsyncClient, tg: Bot) -> None:
    await client.post("/api/control/duplicate-next", json={"count": 1})
    sent = await user_says(client, "gửi hai lần")
    first = await tg.get_updates(timeout=0, limit=1)
    assert [u.update_id for u in first] == [sent["update_id"]]
    # The bot confirms it, yet the same update comes back once more.
    again = await tg.get_updates(offset=sent["update_id"] + 1, timeout=0)
    assert [u.update_id for u in again] == [sent["update_id"]]
    assert await tg.get_updates(offset=sent["update_id"] + 1, timeout=0) == []


async def test_delete_commands_chat_action(client: httpx.AsyncClient, tg: Bot) -> None:
    sent = await tg.send_message(UID, "Tin tạm")
    assert await tg.delete_message(UID, sent.message_id)
    with pytest.raises(TelegramBadRequest, match="message to delete not found"):
        await tg.delete_message(UID, sent.message_id)
    assert await tg.send_chat_action(UID, "typing")
    await tg.set_my_commands([BotCommand(command="start", description="Bắt đầu")])
    assert [c.command for c in await tg.get_my_commands()] == ["start"]
    info = (await client.get("/api/info")).json()
    assert info["telegram"]["commands"] == [{"command": "start", "description": "Bắt đầu"}]
    kinds = [e["kind"] for e in await bot_messages(client, UID)]
    assert kinds == ["message", "deleted"]


async def test_messages_long_poll_and_reset(client: httpx.AsyncClient, tg: Bot) -> None:
    async def later() -> None:
        await asyncio.sleep(0.3)
        await tg.send_message(UID, "đến muộn")

    task = asyncio.create_task(later())
    got = await wait_for_messages(client, UID, 1, within_s=5)
    await task
    assert [m["text"] for m in got] == ["đến muộn"]

    first = await user_says(client, "trước reset")
    assert (await client.post("/api/control/reset")).json()["ok"]
    assert await bot_messages(client, UID) == []
    # Update ids keep increasing across a reset so a running poller's offset stays valid.
    second = await user_says(client, "sau reset")
    assert second["update_id"] > first["update_id"]
    updates = await tg.get_updates(offset=first["update_id"] + 1, timeout=0)
    assert [u.message.text for u in updates if u.message] == ["sau reset"]


async def test_unknown_method_and_bad_token(sandbox: SandboxServer) -> None:
    async with httpx.AsyncClient(base_url=sandbox.base_url, trust_env=False) as c:
        response = await c.post(f"/bot{sandbox.telegram_token}/sendSomething", json={})
        assert response.status_code == 404
        assert response.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        response = await c.post("/botnot-a-token/getMe")
        assert response.status_code == 404
        # JSON bodies work as well as aiogram's forms.
        response = await c.post(
            f"/bot{sandbox.telegram_token}/sendMessage", json={"chat_id": UID, "text": "json"}
        )
        assert response.json()["result"]["text"] == "json"
