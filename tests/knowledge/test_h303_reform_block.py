"""Task h303 (stop 37): the reform block ("Cấp huyện đã bỏ từ 01/7/2025") where the question
names the district only as background, or names no district at all.

- "phòng nội vụ tỉnh" is a provincial body (the Sở Nội vụ as officers call it), not the
  abolished district office: it does not bring in the reform block.
- A district decision dated before 01/7/2025 told beside another claim (the prize's tax, the
  same deed awarded again) is background: the reform block gives no verdict of its own, and the
  part asked decides (TT 111/2013 Điều 2 khoản 2 điểm e.1; Luật 2022 Điều 5 khoản 2 điểm c).
- "trước huyện thẩm định, giờ hội đồng TĐKT xã thẩm định đúng k" puts the reform up for
  confirmation: the district's work is the xã's now (NĐ 129/2025 Điều 59), so "Có"."""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts

_REFORM_TITLE = "Cấp huyện đã bỏ"


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "phòng nội vụ tỉnh nói người tặng danh hiệu thì cũng có quyền hủy quyết định tặng, "
            "đúng không",
            "Có",
        ),
        ("phong noi vu tinh bao CSTD cap tinh can 3 lan lien tuc CSTDCS, dung ko", "Có"),
        (
            "Nội vụ tỉnh bảo chiến sĩ thi đua cấp tỉnh phải có 5 lần CSTĐCS liên tục, có đúng ko",
            "Không",
        ),
        ("a ben phong noi vu tinh noi CSTD tinh thuong 3 lan luong co so phai k", "Có"),
        ("nghe phòng nội vụ TP nói cstđ tỉnh chỉ cần 2 lần cstđcs liên tục đúng không", "Không"),
    ],
)
def test_provincial_home_affairs_office_is_no_district(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert _REFORM_TITLE not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tien thuong LDTT do chu tich huyen ky nam 2024 co phai chiu thue TNCN khong",
        "Tiền thưởng giấy khen do chủ tịch UBND huyện tặng năm 2023 có tính vào thu nhập chịu "
        "thuế không?",
        "khoan thuong CSTDCS chu tich huyen ky nam 2024 co phai nop thue thu nhap ca nhan k",
        "năm 2024 em được chủ tịch huyện ký tặng LĐTT, tiền thưởng đó có phải đóng thuế TNCN ko",
        "tien thuong giay khen ct huyen trao nam 2022 tinh vao thu nhap chiu thue dung k",
    ],
)
def test_tax_of_a_past_district_award_is_the_tax_part(
    officer_kb: KnowledgeBase, question: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "**Thuế**", "Không")
    assert "111/2013" in block, block
    text = ask(officer_kb, question)
    reform = next((b for b in text.split("\n\n") if _REFORM_TITLE in b), "")
    assert not reform or leading_verdicts(reform) == [], text


@pytest.mark.parametrize(
    "question",
    [
        "thon e dc chu tich huyen tang giay khen nam 2024 ve nong thon moi, nam 2026 xa lai "
        "tang giay khen cho dung thanh tich do dc k",
        "Thôn tôi được chủ tịch huyện tặng giấy khen năm 2024 về xây dựng nông thôn mới, năm nay "
        "xã tặng giấy khen nữa cho đúng thành tích đó có được không",
        "anh A dc chu tich huyen khen nam 2023 vi cuu nguoi, gio xa khen tiep cho dung thanh tich "
        "do duoc ko",
        "tổ dân phố được ct huyện tặng giấy khen năm 2024, 2026 phường tặng lại giấy khen đúng "
        "thành tích đó được không ạ",
        "chu tich huyen tang giay khen nam 2024 cho truong ve phong trao, nam 2026 xa khen lai "
        "dung thanh tich do co dc k",
    ],
)
def test_same_deed_after_a_past_district_award(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "một thành tích" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "truoc thon van hoa do phong van hoa huyen tham dinh, gio hoi dong TDKT xa xet phai k",
        "Trước đây hồ sơ LĐTT do phòng nội vụ huyện thẩm định, bây giờ hội đồng thi đua khen "
        "thưởng xã thẩm định đúng không?",
        "ho so CSTDCS truoc phong noi vu huyen xet, nay cong chuc thi dua cua xa tham dinh phai ko",
        "trước hội đồng TĐKT huyện đánh giá tổ dân phố văn hóa, giờ hội đồng TĐKT phường đánh "
        "giá đúng k",
        "truoc ho so gui huyen tham dinh, hien nay hd tdkt xa tham dinh luon dung ko a",
    ],
)
def test_xa_body_now_confirmed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "01/7/2025" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("mức trích quỹ TĐKT của xã quy định ở Điều 46 NĐ 152 đúng không", "Có", "Điều 46"),
        ("quy thi dua khen thuong cap xa dc quy dinh tai ND 152/2025 phai k", "Có", "152/2025"),
        (
            "Quỹ thi đua, khen thưởng xã được quy định trong nghị định 152 có đúng ko?",
            "Có",
            "Điều 46",
        ),
        ("LDTT quy dinh o dieu 24 luat TDKT dung k", "Có", "Điều 24"),
        ("lao động tiên tiến quy định tại điều 30 luật TĐKT phải không", "Không", "Điều 24"),
        (
            "chien si thi dua cap tinh quy dinh o dieu 22 luat thi dua khen thuong dung ko",
            "Có",
            "Điều 22",
        ),
    ],
)
def test_article_or_text_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text.split("\n\n")[0], text
