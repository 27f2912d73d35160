"""Issue 7 end to end: the same handlers on the Zalo sandbox, by numbered replies."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
from sqlalchemy import func, select

from bot.core.context import Context
from bot.core.messages import Reply
from bot.core.router import Router
from bot.storage.models import ChannelAccount, InboxUpdate, OutboxMessage, Priority, User
from handlers import build_router
from tests.e2e.harness import Harness


async def test_invite_menu_and_a_question_by_numbers(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", name="Lường Thị Mai", channel="zalo")
    menu = officer.transcript[-1]
    assert "Trả lời một số từ 1 đến 6" in menu.text
    assert menu.labels[:2] == ["Hỏi đáp thủ tục", "Đăng ký thi đua"]
    await officer.choose("Trợ giúp")  # types "6"
    await officer.expect("Hướng dẫn sử dụng")
    await officer.say("tien thuong cstd co so bao nhieu")
    answer = await officer.expect("Căn cứ")
    assert answer.has("2.530.000")
    topics = [label for label in answer.labels if label != "Trình đơn chính"]
    await officer.choose(topics[0])
    await officer.expect("Căn cứ")


async def test_sticker_and_protected_content_are_answered_kindly(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", channel="zalo")
    assert harness.http is not None
    await harness.http.post(f"/api/zalo/users/{officer.uid}/sticker", json={"sticker": "vui"})
    await officer.expect("Gõ câu hỏi hoặc /menu")
    await harness.http.post(f"/api/zalo/users/{officer.uid}/unsupported")
    await officer.expect("không hiển thị được")


def _router_with_long_answer() -> Router:
    router = build_router()
    extra = Router()

    @extra.command("dai")
    async def long_answer(ctx: Context) -> None:
        await ctx.reply(
            "\n".join(f"Dòng {i:03d}: nội dung hướng dẫn lập hồ sơ khen thưởng." for i in range(90))
        )

    router.include(extra)
    return router


async def test_a_4500_character_answer_arrives_as_three_messages_in_order(
    tmp_path: Path, sqlite_url: str
) -> None:
    h = await Harness(tmp_path, sqlite_url, router=_router_with_long_answer()).start()
    try:
        await h.seed_units()
        officer = await h.officer("THON-BM", channel="zalo")
        await officer.say("/dai")
        parts = [await officer.expect("Dòng 000")]
        while "Dòng 089" not in parts[-1].text:
            parts.append(await officer.expect("Dòng"))
        assert sum(len(p.text) for p in parts) > 4500
        assert len(parts) == 3 and all(len(p.text) <= 2000 for p in parts)
        lines = [line for p in parts for line in p.text.splitlines()]
        assert [int(line[5:8]) for line in lines] == list(range(90))
    finally:
        await h.stop()


async def test_a_replayed_update_is_handled_once(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", channel="zalo")
    await harness.control("zalo", replay=True, replays=2)
    await officer.say("/trogiup")
    replies = await officer.collect(quiet=1.5)
    assert sum("Hướng dẫn sử dụng" in m.text for m in replies) == 1


async def test_forged_webhook_is_refused_and_nothing_processed(
    tmp_path: Path, sqlite_url: str
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    h = Harness(
        tmp_path,
        sqlite_url,
        settings={
            "web_port": port,
            "public_url": f"http://127.0.0.1:{port}",
            "zalo_webhook_secret": "zalo-bi-mat-0123456789",
        },
    )
    await h.start()
    try:
        await h.seed_units()
        officer = await h.officer("THON-BM", channel="zalo")  # through the real webhook
        assert officer.transcript
        update = {
            "event_name": "message.text.received",
            "message": {
                "from": {"id": "kẻ-giả-mạo", "display_name": "X"},
                "chat": {"id": "kẻ-giả-mạo", "chat_type": "PRIVATE"},
                "text": "/menu",
                "message_id": "forged-1",
                "date": 1,
            },
        }
        async with httpx.AsyncClient() as client:
            no_secret = await client.post(f"http://127.0.0.1:{port}/zalo/200000", json=update)
            wrong = await client.post(
                f"http://127.0.0.1:{port}/zalo/200000",
                json=update,
                headers={"X-Bot-Api-Secret-Token": "sai-bi-mat"},
            )
        assert (no_secret.status_code, wrong.status_code) == (403, 403)
        await asyncio.sleep(0.5)
        assert h.app is not None
        async with h.app.db.session() as session:
            keys = set((await session.scalars(select(InboxUpdate.update_key))).all())
        assert not any("forged" in key for key in keys)
    finally:
        await h.stop()


async def _link_zalo_to(harness: Harness, telegram_user) -> object:  # type: ignore[no-untyped-def]
    await telegram_user.say("/lienket")
    message = await telegram_user.expect("Mã liên kết")
    code = message.text.split("Mã liên kết của anh/chị: ")[1].split(" ")[0]
    zalo = harness.user(telegram_user.name, uid=f"z{telegram_user.uid}", channel="zalo")
    await zalo.say(code.lower().replace("-", " "))
    await zalo.expect("Đã liên kết")
    return zalo


async def test_linked_user_gets_a_notification_once_on_the_chosen_channel(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", name="Vì Văn Liên")
    zalo = await _link_zalo_to(harness, officer)
    # Choose Zalo for reminders from Telegram.
    await officer.say("/lienket")
    await officer.expect("Đang liên kết: Telegram, Zalo")
    await officer.choose("Chọn kênh nhận nhắc hạn")
    await officer.expect("nhận tin nhắc hạn qua ứng dụng nào")
    await officer.choose("Zalo")
    await officer.expect("qua Zalo")

    assert harness.app is not None
    async with harness.app.db.session() as session:
        user_id = await session.scalar(select(User.id).where(User.full_name == "Vì Văn Liên"))
        from bot.core.context import reminder_account

        account = await reminder_account(session, user_id)
        assert account is not None and account.channel == "zalo"
        await harness.app.services.outbox.deliver(
            session,
            account,
            Reply("Nhắc hạn: đăng ký thi đua trước 14/3."),
            priority=Priority.BULK,
            kind="reminder",
            dedupe_key="test:reminder:1",
        )
        # Queuing the same reminder again changes nothing.
        await harness.app.services.outbox.deliver(
            session,
            account,
            Reply("Nhắc hạn: đăng ký thi đua trước 14/3."),
            priority=Priority.BULK,
            kind="reminder",
            dedupe_key="test:reminder:1",
        )
    await zalo.expect("Nhắc hạn: đăng ký thi đua")  # type: ignore[attr-defined]
    await asyncio.sleep(1.0)
    telegram_copies = [
        m for m in await officer.collect(quiet=0.5, at_least=0) if "Nhắc hạn" in m.text
    ]
    zalo_copies = [m for m in await zalo.collect(quiet=0.5, at_least=0) if "Nhắc hạn" in m.text]  # type: ignore[attr-defined]
    assert telegram_copies == [] and zalo_copies == []  # nothing more: exactly one delivery


async def test_bot_at_quota_falls_back_to_telegram_and_tells_the_admin(harness: Harness) -> None:
    admin = await harness.officer("XA-CM", role="admin", name="Quản Trị Viên")
    officer = await harness.officer("THON-BM", name="Điêu Thị Hằng")
    zalo = await _link_zalo_to(harness, officer)
    await harness.control("zalo", quota_enabled=True, monthly_messages=0)
    assert harness.app is not None
    async with harness.app.db.session() as session:
        account = await session.scalar(
            select(ChannelAccount)
            .where(ChannelAccount.channel == "zalo", ChannelAccount.external_id.is_not(None))
            .order_by(ChannelAccount.id.desc())
        )
        assert account is not None
        await harness.app.services.outbox.deliver(
            session,
            account,
            Reply("Nhắc hạn: nộp hồ sơ tổng kết trước 30/11."),
            priority=Priority.BULK,
            kind="reminder",
            dedupe_key="test:quota:1",
        )
    await officer.expect("Nhắc hạn: nộp hồ sơ tổng kết")  # rerouted to Telegram
    await admin.expect("Không gửi được tin nhắn cho Điêu Thị Hằng qua Zalo")
    await admin.collect(quiet=1.0, at_least=0)
    alerts = [m for m in admin.transcript if "Zalo" in m.text]
    # Two alerts, in either order: the re-routed message, and the bot's quota reached.
    assert any(m.has("hết hạn mức") and m.has("chuyển sang Telegram") for m in alerts)
    assert any(m.has("đã hết hạn mức tháng này") for m in alerts)
    async with harness.app.db.session() as session:
        failed = await session.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.channel == "zalo", OutboxMessage.status == "failed")
        )
    assert failed == 1
    assert not [m for m in await zalo.collect(quiet=0.5, at_least=0) if "Nhắc hạn" in m.text]  # type: ignore[attr-defined]


async def test_a_numbered_reply_answers_the_notification_just_received(harness: Harness) -> None:
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Duyên", channel="zalo")
    officer = await harness.officer("THON-BM", name="Lò Văn Pọm")
    await officer.say("Mức hỗ trợ tiền ăn cho người đi dự đại hội thi đua của thôn là bao nhiêu?")
    await officer.expect("Gửi câu hỏi cho cán bộ phụ trách")
    await officer.choose("Gửi câu hỏi cho cán bộ phụ trách")
    notice = await reviewer.expect("Câu hỏi mới cần trả lời")
    assert "1. Trả lời" in notice.text
    # The reviewer's last menu also had a "1"; the notification's choice must win.
    await reviewer.say("1")
    await reviewer.expect("Mời anh/chị gõ câu trả lời")


async def test_dossier_on_zalo_by_numbered_replies_review_loop(harness: Harness) -> None:
    """Issue 6's "done when", all on Zalo: photos in, numbered replies, one answer per burst."""
    from bot.core import codes
    from tests.dossier import samples
    from tests.dossier.flow import latest_dossier, start_dossier

    officer = await harness.officer("THON-BM", name="Lò Văn An", channel="zalo")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa", channel="zalo")
    await start_dossier(officer)
    photos = [(f"to-trinh-{i}.jpg", samples.jpeg(f"To trinh trang {i}", seed=i)) for i in range(3)]
    await officer.send_files(photos)
    ack = await officer.expect("Đã nhận")
    assert "3" in ack.text
    await officer.collect(quiet=2.0, at_least=0)
    assert sum("Đã nhận" in m.text for m in officer.transcript) == 1  # one answer for the burst
    await officer.choose("Xong giấy tờ này")
    for label in ("Bao cao thanh tich", "Bien ban"):
        await officer.send_files([(f"{label}.jpg", samples.jpeg(label, seed=9))])
        await officer.expect("Đã nhận")
        await officer.choose("Xong giấy tờ này")
    await officer.expect("Đã đủ giấy tờ bắt buộc")
    await officer.choose("Nộp hồ sơ")
    await officer.expect("Đã nộp hồ sơ", "Mã theo dõi")
    dossier, pages = await latest_dossier(harness)
    assert len(pages) == 5
    # Zalo's images are the dossier's pages: the downloaded bytes, cleaned on intake (cropped,
    # grey, contrast stretched; handlers/dossier/quality.py), nothing else.
    from handlers.dossier.files import PDF_MAX_SIDE
    from handlers.dossier.quality import cleaned

    assert harness.app is not None
    stored = {await harness.app.services.media.get(page.media_key) for page in pages}
    assert {cleaned(data, PDF_MAX_SIDE)[0] for _, data in photos} <= stored
    code = codes.display(dossier.code)

    await reviewer.expect("Hồ sơ mới", code)
    await reviewer.choose("Hàng chờ thẩm định")
    await reviewer.choose("Hồ sơ đề nghị khen thưởng")
    await reviewer.expect("Chờ thẩm định", code)
    await reviewer.choose(code)
    await reviewer.expect("Tình trạng", "Đang thẩm định")
    await reviewer.choose("Cần bổ sung")
    await reviewer.expect("lý do")
    await reviewer.say("Biên bản thiếu trang có chữ ký")
    await reviewer.expect("Đã chuyển", "Cần bổ sung")
    told = await officer.expect(code, "Cần bổ sung", "thiếu trang có chữ ký")
    assert "Bổ sung hồ sơ" in told.labels
    await officer.choose("Bổ sung hồ sơ")
    await officer.choose("Chọn giấy tờ khác")
    await officer.choose("Biên bản bình xét")
    await officer.send_files([("bien-ban-2.jpg", samples.jpeg("Bien ban trang 2", seed=7))])
    await officer.expect("Đã nhận")
    await officer.choose("Nộp bổ sung")
    await officer.expect("Đã nộp bổ sung", code)
    await reviewer.expect("Hồ sơ đã bổ sung", code)
    await reviewer.choose("Mở hồ sơ")
    await reviewer.expect("Tình trạng", "Biên bản bình xét — 2 trang")
    await reviewer.choose("Đạt")
    await reviewer.expect("Đã chuyển", "Đạt")
    await officer.expect(code, "Tình trạng mới: Đạt")
