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
