"""Task h34: the case a question tells decides the answer (a route of a criterion the asker has,
consecutive years listed, a share with its other figures), councils and who chairs, form
numbers, synonyms as data, and parts that lean on each other.

Each question is our own (the blind sets are tuning material, never copied here) and each test
asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


def _verdicts(kb: KnowledgeBase, question: str) -> list[str]:
    return leading_verdicts(ask(kb, question))


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a route of the criterion the asker says they have settles "Tùy" as "Có"
        (
            "chị chỉ được đánh giá hoàn thành tốt nhiệm vụ nhưng có sáng kiến được hội đồng xã "
            "công nhận, vậy chị có được xét chiến sĩ thi đua cơ sở không",
            "Có",
        ),
        (
            "toi hoan thanh tot nhiem vu, co de tai khoa hoc da nghiem thu thi co dc cstdcs k",
            "Có",
        ),
        # the route told as missing does not
        (
            "toi chi hoan thanh tot nhiem vu, chua co sang kien nao, co dc cstdcs k",
            "Không",
        ),
        # consecutive years listed count, and with a province-wide initiative decide CSTĐ tỉnh
        (
            "Chị Lan đạt CSTĐCS các năm 2024, 2025 và 2026, có đề tài được áp dụng trong toàn "
            "tỉnh. Xã có thể đề nghị chiến sĩ thi đua cấp tỉnh cho chị không?",
            "Có",
        ),
        ("anh ấy đạt CSTĐCS năm 2025 và 2026 thì có được CSTĐ tỉnh không", "Không"),
        # three years told but no province-wide initiative: still not decided
        ("đạt CSTĐCS các năm 2024, 2025 và 2026 có được CSTĐ tỉnh không", "Tùy"),
        # a share told with the other figures the rule needs
        (
            "phòng có 20 người, tất cả hoàn thành nhiệm vụ, 15 người đạt LĐTT, 1 người đạt "
            "CSTĐCS, có đủ tỷ lệ tập thể lao động xuất sắc không",
            "Có",
        ),
        (
            "phòng có 20 người, 15 người đạt LĐTT nhưng không ai đạt CSTĐCS, có đủ tỷ lệ tập "
            "thể lao động xuất sắc không",
            "Không",
        ),
        (
            "phòng có 20 người, 15 người đạt LĐTT, có đủ tỷ lệ tập thể lao động xuất sắc không",
            "Tùy",
        ),
        # a council advises; the head decides
        ("hội đồng tđkt của xã có tự ra quyết định khen thưởng được không", "Không"),
        ("hoi dong tdkt trung uong co cong nhan cstdcs cho xa k", "Không"),
        # the central council is also the central level asked about
        ("hội đồng thi đua khen thưởng trung ương có xét LĐTT cho cán bộ xã không", "Không"),
        # the standing militia get "Chiến sĩ tiên tiến"
        ("dân quân thường trực của xã có được xét lao động tiên tiến không", "Không"),
        # "… không hay …" is still a yes/no
        ("thôn có được tặng giấy khen của chủ tịch xã không hay chỉ cá nhân mới được", "Có"),
        # figures of the story ("giúp 7 hộ") are no claim about the rule
        (
            "Chào anh chị, tôi là trưởng thôn. Gia đình bà Hoa làm vườn giỏi và giúp 7 hộ "
            "nghèo cùng làm. Hộ gia đình có được nhận giấy khen của Chủ tịch UBND xã không?",
            "Có",
        ),
    ],
)
def test_the_case_told_decides_the_verdict(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    assert verdict in _verdicts(officer_kb, question)[:2], ask(officer_kb, question)


def test_a_route_told_is_named_back(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "em hoàn thành tốt nhiệm vụ và có sáng kiến được công nhận, có được xét CSTĐCS không",
    )
    assert "sáng kiến" in text.split("\n")[1]


def test_a_share_names_the_figures_still_missing(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "phòng có 20 người, 15 người đạt LĐTT, có đủ tỷ lệ tập thể lao động xuất sắc không",
    )
    assert "15/20 = 75 %" in text
    assert "còn cần" in text and "Chiến sĩ thi đua cơ sở" in text


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("chủ tịch hội đồng tđkt xã là ai", "Chủ tịch UBND xã làm Chủ tịch Hội đồng"),
        ("hội đồng thi đua khen thưởng trung ương do ai làm chủ tịch", "Thủ tướng"),
        ("chủ tịch hđ tđkt trung ương là ai", "Thủ tướng"),
        ("ở tổ dân phố ai chủ trì họp bình xét gia đình văn hóa", "tổ trưởng tổ dân phố"),
        ("biên bản họp bình xét thôn văn hóa là mẫu số mấy", "Mẫu số 06"),
        ("quyết định công nhận gia đình văn hóa theo mẫu nào", "Mẫu số 10"),
        # no number is given as certain where it could not be checked: the form by its name
        ("báo cáo thành tích cá nhân dùng mẫu số mấy", "Nghị định 152/2025"),
        # a synonym is an alias in content/facts, not a code path
        ("anh ấy cứu người đuối nước, xã muốn khen kịp thời thì ai ký", "Khen thưởng đột xuất"),
        # an alias must not fold like other words: "có tính" is not "cờ tỉnh"
        ("tháng cao điểm mà khen thì co tinh la khen dot xuat khong", "Khen thưởng đột xuất"),
        ("cờ thi đua của tỉnh được thưởng bao nhiêu", "20.240.000"),
        # what a title comes with includes its prize as an amount
        ("xã đạt danh hiệu xã tiêu biểu thì được nhận những gì", "5.060.000"),
        # "trước <date>": the base in force the day before
        ("quyết định ký trước 01/7/2026 thì LĐTT được thưởng bao nhiêu", "710.000"),
    ],
)
def test_councils_forms_synonyms_and_amounts(
    officer_kb: KnowledgeBase, question: str, wanted: str
) -> None:
    assert wanted in ask(officer_kb, question)


def test_a_form_number_not_checked_is_marked_to_verify(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "báo cáo thành tích cá nhân dùng mẫu số mấy")
    assert "cần đối chiếu" in text


def test_a_trailing_part_asks_about_every_title_before_it(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "gia đình văn hóa và xã tiêu biểu thưởng bao nhiêu, ai công nhận")
    assert "**Gia đình văn hóa: Ai quyết định**" in text
    assert "**Xã, phường, đặc khu tiêu biểu: Ai quyết định**" in text


def test_con_x_thi_repeats_the_previous_question(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "tập thể lao động tiên tiến cần bao nhiêu phần trăm ldtt, còn ttldxs thì bao nhiêu",
    )
    assert "**Tập thể lao động xuất sắc: Tỷ lệ, giới hạn**" in text
    assert "70 %" in text


def test_x_hay_y_is_told_by_what_each_is(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "Phường phát động thi đua trong tháng cao điểm an toàn giao thông và muốn khen 15 người "
        "có thành tích. Vậy đây là khen đột xuất hay khen theo chuyên đề?",
    )
    assert "**Khen thưởng đột xuất: Tiêu chuẩn**" in text
    assert "không phải đột xuất mà là khen theo đợt, chuyên đề" in text
