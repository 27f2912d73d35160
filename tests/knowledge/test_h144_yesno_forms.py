"""The rules of the law asked yes/no in the ways officers ask them (task h144, set yesno_tuning9).
Wordings of our own, none from a set:

- a statement closed by "à" and a typed "?" is put up for confirmation, like the same claim
  asked with "hả" (a polite "ạ" closes a question that asks with a word of its own);
- a replaced text's gone state asked with its bare asking tail ("… hết hiệu lực chưa") is
  confirmed (NĐ 152/2025 Điều 59 khoản 2);
- "được miễn thuế" asks the opposite of "có phải nộp thuế" (TT 111/2013/TT-BTC Điều 2 khoản 2
  điểm e.1);
- "chỉ cần tờ trình là đủ đúng k" lists the papers missing (Luật 2022 Điều 84 khoản 1);
- a sáng kiến route told is the case: the recognition paper is then required (Điều 84 khoản 1
  điểm d);
- a base salary claimed for a month is read against the base in force that month (2.340.000 đ
  from 01/7/2024, 2.530.000 đ from 01/7/2026);
- a thing that lacks a condition of the definition is no sáng kiến (Luật 2022 Điều 3);
- the head of the Bộ, ngành or tỉnh, not the Thủ tướng, recognises a sáng kiến's nationwide
  reach (Điều 21 khoản 2); the Thủ tướng's Bằng khen is no danh hiệu vinh dự nhà nước (Điều 59);
- a form number claimed for a paper is read against the paper's own (NĐ 86/2023);
- a province that keeps registration binds its communes ("thì xã em …" is not "thị xã").
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("giấy khen cá nhân được thưởng 0,5 lần lương cơ sở à?", "Không", "0,3"),
        ("chiến sĩ thi đua cấp tỉnh thưởng 3 lần lương cơ sở à?", "Có", "3,0"),
        ("xa mien nui trich quy thi dua toi da 1,0% a?", "Không", "1,5"),
        ("thôn văn hóa xét mỗi năm một lần à?", "Có", "hằng năm"),
    ],
)
def test_rising_a_with_question_mark_asks_yes_or_no(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "successor"),
    [
        ("thong tu 01/2024/tt-bnv het hieu luc chua ad", "15/2025"),
        ("nghị định 98/2023 bị thay thế rồi à", "152/2025"),
    ],
)
def test_gone_state_asked_bare_is_confirmed(
    officer_kb: KnowledgeBase, question: str, successor: str
) -> None:
    assert successor in ask_verdict(officer_kb, question, "Có")


def test_exemption_asked_is_the_opposite_of_taxed(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "thưởng giấy khen có được miễn thuế thu nhập cá nhân ko", "Có")
    assert "111/2013" in text
    # asked whether it is taxed, the same rule answers "Không"
    ask_verdict(officer_kb, "thưởng giấy khen có phải chịu thuế thu nhập cá nhân ko", "Không")


def test_only_one_paper_claimed_enough_lists_the_missing(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "làm hồ sơ giấy khen chỉ cần tờ trình là đủ phải ko", "Không")
    assert "còn thiếu" in text and "biên bản" in text


def test_route_told_makes_the_recognition_paper_required(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "xét cstdcs cho cô Lan theo con đường sáng kiến thì có cần kèm giấy công nhận sáng kiến ko",
        "Có",
    )
    assert "sáng kiến" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("lương cơ sở tháng 4/2026 là 2.530.000 đúng không", "Không"),
        ("tháng 10/2026 lương cơ sở là 2.530.000 phải ko", "Có"),
        ("luong co so hien nay la 1.490.000 dung k", "Không"),
        ("luong co so hien nay la 2.340.000 dung k", "Không"),
    ],
)
def test_base_claimed_for_a_month(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    assert "2.530.000" in ask_verdict(officer_kb, question, verdict)


def test_a_condition_of_the_definition_denied(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "cách làm mới của văn phòng chưa được áp dụng thì có phải là sáng kiến ko",
        "Không",
    )
    assert "áp dụng" in text


def test_nationwide_reach_is_not_the_prime_ministers(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "sáng kiến ảnh hưởng toàn quốc do thủ tướng công nhận phải ko", "Không"
    )
    assert "người đứng đầu Bộ, ban, ngành, tỉnh" in text


def test_prime_ministers_certificate_is_no_state_honour(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "bằng khen của thủ tướng có được tính là danh hiệu vinh dự nhà nước ko", "Không"
    )
    assert "hình thức khen thưởng" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("báo cáo thành tích thôn văn hóa theo mẫu số 06 phải ko", "Không"),
        ("biên bản họp bình xét thôn văn hóa là mẫu 06 hả", "Có"),
        ("tờ trình thôn văn hóa là mẫu 05 hả", "Không"),
    ],
)
def test_form_number_of_the_paper(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    assert "Mẫu" in ask_verdict(officer_kb, question, verdict)


def test_province_keeping_registration_binds(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "tinh em van yeu cau dang ky thi dua dau nam thi xa minh co phai thuc hien ko",
        "Có",
    )
    assert "quy chế" in text and "Cấp huyện" not in text


def test_rising_a_on_a_clause_merged_into_the_one_before(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "bình xét gia đình văn hóa vào tháng 12 thì cũng được à?", "Không"
    )
    assert "25/11" in text


def test_cheating_may_bring_criminal_liability(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "khai gian thành tích để được giấy khen thì ngoài bị thu hồi còn có thể bị xử lý hình sự"
        " không",
    )
    assert "truy cứu trách nhiệm hình sự" in text
