"""Hearsay passed on by someone named (task h142, hearsay set yesno_tuning7). Wordings of our
own, none from a set:

- whoever is reported saying a rule ("chị văn phòng bảo …", "thầy hiệu phó nói …") is no part
  of the rule: a KB entry stating it confirms it "Có." as it does a bare "nghe nói …";
- a list claimed ("hồ sơ gồm A, B và C", "căn cứ là A, B và C") is confirmed by a sentence of
  the entry that lists them all, a list running on through its semicolons (Luật 2022 Điều 7,
  Điều 84 khoản 1; NĐ 86/2023 for thôn văn hóa).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "thay hieu pho bao sang kien phai duoc ap dung tai co so, dung khong ad",
        "chị văn thư xã bảo sáng kiến phải có khả năng nhân rộng, phải không",
    ],
)
def test_the_reporter_is_no_part_of_the_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "áp dụng tại cơ sở" in text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "co nguoi noi bo ho so xet danh hieu thi dua bao gom to trinh, bao cao thanh tich"
            " va bien ban binh xet thi dua, phai k",
            "biên bản bình xét",
        ),
        (
            "ông phó chủ tịch bảo căn cứ xét danh hiệu là phong trào thi đua, thành tích thi"
            " đua và tiêu chuẩn danh hiệu, đúng không",
            "phong trào thi đua",
        ),
    ],
)
def test_a_list_claimed_is_read_across_its_semicolons(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    assert fact in ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "khoan thuong lao dong tien tien co dc mien thue thu nhap ca nhan k",
        "zalo bảo tiền thưởng thi đua khen thưởng được miễn thuế thu nhập cá nhân, đúng không",
    ],
)
def test_exempt_is_the_opposite_of_taxed(officer_kb: KnowledgeBase, question: str) -> None:
    # TT 111/2013/TT-BTC Điều 2 khoản 2 điểm e.1: the prize is not taxable income
    assert "thu nhập chịu thuế" in ask_verdict(officer_kb, question, "Có")


def test_taxed_is_still_answered_no(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "tiền thưởng CSTĐCS có bị trừ thuế TNCN không", "Không")


@pytest.mark.parametrize(
    "question",
    [
        "thay hieu truong bao cstd tinh chi can sang kien ap dung trong phuong la du, dung k",
        "có người nói sáng kiến áp dụng tại xã là đủ để xét CSTĐ cấp tỉnh, phải không",
    ],
)
def test_an_initiative_of_the_commune_falls_short_of_the_province(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # Luật 2022 Điều 22 khoản 1 điểm b: its reach must be the province
    assert "trong tỉnh" in ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # NĐ 86/2023 replaced NĐ 122/2018 (domain.md 1.1; content/law/replaced.yaml)
        (
            "cong van cu ghi nd 86/2023 thay the nd 122/2018 ve binh xet gia dinh van hoa, dung k",
            "Có",
        ),
        # the successor claimed is not the one that replaced it
        (
            "cong van cu ghi nd 152/2025 thay the nd 122/2018 ve binh xet gia dinh van hoa, dung k",
            "Không",
        ),
    ],
)
def test_a_replacement_told_beside_a_topic(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert "86/2023" in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # NĐ 86/2023: tờ trình Mẫu 04, báo cáo thành tích Mẫu 05, biên bản Mẫu 06
        ("cán bộ cũ bảo tờ trình công nhận tổ dân phố văn hóa làm theo mẫu số 06, đúng k", "Không"),
        ("bien ban hop binh xet to dan pho van hoa la mau so 6 phai khong ad", "Có"),
    ],
)
def test_a_form_number_claimed_for_a_paper(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert "Mẫu" in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 80 khoản 1: the department's head, for its own units and staff only
        (
            "trạm y tế của phường đạt tập thể lđtt thì giám đốc sở y tế ký quyết định phải k",
            "Không",
        ),
        ("giam doc so tai chinh tang tap the ldtt cho phong thuoc so dc ko", "Có"),
    ],
)
def test_a_department_gives_its_own_units_only(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_where_a_dossier_is_sent_claimed(officer_kb: KnowledgeBase) -> None:
    # from 01/7/2025 the xã sends what exceeds its power to the province, via the Sở Nội vụ
    text = ask_verdict(
        officer_kb,
        "chị ở phường bên bảo hồ sơ xin khen vượt thẩm quyền xã nộp lên sở nội vụ, đúng k",
        "Có",
    )
    assert "Sở Nội vụ" in text


def test_the_held_title_with_the_excellent_level(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 23: LĐTT, and hoàn thành xuất sắc nhiệm vụ (one route of khoản 2)
    text = ask_verdict(
        officer_kb,
        "chị kế toán bảo hoàn thành xuất sắc nhiệm vụ và đạt LĐTT là đủ điều kiện Chiến sĩ thi"
        " đua cơ sở, đúng không",
        "Có",
    )
    assert "hoàn thành xuất sắc" in text


def test_a_figure_closing_its_clause_before_the_confirmation(officer_kb: KnowledgeBase) -> None:
    # NĐ 86/2023: the review of Gia đình văn hóa is finished before 25/11
    text = ask_verdict(
        officer_kb, "có người nói thôn phải bình xét gia đình văn hóa trước 25/11, phải không", "Có"
    )
    assert "25/11" in text


@pytest.mark.parametrize(("day", "verdict"), [("14/6/2025", "Có"), ("01/7/2025", "Không")])
def test_a_decree_issued_on_the_day_it_was_signed(
    officer_kb: KnowledgeBase, day: str, verdict: str
) -> None:
    # NĐ 152/2025/NĐ-CP: signed 14/6/2025, in force 01/7/2025 (domain.md 1.1)
    question = f"thầy phó bảo nghị định 152/2025 được ban hành ngày {day}, phải không ạ"
    assert "14/6/2025" in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(("day", "verdict"), [("01/01/2026", "Không"), ("01/7/2026", "Có")])
def test_the_base_and_the_day_it_applies_from(
    officer_kb: KnowledgeBase, day: str, verdict: str
) -> None:
    # lương cơ sở 2.530.000 đ from 01/7/2026 (NĐ 161/2026/NĐ-CP; domain.md 1.1)
    question = f"mức lương cơ sở 2.530.000 đồng áp dụng từ {day} phải không"
    assert "01/7/2026" in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "chị Hạnh đạt CSTĐCS 3 lần nhưng ngắt quãng, có đề nghị CSTĐ tỉnh được không",
        # h386: CSTĐCS told with the years it was held is the case of CSTĐ tỉnh proposed after
        "zalo bao cstdcs 2023, 2025 va 2026 khong lien tuc van de nghi cstd tinh duoc, dung k",
    ],
)
def test_times_not_in_a_row_do_not_count(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 21 khoản 1 điểm a, Điều 22 khoản 1 điểm a: times in a row ("liên tục")
    assert "liên tục" in ask_verdict(officer_kb, question, "Không")
