"""Task h70: blind 18's misses grouped by kind of failure, each fixed by a mechanism read from
how the question's claim relates to the fact, checked on wordings of our own (none copied from
a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        # kind: an alternative offered after the claim ("A không, hay B") is not what is claimed
        "anh Nam dat LDTT va duoc giay khen cua xa ve thanh tich khac, anh co duoc nhan ca hai"
        " khoan thuong khong hay chi 1 khoan",
        "được cả 2 khoản tiền thưởng không hay là chỉ được nhận một khoản, khi vừa đạt CSTĐCS"
        " vừa có giấy khen cho thành tích khác",
        "chi Lan dat CSTDCS nam nay va co bang khen cua tinh cho thanh tich khac. chi duoc nhan"
        " tien ca hai khong, hay chi mot thoi?",
    ],
)
def test_the_alternative_offered_is_not_the_claim(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a claim narrowing who the rule is for, against a fact naming others of that kind
        ("LĐTT chỉ xét cho công chức thôi phải không", "Không"),
        ("chi co can bo cong chuc moi duoc LDTT dung k", "Không"),
        (
            "CSTDCS chi danh cho vien chuc thoi, nguoi lao dong hop dong thi khong duoc dung k",
            "Không",
        ),
        # every group the fact names is claimed: nothing narrowed
        ("LDTT chi xet cho can bo, cong chuc, vien chuc, nguoi lao dong thoi dung khong", "Có"),
        # "chi hội" is a branch, not "only"
        ("chi hội nông dân có được xét tập thể lao động tiên tiến không", "Có"),
    ],
)
def test_a_narrowed_who_is_read_against_the_groups_granted(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a figure claimed for one step, against the fact's figure for that step, not the
        # same unit given for another step of the same fact
        ("gia dinh van hoa lay y kien nhan dan 15 ngay phai k", "Không"),
        ("GDVH niem yet lay y kien 10 ngay dung khong", "Có"),
        ("danh sach gdvh duoc cong nhan phai cong khai 10 ngay dung k", "Không"),
        ("danh sach gdvh duoc cong nhan phai cong khai 15 ngay dung k", "Có"),
    ],
)
def test_a_figure_is_read_against_the_clause_about_it(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a level of duty told below the floor; "cán bộ" folds to "can bo", no "cần"
        ("can bo xa chi hoan thanh nhiem vu thi co duoc LDTT khong", "Không"),
        ("cán bộ phường hoàn thành tốt nhiệm vụ thì có được xét LĐTT không", "Có"),
        ("LDTT co can hoan thanh tot nhiem vu khong", "Có"),
    ],
)
def test_a_level_told_by_a_can_bo_is_no_requirement(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: an amount claimed, read against the line of the answer that states it (the
        # one in force, or the one before it)
        ("lương cơ sở hiện giờ vẫn 2.340.000 đồng phải không ạ", "Không"),
        ("muc luong co so hien nay la 2.530.000 phai khong", "Có"),
    ],
)
def test_an_amount_claimed_is_read_against_the_line_stating_it(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a start month told, counted to the year's end against the 6-month floor
        ("cong chuc moi tuyen thang 2 nam nay den cuoi nam co du thoi gian xet LDTT chua", "Có"),
        ("mới tuyển dụng tháng 4 năm nay thì có được xét LĐTT không", "Có"),
        (
            "viên chức mới tuyển tháng 9 năm nay thì cuối năm có đủ thời gian xét LĐTT không",
            "Không",
        ),
    ],
)
def test_a_start_month_counts_the_months_to_the_year_end(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    "question",
    [
        # kind: "A bằng / ngang B" between two kinds of recipient is a claim of sameness
        "giay khen ca nhan thuong ngang tap the dung khong",
        "tien thuong giay khen tap the bang giay khen cua ca nhan phai k",
    ],
)
def test_one_recipient_claimed_the_same_as_another(
    officer_kb: KnowledgeBase, question: str
) -> None:
    ask_verdict(officer_kb, question, "Không")


def test_an_award_named_after_a_recipient_is_no_sameness(officer_kb: KnowledgeBase) -> None:
    # "bằng khen" is an award: nothing is claimed the same
    ask_verdict(officer_kb, "tap the co duoc bang khen ca nhan khong", "Có")


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        # kind: a part of a compound dropped; "X cần gì" asks the title's requirements
        ("LDTT can gi va thuong bao nhieu", ("Tiêu chuẩn", "Tiền thưởng")),
        ("thon van hoa can gi, ai cong nhan", ("Tiêu chuẩn",)),
    ],
)
def test_what_a_title_needs_is_its_criteria(
    officer_kb: KnowledgeBase, question: str, parts: tuple[str, ...]
) -> None:
    text = ask(officer_kb, question)
    for part in parts:
        assert f": {part}**" in text, text
    # "hồ sơ … cần gì" still asks the papers
    assert "Hồ sơ**" in ask(officer_kb, "ho so LDTT can gi")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # kind: a long letter whose question names nothing; the council told meeting is the
        # story's actor, the title the story tells is what the papers are asked of
        (
            "Thon toi nam nay dat du tieu chuan thon van hoa. Hoi dong thi dua xa da hop xet"
            " xong. Ho so can nhung gi, ai ky quyet dinh?",
            "Thôn, tổ dân phố văn hóa: Hồ sơ",
        ),
        (
            "Truong em co 2 co dat CSTDCS. Hoi dong TDKT xa hop hom qua. Ho so gom nhung gi?",
            "Chiến sĩ thi đua cơ sở: Hồ sơ",
        ),
    ],
)
def test_a_council_told_acting_leaves_the_question_to_the_title(
    officer_kb: KnowledgeBase, question: str, title: str
) -> None:
    assert f"**{title}**" in ask(officer_kb, question)


@pytest.mark.parametrize(
    "question",
    [
        # kind: a long letter whose question names a title only as what is required; the
        # title the story wants is the one whose criteria are asked
        "Anh Hung la cong chuc dia chinh, nam nay hoan thanh xuat sac nhiem vu. Xa muon de nghi"
        " anh CSTDCS. Anh co can dat LDTT truoc khong?",
        "Co Hoa la giao vien mam non, nam nay co sang kien cap co so. Truong muon de nghi co"
        " CSTDCS. Co ay co phai dat LDTT nua khong?",
    ],
)
def test_a_title_required_in_a_letter_is_asked_of_the_title_wanted(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert text.startswith("**Chiến sĩ thi đua cơ sở"), text


@pytest.mark.parametrize(
    "question",
    ["doi tuong nao duoc xet danh hieu TTLDTT va ai quyet dinh", "TTLDTT xet cho ai"],
)
def test_who_may_have_a_collective_title_states_its_criteria(
    officer_kb: KnowledgeBase, question: str
) -> None:
    # kind: a fact missing from content; the general "ai được xét" named only the article
    assert "50 %" in ask(officer_kb, question)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # kind: a moment claimed against the one the rule counts from
        ("tien thuong tinh theo luong co so luc nop ho so phai khong", "Không"),
        ("tính thưởng theo lương cơ sở khi làm tờ trình đề nghị đúng không", "Không"),
        ("tien thuong tinh theo luong co so luc ky quyet dinh phai khong", "Có"),
    ],
)
def test_a_moment_claimed_is_read_against_the_one_counted_from(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)
