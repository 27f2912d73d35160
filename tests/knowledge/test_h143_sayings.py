"""A rule someone told in a long letter, set aside when the letter closes on its own yes/no
(task h143, long-letter set yesno_tuning8). Wordings of our own, none from a set:

- a share told for the asker's unit answers the ask even when a colleague's wrong minimum is told
  in the story (Luật 2022 Điều 28: trên 50 % LĐTT for Tập thể lao động tiên tiến);
- "Gia đình văn hóa" is reviewed every year (NĐ 86/2023 Điều 8) whatever a neighbour said;
- a closing ask that points back at the saying ("vậy có đúng không") keeps the saying as the
  claim, and a saying that names the title asked about keeps the letter whole.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.sayings import without_sayings
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "Chào ad, em là kế toán trường mầm non xã Tân Phú. Tổ văn phòng của trường có 10 "
            "người, 6 người đạt LĐTT, tổ hoàn thành tốt nhiệm vụ, nội bộ đoàn kết. Cô phó hiệu "
            "trưởng nói phải trên 80% LĐTT mới được tập thể lao động tiên tiến. Vậy tổ em có đủ "
            "tỷ lệ để đề nghị TTLĐTT không ạ?",
            "Có",
            "50 %",
        ),
        (
            "chao ad, e la can bo van hoa xa Lien Son. Thon Ha Lang co 300 ho, nam nay ba con "
            "rat phan khoi. Co nguoi bao gia dinh van hoa bay gio 3 nam moi binh xet 1 lan thoi. "
            "Vay gia dinh van hoa co binh xet hang nam k a?",
            "Có",
            "hằng năm",
        ),
    ],
)
def test_own_ask_decides_over_a_saying(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict)


def _no_titles(text: str) -> frozenset[str]:
    return frozenset()


def test_pointing_ask_keeps_the_saying() -> None:
    letter = (
        "Chào ad, em ở xã Tân Phú. Tổ em có 10 người, 6 người đạt LĐTT. Chị kế toán bảo phải "
        "trên 80% mới được. Vậy đúng không ạ, tổ em có phải làm lại hồ sơ không?"
    )
    assert without_sayings(letter, _no_titles) == letter
    # "vậy / thế" inside the ask points back at what was told too
    inside = letter.replace("Vậy đúng không ạ, tổ em", "Tổ em thật sự cần đủ như vậy, tổ")
    assert without_sayings(inside, _no_titles) == inside


def test_saying_naming_the_title_is_kept() -> None:
    letter = (
        "Chào ad, xã em vừa tuyển 2 công chức ngày 1/10. Cuối năm họp xét thi đua. Trưởng phòng "
        "bảo cứ cho họ vào danh sách LĐTT. Vậy họ có đủ điều kiện không ạ?"
    )

    def titles(text: str) -> frozenset[str]:
        return frozenset({"ldtt"}) if "LĐTT" in text else frozenset()

    assert without_sayings(letter, titles) == letter


def test_saying_in_the_story_is_dropped() -> None:
    letter = (
        "Chào ad, em ở xã Tân Phú. Tổ em có 10 người, 6 người đạt LĐTT, nhưng chị kế toán bảo "
        "phải trên 80% mới được. Vậy tổ em có đủ tỷ lệ đề nghị TTLĐTT không?"
    )
    shorter = without_sayings(letter, _no_titles)
    assert "80%" not in shorter and "6 người đạt LĐTT" in shorter


def test_saying_told_with_chi_is_a_saying() -> None:
    # "chị văn phòng bảo chỉ có …": "bảo chỉ" is a saying, not "báo chí"
    letter = (
        "Chào ad, em là kế toán xã Hòa Phong. Em tính cờ thi đua tỉnh 8,0 lần lương cơ sở, nhưng "
        "chị văn phòng bảo chỉ có 6,0 lần. Vậy cờ thi đua tỉnh thưởng 8,0 lần đúng không ạ?"
    )
    assert "6,0" not in without_sayings(letter, _no_titles)
