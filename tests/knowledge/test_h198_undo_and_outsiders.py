"""Task h198: an award undone, asked around its story; outsiders claimed outside the xã's awards.

- "có quyền thu hồi / lấy lại" names the right to undo an award, not to give it: the revoke
  fact answers (the one who decided cancels it, Luật TĐKT 2022 Điều 93 khoản 7, 8), not the
  decider's block.
- "giấy khen đã tặng rồi thì không ai lấy lại được": the award told as given is the story; the
  "who may receive it" read from it is dropped, the revoke block leads with "Không".
- "kê khai thành tích giả": a false deed told with "giả" after it is the fraud of Điều 93 khoản 8.
- "hộ kinh doanh không thuộc diện được xã khen": a giấy khen goes to cá nhân, tập thể, hộ gia đình
  (Luật TĐKT 2022 Điều 3 khoản 2, 3, Điều 75): "không thuộc diện" is a wrong claim.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "bằng khen tỉnh đã trao thì không ai có quyền lấy lại, phải không",
        "khong ai co quyen lay lai bang khen tinh dung khong",
        "danh hiệu CSTĐCS công nhận xong thì không ai có quyền thu hồi nữa đúng k",
        "LĐTT đã tặng rồi thì không ai lấy lại được phải không ạ",
        "giay khen da tang roi thi ko ai lay lai duoc dung ko",
        "bằng khen tỉnh đã trao rồi thì không bị thu hồi nữa phải k",
    ],
)
def test_undoing_claimed_impossible(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hủy bỏ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "ai có quyền thu hồi bằng khen của chủ tịch tỉnh",
        "ai co quyen lay lai giay khen cua xa",
        "giấy khen xã đã tặng thì ai có quyền hủy bỏ",
    ],
)
def test_right_to_undo_asked(officer_kb: KnowledgeBase, question: str) -> None:
    first = ask(officer_kb, question).split("\n\n")[0]
    assert "Hủy bỏ, thu hồi" in first, first
    assert "Ai quyết định" not in first, first


@pytest.mark.parametrize(
    "question",
    [
        (
            "em phát hiện đồng chí kế toán kê khai thành tích giả để được LĐTT, nhận tiền rồi, "
            "chị ấy bảo tiền nhận rồi thì thôi, k ai thu lại được, đúng không ạ"
        ),
        "giay to gia de dc bang khen tinh, nhan tien roi thi k ai lay lai dc dung k",
        "hồ sơ giả để được giấy khen, tiền thưởng đã nhận thì không ai lấy lại được phải k",
        "ông ấy khai thành tích giả lấy CSTĐCS, giờ không ai thu hồi được đúng không",
        "dùng minh chứng giả để đạt TTLĐTT, nhận tiền rồi thì k ai thu lại dc phải k",
    ],
)
def test_false_deed_still_undone(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "thu hồi" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "hộ kinh doanh không thuộc diện được xã khen, đúng không",
        "doanh nghiệp tư nhân không nằm trong diện khen của xã phải k",
        "ho kinh doanh ko thuoc dien duoc tang giay khen xa dung ko",
        "công ty trên địa bàn không phải diện được xã khen đúng không",
        "người dân không thuộc diện được xã tặng giấy khen phải không",
    ],
)
def test_outsiders_claimed_outside(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hộ gia đình" in text.split("\n\n")[0], text
