"""Task h327 (stop 38): a claim that one of the ways the law allows is NOT required.

Chiến sĩ thi đua cơ sở needs the Lao động tiên tiến standard and one of: hoàn thành xuất sắc
nhiệm vụ, a sáng kiến recognised by the unit, or an accepted research work (Luật Thi đua, khen
thưởng 2022 Điều 23). "CSTĐCS k bắt buộc có sáng kiến" agrees with the law: the answer opens
"Có.", not the "Không." a claim that the way IS required gets; and a route named as enough
("cứ HTXS là được") is one of those ways, not held short of the LĐTT standard the fact states."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "CSTĐCS không bắt buộc có sáng kiến, chỉ cần hoàn thành xuất sắc nhiệm vụ là được đúng k",
        "truong phong bao CSTDCS k bat buoc co sang kien, cu HTXS nhiem vu la dc, dung ko a",
        "Xét chiến sĩ thi đua cơ sở thì không nhất thiết phải có sáng kiến, phải không ạ?",
        "nghe noi chien si thi dua co so ko bat buoc phai co sang kien dung k",
        "Tôi là văn thư xã, chiến sĩ thi đua cơ sở chưa bắt buộc có sáng kiến đúng không?",
    ],
)
def test_a_way_denied_required_is_agreed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "hoàn thành xuất sắc nhiệm vụ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "CSTĐCS bắt buộc phải có sáng kiến đúng không",
        "chien si thi dua co so bat buoc co sang kien phai k",
    ],
)
def test_a_way_claimed_required_is_still_denied(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


def test_bo_phieu_kin_denied_required_is_agreed(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "hội đồng không bắt buộc phải bỏ phiếu kín đúng ko", "Có")
    assert "biểu quyết hoặc bỏ phiếu kín" in text, text
