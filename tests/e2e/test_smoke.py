from tests.e2e.harness import Harness


async def test_invite_start_menu(harness: Harness) -> None:
    code = await harness.invite("XA-CM")
    chat = harness.user("Lò Văn An")
    await chat.say(f"/start {code}")
    welcome = await chat.expect("Chào mừng")
    assert "Hỏi đáp thủ tục" in welcome.labels
