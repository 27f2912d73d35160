"""Task h192: a claim read from the side it is put.

"Xã có quyền ký bằng khen không hay chỉ tỉnh mới ký": of an alternative only the first option is
claimed, so the "chỉ … mới" after "hay" is no claim of a level holding the power alone (Luật TĐKT
2022 Điều 74, 80). "Có được khen vượt cấp không" asks the step-up rule from the other side:
thành tích đến đâu khen thưởng đến đó (Luật TĐKT 2022 Điều 5 khoản 2 điểm c), so skipping a
level is allowed, and a saying that it is barred is wrong, not turned twice.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Chủ tịch xã có được ký bằng khen không hay chỉ chủ tịch tỉnh mới ký được?", "Không"),
        (
            "chu tich xa co duoc tang danh hieu chien si thi dua cap tinh ko hay chi tinh moi ky",
            "Không",
        ),
        (
            "chủ tịch UBND tỉnh có quyền tặng huân chương không, hay chỉ trung ương mới tặng",
            "Không",
        ),
        ("Xã có tự quyết định tặng giấy khen được không hay chỉ tỉnh mới quyết định?", "Có"),
        ("ubnd xa co tu ky bang khen cho truong tieu hoc dc ko hay chi ubnd tinh moi ky", "Không"),
    ],
)
def test_first_option_is_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "quyết định" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("có được khen vượt cấp không", "Có"),
        ("xa co the de nghi khen vuot cap len bang khen tinh cho ong truong thon ko", "Có"),
        ("Trường mầm non đề nghị vượt cấp lên bằng khen tỉnh luôn được không?", "Có"),
        ("khong duoc khen vuot cap dung khong", "Không"),
        (
            "anh văn phòng nói không được khen vượt cấp, phải từ thấp lên cao. Có đúng không?",
            "Không",
        ),
        ("chị kế toán bảo khen vượt cấp là sai quy định. Chị nói vậy có đúng không?", "Không"),
        (
            "nghe noi phai co giay khen xa roi moi duoc bang khen, k the khen vuot cap, dung k",
            "Không",
        ),
        (
            "ông chủ tịch xã nói hồ sơ khen vượt cấp sẽ bị tỉnh trả lại, nói vậy có đúng không",
            "Không",
        ),
    ],
)
def test_skip_level_judged(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Thành tích đến đâu khen thưởng đến đó" in text
