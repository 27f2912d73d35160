"""Issue 11: questions about an imported plan's content are answered from its items."""

from __future__ import annotations

from datetime import date

from bot.knowledge.plan_items import PlanItem, answer_from_plan

ITEMS = [
    PlanItem(
        "Tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2026",
        "Văn phòng HĐND và UBND xã",
        "Tháng 12/2026",
        date(2026, 12, 31),
        "III. TỔ CHỨC THỰC HIỆN",
        "Kế hoạch 12/KH-UBND công tác thi đua, khen thưởng năm 2026",
        "UBND xã Chiềng Mung",
        2026,
    ),
    PlanItem(
        "Các thôn gửi bản đăng ký thi đua về UBND xã",
        "Trưởng các thôn",
        "trước ngày 20/3",
        date(2026, 3, 19),
        None,
        "Kế hoạch 12/KH-UBND công tác thi đua, khen thưởng năm 2026",
        "UBND xã Chiềng Mung",
        2026,
    ),
]


def test_a_question_about_the_plan_quotes_the_item_and_names_the_plan() -> None:
    found = answer_from_plan("theo ke hoach cua xa ai to chuc hoi nghi tong ket", ITEMS)
    assert found is not None
    text, item = found
    assert item is ITEMS[0]
    assert "«Tổ chức Hội nghị tổng kết" in text and "Văn phòng HĐND và UBND xã" in text
    assert text.splitlines()[-1] == (
        "Căn cứ: Kế hoạch 12/KH-UBND công tác thi đua, khen thưởng năm 2026 của UBND xã Chiềng "
        "Mung, năm 2026, mục III. TỔ CHỨC THỰC HIỆN (kế hoạch đã nhập)."
    )


def test_general_questions_are_left_to_the_rest_of_qa() -> None:
    assert answer_from_plan("tiền thưởng LĐTT bao nhiêu", ITEMS) is None  # no "kế hoạch"
    assert answer_from_plan("kế hoạch thi đua năm nay gồm những gì", ITEMS) is None
    assert answer_from_plan("kế hoạch có nói gì về chuyển đổi số không", ITEMS) is None
    # two words in common with a task out of six asked: not enough to quote it
    assert answer_from_plan("kế hoạch có hội nghị chuyển đổi số nào không", ITEMS) is None
    assert answer_from_plan("theo kế hoạch thôn gửi đăng ký thi đua khi nào", []) is None
