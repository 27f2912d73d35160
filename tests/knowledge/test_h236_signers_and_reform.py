"""Task h236 (stop 34): the leaders who sign, and who acts now after the reform.

Luật 2022 Điều 80 khoản 3 and NĐ 129/2025 Điều 59: the xã's awards are decided and signed by
the Chủ tịch UBND xã (phường, đặc khu), in his name; khoản 4: the director of a firm or a
cooperative decides its own LĐTT, CSTĐCS, TTLĐTT and giấy khen. Since 01/7/2025 there is no
district: what its chairman decided is the commune chairman's now.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "bí thư đảng ủy phường có được ký giấy khen thay chủ tịch UBND không",
        "pho chu tich xa tu ky giay khen nhan danh pho chu tich cho ho gia dinh dc k",
        "Chủ tịch HĐND xã ký quyết định tặng Lao động tiên tiến cho công chức được không?",
        "truong thon co dc ky giay khen cho ho dan trong thon k",
        "e la pho chu tich dac khu, chu tich nghi phep, e ky giay khen dot xuat thay chu tich dc k",
        "chu tich mat tran xa co duoc ky giay khen tang cac chi hoi k",
    ],
)
def test_another_office_holder_does_not_sign_the_chairmans_award(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND" in text and "Điều 80" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "toi la pho chu tich xa, LDTT cho cong chuc xa thi chu tich xa ky dung k",
        "bí thư đảng ủy xã có được đề nghị xét Lao động tiên tiến không",
    ],
)
def test_a_holder_named_only_as_the_asker_or_the_person_keeps_the_yes(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Có")
