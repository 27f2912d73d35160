"""A letter asking whether both prizes are paid ("có được nhận cả tiền thưởng LĐTT và tiền thưởng
giấy khen không") is asked of several awards at once (task h143, long-letter set yesno_tuning8).
Wording of our own, none from a set: a danh hiệu thi đua and a hình thức khen thưởng given at the
same time for different achievements each carry their prize (domain.md 2.11; NĐ 152/2025 Điều 49
as the facts cite it).
"""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


def test_both_prizes_asked_after_a_story(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "chao anh, e la ke toan phuong Mai Dich. Nam nay chi Ha vua dc LDTT vua dc giay khen cua "
        "chu tich phuong cho 2 thanh tich khac nhau. Vay chi Ha dc nhan ca tien thuong LDTT va "
        "tien thuong giay khen k a?",
        "Có",
    )
    assert "Nhiều danh hiệu cùng lúc" in text


def test_two_titles_of_one_year_after_a_level_told(officer_kb: KnowledgeBase) -> None:
    # LĐTT and CSTĐCS of one year: only the higher prize (NĐ 152/2025 Điều 49 khoản 5 as the
    # facts cite it), even when the letter tells the level of duty they were won with
    text = ask_verdict(
        officer_kb,
        "chao anh, e la giao vien truong THCS Dong Ngac. Nam hoc nay e dat LDTT, hoan thanh xuat "
        "sac nhiem vu nen hoi dong truong xet them CSTDCS. Vay e co dc nhan ca tien thuong LDTT "
        "va CSTDCS k a?",
        "Không",
    )
    assert "cao nhất" in text
