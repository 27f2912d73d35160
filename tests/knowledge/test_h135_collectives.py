"""Awards for a collective (task h135): the share of members told as a fraction, a share told in
words, the district still claimed to act, the collective's duty level, a prize claimed equal to
another title's, the province's own detail, the fund's cap, and where the province's awards go.
Wordings are the author's own."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # "A/B người đạt LĐTT" is the part and the whole, whatever other count the line tells
        # (Luật 2022 Điều 28: trên 50 %; Điều 27: ít nhất 70 %)
        (
            "tổ văn phòng có 2 người bị nhắc nhở, 12/20 cán bộ đạt LĐTT, tổ có đạt tập thể "
            "lao động tiên tiến không",
            "Tùy",
            ["12/20 = 60 %", "trên 50 %"],
        ),
        (
            "to ke toan nam nay 5/6 nguoi dat LDTT, 1 nguoi dat CSTDCS, "
            "to co du ty le TTLDTT khong",
            "Có",
            ["5/6 = 83 %"],
        ),
        # a share told in words
        (
            "tập thể lao động tiên tiến chỉ cần quá nửa số người đạt lao động tiên tiến là đủ "
            "đúng không",
            "Có",
            ["trên 50 %"],
        ),
        (
            "tap the lao dong tien tien chi can mot nua so nguoi dat LDTT la du dung ko",
            "Không",
            ["trên 50 %"],
        ),
        # a bare "quan" said to still act is the abolished district (NĐ 129/2025 Điều 59)
        (
            "nghe bảo quan van ky quyet dinh TTLDTT cho truong tieu hoc, co dung ko",
            "Không",
            ["01/7/2025", "Chủ tịch UBND xã"],
        ),
        # the collective's duty level; the level offered after "đúng ko hay" is not the claim
        (
            "ban chap hanh bao tap the lao dong tien tien bat buoc phai hoan thanh xuat sac "
            "nhiem vu, dung ko hay chi can hoan thanh tot",
            "Không",
            ["hoàn thành tốt nhiệm vụ", "Tập thể lao động xuất sắc"],
        ),
        (
            "nghe nói lao động tiên tiến phải hoàn thành xuất sắc nhiệm vụ, đúng không hay chỉ "
            "cần hoàn thành tốt",
            "Không",
            ["hoàn thành tốt nhiệm vụ"],
        ),
        # a prize claimed equal to another title's (NĐ 152/2025 Điều 50 khoản 2 a, b)
        (
            "tập thể lao động xuất sắc nhận thưởng bằng tập thể lao động tiên tiến đúng không",
            "Không",
            ["3.800.000", "2.030.000"],
        ),
        # "thưởng bằng tiền mặt" is the form of the prize, no sameness
        ("thôn văn hóa được thưởng bằng tiền mặt đúng không", "Có", ["3.800.000"]),
        # the loss asked back with "à": the province's quy chế decides
        (
            "khong dang ky thi dua tu dau nam thi cuoi nam to em khong duoc xet a",
            "Tùy",
            ["quy chế"],
        ),
        # the lowland cap is 1,0 %; 1,5 % is the mountain xã's (NĐ 152/2025 Điều 46 khoản 3)
        (
            "xã đồng bằng được trích quỹ thi đua khen thưởng tới 1,5% chi thường xuyên phải không",
            "Không",
            ["1,0 %", "1,5 %", "miền núi"],
        ),
    ],
)
def test_collective_verdicts(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    for fact in facts:
        assert fact in text, text


def test_province_detail_of_the_family_title_is_not_denied(officer_kb: KnowledgeBase) -> None:
    # "Không còn chấm điểm như quy định cũ" denies the old scoring, not the province's detail
    text = ask(
        officer_kb, "tiêu chuẩn chi tiết của gia đình văn hóa là do tỉnh quy định phải không"
    )
    assert "Không" not in leading_verdicts(text)[:1], text
    assert "UBND tỉnh quy định chi tiết" in text, text


@pytest.mark.parametrize(
    ("question", "facts"),
    [
        ("cờ thi đua của tỉnh thì xã nộp hồ sơ ở đâu", ["Sở Nội vụ"]),
        ("thôn văn hóa thì ai gửi báo cáo thành tích lên xã", ["Trưởng thôn"]),
    ],
)
def test_who_sends_where(officer_kb: KnowledgeBase, question: str, facts: list[str]) -> None:
    text = ask(officer_kb, question)
    for fact in facts:
        assert fact in text, text
