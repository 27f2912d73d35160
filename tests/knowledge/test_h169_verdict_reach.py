"""Yes/no verdicts that reach every part of the claim, the principle it states and the person it
is about (task h169, stop 31).

Each family is shown on wordings of our own, none from a question set: an off-topic ask that
shares the field's generic words; a letter closed by a bare request to check; a list of
recipients before ", đúng k"; one clause of a title's criteria asked; a month a step finished
in; a rule for every form with a title as its example; one achievement proposed for two forms
in a story; a held title's run claimed to bring a title that needs none; whom a restatement
names; and the person the ask names after a story.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.knowledge import KnowledgeBase

TODAY = date(2026, 12, 5)


def _text(kb: KnowledgeBase, question: str) -> str:
    return kb.ask(question, TODAY).text


def _opening(kb: KnowledgeBase, question: str) -> str:
    """The first block's text after its heading."""
    return _text(kb, question).split("\n", 1)[1]


@pytest.mark.parametrize(
    "question",
    [
        "xin cấp giấy chứng nhận quyền sử dụng đất ở xã cần những gì",
        "hồ sơ xác nhận tình trạng hôn nhân nộp ở đâu vậy ad",
        "cấp lại cccd bị mất thì nộp hồ sơ ở xã hay ở đâu",
    ],
)
def test_another_services_paper_is_declined(officer_kb: KnowledgeBase, question: str) -> None:
    assert _text(officer_kb, question).startswith("**Ngoài lĩnh vực thi đua, khen thưởng**")


def test_a_dossier_word_is_no_land_title(officer_kb: KnowledgeBase) -> None:
    # "hồ sơ đỏ …" holds "sơ đỏ" folded like "sổ đỏ"; it is still a dossier of this field
    text = _text(officer_kb, "ho so do xa tham dinh sai quy dinh thi quyet dinh co bi huy k")
    assert "Ngoài lĩnh vực" not in text


def test_a_closing_request_to_check_asks_whether_the_rule_is_right(
    officer_kb: KnowledgeBase,
) -> None:
    opening = _opening(
        officer_kb,
        "Mình làm văn phòng xã. Chủ tịch xã nói năm nay Lao động tiên tiến phải có sáng kiến "
        "mới được xét. Nhờ ad kiểm tra giúp em với",
    )
    assert opening.startswith("Không."), opening
    assert "sáng kiến" in opening


def test_a_list_of_recipients_keeps_the_yes_no_on_each(officer_kb: KnowledgeBase) -> None:
    opening = _opening(
        officer_kb,
        "chủ tịch phường tặng giấy khen cho cá nhân, tập thể, hộ gia đình thuộc phường, phải k",
    )
    assert opening.startswith("Có."), opening
    assert "Chủ tịch UBND xã" in opening


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "ngoài hoàn thành tốt nhiệm vụ ra thì LĐTT còn phải có gì nữa không",
            "Có.",
            "tự lực",
        ),
        (
            "LĐTT chỉ cần hoàn thành tốt nhiệm vụ trở lên là đủ tiêu chuẩn chính rồi phải k",
            "Có.",
            "Hoàn thành tốt nhiệm vụ",
        ),
        (
            "điều kiện chính của lao động tiên tiến là hoàn thành tốt nhiệm vụ trở lên đúng k",
            "Có.",
            "Hoàn thành tốt nhiệm vụ",
        ),
    ],
)
def test_one_clause_of_the_criteria_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    opening = _opening(officer_kb, question)
    assert opening.startswith(verdict), opening
    assert fact in opening


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "thôn mình bình xét GĐVH xong tháng 12 mới nộp lên xã thì có bị trễ hạn không",
            "Có.",
            "25/11",
        ),
        (
            "tổ dân phố họp bình xét gia đình văn hóa xong tháng 10 thì có kịp hạn không",
            "Có.",
            "25/11",
        ),
    ],
)
def test_a_month_a_step_finished_in_is_weighed_against_the_day(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = _text(officer_kb, question)
    block = next(b for b in text.split("\n\n") if "Thời hạn" in b.split("\n", 1)[0])
    assert block.split("\n", 1)[1].startswith(verdict), block
    assert fact in block


def test_a_title_named_as_a_principles_example_keeps_the_principle(
    officer_kb: KnowledgeBase,
) -> None:
    opening = _opening(
        officer_kb,
        "có người bảo mỗi hình thức khen thưởng chỉ được tặng một lần, năm sau không được "
        "bằng khen nữa, đúng không",
    )
    assert opening.startswith("Không."), opening
    assert "nhiều lần" in opening


def test_one_achievement_for_two_forms_in_a_story(officer_kb: KnowledgeBase) -> None:
    text = _text(
        officer_kb,
        "Thôn em có anh Hùng cứu được hai cháu bé đuối nước. Xã đã khen đột xuất, đồng thời "
        "thôn muốn đề nghị bằng khen tỉnh cũng cho chính thành tích đó. Như vậy có được không?",
    )
    assert text.startswith("**Một thành tích**"), text[:200]
    assert text.split("\n", 1)[1].startswith("Không."), text[:300]


def test_a_held_titles_run_brings_no_title_that_needs_none(officer_kb: KnowledgeBase) -> None:
    opening = _opening(
        officer_kb, "tổ dân phố đạt TTLĐTT 2 năm liên tiếp thì năm nay được TTLĐXS luôn đúng không"
    )
    assert opening.startswith("Không."), opening
    assert "70 %" in opening


def test_whom_a_restatement_names_is_whom_the_claim_is_about(officer_kb: KnowledgeBase) -> None:
    opening = _opening(
        officer_kb, "nghe noi LDTT chi xet cho can bo cong chuc vien chuc, nong dan k duoc, dung k"
    )
    assert opening.startswith("Không."), opening
    assert opening.split(".", 2)[1].strip().startswith("Công nhân, nông dân"), opening


def test_the_person_the_ask_names_after_a_story(officer_kb: KnowledgeBase) -> None:
    text = _text(
        officer_kb,
        "Anh trai em làm dân quân thường trực ở xã đã 3 năm. Ban chỉ huy quân sự nói cuối năm "
        "sẽ đề nghị xã ký LĐTT cho anh. Vậy anh em được xét danh hiệu gì ạ",
    )
    assert "Chiến sĩ tiên tiến" in text.split("\n\n", 1)[0], text[:300]
