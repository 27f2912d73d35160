"""Stop 29, the lead's merge of h142–h145: a case the rule names as not the title's own is said
once, with the rule's own sentence on it, and no other title's reason. Wordings of our own."""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_part_verdict, ask_verdict


def test_a_drive_is_not_sudden_without_an_initiatives_reach(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 85: the close of a drive is commended by đợt, not as khen đột xuất
    text = ask_verdict(
        officer_kb,
        "nghe noi het thang cao diem khen cac doi vien thi tinh la dot xuat, dung ko",
        "Không",
    )
    assert "phạm vi ảnh hưởng" not in text.split("\n\n")[0]


def test_an_initiative_kept_in_the_school_falls_short_once(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 22 khoản 1 điểm b: khả năng nhân rộng, phạm vi ảnh hưởng trong tỉnh
    block = ask_part_verdict(
        officer_kb,
        "co giao 3 nam lien CSTDCS, sang kien chi ap dung trong truong, xa de nghi CSTD tinh dc ko",
        "**Chiến sĩ thi đua cấp tỉnh",
        "Không",
    )
    assert "nhân rộng" in block
    assert block.count("chưa có khả năng nhân rộng") == 1
    assert block.count("“chỉ áp dụng trong trường”") == 1  # the case told is quoted once
    assert "là một con đường" not in block
