"""Task h319 (stop 38): claims an officer was told, judged as claims.

- A decision once signed claimed beyond undoing ("không ai hủy được", "thu lại k được nữa"):
  who awarded may cancel it (Luật Thi đua, khen thưởng 2022 Điều 93 khoản 8): "Không."
- A title claimed to come by itself ("tự động / đương nhiên được CSTĐCS") from a condition that
  is not all its criteria: "Không.", with the criteria left (Điều 23).
- A colleague's line that CSTĐCS needs an initiative, told after one who completed duty
  excellently: the line is judged ("Không."), not the person's eligibility (Điều 23 khoản 2).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi QD khen ky roi thi k ai huy duoc nua, dung k",
        "Chị kế toán bảo giấy khen đã cấp thì không ai thu lại được, có đúng không ạ",
        "co nguoi noi danh hieu LDTT da tang roi thi huy k dc, dung khong ad",
        "thôn văn hóa công nhận sai rồi nhưng nghe nói không ai có quyền hủy, phải không",
        "giay khen cap nham cho nguoi khong du tieu chuan, ai cung bao la k ai thu hoi duoc, "
        "dung k",
        "QĐ tặng giấy khen ký rồi thì không thể hủy bỏ nữa, đúng không",
    ],
)
def test_revocation_claimed_impossible_is_denied(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hủy bỏ" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "left"),
    [
        (
            "nghe noi di hoc boi duong dat loai gioi thi tu dong dc CSTDCS, dung k",
            "Lao động tiên tiến",
        ),
        ("Có sáng kiến là tự động được Chiến sĩ thi đua cơ sở phải không ạ", "Lao động tiên tiến"),
        ("anh em bao dang vien xuat sac thi duong nhien duoc cstdcs, dung ko", "xuất sắc nhiệm vụ"),
        ("Được bằng khen tỉnh thì mặc nhiên được CSTĐCS năm đó đúng không", "xuất sắc nhiệm vụ"),
        (
            "e nghe noi tham gia du cac dot thi dua la tu dong dc CSTDCS, phai k",
            "Lao động tiên tiến",
        ),
    ],
)
def test_title_claimed_automatic_is_denied(
    officer_kb: KnowledgeBase, question: str, left: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert left in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "chi Hoa hoan thanh xuat sac nhiem vu, ko co sang kien, truong phong noi CSTDCS bat buoc "
        "co sang kien, dung ko",
        "Anh Nam hoàn thành xuất sắc nhiệm vụ nhưng không có sáng kiến; văn phòng bảo CSTĐCS bắt "
        "buộc phải có sáng kiến nên không đề nghị được, vậy có đúng không",
        "nv cua e htxs nhiem vu, k co sk nao. ke toan bao cstdcs bat buoc phai co sang kien, "
        "dung k a",
        "Cô giáo mầm non hoàn thành xuất sắc nhiệm vụ, chưa có sáng kiến, hiệu phó nói muốn "
        "CSTĐCS thì bắt buộc có sáng kiến, có đúng không",
        "to truong bao: HTXS nhung k co sang kien thi CSTDCS bat buoc phai co sang kien moi "
        "xet, dung k",
    ],
)
def test_colleague_line_initiative_required_is_judged(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành xuất sắc nhiệm vụ" in text.split("\n\n")[0], text
