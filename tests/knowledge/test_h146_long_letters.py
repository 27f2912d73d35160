"""Long letters whose story decided the verdict (task h146, tuning set t8). Wordings of our own,
none from a set:

- a route the rule names told missing ("chưa có phạm vi ảnh hưởng trong tỉnh") is missing, even
  where a shorter route ("ảnh hưởng trong tỉnh") stands inside the negated one; CSTĐ tỉnh then
  opens "Không." (Luật 2022 Điều 22 khoản 1 điểm b);
- "A có đủ để xét X không", A being one of the routes the rule joins by "hoặc" ("sáng kiến được
  cơ sở công nhận" for CSTĐCS), opens "Có." (Luật 2022 Điều 23 khoản 2);
- one ask over what a title brings ("bằng chứng nhận, khung và tiền thưởng N đồng phải không"):
  the part the facts deny (a wrong amount) opens the answer (NĐ 152/2025 Điều 50, 49).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Chào anh, chị Hoa kế toán xã em 3 năm liên tục 2023, 2024, 2025 đều đạt CSTĐCS, có sáng"
        " kiến được xã công nhận nhưng chưa có phạm vi ảnh hưởng trong tỉnh. Chị Hoa đã đủ tiêu"
        " chuẩn chiến sĩ thi đua cấp tỉnh chưa ạ?",
        "anh Minh dat cstdcs 3 nam lien 2023 2024 2025, sang kien moi dung o to mot cua, chua co"
        " pham vi anh huong trong tinh. Vay anh Minh du tieu chuan CSTD tinh chua a",
    ],
)
def test_reach_told_missing_is_missing(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "chưa có “phạm vi ảnh hưởng trong tỉnh”" in text


@pytest.mark.parametrize(
    "question",
    [
        "Anh Tùng công chức địa chính đạt LĐTT năm 2025, có sáng kiến được hội đồng xã công"
        " nhận. Có người bảo phải tỉnh công nhận mới được. Sáng kiến chỉ được cơ sở công nhận"
        " có đủ để xét CSTĐCS cho anh Tùng không?",
        "chi Lan dat LDTT, sang kien cua chi duoc co so cong nhan co du de xet cstdcs k ad",
    ],
)
def test_a_route_named_by_the_rule_suffices(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "sáng kiến được cơ sở công nhận" in text


@pytest.mark.parametrize(
    "question",
    [
        "Tổ văn phòng xã em đạt tập thể lao động xuất sắc, quyết định ký ngày 20/11/2026. Anh"
        " thủ quỹ tính 1,5 lần lương cơ sở là 3.000.000 đồng. Vậy tổ được bằng chứng nhận, khung"
        " và tiền thưởng 3.000.000 đồng phải không ạ?",
    ],
)
def test_one_ask_over_what_a_title_brings(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "3.800.000" in text.split("\n\n")[0]


@pytest.mark.parametrize(
    "question",
    [
        "Quy chế thi đua của tỉnh em ghi tỷ lệ CSTĐCS không quá 25% số người đạt LĐTT. Anh cán"
        " bộ xã bên bảo luật bỏ trần rồi nên tỉnh không được đặt trần nữa. Vậy tỉnh có được tự"
        " quy định tỷ lệ tối đa CSTĐCS trong quy chế của tỉnh không ạ?",
    ],
)
def test_the_story_figure_is_no_cap_claimed(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tỉnh có thể quy định tỷ lệ" in text
