"""Task h240 (stop 34): one deed commended twice against two different deeds (Luật 2022 Điều
5 khoản 2 điểm c): asked whether two deeds' awards break the rule, "Không"; the rule itself
put up for confirmation, "Có"."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "ba toi nam 2026 dc ca giay khen xa vi hien dat va nha dc gia dinh van hoa, nhu vay co "
        "trai nguyen tac 1 thanh tich chi 1 hinh thuc k",
        "Chị tôi được giấy khen xã vì cứu đuối và được LĐTT năm nay, như vậy có vi phạm nguyên "
        "tắc một thành tích một hình thức không?",
        "anh Ba nhan giay khen xa vi bat trom va dc cong nhan CSTDCS, vay co sai nguyen tac mot "
        "thanh tich mot hinh thuc k",
        "Bác tôi được giấy khen vì hiến đất và vì ủng hộ quỹ khuyến học, có trái nguyên tắc 1 "
        "thành tích chỉ 1 hình thức không",
        "co giao nhan 2 giay khen cho 2 thanh tich khac nhau trong nam, co vi pham nguyen tac "
        "mot thanh tich mot hinh thuc k",
    ],
)
def test_two_deeds_break_no_rule(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "ông B được xã tặng giấy khen vì ủng hộ quỹ và được tặng thêm giấy khen cho chính việc "
        "đó, có vi phạm quy định không",
        "Nghe nói một thành tích đã được xã khen rồi thì không được tỉnh khen thêm nữa, "
        "đúng không?",
        "nghe noi mot doi cuu ho da dc bang khen tinh roi thi cung thanh tich do k dc xa khen "
        "them, dung k",
        "Tôi nghe nói cùng thành tích ấy thì không được trường tặng lại giấy khen nữa, đúng ko",
        "nguoi ta bao 1 thanh tich thi chi dc khen 1 hinh thuc thoi, dung k ad",
    ],
)
def test_rule_itself_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")
