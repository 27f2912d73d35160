"""Who asks is not whom the question is about (task h156): an opening clause that says who or
where the asker is ("mình làm kế toán ở trường", "tôi ở văn phòng UBND phường", "trường mình vừa
nhờ hỏi") lends no unit or post to the question, makes no district "the past", and does not make
a question of the law one of the asker's own unit. Wordings of our own, none from a question
set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "facts"),
    [
        # Luật 2022 Điều 24 khoản 1, NĐ 152/2025: a new hire of 6 months or more may be
        # considered; the office the asker works at is not the collective asked about
        (
            "mình làm văn phòng UBND xã, người mới vào làm 9 tháng có được xét LĐTT không",
            "Có",
            ["6 tháng"],
        ),
        # Luật 2022 Điều 30: a tổ dân phố văn hóa is judged every year; the asker's ward office
        # does not turn the question into one of a collective
        (
            "tôi làm văn phòng UBND phường, tổ dân phố văn hóa có phải 3 năm mới xét một lần không",
            "Không",
            ["hằng năm"],
        ),
        # Luật 2022 Điều 20 khoản 2, NĐ 86/2023: Gia đình văn hóa is judged every year
        (
            "bên văn phòng xã em hỏi chút, gia đình văn hóa 2 năm mới xét một lần đúng không",
            "Không",
            ["hằng năm"],
        ),
    ],
)
def test_introduction_lends_no_subject(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    for fact in facts:
        assert fact in text, text


def test_introduction_keeps_both_amounts(officer_kb: KnowledgeBase) -> None:
    # NĐ 152/2025 Điều 30: the xã chairman's Giấy khen pays 0,3 (a person) and 0,6 (a
    # collective) times the base salary; "văn phòng xã" is where the asker works, not a
    # collective asked about
    text = ask(officer_kb, "tôi làm văn phòng UBND xã, giấy khen chủ tịch xã thưởng bao nhiêu")
    assert "0,3 lần" in text and "0,6 lần" in text, text


def test_asker_pointed_back_at_stays_asked(officer_kb: KnowledgeBase) -> None:
    # the question asks of the asker ("em"): the post told is then the subject, an individual
    text = ask_verdict(
        officer_kb, "em là viên chức trường học, em có được xét Lao động tiên tiến không", "Có"
    )
    assert "Cá nhân" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tôi làm văn phòng UBND xã, phòng nội vụ huyện còn thẩm định hồ sơ khen thưởng của xã "
        "không",
        "mình ở tổ dân phố 2, hội đồng thi đua huyện còn họp xét danh hiệu cho xã không",
    ],
)
def test_context_clause_leaves_district_asked(officer_kb: KnowledgeBase, question: str) -> None:
    # no district level since 01/7/2025 (two-level local government); the clause
    # before the question tells who asks, it does not make the district the asker's past
    text = ask_verdict(officer_kb, question, "Không")
    assert "01/7/2025" in text, text


def test_own_unit_only_told_asks_the_law(officer_kb: KnowledgeBase) -> None:
    # NĐ 152/2025 sets no national ceiling on CSTĐCS: "bên trường mình nhờ hỏi" says where
    # the asker works, the question asks of the law. Since stop 46 a bare cap question opens
    # "Tùy" the province's quy chế and says the law sets none (the lead's policy)
    text = ask_verdict(
        officer_kb, "bên trường mình nhờ hỏi, CSTĐCS có khống chế tỷ lệ không", "Tùy"
    )
    assert "theo luật thì không" in text.lower(), text


def test_own_unit_asked_follows_the_province(officer_kb: KnowledgeBase) -> None:
    # asked of the asker's own xã, the province's quy chế decides (the facts say the province
    # may set a ratio): "Tùy"
    ask_verdict(officer_kb, "xã mình xét LĐTT có bị khống chế tỷ lệ không", "Tùy")
