"""Protocol fidelity: what the real Bot API would refuse, the sandbox refuses too."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.core.context import Context
from bot.core.router import Router
from handlers import build_router
from tests.e2e.harness import Harness

EMOJI = "🎉"  # outside the BMP: 1 code point, 2 UTF-16 units


def _router() -> Router:
    router = build_router()
    extra = Router()

    @extra.command("emoji")
    async def emoji(ctx: Context) -> None:
        # 3,000 code points but 5,000+ UTF-16 units: Telegram refuses it unless split.
        lines = [f"{i:03d} " + EMOJI * 20 for i in range(100)]
        await ctx.reply("\n".join(lines))

    router.include(extra)
    return router


@pytest.fixture
async def emoji_harness(tmp_path: Path, sqlite_url: str) -> AsyncIterator[Harness]:
    h = await Harness(tmp_path, sqlite_url, router=_router()).start()
    await h.seed_units()
    try:
        yield h
    finally:
        await h.stop()


async def test_a_reply_longer_in_utf16_units_than_telegram_allows_is_split(
    emoji_harness: Harness,
) -> None:
    officer = await emoji_harness.officer("THON-BM")
    await officer.say("/emoji")
    parts = [await officer.expect("000 ", within=20)]
    while "099 " not in parts[-1].text:
        parts.append(await officer.expect(EMOJI, within=20))
    text = "\n".join(p.text for p in parts)
    assert len(parts) >= 2
    assert text.count(EMOJI) == 2000
    assert all(len(p.text.encode("utf-16-le")) // 2 <= 4096 for p in parts)


async def test_a_zalo_voice_note_gets_the_same_answer_as_on_telegram(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", channel="zalo")
    assert harness.http is not None
    sent = await harness.http.post(f"/api/zalo/users/{officer.uid}/voice", json={})
    assert sent.status_code == 200
    await officer.expect("chưa nghe được tin nhắn thoại")


async def test_zalo_403_is_a_server_error_retried_not_a_blocked_user(harness: Harness) -> None:
    officer = await harness.officer("THON-BM", channel="zalo")
    # Zalo documents 403 as "Internal server error"; the description may say anything.
    await harness.control(
        "fail",
        channel="zalo",
        method="sendMessage",
        status=403,
        description="Forbidden",
        count=1,
    )
    await officer.say("/trogiup")
    await officer.expect("Hướng dẫn", within=30)  # delivered on the retry
    await officer.say("/menu")
    await officer.expect("Anh/chị cần làm gì")  # and the account is still reachable


async def test_replicas_starting_together_wait_out_set_webhook_429(
    tmp_path: Path, sqlite_url: str
) -> None:
    import socket

    from bot.app import Application

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Replicas share the deployment key (links and the derived webhook secret must agree).
    shared = {
        "web_port": port,
        "public_url": f"http://127.0.0.1:{port}",
        "secret_key": "khoa-chung-cua-trien-khai-0123456789",
    }
    first = await Harness(tmp_path, sqlite_url, settings=shared, leader=False).start()
    # Started at once: its setWebhook comes within a second of the first one's (429 from
    # Telegram, modelled by the sandbox); it must wait and start, not crash.
    replica = Application(
        first.settings().model_copy(update={"web_port": 0, "data_dir": tmp_path / "replica"}),
        sandbox_when_no_token=False,
        leader=True,
    )
    assert first.sandbox is not None and first.app is not None
    # Telegram's window is one second; widen it so this test does not depend on how fast the
    # replica reaches its setWebhook (the answer still says "retry after 1").
    first.sandbox.config.webhook_set_interval_s = 6.0
    try:
        await replica.start()
        await first.seed_units()
        officer = await first.officer("THON-BM")
        assert officer.transcript
    finally:
        await replica.stop()
        await first.stop()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://bot.example.vn", "https://"),
        ("https://bot.example.vn:8080", "443, 80, 88"),
    ],
)
async def test_a_public_url_telegram_cannot_use_stops_the_start_with_a_clear_message(
    tmp_path: Path, url: str, words: str
) -> None:
    from bot.app import Application
    from bot.config import Settings
    from bot.web.public_url import PublicUrlError

    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        data_dir=tmp_path / "var",
        telegram_token="123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        public_url=url,
    )
    with pytest.raises(PublicUrlError, match=words):
        await Application(settings, sandbox_when_no_token=False).start()
