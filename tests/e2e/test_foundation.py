"""Issue 2 end to end: the real bot, aiogram polling the sandbox over HTTP, real databases."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.core.context import Context
from bot.core.router import Router
from handlers import build_router
from tests.e2e.harness import Harness


def _router_with_test_flows() -> Router:
    """The real router plus a two-step flow and a handler that always fails."""
    router = build_router()
    extra = Router()

    @extra.command("hoten")
    async def ask_name(ctx: Context) -> None:
        ctx.begin("profile", "name", {"profile": {}})
        await ctx.reply("Họ và tên của anh/chị?")

    @extra.flow("profile")
    async def profile(ctx: Context) -> None:
        if ctx.state.step == "name":
            # Nested and changed in place: the runtime must still save it.
            ctx.state.data.setdefault("profile", {})["name"] = ctx.text
            ctx.goto("year")
            await ctx.reply("Năm sinh?")
        else:
            name = ctx.state.data["profile"]["name"]
            ctx.end()
            await ctx.reply(f"Đã ghi nhận: {name}, sinh năm {ctx.text}.")

    @extra.command("loi")
    async def broken(ctx: Context) -> None:
        raise RuntimeError("a bug in a handler")

    @extra.command("dai")
    async def long_answer(ctx: Context) -> None:
        await ctx.reply("\n".join(f"Dòng {i:03d} của một câu trả lời dài." for i in range(300)))

    router.include(extra)
    return router


@pytest.fixture
async def flows(tmp_path: Path, db_url: str) -> AsyncIterator[Harness]:
    h = await Harness(tmp_path, db_url, router=_router_with_test_flows()).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


async def test_unknown_user_is_told_how_to_get_an_invite(flows: Harness) -> None:
    stranger = flows.user("Người lạ")
    await stranger.say("xin chao")
    message = await stranger.expect("mã mời")
    assert "công chức phụ trách" in message.text
    await stranger.say("ABCD-EFGH")
    await stranger.expect("Mã không đúng")


async def test_invite_by_deep_link_then_menu(flows: Harness) -> None:
    code = await flows.invite("THON-BM", "officer")
    officer = flows.user("Lò Thị Hoa")
    await officer.say(f"/start {code}")
    welcome = await officer.expect("Chào mừng", "Thôn Bản Mé")
    assert welcome.labels == [
        "Hỏi đáp thủ tục",
        "Đăng ký thi đua",
        "Nộp hồ sơ",
        "Tra cứu hồ sơ",
        "Lịch và nhắc hạn",
        "Trợ giúp",
    ]
    # The code was one-time: a second person cannot reuse it.
    other = flows.user("Người khác")
    await other.say(code.lower())
    await other.expect("đã được sử dụng")


async def test_reviewer_menu_has_the_queue(flows: Harness) -> None:
    reviewer = await flows.officer("XA-CM", role="reviewer", name="Cầm Văn Thẩm")
    assert "Hàng chờ thẩm định" in reviewer.transcript[-1].labels


async def test_restart_in_the_middle_of_a_conversation_continues_it(flows: Harness) -> None:
    officer = await flows.officer("THON-BM")
    await officer.say("/hoten")
    await officer.expect("Họ và tên")
    await officer.say("Quàng Văn Minh")
    await officer.expect("Năm sinh")
    await flows.restart()
    await officer.say("1985")
    await officer.expect("Đã ghi nhận: Quàng Văn Minh, sinh năm 1985")


async def test_the_same_update_delivered_twice_is_handled_once(flows: Harness) -> None:
    officer = await flows.officer("THON-BM")
    await flows.control("duplicate-next", count=1)
    await officer.say("/hoten")
    replies = await officer.collect(quiet=1.5)
    assert [m.text for m in replies].count("Họ và tên của anh/chị?") == 1


async def test_a_failing_handler_apologises_and_others_are_served(flows: Harness) -> None:
    unlucky = await flows.officer("THON-BM", name="Người gặp lỗi")
    other = await flows.officer("TRUONG-CM", name="Người khác")
    await unlucky.say("/hoten")
    await unlucky.expect("Họ và tên")
    await unlucky.say("/loi")
    await other.say("/trogiup")
    await unlucky.expect("Xin lỗi, hệ thống gặp sự cố")
    await other.expect("Hướng dẫn sử dụng")
    # The failure did not lose the user's place: /loi rolled back, the flow is still open.
    await unlucky.say("Tòng Văn Lỗi")
    await unlucky.expect("Năm sinh")


async def test_a_429_is_waited_out_and_every_part_arrives_in_order(flows: Harness) -> None:
    officer = await flows.officer("THON-BM")
    # The sandbox allows far less than the bot paces for, so it must answer 429.
    await flows.control(
        "flood", enabled=True, global_per_s=30, per_chat_per_s=0.5, per_chat_burst=1
    )
    await officer.say("/dai")
    parts = [await officer.expect("Dòng 000", within=30)]
    while "Dòng 299" not in parts[-1].text:
        parts.append(await officer.expect("Dòng", within=30))
    stats = (await flows.http.get("/api/control/stats")).json()  # type: ignore[union-attr]
    assert stats["telegram"]["100000"]["http_429"] >= 1
    numbers = [int(line.split()[1]) for part in parts for line in part.text.splitlines()]
    assert numbers == list(range(300))


async def test_webhook_mode_verifies_the_secret(tmp_path: Path, sqlite_url: str) -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    h = Harness(
        tmp_path,
        sqlite_url,
        settings={
            "web_port": port,
            "public_url": f"http://127.0.0.1:{port}",
            "webhook_secret": "bi-mat-rat-dai-123",
        },
    )
    await h.start()
    try:
        await h.seed_units()
        officer = await h.officer("THON-BM")  # delivered by the sandbox's webhook POSTs
        assert officer.transcript
        async with httpx.AsyncClient() as client:
            forged = await client.post(
                f"http://127.0.0.1:{port}/telegram/100000",
                json={
                    "update_id": 999,
                    "message": {
                        "message_id": 1,
                        "date": 0,
                        "chat": {"id": 5, "type": "private"},
                        "from": {"id": 5, "is_bot": False, "first_name": "X"},
                        "text": "/trogiup",
                    },
                },
                headers={"X-Telegram-Bot-Api-Secret-Token": "sai"},
            )
        assert forged.status_code == 403
        await asyncio.sleep(0.5)
        from sqlalchemy import func, select

        from bot.storage.models import InboxUpdate

        assert h.app is not None
        async with h.app.db.session() as session:
            keys = set((await session.scalars(select(InboxUpdate.update_key))).all())
            assert "999" not in keys
            assert await session.scalar(select(func.count()).select_from(InboxUpdate)) >= 1
    finally:
        await h.stop()


async def test_an_unknown_command_lists_the_ones_this_user_has(flows: Harness) -> None:
    officer = await flows.officer("THON-BM")
    await officer.say("/khongco")
    message = await officer.expect("Không có lệnh /khongco")
    for command in ("/menu", "/huy", "/hoso", "/dangky", "/lich", "/lienket", "/trogiup"):
        assert command in message.text
    assert "/thamdinh" not in message.text  # reviewers only
