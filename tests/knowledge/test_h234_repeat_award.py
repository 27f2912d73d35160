"""Task h234 (stop 34): the xã's giấy khen given again ("khen tiếp", "năm sau lại", "3 năm
liền", "mỗi người chỉ 1 lần") is one form given many times, each time for another achievement
(Luật 2022 Điều 5 khoản 2 điểm c), not a title's run of consecutive years."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("năm ngoái hộ em được giấy khen xã rồi, năm nay có được khen tiếp không", "Có"),
        ("em nhan giay khen cua chu tich xa 3 nam lien vi lam tu thien duoc khong", "Có"),
        ("doanh nghiep dc xa tang giay khen roi, nam sau lai ung ho thi co dc tang tiep k", "Có"),
        ("Nghe nói giấy khen xã mỗi người chỉ được 1 lần thôi, đúng không?", "Không"),
        ("co giao nam nao cung dc giay khen cua phuong, vay co dung quy dinh k", "Có"),
    ],
)
def test_giay_khen_may_be_given_again(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "nhiều lần" in text.split("\n\n")[0], text


def test_the_former_culture_giay_khen_run_is_not_a_repeat(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "giấy khen gia đình văn hóa 3 năm liền nay còn không", "Không")
    assert "nhiều lần" not in text.split("\n\n")[0], text
