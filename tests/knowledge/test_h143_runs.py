"""A year told in a clause of its own as holding only LĐTT breaks a run of CSTĐCS (task h143,
long-letter set yesno_tuning8). Wordings of our own, none from a set: CSTĐ tỉnh needs 03 lần liên
tục CSTĐCS (Luật 2022 Điều 22 khoản 1 điểm a); "2023 và 2025 đạt CSTĐCS, riêng 2024 … nên chỉ đạt
LĐTT" holds no run of 3, while three years in a row still do.
"""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


def test_year_of_lower_title_breaks_the_run(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "Chào anh, em là công chức xã Hòa Tiến. Chị Mai văn thư được CSTĐCS năm 2022 và năm "
        "2024, còn năm 2023 chị nghỉ ốm khá lâu nên chỉ đạt LĐTT. Vậy chị Mai có được tính là "
        "3 lần liên tục để đề nghị CSTĐ tỉnh không ạ?",
        "Không",
    )


def test_three_years_in_a_row_still_count(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "Chào anh, em là công chức xã Hòa Tiến. Chị Mai văn thư được CSTĐCS các năm 2022, 2023 "
        "và 2024, năm nào cũng có sáng kiến. Vậy chị Mai có được tính là 3 lần liên tục để đề "
        "nghị CSTĐ tỉnh không ạ?",
        "Có",
    )
