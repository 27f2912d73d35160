"""Task h240 (stop 34): what a firm or a cooperative awards its own people (Luật 2022 Điều 80
khoản 4: its director decides LĐTT, CSTĐCS, TTLĐTT and giấy khen, pays them, needs no leave of
the xã; Điều 93 khoản 8: who decided revokes), which a tổ hợp tác cannot do."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi HTX tren dia ban k duoc tu tang giay khen cho xa vien, phai de xa tang, dung k",
        "Cong ty co phan o xa toi muon tang LDTT cho cong nhan thi co phai trinh chu tich xa "
        "duyet k",
        "Nghe nói hợp tác xã muốn xét Chiến sĩ thi đua cơ sở cho xã viên phải được UBND xã "
        "phê duyệt, đúng không?",
        "Giám đốc công ty đã tặng giấy khen cho nhân viên, sau phát hiện khai gian, nghe nói "
        "chỉ chủ tịch xã mới có quyền thu hồi, đúng k",
        "Doanh nghiệp tự tặng giấy khen cho công nhân thì tiền thưởng có lấy từ ngân sách xã "
        "không?",
        "cong ty tu khen cong nhan thi tien thuong chi tu quy thi dua cua xa dung k",
        "doanh nghiep co dc tu tang bang khen cho cong nhan k",
        # the xã's own power asked of a province's title, an HTX only its recipient
        "giờ bỏ huyện rồi, xã có tự tặng Tập thể lao động xuất sắc cho hợp tác xã được không",
        "cong ty o xa chi dc tang giay khen thoi, con CSTDCS phai xin tinh, dung k",
        "Nghe nói từ khi bỏ huyện, hợp tác xã không còn tự tặng giấy khen được nữa, đúng không",
    ],
)
def test_firm_own_award_claims_denied(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "Hợp tác xã có được tự tặng giấy khen cho xã viên không hay phải xin xã?",
        "Giám đốc HTX có quyền tặng Chiến sĩ thi đua cơ sở cho xã viên không?",
        "cty tnhh tren dia ban co dc tu xet lao dong tien tien cho cong nhan k",
    ],
)
def test_firm_own_award_granted(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Giám đốc doanh nghiệp, hợp tác xã" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói tổ hợp tác cũng có quyền tự tặng LĐTT cho tổ viên như hợp tác xã, đúng không",
        "to hop tac trong thon co the tu khen giay khen cho thanh vien dc k",
        "Tổ hợp tác nuôi ong tự xét Chiến sĩ thi đua cơ sở cho tổ viên được không ạ",
    ],
)
def test_cooperative_group_awards_nothing_itself(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "tổ hợp tác không có thẩm quyền" in text, text


def test_firm_head_fact_opens_no_verdict_unasked(officer_kb: KnowledgeBase) -> None:
    # a director's story asking a second award for the deed the xã commends: the firm's power
    # is told without a "Có." of its own, the one-achievement "Không." is the answer
    text = ask(
        officer_kb,
        "Tôi là chủ nhiệm HTX, xã sẽ tặng giấy khen tập thể cho HTX vì làm đường giao thông. "
        "Tôi có được tự tặng thêm giấy khen của HTX cho tập thể đó vì cùng việc đó không, "
        "và giấy khen tập thể của xã thưởng bao nhiêu?",
    )
    assert leading_verdicts(text)[:1] == ["Không"], text


def test_place_named_is_no_giver(officer_kb: KnowledgeBase) -> None:
    # "trên địa bàn phường" names where the firm is, not the phường as the one awarding
    text = ask_verdict(
        officer_kb, "công ty may trên địa bàn phường tự tặng giấy khen cho thợ được không", "Có"
    )
    assert "**Doanh nghiệp tự khen người lao động của mình**" in text, text
