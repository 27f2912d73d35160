"""A letter that reports what a colleague said and closes on a bare "vậy đúng không / nghe vậy
đúng không" (task h186, h174 family 1, h177 #24, h176 family 5): the reported line is the claim
asked, not the story; before, it was set aside and a default pair answered with no verdict.

- the Quỹ TĐKT of a xã: tối đa 1,0 % (đồng bằng) or 1,5 % (miền núi) of its recurrent spending
  (NĐ 152/2025 Điều 65 / domain.md 2.11): "trích tối đa 2 %" or "chỉ 1 %" at a mountain xã is
  false;
- CSTĐCS needs a sáng kiến OR hoàn thành xuất sắc nhiệm vụ (Luật 2022 Điều 23 khoản 2): "bắt
  buộc phải có sáng kiến" is false;
- LĐTT is decided by the Chủ tịch UBND xã (Luật 2022 Điều 80 khoản 3), not the province;
- a saying cut at its comma into two claims ("… do chủ tịch xã ký, còn … trưởng thôn chủ trì,
  đúng không"): the yes/no reaches both (NĐ 86/2023 Điều 8).
Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        (
            "Xã tôi ở đồng bằng, tổng chi thường xuyên khoảng 15 tỷ. Anh văn phòng bảo quỹ thi "
            "đua khen thưởng được trích tối đa 2%. Nghe vậy có đúng không ạ",
            "Không",
            ["1,0 %"],
        ),
        (
            "ad oi, thon e vua dat thon van hoa nam 2026. anh can bo xa bao thon van hoa chi co "
            "giay khen thoi, k co tien thuong. nghe vay dung k, neu co thi bn",
            "Không",
            ["3.800.000"],
        ),
        (
            "Tháng 9 chị Mai ở tổ dân phố 3 lao vào đám cháy cứu 1 cụ già, phường muốn khen ngay. "
            "Anh văn phòng nói phải chờ tổng kết năm, họp hội đồng thi đua xong mới khen được. "
            "Như vậy có đúng không, giấy khen cho chị ấy thưởng bao nhiêu",
            "Không",
            ["thủ tục đơn giản"],
        ),
        (
            "Em là kế toán xã vùng cao. Chị phó chủ tịch bảo quỹ thi đua khen thưởng của xã chỉ "
            "trích được tối đa 1% chi thường xuyên. Nghe thế có đúng không ạ",
            "Không",
            ["1,5 %"],
        ),
        (
            "co giao Lan o truong tieu hoc xa, hoan thanh xuat sac nhiem vu nam hoc nay. thay "
            "hieu truong bao CSTDCS bat buoc phai co sang kien, k co thi k dc. nghe the co dung "
            "khong",
            "Không",
            ["hoàn thành xuất sắc nhiệm vụ"],
        ),
        (
            "Anh phó chủ tịch xã nói giấy khen của chủ tịch xã cho cá nhân được thưởng 0,3 lần "
            "lương cơ sở. Vậy có đúng không, quyết định ký tháng 8/2026 thì được bao nhiêu",
            "Có",
            ["760.000"],
        ),
        (
            "chao ad, phuong toi vua xet LDTT cho can bo. chi phu trach noi LDTT phai do chu tich "
            "tinh quyet dinh. e thay la la. vay dung k a",
            "Không",
            ["Chủ tịch UBND xã"],
        ),
        (
            "Tôi làm công chức văn hóa ở phường. Nghe nói gia đình văn hóa do chủ tịch phường "
            "công nhận, còn họp bình xét ở tổ dân phố thì tổ trưởng chủ trì, đúng không",
            "Có",
            ["Chủ tịch UBND", "chủ trì"],
        ),
    ],
)
def test_a_reported_line_closed_by_a_bare_confirmation_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    for fact in facts:
        assert fact in text, text


@pytest.mark.parametrize(
    "question",
    [
        "e la truong ban cong tac mat tran thon. ong truong thon moi bao thon van hoa nam nay do "
        "ban cong tac mat tran tu quyet dinh cong nhan, k can len xa. dung k",
        "ban dieu hanh to dan pho tu quyet dinh cong nhan to dan pho van hoa, dung k ad",
        "Ban công tác mặt trận khu dân cư tự quyết định công nhận khu dân cư văn hóa có đúng không",
        "doan thanh nien tu cong nhan thon van hoa cho thon dc k ad",
        "Ban công tác Mặt trận tổ dân phố có được tự ký quyết định công nhận tổ dân phố văn hóa "
        "không ạ",
    ],
)
def test_no_unit_below_the_chairman_decides_a_village_title(
    officer_kb: KnowledgeBase, question: str
) -> None:
    """A village's title is the Chủ tịch UBND xã's alone (Luật 2022 Điều 80 khoản 3; NĐ 86/2023):
    no unit or body below decides it, wherever the unit sits (h175 family 7)."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã" in text, text
