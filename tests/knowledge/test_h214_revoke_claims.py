"""Task h214: a revocation question is judged, not answered with the rule's fixed "Có.".

Who may revoke is who awarded (Luật Thi đua, khen thưởng 2022 Điều 93 khoản 8): "… thì xã có tự
hủy được không" of a title the Chủ tịch UBND tỉnh gave is "Không.", the decider named. What is
taken back is the hiện vật and the tiền thưởng both (Điều 93 khoản 9): "chỉ thu lại giấy, tiền
thì khỏi trả" is "Không.".
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "chiến sĩ thi đua cấp tỉnh đã tặng rồi mà khai man thì xã có được tự hủy không",
        "nếu bằng khen tỉnh bị phát hiện gian dối thì xã tự hủy quyết định được k",
        "ubnd xa co quyen huy bang khen cua chu tich tinh khong",
        "Bằng khen của chủ tịch tỉnh tặng cho anh Hải, nay phát hiện gian dối thì xã có tự thu hồi"
        " được không",
        "chu tich tinh tang bang khen cho chi Lan nhung ho so lam gia, vay xa co tu huy dc ko",
    ],
)
def test_xa_claimed_to_revoke_a_province_award(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND tỉnh" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giay khen chu tich xa tang ma phat hien lam gia ho so thi xa co huy duoc khong",
        "LĐTT do xã công nhận mà phát hiện sai thì xã có tự hủy được không",
        "UBND xã có quyền thu hồi giấy khen chủ tịch xã đã tặng không",
    ],
)
def test_xa_revokes_its_own_award(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói bị hủy giấy khen thì chỉ thu lại giấy khen, tiền thưởng không phải trả lại,"
        " đúng không",
        "huy giay khen roi thi nguoi do dc giu tien thuong dung ko",
        "bị hủy CSTĐCS thì chỉ bị thu hồi bằng thôi, tiền vẫn không phải nộp lại phải không",
        "bi huy danh hieu LDTT thi tien thuong khoi tra lai dung k",
        "Anh Bình nói hủy quyết định khen thì chỉ lấy lại giấy chứng nhận, tiền thưởng không bị"
        " thu hồi, có đúng không",
    ],
)
def test_prize_money_claimed_kept_is_no(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tiền thưởng" in text, text


def test_money_taken_back_asked_is_yes(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "hủy quyết định tặng LĐTT thì tiền thưởng có bị thu hồi không", "Có")


@pytest.mark.parametrize(
    "question",
    [
        "Xã em tặng giấy khen cho chị Hoa, giờ phát hiện chị ấy khai gian. Chị ấy bảo tiền đã"
        " nhận rồi thì không phải trả. Có đúng không, và ai ra quyết định hủy?",
    ],
)
def test_reported_prize_kept_is_not_turned_twice(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tiền thưởng đều bị thu hồi" in text, text
