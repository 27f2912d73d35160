"""Claims of an officer's own case the own-case set (yesno_tuning6, task h137) found read the
wrong way. Wordings of our own, none from a set:

- a title told in the story, then claimed in the asking part to be a state honour ("…, vậy là
  danh hiệu vinh dự nhà nước rồi à"), is judged by that title's kind (Luật 2022 Điều 19, 59);
- a title claimed NOT to be needed ("không cần ai đạt CSTĐCS") is the opposite of asking
  whether it is: TTLĐXS needs a CSTĐCS (Điều 27), TTLĐTT does not (Điều 28).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("chị Thảo vừa được CSTĐ toàn quốc, thế là danh hiệu vinh dự nhà nước rồi à", "Không"),
        ("thay Quang dc nha giao nhan dan, vay do la danh hieu vinh du nha nuoc dung ko", "Có"),
    ],
)
def test_story_title_claimed_state_honour(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 19" in text or "Điều 59" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("tập thể lao động xuất sắc ko cần có người đạt chiến sĩ thi đua cơ sở phải ko", "Không"),
        ("tap the lao dong tien tien k can ai dat cstdcs dung khong", "Có"),
        # asked the plain way round, the verdicts are the reverse
        ("tap the lao dong xuat sac co can nguoi dat cstdcs ko", "Có"),
    ],
)
def test_requirement_claimed_unneeded(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert "Chiến sĩ thi đua cơ sở" in ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 93 khoản 7: only the Chủ tịch nước strips a state honour
        ("ai có quyền tước danh hiệu nghệ sĩ nhân dân, chủ tịch tỉnh có được không", "Không"),
        # Điều 93 khoản 8: who awarded may revoke
        ("ai co quyen huy quyet dinh giay khen cua xa, chu tich xa co dc k", "Có"),
    ],
)
def test_level_put_up_as_revoker(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    assert "Điều 93" in ask_verdict(officer_kb, question, verdict)


def test_unmet_title_told_in_its_own_clause(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 23 khoản 1: CSTĐCS needs the LĐTT standard first, whatever else is had
    text = ask_verdict(
        officer_kb,
        "chị Mận có đề tài đã nghiệm thu nhưng năm 2025 ko đạt LĐTT, vẫn xét CSTĐCS được à",
        "Không",
    )
    # the title asked leads, not a part read from the story's "đề tài"
    assert text.startswith("**Chiến sĩ thi đua cơ sở"), text
    assert "Lao động tiên tiến" in text
