"""Task h171 (stop 31): money rules claimed of titles in general, with no title named. A prize is
the title's coefficient × the base salary in force on the day the decision is signed, which is
2.530.000 đồng from 01/7/2026 (NĐ 152/2025/NĐ-CP Điều 49, Điều 50; NĐ 161/2026/NĐ-CP), so an
older base claimed as today's is wrong. The xã's fund is at most 1,0% of its recurrent spending in
a lowland province and 1,5% in the mountains (NĐ 152/2025/NĐ-CP Điều 46 khoản 3), so one figure
claimed for both is wrong. The prize is not counted as taxable income (TT 111/2013/TT-BTC Điều 2
khoản 2 điểm e.1), so a claim that it is not taxed is right. Wordings are our own, none from a
question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # an old base claimed as the one prizes are still reckoned on
        (
            "tiền thưởng thi đua bây giờ vẫn tính theo lương cơ sở 1.800.000 phải không",
            "Không",
            "2.530.000",
        ),
        (
            "nghe noi cach tinh tien thuong van theo luong co so 2.340.000 dung k",
            "Không",
            "2.530.000",
        ),
        ("tien thuong van tinh theo he so nhan luong co so 1.800.000 phai k", "Không", "2.530.000"),
        # today's base claimed
        ("co phai tien thuong tinh tren luong co so 2.530.000 k", "Có", "2.530.000"),
        # one fund figure claimed for the lowlands as for the mountains
        ("xã ở đồng bằng cũng trích quỹ tối đa 1,5% như xã vùng cao đúng không", "Không", "1,0%"),
        ("tinh dong bang thi quy xa cung duoc 1,5% nhu xa vung sau phai ko", "Không", "1,0%"),
        # the prize claimed free of tax in negated words
        (
            "tiền thưởng thi đua nói chung không phải đóng thuế TNCN phải k",
            "Có",
            "thu nhập chịu thuế",
        ),
        (
            "tien thuong danh hieu k bi tinh thue thu nhap ca nhan phai ko",
            "Có",
            "thu nhập chịu thuế",
        ),
        (
            "tien thuong khen thuong ko tinh vao thu nhap chiu thue dung khong",
            "Có",
            "thu nhập chịu thuế",
        ),
        # asked plainly whether it is taxed, or the negated claim echoed: "Không" (none is due)
        ("khong biet tien thuong thi dua co phai nop thue k", "Không", "thu nhập chịu thuế"),
        ("tien thuong danh hieu thi dua khong phai nop thue a", "Không", "thu nhập chịu thuế"),
    ],
)
def test_money_rule_claimed_in_general(
    kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(kb, question, verdict)
    assert fact in text, text
