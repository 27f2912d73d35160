"""Parts of a busy officer's message that were lost or judged wrong (task h129): a clause about
a legal text beside a title's part, a discipline of an earlier year, a text in force claimed
gone, a prize claimed equal to another's, a count of a held title claimed for a higher one.
Wordings of our own, none from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        # the text's clause beside a title's: its "hiệu lực từ khi nào" is not the title's
        # deadline (NĐ 152/2025 in force from 01/7/2025)
        (
            "nghị định 152/2025 có hiệu lực từ khi nào, còn giấy khen xã cho cá nhân "
            "thưởng bao nhiêu",
            ["01/7/2025", "760.000"],
        ),
        # each clause names its own text: the Luật of 2022 replaced the Luật of 2003
        ("luật thi đua khen thưởng 2022 thay cho luật nào, tt 15/2025 thay tt nào", ["2003"]),
        # "nđ này" is the one text the message names (NĐ 86/2023, in force from 30/01/2024)
        (
            "xet thon van hoa gio can cu nd 86/2023 phai k, nd nay co hieu luc tu bao gio",
            ["30/01/2024"],
        ),
    ],
)
def test_legal_text_clause_kept(officer_kb: KnowledgeBase, question: str, facts: list[str]) -> None:
    text = ask(officer_kb, question)
    for fact in facts:
        assert fact in text, text


def test_discipline_of_an_earlier_year(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 24: a discipline bars LĐTT in the year judged; "năm nay" is the latest
    # year the story names, and a rule someone is said to state is no case of the asker's
    ask_verdict(
        officer_kb,
        "năm 2025 tôi bị kỷ luật khiển trách, sang năm 2026 tôi làm tốt và không vi phạm gì. "
        "nghe người ta nói bị kỷ luật phải chờ 2 năm. năm nay tôi có được bình LĐTT không",
        "Có",
    )


def test_text_in_force_claimed_gone(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "có người bảo nghị định 86/2023 hết hiệu lực rồi phải không, gia đình văn hóa ai công nhận",
        "Không",
    )
    assert "Chủ tịch UBND xã" in text


def test_prize_claimed_equal(officer_kb: KnowledgeBase) -> None:
    # NĐ 152/2025 Điều 50: CSTĐCS 1,0, LĐTT 0,3 lần lương cơ sở
    text = ask_verdict(officer_kb, "CSTĐCS thưởng bằng LĐTT đúng không", "Không")
    assert "2.530.000" in text and "760.000" in text


def test_count_of_held_title_claimed(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 21 khoản 1 điểm a: 02 lần liên tục CSTĐ cấp tỉnh
    text = ask_verdict(
        officer_kb,
        "co nguoi noi xet CSTD toan quoc chi can 1 lan CSTD tinh thoi phai k",
        "Không",
    )
    # the count told is judged, not only the missing initiative
    assert "chưa đủ 02" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # domain.md 2.9, Luật Điều 85: a sudden deed is one outside the plan and the tasks
        (
            "khen đột xuất tức là khen thành tích ngoài chương trình được giao đúng ko, "
            "cần giấy gì",
            "Có",
        ),
        ("dot xuat nghia la viec trong ke hoach duoc giao phai k", "Không"),
    ],
)
def test_sudden_deed_defined(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "ngoài chương trình, kế hoạch" in text
