"""Issue 13's rough edges a new officer hits, on Telegram and on Zalo."""

from __future__ import annotations

import re
from pathlib import Path

from tests.e2e.harness import Harness

ROOT = Path(__file__).resolve().parents[2]
OLD_PLAN = """KẾ HOẠCH
Công tác thi đua, khen thưởng năm 2020
1. Các thôn, tổ dân phố, trường học đăng ký thi đua: trước ngày 15/3/2020
2. Sơ kết phong trào thi đua 6 tháng đầu năm: chậm nhất ngày 30/6/2020
3. Tổng kết phong trào thi đua, đề nghị khen thưởng: chậm nhất ngày 30/11/2020
"""


async def test_thanks_and_greetings_get_a_short_fitting_reply(both_channels: Harness) -> None:
    h = both_channels
    officer = await h.officer("THON-BM", name="Lò Văn An", channel=h.default_channel)
    await officer.say("cam on")
    thanks = await officer.expect("Không có gì")
    assert "cần làm gì" not in thanks.text and "Căn cứ" not in thanks.text
    await officer.say("Cảm ơn bạn nhiều!")
    await officer.expect("Không có gì")
    await officer.say("xin chao")
    hello = await officer.expect("Xin chào Lò Văn An")
    assert "Đăng ký thi đua" in hello.labels
    # Thanks followed by a question is a question.
    await officer.say("cảm ơn, cho hỏi tiền thưởng lao động tiên tiến bao nhiêu")
    await officer.expect("Căn cứ")


async def test_menu_words_typed_open_the_feature(both_channels: Harness) -> None:
    h = both_channels
    officer = await h.officer("THON-BM", channel=h.default_channel)
    for words in ("lich nhac han", "Lịch"):
        await officer.say(words)
        calendar = await officer.expect("Lịch hạn công việc")
        assert "Căn cứ" not in calendar.text
    await officer.say("tra cứu")
    await officer.expect("Gõ mã theo dõi")
    await officer.say("/huy")
    await officer.expect("Đã hủy")
    await officer.say("nộp hồ sơ")
    await officer.expect("đề nghị khen thưởng gì")
    await officer.say("/huy")
    await officer.expect("Đã hủy")
    await officer.say("dang ky")
    registration = await officer.expect("năm")
    assert "Căn cứ" not in registration.text
    assert "Đăng ký thi đua năm" in registration.text or "đăng ký cho năm nào" in registration.text


async def test_a_plan_whose_dates_are_all_past_loads_as_a_draft_with_a_warning(
    both_channels: Harness,
) -> None:
    h = both_channels
    reviewer = await h.officer("XA-CM", role="reviewer", channel=h.default_channel)
    await reviewer.say("/thamdinh")
    await reviewer.expect("Hàng chờ thẩm định")
    await reviewer.choose("Kế hoạch và hạn")
    await reviewer.expect("Chưa có kế hoạch")
    await reviewer.choose("Nhập kế hoạch mới")
    await reviewer.expect("Kế hoạch công tác thi đua, khen thưởng")
    if reviewer.channel == "telegram":
        await reviewer.send_files([("ke-hoach-2020.txt", OLD_PLAN.encode())], as_="document")
    else:  # Zalo carries only text and images: the plan is pasted
        await reviewer.say(OLD_PLAN)
    review = await reviewer.expect("Kiểm tra kế hoạch", "năm 2020")
    assert "đều đã qua" in review.text and "30/11/2020" in review.text
    assert "Xác nhận" in review.labels  # still a draft the reviewer may fix or confirm


def test_no_telegram_wording_reaches_zalo() -> None:
    """Outside `{% if buttons() %}` blocks, text must fit a channel without buttons."""
    telegram_only = re.compile(r"{% if buttons\(\) %}.*?{% else %}", re.S)
    words = re.compile(r"\bbấm\b|\bnút\b|trong Telegram|📎", re.I)
    found = []
    for path in [
        *(ROOT / "content" / "templates").glob("*.j2"),
        *(ROOT / "content" / "forms").glob("*.yaml"),
    ]:
        text = telegram_only.sub("", path.read_text(encoding="utf-8"))
        found += [f"{path.name}: {m.group(0)}" for m in words.finditer(text)]
    assert found == []


async def test_zalo_officer_is_not_told_to_use_telegrams_file_menu(harness: Harness) -> None:
    from tests.dossier import samples
    from tests.dossier.flow import start_dossier

    officer = await harness.officer("THON-BM", channel="zalo")
    await start_dossier(officer)
    await officer.send_files([("anh-nho.jpg", samples.jpeg("nho", size=(640, 480)))], as_="photo")
    small = await officer.expect("quá nhỏ")
    assert "Telegram" not in small.text and "📎" not in small.text
    assert "chụp lại gần hơn" in small.text
