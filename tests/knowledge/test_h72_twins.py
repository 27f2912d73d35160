"""Task h72: the twin readers made one (a figure claimed required, the requirement words, the
papers' heads) and the leftovers (dates folded alike, maternity leave, a kind of commendation).

Each wording is the task's own, not taken from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict
from tests.knowledge.evaluation import contains_fact
from tests.knowledge.officer_eval import has_fact

# --- one reader of a figure claimed required (h66's and h67's, now ``required_figure_verdict``)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the floor said as "đủ N mới" (h67's wording) and as "cần N" (h66's): both read one way
        ("em mới tuyển 4 tháng, phải đủ 6 tháng mới được xét LĐTT đúng không", "Có"),
        ("em mới vào 4 tháng, có cần 6 tháng mới được xét LĐTT không", "Có"),
        ("nhân viên mới tuyển 3 tháng thì cần 5 tháng mới được LĐTT đúng không", "Không"),
    ],
)
def test_a_figure_claimed_required_is_read_against_the_bar(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_only_needed_is_enough_claimed_not_a_figure_required(officer_kb: KnowledgeBase) -> None:
    # "chỉ cần 3 lần … là đủ" claims enough; the further condition (a sáng kiến) decides "Không"
    text = ask_verdict(
        officer_kb, "CSTĐ tỉnh chỉ cần 3 lần liên tục CSTĐCS là đủ, đúng không", "Không"
    )
    assert has_fact(text, "sáng kiến"), text


# --- one list of requirement words (``REQUIRE_WORDS``), "yêu cầu" included


@pytest.mark.parametrize("need", ["cần", "yêu cầu", "bắt buộc phải có"])
def test_every_requirement_word_asks_for_a_paper(officer_kb: KnowledgeBase, need: str) -> None:
    ask_verdict(officer_kb, f"hồ sơ giấy khen có {need} biên bản họp không", "Có")


# --- one helper for the papers' two-word heads (``_papers_required``)


def test_papers_listed_are_read_by_their_heads(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb, "hồ sơ giấy khen em làm gồm tờ trình và biên bản, như vậy đủ chưa", "Không"
    )
    assert has_fact(text, "báo cáo thành tích"), text


# --- dates folded alike by the scorers, and no other date made to match


@pytest.mark.parametrize(
    ("answer", "key", "same"),
    [
        ("có hiệu lực từ 01/01/2024", "1/1/2024", True),
        ("có hiệu lực từ 1/1/2024", "01/01/2024", True),
        ("từ 01/7/2025 không còn cấp huyện", "1/07/2025", True),
        ("kỷ niệm 27/7/1947", "27/07", True),
        ("có hiệu lực từ 11/1/2024", "1/1/2024", False),  # a substring before, another day
        ("có hiệu lực từ 1/11/2024", "1/1/2024", False),
        ("họp ngày 10/10", "10/1", False),
        ("Thông tư 01/2024/TT-BNV", "01/2024/TT-BNV", True),  # a document number, untouched
    ],
)
def test_dates_fold_alike_only_when_the_same_day(answer: str, key: str, same: bool) -> None:
    assert has_fact(answer, key) is same
    assert contains_fact(answer, key) is same


# --- a case or a kind answered "Có" from the fact's own text: maternity leave counts for LĐTT
# (TT 15/2025, the fact's case "thai sản"); a brave act is what khen đột xuất is for (Điều 85)


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("nghỉ thai sản 6 tháng có được LĐTT không", "thai sản"),
        ("chi em nghi sinh con 6 thang nam nay co dc xet lao dong tien tien k", "thai sản"),
        ("nghỉ đẻ gần hết năm thì có còn được xét lao động tiên tiến không", "thai sản"),
        ("cứu người đuối nước có phải khen đột xuất không", "không lường trước"),
        ("dung cam cuu nguoi trong lu co duoc khen dot xuat k", "không lường trước"),
    ],
)
def test_a_case_or_kind_the_fact_grants(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert has_fact(text, fact), text


def test_a_drive_award_is_not_sudden(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "khen cuối tháng cao điểm thi đua có phải khen đột xuất không")
    assert has_fact(text, "không phải đột xuất"), text


# --- registration is no condition of LĐTT in the law (Luật 2022 Điều 7; Điều 24 names none)


@pytest.mark.parametrize(
    "question",
    [
        "quên đăng ký thi đua đầu năm thì có bị loại LĐTT không",
        "không đăng ký thi đua thì có bị loại LĐTT không",
        "quen dang ky thi dua thi co bi loai ldtt k",
    ],
)
def test_no_registration_excludes_no_one_from_ldtt(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # task h263 (the lead's rule on domain.md §2): with no law named, "có bị loại không" asks
    # of the asker's own review, which the province's quy chế may still tie to registration;
    # "Tùy" with the law's "không" said, never a bare "Không" (read as "you cannot be reviewed")
    text = ask_verdict(officer_kb, question, "Tùy")
    assert has_fact(text, "Điều 7"), text
    assert "theo luật" in text.lower(), text


@pytest.mark.parametrize(
    "question",
    [
        "khen chuyên đề có phải là khen theo đợt không",
        "khen thuong chuyen de co phai khen theo dot k",
        "khen chuyen de co phai la khen theo dot ko",
    ],
)
def test_two_names_of_one_form_are_one_kind(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert has_fact(text, "sơ kết, tổng kết một đợt thi đua"), text
