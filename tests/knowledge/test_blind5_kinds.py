"""Task h43: the kinds of miss blind set 5 showed in yes/no questions and long letters, fixed as
mechanisms (not per question).

Each question is our own wording of a kind (not copied from ``blind5_questions.yaml``) and
each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the coefficient claimed against the title's own (NĐ 152/2025 Điều 50)
        ("thon van hoa duoc thuong 2 lan luong co so phai ko", "Không", "1,5 lần"),
        ("CSTĐCS được thưởng 1 lần mức lương cơ sở đúng không", "Có", "2.530.000"),
        ("tap the ldtt thuong 0,8 lan luong co so dung k", "Có", "0,8 lần"),
        ("Tập thể lao động xuất sắc vẫn thưởng 1,0 lần lương cơ sở chứ?", "Không", "1,5 lần"),
    ],
)
def test_coefficient_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the authority after "… không hay phải" is the other way, not the one asked
        ("xã có tự công nhận LĐTT được không hay là phải xin tỉnh", "Có", "Chủ tịch UBND xã"),
        ("xa tu quyet dinh tap the ldtt dc ko hay phai trinh tinh", "Có", "Chủ tịch UBND xã"),
        ("thon van hoa xa cong nhan duoc khong hay phai xin tinh", "Có", "Chủ tịch UBND xã"),
        ("ldtt thi chu tich xa ky dc ko hay la phai chu tich tinh ky", "Có", "Chủ tịch UBND xã"),
        # being allowed to give to someone ("được tặng … cho …") is the xã acting
        ("xa co duoc tang giay khen cho thon ko", "Có", "Chủ tịch UBND xã"),
        # the province asked alone still turns the xã's verdict round
        ("tap the ldtt co phai xin tinh cong nhan ko", "Không", "Chủ tịch UBND xã"),
    ],
)
def test_authority_asked_not_its_alternative(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a level of duty above the one the rule needs meets it (Luật Điều 27: 100 % hoàn
        # thành nhiệm vụ); told below it, the rule still asks for it
        (
            "Tổ em có 20 người, 15 người đạt LĐTT, 2 người đạt CSTĐCS, tất cả đều hoàn thành "
            "tốt nhiệm vụ. Vậy tổ có được Tập thể lao động xuất sắc không?",
            "Có",
        ),
        (
            "truong e 30 gv, 25 nguoi dat ldtt, 3 nguoi dat cstdcs, ai cung hoan thanh xuat sac "
            "nhiem vu. truong co dat tap the lao dong xuat sac ko",
            "Có",
        ),
    ],
)
def test_higher_duty_level_meets_the_rule(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert "các điều kiện khác anh/chị nêu cũng đạt" in text


@pytest.mark.parametrize(
    ("question", "verdict", "note"),
    [
        # a day claimed against the fact's limit (NĐ 86/2023 Điều 8: bình xét before 25/11)
        ("thon e hop binh xet gia dinh van hoa ngay 27/11 co kip ko", "Không", "sau hạn 25/11"),
        ("Tổ dân phố bình xét GĐVH xong ngày 15/11 thì có kịp không?", "Có", "trước hạn 25/11"),
        # a told sentence saying "năm nào cũng …" asks nothing: the letter's question is the day
        (
            "Nhà bác Hùng ở thôn em năm nào cũng được công nhận gia đình văn hóa. Năm nay thôn "
            "định bình xét ngày 29/11 có được không ạ?",
            "Không",
            "sau hạn 25/11",
        ),
    ],
)
def test_day_claimed_against_the_limit(
    officer_kb: KnowledgeBase, question: str, verdict: str, note: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert note in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # whom the question is put to, typed after its asking tail, does not hide it
        ("ldtt phai co sang kien ha ad", "Không"),
        ("cstdcs bắt buộc phải có sáng kiến à admin", "Không"),
    ],
)
def test_asking_tail_before_the_addressee(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text


def test_submit_cue_with_which_papers(officer_kb: KnowledgeBase) -> None:
    # "gửi hồ sơ" is the submit cue; "gì" after "hồ sơ" asks the papers too
    text = ask(officer_kb, "to truong gui ho so gi len xa de cong nhan to dan pho van hoa")
    assert "Hồ sơ**" in text, text


def test_same_question_for_two_cases(officer_kb: KnowledgeBase) -> None:
    # one title's eligibility asked twice, each for its own case: both answered, in order
    text = ask(
        officer_kb,
        "cong chuc bi khien trach nam nay co dc ldtt ko, con nghi sinh 5 thang co xet dc ko",
    )
    assert leading_verdicts(text)[:2] == ["Không", "Có"], text
    assert "thai sản" in text


def test_follow_up_on_the_answer_is_no_circumstance(officer_kb: KnowledgeBase) -> None:
    # "nếu không thì …" asks about the answer; it tells no case that could turn a firm "Không"
    text = ask(officer_kb, "xã có được công nhận xã văn hóa không, nếu không thì xét gì")
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "tiêu biểu" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a period claimed against a yearly review (NĐ 86/2023, domain.md 1.8: annual)
        ("thon van hoa 3 nam moi xet mot lan dung ko", "Không"),
        ("Gia đình văn hóa có phải 2 năm mới bình xét 1 lần không?", "Không"),
        ("gia dinh van hoa 1 nam xet 1 lan phai ko", "Có"),
    ],
)
def test_period_claimed_against_a_yearly_review(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert "hằng năm" in text


@pytest.mark.parametrize(
    "question",
    [
        # whether a case is of a title's kind is told by what the title is (Luật Điều 85)
        "thang thi dua cao diem thi co phai khen dot xuat ko",
        "đợt thi đua cao điểm có phải khen đột xuất không",
    ],
)
def test_case_asked_to_be_of_a_kind(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "không phải đột xuất" in text or "không phải khen đột xuất" in text


def test_day_since_is_a_case_not_a_limit(officer_kb: KnowledgeBase) -> None:
    # "từ 1/3" says since when: the leave is the case, no time limit is claimed
    text = ask(officer_kb, "em nghi thai san tu 1/3 co duoc binh xet ldtt ko")
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert "thai sản" in text and "Thời hạn" not in text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # an amount claimed against the amount on the decision date (NĐ 152/2025 Điều 50)
        ("ldtt dc thuong 760 nghin dung ko", "Có", "760.000"),
        ("cstdcs thuong 2 trieu phai ko", "Không", "2.530.000"),
        ("thon van hoa thuong 3.800.000 dong dung khong", "Có", "3.800.000"),
        # the base in force on the signing day decides which amount is right
        ("quyet dinh ky ngay 20/6/2026 thi ldtt co duoc thuong 760.000 ko", "Không", "710.000"),
    ],
)
def test_amount_claimed(officer_kb: KnowledgeBase, question: str, verdict: str, fact: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a statement put up for confirmation with "hả / nhỉ" is a yes/no
        ("tap the ldtt do chu tich tinh ky ha", "Không"),
        ("xã tiêu biểu do chủ tịch tỉnh tặng nhỉ", "Có"),
        ("chien si thi dua co so phai co sang kien nhi", "Không"),
    ],
)
def test_statement_put_up_for_confirmation(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text


def test_polite_tail_alone_asks_no_yes_no(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "cho em hoi ho so de nghi ldtt gom nhung gi a")
    assert leading_verdicts(text) == [], text


def test_decision_date_told_is_not_who_decides(officer_kb: KnowledgeBase) -> None:
    # "qđ ký tháng 3/2026: …" dates the decision (the base before 01/7/2026 applies); it does
    # not ask who signs
    text = ask(officer_kb, "qd ky thang 3/2026: cstdcs va ttldtt dc thuong bn")
    assert "Ai quyết định" not in text, text
    assert "2.340.000" in text and "1.880.000" in text
