"""Claims the law-coverage set (yesno_tuning5, task h118) found read the wrong way round: taking
part claimed voluntary where the fact answers "is it compulsory?" (Luật 2022 Điều 3 khoản 1),
and a council claimed to advise where the question also names the chairman it advises (Điều 90
khoản 4). Wordings of our own, none from a set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("việc tham gia các phong trào thi đua là tự nguyện phải không", "Có"),
        ("thi dua la tu nguyen chu", "Có"),
        # the plain reading is kept: asked whether it is compulsory
        ("cán bộ xã có bắt buộc phải tham gia thi đua không", "Không"),
    ],
)
def test_voluntary_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tự nguyện" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("hoi dong thi dua khen thuong xa co nhiem vu tu van cho chu tich ubnd xa dung k", "Có"),
        ("hđ tđkt của phường làm công tác tham mưu cho chủ tịch phường phải ko", "Có"),
        # asked whether it decides: it does not (its own fact)
        ("hội đồng thi đua phường có được ký quyết định tặng giấy khen không", "Không"),
        # the power asked first, the role only offered as the other answer
        ("hd tdkt phuong dc quyet dinh khen thuong ko hay chi tham muu", "Không"),
    ],
)
def test_council_role_claimed(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tham mưu" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 93, domain.md 2.11: the decision is cancelled and both the hiện vật and
        # the prize money are recovered; a claim that either is kept is wrong
        ("khai gian thành tích bị phát hiện thì tiền thưởng không bị thu hồi phải không", "Không"),
        ("lam gia giay to de dc khen, sau bi lo thi chi thu hoi giay khen thoi dung k", "Không"),
        # asked plainly whether the money is recovered: it is
        ("gian doi thanh tich thi tien thuong co bi thu hoi khong", "Có"),
    ],
)
def test_prize_claimed_kept(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tiền thưởng" in text
