"""Task h214: a question that only names the law as the source of its claim.

"Theo luật 2022 có phải tham gia tự nguyện không" claims what the law says (Luật Thi đua, khen
thưởng 2022 Điều 3 khoản 1: thi đua có sự tham gia tự nguyện của cá nhân, tập thể, hộ gia đình),
so the answer is "Có."; only "luật có bắt buộc / có quy định cụ thể … không" asks whether the law
itself sets a detail the province sets, which stays "Không." (NĐ 152/2025 leaves the vote share
and registration to the province's quy chế).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Theo Luật Thi đua khen thưởng 2022 thì tham gia thi đua có phải là tự nguyện không",
        "luat 2022 quy dinh tham gia phong trao thi dua la tu nguyen dung k",
        "theo luật mới, thi đua là tự nguyện chứ không bắt buộc phải không anh",
        "theo luat 2022 thi cong chuc xa co phai tu nguyen tham gia thi dua k",
        "thôn em hỏi: theo luật thì hộ gia đình tham gia thi đua có phải tự nguyện không",
    ],
)
def test_voluntary_claimed_under_the_law_is_yes(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "tự nguyện" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Nghị định 86/2023 có phải quy định gia đình văn hóa không, bình xét xong khi nào",
        "NĐ 86/2023 có phải quy định danh hiệu gia đình văn hoá k",
        "luat thi dua khen thuong 2022 co phai quy dinh danh hieu lao dong tien tien k",
    ],
)
def test_text_asked_as_the_source_of_a_title_is_yes(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        "luat co bat buoc dang ky thi dua khong",
        "luật có quy định cụ thể tỷ lệ phiếu bầu chiến sĩ thi đua cơ sở không",
        "Nghị định 86/2023 có quy định tiêu chuẩn cụ thể gia đình văn hóa không",
    ],
)
def test_law_asked_to_set_a_detail_stays_no(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")
