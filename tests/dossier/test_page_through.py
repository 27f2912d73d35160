"""The reviewer's page-through in chat (issue 14, step 4): one page at a time with its item, the
page the last supplement added marked, on both channels; only reviewers of the subtree."""

from __future__ import annotations

from bot.core import codes
from tests.dossier.flow import send_page, submit_simple_dossier
from tests.e2e.harness import Harness, UserChat


def image_of(message_photo: object) -> bool:
    return bool(message_photo)


async def returned_and_supplemented(harness: Harness) -> tuple[UserChat, UserChat, str]:
    """A submitted dossier sent back for its Biên bản, one page added, sent again."""
    officer = await harness.officer("THON-BM", name="Lò Văn An")
    reviewer = await harness.officer("XA-CM", role="reviewer", name="Cầm Thị Hoa")
    dossier = await submit_simple_dossier(harness, officer)
    code = codes.display(dossier.code)
    await reviewer.expect("Hồ sơ mới", code)
    await reviewer.choose("Mở hồ sơ")
    await reviewer.expect("Tình trạng", "Đang thẩm định")
    await reviewer.choose("Cần bổ sung")
    await reviewer.expect("lý do")
    await reviewer.choose("Thiếu: Biên bản bình xét")
    await reviewer.expect("Đã chuyển", "Cần bổ sung")
    await officer.expect(code, "Cần bổ sung")
    await officer.choose("Bổ sung hồ sơ")
    await officer.expect("Biên bản bình xét (3/4)")
    await send_page(officer, "Biên bản trang 2", seed=7)
    await officer.choose("Nộp bổ sung")
    await officer.expect("Đã nộp bổ sung", code)
    await reviewer.expect("Hồ sơ đã bổ sung", code)
    return officer, reviewer, code


async def test_reviewer_pages_through_and_sees_the_added_page(harness: Harness) -> None:
    officer, reviewer, code = await returned_and_supplemented(harness)
    await reviewer.choose("Mở hồ sơ")
    await reviewer.expect("Tình trạng", "Biên bản bình xét — 2 trang")
    await reviewer.choose("Xem từng trang")
    photo = await reviewer.expect("Trang 1/4", "Tờ trình và danh sách")
    assert photo.photo, "the page image is sent"
    first = await reviewer.expect("Trang 1/4", code)
    assert "bổ sung" not in first.text
    assert "Trang sau ▶" in first.labels and "Về hồ sơ" in first.labels
    assert not any("Trang trước" in label for label in first.labels)
    seen = [first.text]
    for number in (2, 3, 4):
        await reviewer.choose("Trang sau")
        await reviewer.expect(f"Trang {number}/4")  # the photo, captioned
        seen.append((await reviewer.expect(f"Trang {number}/4", code)).text)
    # Only the page the supplement added is marked, under its item, numbered within it.
    assert ["🆕 bổ sung" in text for text in seen] == [False, False, False, True]
    assert "Biên bản bình xét (trang 2/2)" in seen[3]
    last = reviewer.transcript[-1]
    assert not any("Trang sau" in label for label in last.labels)
    await reviewer.choose("Trang trước")
    back = await reviewer.expect("Trang 3/4", code)
    assert "Biên bản bình xét (trang 1/2)" in back.text
    await reviewer.choose("Về hồ sơ")
    detail = await reviewer.expect("Tình trạng", "Đã bổ sung")
    # Straight to what was added.
    await reviewer.choose("Xem trang mới bổ sung (1)")
    jumped = await reviewer.expect("Trang 4/4", code)
    assert "🆕 bổ sung" in jumped.text
    assert "Xem từng trang" in detail.labels
    # The officer's own view of the dossier offers no page-through (reviewers only).
    await officer.say(code)
    mine = await officer.expect("Đơn vị: Thôn Bản Mé", "Tình trạng:")
    assert "Xem từng trang" not in mine.labels
