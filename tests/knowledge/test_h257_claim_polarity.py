"""Task h257 (stop 35): a claim that carries its own ratio, condition or negation.

- "bằng (một) nửa" claims a ratio between two prizes, not sameness: giấy khen of a household
  and of a person are both 0,3 lần mức lương cơ sở (NĐ 152/2025 Điều 50), so "half" is wrong;
  the collective's 0,6 is twice the person's, so the person's "half" holds.
- "nếu …" that restates the rule's own condition ("nông dân được LĐTT nếu lao động sản xuất giỏi":
  Luật 2022 Điều 24 khoản 3, "lao động, sản xuất có hiệu quả") or only dates the decision ("nếu
  QĐ ký tháng 12") opens no case the rule leaves open: the rule's verdict stands.
- "X chứ không bắt buộc, đúng không": the requirement word closing its clause denies what comes
  before it, as the fact's "Không bắt buộc có sáng kiến" does (Luật 2022 Điều 23 khoản 2).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "co nguoi bao giay khen ho gia dinh thuong bang mot nua giay khen ca nhan, dung khong",
            "Không",
            "760.000",
        ),
        (
            "Tiền thưởng giấy khen của hộ gia đình chỉ bằng nửa mức của cá nhân phải không ạ?",
            "Không",
            "760.000",
        ),
        ("giấy khen cá nhân thưởng bằng nửa tập thể đúng ko ad", "Có", "760.000"),
        ("GK cho hộ gia đình thưởng bằng nửa GK tập thể, đúng không", "Có", "1.520.000"),
        ("tiền thưởng LĐTT bằng nửa TTLĐTT đúng không", "Không", "2.030.000"),
        # sameness still read as sameness
        ("giấy khen hộ gia đình với cá nhân thưởng bằng nhau không", "Có", "760.000"),
    ],
)
def test_a_half_is_a_ratio_not_sameness(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "bà con nông dân được bình LĐTT nếu sản xuất giỏi đúng không ạ",
            "Có",
            "sản xuất có hiệu quả",
        ),
        (
            "nghe noi nong dan cung duoc LDTT neu san xuat co hieu qua va tich cuc phong trao "
            "thi dua, phai k",
            "Có",
            "sản xuất có hiệu quả",
        ),
        (
            "Công nhân có được xét lao động tiên tiến nếu lao động sản xuất hiệu quả, tích cực "
            "tham gia phong trào không?",
            "Có",
            "sản xuất có hiệu quả",
        ),
        (
            "hộ gia đình có được giấy khen của chủ tịch xã không, nếu quyết định ký tháng 8/2026 "
            "thì thưởng bao nhiêu",
            "Có",
            "760.000",
        ),
        (
            "tổ dân phố có được giấy khen chủ tịch xã không, thưởng bao nhiêu nếu QĐ ký ngày "
            "20/12/2026",
            "Có",
            "1.520.000",
        ),
        # a condition of the asker's own making is still a case: lacking a criterion
        (
            "nong dan co dc LDTT neu khong tham gia phong trao thi dua k",
            "Không",
            "tích cực tham gia phong trào thi đua",
        ),
    ],
)
def test_a_condition_restated_or_dated_opens_no_case(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "CSTĐCS chỉ cần LĐTT và hoàn thành xuất sắc nhiệm vụ, còn sáng kiến là một lối "
            "khác chứ không bắt buộc, đúng không",
            "Có",
        ),
        ("sang kien doi voi CSTDCS la khong bat buoc phai k", "Có"),
        ("xét CSTĐCS thì sáng kiến không cần, đúng ko ad", "Có"),
        ("chị văn thư bảo xét LĐTT thì sáng kiến là không cần đâu nhỉ", "Có"),
        ("Đề nghị chiến sĩ thi đua cơ sở, sáng kiến là không bắt buộc phải không ạ?", "Có"),
        # the requirement claimed stays wrong
        ("CSTĐCS phải có sáng kiến, không có là không được, đúng k", "Không"),
    ],
)
def test_a_requirement_denied_at_clause_end(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "sáng kiến" in text.split("\n\n")[0], text
