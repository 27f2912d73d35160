"""Yes/no on a paper's content, the minutes' signers, a state honour's route and a unit the
province runs, once answered by a form entry with no verdict or by the xã's rule (task h170).

- the parts of a collective's báo cáo thành tích (NĐ 152/2025 Phụ lục; TT 15/2025): a fact, so
  "có ghi …", "không có chi bộ thì để trống" get a verdict;
- "thư ký ký", "chủ trì ký" ask the signers of the council's minutes;
- a state honour's dossier goes to the tỉnh (Sở Nội vụ), never straight to the centre
  (domain.md 2): "gửi thẳng Bộ Nội vụ" → Không;
- a trường THPT on the xã's territory is the province's: its head or the Sở gives LĐTT (Luật
  2022 Điều 80 khoản 1), not the xã's chairman (khoản 3);
- "có phải tỉnh quy định chi tiết" names who regulates the procedure.
Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("báo cáo thành tích của tổ có phần các hình thức khen thưởng đã nhận phải không", "Có"),
        ("bao cao thanh tich tap the co ghi hinh thuc khen thuong da nhan k ad", "Có"),
        ("đơn vị không có chi bộ thì trong báo cáo thành tích để trống mục đó được không", "Không"),
        ("to chuc dang trong bao cao thanh tich tap the, neu khong co thi bo trong dc k", "Không"),
    ],
)
def test_report_parts_decide_the_yes_no(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "III. Các hình thức khen thưởng đã nhận" in text, text


def test_a_party_cell_lacking_is_written_not_left_blank(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "chi đoàn không có tổ chức đảng thì báo cáo thành tích bỏ trống à", "Không"
    )
    assert "ghi rõ là không có" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("thư ký có phải ký vào biên bản hội đồng xét khen không", "Có"),
        ("bien ban hop hoi dong xet khen thuong thi thu ky cung ky phai k", "Có"),
    ],
)
def test_minutes_of_the_award_council_are_signed_by_both(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "người chủ trì và thư ký" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "huân chương thì xã gửi hồ sơ thẳng lên trung ương được không",
        "huan chuong thi xa gui ho so thang len trung uong duoc k",
    ],
)
def test_a_state_honour_never_goes_straight_to_the_centre(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Sở Nội vụ" in text, text


def test_a_state_honour_goes_through_the_province(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "hồ sơ huân chương của xã gửi sở nội vụ phải không", "Có")
    assert "tỉnh" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "LĐTT của giáo viên THPT do chủ tịch xã ký đúng không",
        "nhân viên đơn vị thuộc sở đóng trên địa bàn xã thì chủ tịch xã tặng LĐTT được không",
    ],
)
def test_a_unit_the_province_runs_is_not_the_chairmans(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 80 khoản 1" in text, text


def test_a_school_of_the_xa_stays_the_chairmans(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb, "LĐTT cho giáo viên trường tiểu học của xã do chủ tịch xã ký phải k", "Có"
    )


def test_province_detailing_is_named(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "hồ sơ thôn văn hóa có phải tỉnh quy định chi tiết không")
    assert "Cấp nào quy định hồ sơ, thủ tục" in text and "Có. Tỉnh quy định" in text, text
