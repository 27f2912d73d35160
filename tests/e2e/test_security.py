"""An outsider's view: forged webhooks, malformed bodies, secrets compared in constant time."""

from __future__ import annotations

import hmac
import json
import socket
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from bot.storage.models import InboxUpdate
from tests.e2e.harness import Harness

TELEGRAM_HEADER = "X-Telegram-Bot-Api-Secret-Token"
ZALO_HEADER = "X-Bot-Api-Secret-Token"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def forged_update(update_id: int = 999, text: str = "/trogiup") -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 5, "type": "private"},
            "from": {"id": 5, "is_bot": False, "first_name": "X"},
            "text": text,
        },
    }


async def inbox_keys(h: Harness) -> set[str]:
    assert h.app is not None
    async with h.app.db.session() as session:
        return set((await session.scalars(select(InboxUpdate.update_key))).all())


@pytest.fixture(params=["webhook+secret", "webhook-no-secret", "polling"])
async def mode(
    request: pytest.FixtureRequest, tmp_path: Path, sqlite_url: str
) -> AsyncIterator[Harness]:
    port = _free_port()
    settings: dict[str, Any] = {"web_port": port}
    if request.param.startswith("webhook"):
        settings["public_url"] = f"http://127.0.0.1:{port}"
    if request.param == "webhook+secret":
        settings["webhook_secret"] = "bi-mat-rat-dai-123"
    h = await Harness(tmp_path, sqlite_url, settings=settings).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


@pytest.mark.parametrize("header", [None, "", "sai", "bi-mat-rat-dai-12"])
async def test_a_forged_telegram_update_is_refused_in_every_mode(
    mode: Harness, header: str | None
) -> None:
    officer = await mode.officer("THON-BM")  # genuine updates still arrive
    assert officer.transcript
    assert mode.app is not None and mode.app.web is not None
    headers = {TELEGRAM_HEADER: header} if header is not None else {}
    async with httpx.AsyncClient(base_url=mode.app.web.base_url) as client:
        forged = await client.post("/telegram/100000", json=forged_update(), headers=headers)
    assert forged.status_code == 403
    assert "999" not in await inbox_keys(mode)


async def test_secrets_are_compared_in_constant_time(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, sqlite_url: str
) -> None:
    """A spy on hmac.compare_digest: an ``==`` comparison would leak the secret's prefix."""
    port = _free_port()
    h = Harness(
        tmp_path,
        sqlite_url,
        settings={
            "web_port": port,
            "public_url": f"http://127.0.0.1:{port}",
            "webhook_secret": "bi-mat-rat-dai-123",
            "zalo_webhook_secret": "zalo-bi-mat-0123456789",
        },
    )
    await h.start()
    try:
        compared: list[tuple[bytes | str, bytes | str]] = []
        real = hmac.compare_digest

        def spy(a: Any, b: Any) -> bool:
            compared.append((a, b))
            return real(a, b)

        monkeypatch.setattr(hmac, "compare_digest", spy)
        assert h.app is not None and h.app.web is not None
        zalo_key = next(c.bot_key for c in h.app.services.channels if c.kind == "zalo")
        async with httpx.AsyncClient(base_url=h.app.web.base_url) as client:
            tg = await client.post(
                "/telegram/100000", json=forged_update(), headers={TELEGRAM_HEADER: "sai-1"}
            )
            zl = await client.post(
                f"/zalo/{zalo_key}", json={"event_name": "x"}, headers={ZALO_HEADER: "sai-2"}
            )
            media = await client.get("/media/abc/9999999999-0123456789abcdef01234567/x.jpg")
        assert (tg.status_code, zl.status_code, media.status_code) == (403, 403, 404)
        seen = {a if isinstance(a, str) else a.decode() for a, _ in compared}
        assert {"sai-1", "sai-2", "0123456789abcdef01234567"} <= seen
    finally:
        await h.stop()


SECRET = "bi-mat-rat-dai-123"
ZALO_SECRET = "zalo-bi-mat-0123456789"
APOLOGY = "hệ thống gặp sự cố"


@pytest.fixture
async def hooked(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Harness]:
    """Webhook mode with a known secret: the test speaks as Telegram itself would."""
    port = _free_port()
    settings = {
        "web_port": port,
        "public_url": f"http://127.0.0.1:{port}",
        "webhook_secret": SECRET,
        "zalo_webhook_secret": ZALO_SECRET,
    }
    h = await Harness(tmp_path, sqlite_url, settings=settings).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


class Telegram:
    """Posts updates to the bot's webhook with the right secret, as Telegram does."""

    def __init__(self, h: Harness) -> None:
        assert h.app is not None and h.app.web is not None
        self.h = h
        self.base = h.app.web.base_url
        self.next_id = 500_000

    async def post(self, body: Any, *, raw: bytes | None = None) -> httpx.Response:
        headers = {TELEGRAM_HEADER: SECRET, "Content-Type": "application/json"}
        async with httpx.AsyncClient(base_url=self.base) as client:
            if raw is not None:
                return await client.post("/telegram/100000", content=raw, headers=headers)
            return await client.post("/telegram/100000", json=body, headers=headers)

    def _user(self, uid: int) -> dict[str, Any]:
        return {"id": uid, "is_bot": False, "first_name": "An"}

    async def text(self, uid: int, text: str) -> httpx.Response:
        self.next_id += 1
        message = {
            "message_id": self.next_id,
            "date": 1_700_000_000,
            "chat": {"id": uid, "type": "private"},
            "from": self._user(uid),
            "text": text,
        }
        return await self.post({"update_id": self.next_id, "message": message})

    async def callback(self, uid: int, data: str) -> httpx.Response:
        self.next_id += 1
        query = {
            "id": str(self.next_id),
            "from": self._user(uid),
            "chat_instance": "1",
            "data": data,
        }
        return await self.post({"update_id": self.next_id, "callback_query": query})


async def settled(h: Harness, within: float = 30.0) -> dict[str, int]:
    """Wait until no inbox row is pending; the count of rows by status."""
    import asyncio

    assert h.app is not None
    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while True:
        async with h.app.db.session() as session:
            rows = (
                await session.execute(
                    select(InboxUpdate.status, func.count()).group_by(InboxUpdate.status)
                )
            ).all()
        counts = {status: n for status, n in rows}
        if not counts.get("pending") or loop.time() > deadline:
            return counts
        await asyncio.sleep(0.2)


async def test_odd_digits_and_huge_ids_get_an_answer_not_an_apology(hooked: Harness) -> None:
    officer = await hooked.officer("THON-BM")
    telegram = Telegram(hooked)
    bad_numbers = ["99999999999999999999", "²", "٣", "-1", "1e3"]
    actions = ["reg:rview", "reg:rexport1", "reg:year", "reg:pick", "reg:pdel", "hs:view"]
    actions += ["hs:pdf", "rem:done", "rem:later", "qa:send", "cal:show"]
    for action in actions:
        for bad in bad_numbers:
            assert (await telegram.callback(officer.uid, f"{action}:{bad}")).status_code == 200
    for text in ["/dangky ²", "/dangky 99999999999999999999", "/dangky 2026"]:
        assert (await telegram.text(officer.uid, text)).status_code == 200
    await officer.say("/dangky")
    await officer.expect("2026")
    await officer.say("²")  # a typed "number" where choices are offered
    await officer.say("⑴")
    counts = await settled(hooked)
    assert counts.get("failed", 0) == 0, counts
    assert await queued_texts(hooked)  # answered (paced at 1/s, so read the queue)
    assert not [t for t in await queued_texts(hooked) if APOLOGY in t]


async def queued_texts(h: Harness) -> list[str]:
    """Every reply text the bot queued (sent or not yet sent)."""
    from bot.storage.models import OutboxMessage

    assert h.app is not None
    async with h.app.db.session() as session:
        payloads = (await session.scalars(select(OutboxMessage.payload))).all()
    return [p.get("text") or "" for p in payloads]


DEEP = b"[" * 1000 + b"]" * 1000
MALFORMED_TELEGRAM: list[bytes | Any] = [
    b"not json",
    DEEP,
    b'{"a":' * 1000 + b"1" + b"}" * 1000,
    [1, 2, 3],
    "text",
    17,
    None,
    {},
    {"update_id": "x"},
    {"update_id": 1, "message": "x"},
    {
        "update_id": 2,
        "message": {"message_id": 1, "date": 1e30, "chat": {"id": 5, "type": "private"}},
    },
    {"update_id": 3, "callback_query": {"id": 1, "from": "x", "data": 5}},
    {"update_id": 4, "message": {"message_id": [], "date": 0, "chat": None, "text": {}}},
]
MALFORMED_ZALO: list[bytes | Any] = [
    b"not json",
    DEEP,
    [1],
    {},
    {"event_name": "message.text.received", "message": "x"},
    {"event_name": "message.text.received", "message": {"from": "x", "chat": 5}},
    {
        "event_name": "message.text.received",
        "message": {
            "from": {"id": "u1"},
            "chat": {"id": "u1"},
            "message_id": "m1",
            "date": 1e30,
            "text": "xin chào",
        },
    },
    {"result": "x"},
]


async def test_malformed_bodies_with_the_right_secret_never_cause_a_500(hooked: Harness) -> None:
    officer = await hooked.officer("THON-BM")
    telegram = Telegram(hooked)
    assert hooked.app is not None and hooked.app.web is not None
    before = len(await inbox_keys(hooked))
    for body in MALFORMED_TELEGRAM:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        response = await telegram.post(None, raw=raw)
        assert response.status_code in (200, 400), (body, response.status_code)
    zalo_key = next(c.bot_key for c in hooked.app.services.channels if c.kind == "zalo")
    async with httpx.AsyncClient(base_url=hooked.app.web.base_url) as client:
        for body in MALFORMED_ZALO:
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()
            response = await client.post(
                f"/zalo/{zalo_key}", content=raw, headers={ZALO_HEADER: ZALO_SECRET}
            )
            assert response.status_code in (200, 400), (body, response.status_code)
    # The one well-formed Zalo message with an impossible date is taken, without its date.
    assert len(await inbox_keys(hooked)) <= before + 1
    await officer.say("/trogiup")  # and the bot is still fine
    await officer.expect("Hướng dẫn")


async def test_a_body_over_the_limit_is_refused_before_it_is_read(hooked: Harness) -> None:
    telegram = Telegram(hooked)
    big = b'{"update_id": 1, "pad": "' + b"x" * (2 * 1024 * 1024) + b'"}'
    assert (await telegram.post(None, raw=big)).status_code == 413

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        yield b'{"update_id": 1, "pad": "'
        for _ in range(40):
            yield b"x" * 65536
        yield b'"}'

    assert hooked.app is not None and hooked.app.web is not None
    async with httpx.AsyncClient(base_url=hooked.app.web.base_url) as client:
        streamed = await client.post(
            "/telegram/100000", content=chunks(), headers={TELEGRAM_HEADER: SECRET}
        )
    assert streamed.status_code == 413
    small = await telegram.text(5, "/trogiup")
    assert small.status_code == 200


async def test_signed_links_expire_and_cannot_be_moved(tmp_path: Path, sqlite_url: str) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.core.clock import ShiftedClock
    from bot.web.links import media_path

    clock = ShiftedClock(datetime.now(UTC))
    h = await Harness(tmp_path, sqlite_url, clock=clock).start()
    try:
        assert h.app is not None and h.app.web is not None
        media = h.app.services.media
        photo, other = await media.put(b"anh-1" * 100), await media.put(b"anh-2" * 100)
        path = media_path(h.app.signer, photo, "anh.jpg")
        async with httpx.AsyncClient(base_url=h.app.web.base_url) as client:
            fresh = await client.get(path)
            assert fresh.status_code == 200 and fresh.content == b"anh-1" * 100
            # Another file that exists, with this link's signature: refused.
            moved = path.replace(f"/media/{photo}/", f"/media/{other}/")
            assert (await client.get(moved)).status_code == 404
            # The expiry is signed: pushing it later breaks the signature.
            expires = path.split("/")[3].partition("-")[0]
            later = path.replace(f"/{expires}-", f"/{int(expires) + 10**6}-")
            assert (await client.get(later)).status_code == 404
            clock.set(datetime.now(UTC) + timedelta(days=29))
            assert (await client.get(path)).status_code == 200
            clock.set(datetime.now(UTC) + timedelta(days=31))
            expired = await client.get(path)
            assert expired.status_code == 404
            assert "hết hạn" in expired.text
    finally:
        await h.stop()


async def test_stars_a_user_types_are_not_bold_for_the_reviewer(harness: Harness) -> None:
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Duyên")
    officer = await harness.officer("THON-BM", name="**Lò Văn Pọm**")
    await officer.say("Mức **chi hỗ trợ** cho người đi dự đại hội của thôn là bao nhiêu **đồng**?")
    await officer.expect("Gửi câu hỏi cho cán bộ phụ trách")
    await officer.choose("Gửi câu hỏi cho cán bộ phụ trách")
    await officer.expect("Đã gửi câu hỏi")
    notice = await reviewer.expect("Câu hỏi mới cần trả lời", "chi hỗ trợ")
    bold = [
        notice.text[e["offset"] : e["offset"] + e["length"]]
        for e in notice.raw.get("entities") or []
        if e.get("type") == "bold"
    ]
    assert bold == ["Câu hỏi mới cần trả lời"]  # the template's own bold, nothing the user typed
    assert "chi hỗ trợ" in notice.text and notice.text.count("*") >= 4  # the stars are shown


async def _offered(chat: Any, label: str, within: float = 20.0) -> None:
    """Wait until a message offering ``label`` has arrived (choose() does not wait)."""
    import asyncio

    loop = asyncio.get_running_loop()
    deadline = loop.time() + within
    while not any(label in m.labels for m in chat.transcript[-3:]):
        assert loop.time() < deadline, f"{label!r} never offered"
        await chat._poll(1.0)


async def _movement_list(reviewer: Any) -> str:
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Đăng ký thi đua của các đơn vị")
    await _offered(reviewer, "Danh sách phong trào thi đua")
    await reviewer.choose("Danh sách phong trào thi đua")
    return str((await reviewer.expect("Phong trào thi đua đang mở đăng ký")).text)


async def test_one_communes_movement_changes_stay_in_that_commune(harness: Harness) -> None:
    ours = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Duyên")
    theirs = await harness.officer("XA-MB", role="reviewer", name="Tòng Văn C")
    below = await harness.officer("THON-BM", role="reviewer", name="Lò Văn Pọm")
    before = await _movement_list(ours)
    first = before.split("1) ", 1)[1].splitlines()[0].strip()  # the seeded list's first

    await _offered(ours, "Thêm phong trào")
    await ours.choose("Thêm phong trào")
    await ours.say("Xã Chiềng Mai sáng xanh sạch đẹp")
    await ours.expect("Đã thêm phong trào")
    await ours.choose("Ngừng một phong trào")
    await ours.say("1")
    await ours.expect("Đã ngừng phong trào", first)

    mine = await _movement_list(ours)
    assert "sáng xanh sạch đẹp" in mine and f") {first}\n" not in f"{mine}\n"
    below_list = await _movement_list(below)  # the commune's subtree follows its reviewer
    assert "sáng xanh sạch đẹp" in below_list and f") {first}\n" not in f"{below_list}\n"
    other = await _movement_list(theirs)  # the other commune: untouched
    assert "sáng xanh sạch đẹp" not in other and f"1) {first}" in other


async def test_a_staff_answer_is_served_only_in_the_commune_that_saved_it(
    harness: Harness,
) -> None:
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Duyên")
    officer = await harness.officer("THON-BM", name="Lò Văn Pọm")
    await officer.say("Mức hỗ trợ tiền ăn cho người đi dự đại hội thi đua của thôn là bao nhiêu?")
    await officer.expect("Gửi câu hỏi cho cán bộ phụ trách")
    await officer.choose("Gửi câu hỏi cho cán bộ phụ trách")
    await officer.expect("Đã gửi câu hỏi")
    await reviewer.expect("Câu hỏi mới cần trả lời")
    await reviewer.choose("Trả lời")
    await reviewer.expect("Mời anh/chị gõ câu trả lời")
    await reviewer.say("Theo quyết định của UBND xã Chiềng Mai: 100.000 đồng/người/ngày.")
    await reviewer.expect("Đã gửi câu trả lời")
    await reviewer.choose("Lưu vào cơ sở tri thức")
    await reviewer.expect("Đã lưu")
    question = "muc ho tro tien an di du dai hoi thi dua cua thon bao nhieu"
    inside = await harness.officer("TRUONG-CM", name="Hà Văn Khoa")  # under XA-CM
    await inside.say(question)
    await inside.expect("100.000 đồng/người/ngày")
    outside = await harness.officer("THON-NA", name="Tòng Thị Na")  # under XA-MB
    await outside.say(question)
    reply = await outside.expect("Gửi câu hỏi cho cán bộ phụ trách")
    assert "100.000" not in reply.text and "Chiềng Mai" not in reply.text
