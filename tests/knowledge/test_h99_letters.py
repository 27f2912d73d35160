"""Task h99: long letters (a story of several sentences, then the question) pooled from every
tuning set's misses and fixed by the kind of reading that failed — the district named only as
the asker's record, a record told year by year, a second award for the same deed, an award
found won falsely, an initiative's reach told in the story. Each kind is checked on wordings
of our own (none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "Anh Tuấn ở xã tôi: năm 2024 được chủ tịch huyện tặng CSTĐCS, năm 2025 và 2026 chủ "
        "tịch xã tặng CSTĐCS. Anh có sáng kiến áp dụng rộng trong tỉnh. Năm 2026 anh có được "
        "đề nghị CSTĐ tỉnh không?",
        "ong toi nam 2022 duoc giay khen cua chu tich huyen. nay huyen bo roi, neu nam nay thon "
        "de nghi thi chu tich xa co tang giay khen cho ong dc k",
    ],
)
def test_district_told_as_record_is_no_reform_no(officer_kb: KnowledgeBase, question: str) -> None:
    """The district named only in the story (the asker's past) does not make the question a
    reform yes/no: no "Không" from "cấp huyện đã bỏ" before the title asked."""
    text = ask(officer_kb, question)
    reform = next(b for b in text.split("\n\n") if "Cấp huyện đã bỏ" in b)
    assert "\nKhông." not in reform, text


def test_district_asked_in_the_story_still_no(officer_kb: KnowledgeBase) -> None:
    """A told clause that itself asks about the district ("… còn không") keeps the reform's
    "Không": the guard of the rule above."""
    ask_verdict(
        officer_kb,
        "Chị Hoa trước làm ở phòng nội vụ huyện, nay về xã. Chị hỏi hội đồng TĐKT huyện còn "
        "hoạt động không. Vậy ai xét khen cho cán bộ xã bây giờ?",
        "Không",
    )


def test_record_told_year_by_year_counts(officer_kb: KnowledgeBase) -> None:
    """A record told in clauses ("năm 2023 … giấy khen. năm 2024 … CSTĐCS. năm 2025 …
    CSTĐCS") counts 2 years of CSTĐCS in a row, whatever "3 lần" the question names."""
    text = ask_part_verdict(
        officer_kb,
        "năm 2023 chị được chủ tịch huyện tặng giấy khen. năm 2024 chị đạt CSTĐCS do huyện ký. "
        "năm 2025 huyện giải thể nên CSTĐCS do xã ký. vậy chị đã đủ 3 lần CSTĐCS liên tục để "
        "lên CSTĐ tỉnh chưa",
        "Chiến sĩ thi đua cấp tỉnh",
        "Không",
    )
    assert "2 năm liên tục" in text, text


def test_district_year_in_its_clause_is_the_past(officer_kb: KnowledgeBase) -> None:
    """A year whose clause names the district deciding before it ("được chủ tịch huyện công
    nhận … năm 2024") is the asker's past: "năm nay" is paid on today's base."""
    text = ask(
        officer_kb,
        "Thôn tôi đã được chủ tịch huyện công nhận thôn văn hóa năm 2024. Năm nay thôn đề nghị "
        "lại. Năm nay thôn được thưởng bao nhiêu?",
    )
    assert "3.800.000" in text, text


def test_parents_are_no_district(officer_kb: KnowledgeBase) -> None:
    """ "phụ huynh" typed without marks is no typo of "huyện": no reform block at all."""
    text = ask(
        officer_kb,
        "truong mam non co 1 co cap duong hop dong, duoc phu huynh quy men. cuoi nam truong de "
        "nghi LDTT cho co dc k",
    )
    assert "Cấp huyện đã bỏ" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Anh Bình được xã tặng giấy khen vì dập lửa cứu kho hàng. Nay công ty lại muốn đề nghị "
        "tỉnh tặng bằng khen cũng vì vụ dập lửa đó. Có được không?",
        "huyện đoàn đã khen em ấy vì hiến máu, giờ xã lại muốn tặng giấy khen cho chính thành "
        "tích đó, được k",
        "một bác vừa được hội cựu chiến binh đề nghị, vừa được chi hội nông dân đề nghị khen, "
        "cho cùng việc làm đường. xã khen 2 lần cho việc đó dc k",
    ],
)
def test_same_deed_second_award(officer_kb: KnowledgeBase, question: str) -> None:
    """A second award for the deed already commended is "Không" (Luật 2022 Điều 5 khoản 2
    điểm c), told as "cũng vì …", "cho chính thành tích đó" or "2 lần cho việc đó"."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "một thành tích" in text, text


def test_another_deed_second_award(officer_kb: KnowledgeBase) -> None:
    """Another deed ("thành tích khác") may be commended again: "Có"."""
    text = ask_verdict(
        officer_kb,
        "chị Mai năm 2025 được bằng khen của tỉnh. năm nay chị có thành tích khác. xã đề nghị "
        "bằng khen lần 2 cho chị được không",
        "Có",
    )
    assert "nhiều lần" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Có một anh được giấy khen năm ngoái, nay bị phát hiện khai không đúng thành tích. Vậy "
        "giấy khen và tiền thưởng đó xử lý thế nào?",
        "thôn báo cáo chị B khai gian số liệu thành tích khi xin giấy khen năm trước. giờ xã "
        "phải làm gì với giấy khen đó",
    ],
)
def test_award_won_falsely_is_revoked(officer_kb: KnowledgeBase, question: str) -> None:
    """The story tells an award won falsely; what to do with it asks the revoking rule
    (Luật 2022 Điều 93): the answer says it is cancelled and taken back."""
    text = ask(officer_kb, question)
    assert "hủy bỏ" in text, text
    assert "Hủy bỏ, thu hồi" in text.split("\n\n")[0], text


def test_initiative_only_in_the_xa(officer_kb: KnowledgeBase) -> None:
    """Three CSTĐCS years and an initiative told as applied only in the xã: not the reach CSTĐ
    cấp tỉnh needs (Điều 22 khoản 1), "Không"."""
    text = ask_verdict(
        officer_kb,
        "anh Hùng đạt CSTĐCS các năm 2023, 2024, 2025. anh có sáng kiến nhưng chỉ áp dụng "
        "trong xã. anh đã đủ điều kiện đề nghị CSTĐ cấp tỉnh chưa",
        "Không",
    )
    assert "phạm vi ảnh hưởng trong tỉnh" in text, text


def test_initiative_across_the_province(officer_kb: KnowledgeBase) -> None:
    """The same record with an initiative applied effectively across the province: "Có"."""
    ask_verdict(
        officer_kb,
        "chi Thu dat CSTDCS 2023 2024 2025. nam nay chi co sang kien ap dung hieu qua trong "
        "toan tinh. chi co du dieu kien de nghi CSTD tinh k",
        "Có",
    )


def test_maternity_leave_outranks_the_level(officer_kb: KnowledgeBase) -> None:
    """Maternity leave told beside "vẫn hoàn thành tốt nhiệm vụ" is the case asked: the answer
    says the leave counts for LĐTT, not only what the level of duties gives."""
    text = ask_verdict(
        officer_kb,
        "trường em có cô kế toán nghỉ sinh con từ tháng 3 đến tháng 8. đi làm lại cô vẫn hoàn "
        "thành tốt nhiệm vụ. cuối năm cô có được bình xét LĐTT không",
        "Có",
    )
    assert "thai sản" in text, text


def test_reported_denial_asked_as_right_so(officer_kb: KnowledgeBase) -> None:
    """ "X bảo nghỉ thai sản thì không được bình LĐTT, có đúng vậy không ạ": the denial told
    is wrong, "Không" (the leave counts)."""
    text = ask_verdict(
        officer_kb,
        "tôi nghỉ thai sản 6 tháng, về làm lại vẫn hoàn thành tốt nhiệm vụ. tổ trưởng bảo nghỉ "
        "thai sản thì không được xét LĐTT. có đúng vậy không ạ",
        "Không",
    )
    assert "thai sản" in text, text
