"""Task h62: blind set 15's misses grouped by kind of failure, each kind fixed by a mechanism that
does not depend on the wording of those questions.

Every question here is our own wording of a kind (none is copied from ``blind15_questions.yaml``)
and each test asserts what the officer sees in the chat (``KnowledgeBase.ask`` is what the
handlers call).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing, coefficient claimed": "hệ số X" names a multiple of the base
        # salary as "X lần lương cơ sở" does, so it is read against the title's own coefficient
        ("giấy khen cá nhân hệ số 0,5 phải không", "Không"),
        ("LĐTT có hệ số là 0,3 đúng không ạ", "Có"),
        ("thon van hoa he so 2,0 dung k", "Không"),
        ("tap the ldxs huong he so 1,5 phai ko", "Có"),
    ],
)
def test_a_coefficient_claimed_as_he_so(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        # kind "verdict missing, base salary claimed in a letter": the base an accountant used is
        # read against the one in force on the decision date the letter tells
        (
            "Quyết định công nhận LĐTT ký ngày 20/3/2026, tháng 9 mới chi. Kế toán lấy lương cơ "
            "sở 2.530.000 để tính tiền thưởng. Như thế có đúng không",
            "Không",
            "2.340.000",
        ),
        (
            "QĐ khen giấy khen cá nhân ký 3/3/2026, kế toán tính lương cơ sở 2.340.000 "
            "có đúng không",
            "Có",
            "710.000",
        ),
        (
            "qd cstdcs ky 15/9/2026, tien thuong tinh theo lcs 2,34 trieu dung k",
            "Không",
            "2.530.000",
        ),
    ],
)
def test_a_base_salary_claimed_against_the_decision_date(
    officer_kb: KnowledgeBase, question: str, verdict: str, said: str
) -> None:
    text = ask(officer_kb, question)
    assert verdict in leading_verdicts(text), text
    assert said in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing, one of several points claimed": the fact names the point that
        # counts and, after "không theo", the others of its kind; a question naming one of them,
        # or any other of that kind, is answered from that choice
        ("tiền thưởng tính theo lương cơ sở ngày trao thưởng đúng không", "Không"),
        ("tiền thưởng lấy lương cơ sở tại ngày họp hội đồng có đúng không", "Không"),
        ("tien thuong tinh theo luong co so vao ngay ky quyet dinh phai k", "Có"),
    ],
)
def test_a_point_claimed_against_the_one_the_fact_names(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_part_verdict(officer_kb, question, "thời điểm nào", verdict)


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        # kind "long letter, a title told dropped": the story tells several titles won and the
        # question asks the money without naming one; every title told is paid, not the last
        (
            "Năm nay tổ văn phòng đạt tập thể lao động tiên tiến, anh Hùng trong tổ được chiến sĩ "
            "thi đua cơ sở. Quyết định ký tháng 9/2026. Vậy tiền thưởng được bao nhiêu?",
            ["2.030.000", "2.530.000"],
        ),
        (
            "Thôn em năm 2026 được công nhận thôn văn hóa, ông trưởng thôn được giấy khen của chủ "
            "tịch xã. QĐ ký tháng 11/2026. Tiền thưởng mỗi bên là bao nhiêu",
            ["3.800.000", "760.000"],
        ),
        (
            "trong năm 2026 anh Tuấn đạt chiến sĩ thi đua cơ sở, phòng anh ấy đạt tập thể lao động "
            "xuất sắc. QĐ ký 12/2026. Xin hỏi thưởng được bao nhiêu ạ",
            ["3.800.000", "2.530.000"],
        ),
    ],
)
def test_the_money_of_every_title_the_story_tells(
    officer_kb: KnowledgeBase, question: str, amounts: list[str]
) -> None:
    text = ask(officer_kb, question)
    for amount in amounts:
        assert amount in text, text


def test_phong_chong_is_no_office(officer_kb: KnowledgeBase) -> None:
    # kind "wrong subject read": "phòng chống bão" (to prevent) is not "phòng" (an office), so a
    # person's giấy khen for it is not paid as a collective's only
    text = ask(
        officer_kb,
        "anh Bình năm 2026 được giấy khen chủ tịch xã vì thành tích phòng chống lụt bão, "
        "được thưởng bao nhiêu",
    )
    assert "760.000" in text, text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        # kind "compound part dropped, the prize behind the base asked": which base a title's
        # prize uses is asked to reach the prize, so its amount on that base comes with the rule
        ("CSTĐCS quyết định ký ngày 25/6/2026 thì tính theo lương cơ sở nào", "2.340.000"),
        ("thôn văn hóa công nhận tháng 12/2026 thì lấy lương cơ sở thời điểm nào", "3.800.000"),
        ("giay khen ca nhan ky qd 3/8/2026 tinh luong co so nao", "760.000"),
    ],
)
def test_the_prize_comes_with_the_base_it_is_paid_on(
    officer_kb: KnowledgeBase, question: str, amount: str
) -> None:
    text = ask(officer_kb, question)
    assert "Tiền thưởng**" in text and amount in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "fact missing from content": domain.md's general rule, 01 bộ bản chính, holds for
        # the dossiers the xã sends to the province as for its own
        "hồ sơ đề nghị chiến sĩ thi đua cấp tỉnh nộp mấy bộ",
        "ttldxs thi ho so gom may bo",
        "xã đề nghị danh hiệu xã tiêu biểu thì làm mấy bộ hồ sơ",
    ],
)
def test_a_province_dossier_is_one_set(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "01 bộ" in text, text


def test_the_initiative_route_needs_its_effect_confirmed(officer_kb: KnowledgeBase) -> None:
    # kind "fact missing from content": on the sáng kiến route the CSTĐCS dossier carries the
    # confirmation of its effect (domain.md, CSTĐCS hồ sơ)
    text = ask(officer_kb, "hồ sơ đề nghị CSTĐCS gồm những giấy tờ gì")
    assert "xác nhận hiệu quả áp dụng" in text, text


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # kind "fact missing from content": the council's minutes (domain.md 3.5, the TT 15/2025
        # form) as a fact of the council; without it the model answered only "who decides" and
        # dropped the minutes the question asks about
        ("biên bản họp hội đồng tđkt xã do ai ký tên", "thư ký"),
        (
            "Hội đồng TĐKT xã họp xong thì ai ký vào biên bản, bỏ phiếu kín có kèm gì không",
            "kiểm phiếu",
        ),
        ("bien ban hop hoi dong thi dua xa ghi nhung gi", "chủ trì"),
    ],
)
def test_the_councils_minutes(officer_kb: KnowledgeBase, question: str, said: str) -> None:
    text = ask(officer_kb, question)
    assert said in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "long letter, the case told ignored": a title the letter tells was held for some
        # years, asked whether it leads to another title, is read against that title's rule on
        # consecutive years of the held one, not only against who may be proposed
        "chị Hoa làm kế toán xã, đạt chiến sĩ thi đua cơ sở năm 2024 và 2025. Xã có đề nghị bằng "
        "khen của chủ tịch tỉnh cho chị được không",
        "anh ấy 2 năm liền đạt CSTĐCS, có được đề nghị bằng khen tỉnh không",
        "Thầy Minh hai năm liên tục đạt chiến sĩ thi đua cơ sở. Trường muốn đề nghị bằng khen chủ "
        "tịch UBND tỉnh cho thầy, có được không ạ",
    ],
)
def test_a_held_title_read_against_the_years_rule(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "02 lần liên tục" in text, text
    assert "Có" in leading_verdicts(text), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict wrong, two titles compared": a coefficient both titles share makes them
        # the same, though one of them has another for a collective; none shared, they differ
        ("LĐTT với GK tiền thưởng có giống nhau không", "Có"),
        ("giay khen chu tich xa voi lao dong tien tien thuong khac nhau ko", "Không"),
        ("LĐTT và CSTĐCS thưởng như nhau không", "Không"),
    ],
)
def test_two_titles_compared_on_their_own_coefficients(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        # kind "long letter, the dossier told then 'đủ chưa'": the papers the letter lists are
        # read against the ones the dossier requires; those not listed are named
        (
            "Em chuẩn bị hồ sơ đề nghị LĐTT gồm tờ trình và danh sách. Như vậy đủ chưa?",
            "Không",
            "còn thiếu: báo cáo thành tích",
        ),
        (
            "Hồ sơ đề nghị TTLĐTT của trường em có tờ trình và báo cáo thành tích tập thể. Vậy "
            "đã đủ chưa",
            "Không",
            "còn thiếu: biên bản",
        ),
        (
            "Xã em làm hồ sơ CSTĐCS cho anh Hải có tờ trình, báo cáo thành tích, biên bản họp "
            "hội đồng. Như vậy đủ chưa ạ",
            "Có",
            "01 bộ",
        ),
    ],
)
def test_the_papers_a_letter_lists_against_the_dossier(
    officer_kb: KnowledgeBase, question: str, verdict: str, said: str
) -> None:
    block = ask_part_verdict(officer_kb, question, "Hồ sơ**", verdict)
    assert said in block, block


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing, a paper asked to be required": the paper is read against the
        # list the dossier requires ("01 bộ gồm: …"); one a route adds only stays "Tùy", one
        # the simple procedure drops stays "Không"
        ("hồ sơ giấy khen có cần biên bản họp hội đồng không", "Có"),
        ("TTLĐTT hồ sơ có bắt buộc tờ trình không", "Có"),
        ("ho so bang khen tinh co phai co bien ban hop hoi dong xa ko", "Có"),
        ("hồ sơ CSTĐCS có cần giấy công nhận sáng kiến không", "Tùy"),
        ("hồ sơ khen đột xuất có cần biên bản họp không", "Không"),
    ],
)
def test_a_paper_asked_against_the_required_list(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind "verdict missing, a place claimed": where the question says the dossier goes is
        # read against the place the title's own submission fact names (the xã or the province)
        ("giấy khen của chủ tịch xã có phải nộp lên tỉnh không", "Không"),
        ("hồ sơ LĐTT có phải gửi lên Sở Nội vụ không", "Không"),
        ("hồ sơ TTLĐXS gửi sở nội vụ đúng không", "Có"),
        ("ho so cstdcs nop cho cong chuc thi dua cua xa phai ko", "Có"),
    ],
)
def test_a_place_claimed_for_the_dossier(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "said"),
    [
        # kind "fact present, the condition told not answered": a route the title's criteria
        # name, told as the asker's case, is named back as one route of the criteria
        ("anh ấy có sáng kiến được cơ sở công nhận, có được CSTĐCS không", "được cơ sở công nhận"),
        (
            "thầy Bình có đề án khoa học đã được nghiệm thu, thầy có được xét CSTĐCS không",
            "nghiệm thu",
        ),
    ],
)
def test_a_route_told_is_named_back(officer_kb: KnowledgeBase, question: str, said: str) -> None:
    text = ask(officer_kb, question)
    assert "Điều kiện anh/chị nêu" in text and said in text, text


def test_a_route_told_missing_is_not_named_as_met(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb, "anh ấy chưa có đề tài khoa học nào được nghiệm thu, có được CSTĐCS không"
    )
    assert "Điều kiện anh/chị nêu" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        # kind "wrong subject read in a letter": a bare first syllable of a subject the letter
        # names in full ("Tổ" after "tổ dân phố") points back at it, not at another subject
        # ("tổ", a team, a collective that may not hold the title)
        "Tổ dân phố tôi có 95% hộ đạt gia đình văn hóa. Tổ có đạt tổ dân phố văn hóa không",
        "tổ dân phố số 3 đạt các tiêu chí, tổ có được xã công nhận tổ dân phố văn hóa không",
    ],
)
def test_a_bare_syllable_points_back_at_the_subject_named(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    "question",
    [
        # kind "verdict wrong, how many": "N lần <title won>" is a count like "N năm liền", and
        # fewer than the rule needs decides "Không" whatever else the question claims
        "CSTĐ tỉnh chỉ cần 2 lần CSTĐCS đúng không",
        "có 2 lần đạt chiến sĩ thi đua cơ sở thì lên CSTĐ tỉnh được không",
        "anh ấy mới 2 lần được CSTĐCS, có đề nghị CSTĐ tỉnh được không",
    ],
)
def test_times_won_counted_against_the_rule(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")
