"""Task h113: what someone at the year-end bình xét meeting says, read as the claim judged
(blind34's misses, fixed by the kind of reading that failed): a way to CSTĐCS said to be the only
one, a case said to leave someone "không đủ điều
kiện", and a quoted clause that names the district. Each kind is checked on wordings of our own
(none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.law.library import DISTRICT_NOTE
from tests.knowledge.asking import TODAY, ask_verdict
from tests.knowledge.officer_eval import presents_repealed


@pytest.mark.parametrize(
    "question",
    [
        # the case told has no initiative, the saying is that one is required
        "chi ay hoan thanh xuat sac nhiem vu nhung chua co sang kien, thay hieu pho bao phai co "
        "sang kien moi de nghi CSTDCS dc, thay noi dung k",
        # one route said to be the only one that counts (Luật 2022 Điều 23 khoản 2: or a đề tài)
        "anh ay co de tai khoa hoc da nghiem thu nhung ke toan noi chi sang kien moi tinh cho "
        "chien si thi dua co so, vay co dung khong",
    ],
)
def test_only_way_claimed_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không bắt buộc" in text.lower()


def test_initiative_qualifier_is_not_an_only_way(officer_kb: KnowledgeBase) -> None:
    # "phải được công nhận mới tính" qualifies the initiative; it claims no route is the only one
    text = officer_kb.ask("sang kien co bat buoc phai duoc cong nhan moi tinh cho CSTDCS k", TODAY)
    assert not text.text.split("\n")[1].startswith("Không.")


def test_not_enough_said_of_maternity_leave(officer_kb: KnowledgeBase) -> None:
    # "không đủ điều kiện" denies the title as "không được" does; maternity leave counts (Luật
    # 2022 Điều 24 khoản 3 as carried by the fact), so the saying is wrong
    text = ask_verdict(
        officer_kb,
        "chi ay nghi sinh 6 thang dau nam, to pho bao nhu vay la khong du dieu kien xet lao dong "
        "tien tien, dung k",
        "Không",
    )
    assert "thai sản" in text


def test_district_note_marks_itself_old(officer_kb: KnowledgeBase) -> None:
    assert not presents_repealed(DISTRICT_NOTE)
    answer = officer_kb.ask("Chủ tịch xã có tự tặng cờ thi đua cho trường được không?", TODAY)
    assert not presents_repealed(answer.text), answer.text


def test_own_case_asked_after_the_saying(officer_kb: KnowledgeBase) -> None:
    # the saying is told, but what is asked is the asker's own case: the route told decides
    ask_verdict(
        officer_kb,
        "toi dat LDTT va hoan thanh xuat sac nhiem vu, chua co sang kien, chi to truong noi phai "
        "co sang kien moi len CSTDCS dc. vay toi co dc de nghi CSTDCS khong",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # on probation or in tập sự: a new hire under the 6-month rule (domain.md 2.2)
        ("người đang thử việc có được xét LĐTT không", "Không"),
        ("em thu viec tu thang 10 thi cuoi nam co dc xet LDTT k", "Không"),
        # the months from the start of tập sự to the year's end reach 6
        ("chị ấy tập sự từ tháng 2, cuối năm có được bình LĐTT không", "Có"),
    ],
)
def test_probation_is_a_new_hire(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "6 tháng" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the year-end meeting named as when, the person's case asked: who may, not the dossier
        ("hop binh xet cuoi nam co dua ban thu viec tu thang 9 vao danh sach LDTT khong", "Không"),
    ],
)
def test_put_on_the_list_asks_who_may(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Ai được xét" in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a person's case and "bình xét thi đua" with no title: the person's year-end title, LĐTT
        ("nv moi vao lam 5 thang co dc binh xet thi dua cuoi nam k", "Không"),
        ("chị ấy nghỉ thai sản 5 tháng thì cuối năm có được bình xét thi đua không", "Có"),
    ],
)
def test_person_review_reads_ldtt(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert text.startswith("**Lao động tiên tiến")


def test_discipline_keeps_its_own_entry(officer_kb: KnowledgeBase) -> None:
    # discipline loses every title needing LĐTT: its own entry answers, not LĐTT alone
    text = officer_kb.ask("người bị kỷ luật khiển trách có được xét thi đua không", TODAY).text
    assert "Chiến sĩ thi" in text


@pytest.mark.parametrize(
    "question",
    ["chiến sĩ thi đua cơ sở phải được bao nhiêu phần trăm phiếu", "LDTT can dat bao nhieu phieu"],
)
def test_vote_share_is_not_the_prize(officer_kb: KnowledgeBase, question: str) -> None:
    text = officer_kb.ask(question, TODAY).text
    assert text.startswith("**Tỷ lệ phiếu cần đạt**"), text
    assert "Tiền thưởng" not in text


def test_removal_said_in_the_positive(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 took registration out of what titles are judged on: said so, it holds
    ask_verdict(
        officer_kb,
        "Luật mới bỏ đăng ký thi đua khỏi căn cứ xét khen rồi phải không anh",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # what is enough and what is not needed, as Luật 2022 Điều 85 has it: the claim holds
        (
            "xa khen dot xuat anh dan quan cuu nguoi thi chi can to trinh va bao cao tom tat, "
            "khong can bien ban hop dung khong",
            "Có",
        ),
    ],
)
def test_enough_restated_holds(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_enough_claimed_otherwise_is_not_restated(officer_kb: KnowledgeBase) -> None:
    # "chỉ cần có sáng kiến" is not the fact's "chỉ cần đạt tiêu chuẩn …": no "Có." from it
    text = officer_kb.ask("CSTDCS chi can co sang kien la du, ko can LDTT dung k", TODAY).text
    assert not text.split("\n")[1].startswith("Có.")


@pytest.mark.parametrize(
    "question",
    [
        # the share of LĐTT met, a member told not to have completed their tasks: TTLĐXS needs
        # 100 % completing (domain.md, Luật 2022 Điều 27), so the share does not make it
        "tổ có 1 người chưa hoàn thành nhiệm vụ nhưng 80% đạt LĐTT thì vẫn đủ tỷ lệ đề nghị tập "
        "thể lao động xuất sắc phải không",
    ],
)
def test_share_met_with_criterion_unmet(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "100 %" in text


def test_share_met_with_criteria_told_met(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "tổ 10 người, 8 người đạt LĐTT, ai cũng hoàn thành nhiệm vụ, có 1 CSTĐCS, vậy đủ tỷ lệ "
        "TTLĐXS không",
        "Có",
    )


@pytest.mark.parametrize(
    "question",
    [
        "người làm hợp đồng đạt CSTĐCS thì tiền thưởng có khác người biên chế không",
        "thu ky noi LDTT cua cong chuc thi thuong cao hon nguoi hop dong, dung k a",
    ],
)
def test_prize_alike_for_every_employment(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 50" in text


def test_prize_asked_plainly_has_no_employment_line(officer_kb: KnowledgeBase) -> None:
    text = officer_kb.ask("người hợp đồng đạt LĐTT được thưởng bao nhiêu", TODAY).text
    assert "760.000" in text and "không phân biệt" not in text


def test_tax_on_the_prize_leads_with_tax(officer_kb: KnowledgeBase) -> None:
    # the prize named is what is taxed: the tax rule (TT 111/2013) answers, first and plainly
    text = ask_verdict(
        officer_kb, "thu ky bao tien thuong CSTDCS phai tru thue thu nhap ca nhan dung k", "Không"
    )
    assert "111/2013" in text


def test_amount_and_tax_both_answered(officer_kb: KnowledgeBase) -> None:
    text = officer_kb.ask("tiền thưởng LĐTT bao nhiêu và có chịu thuế không", TODAY).text
    assert "760.000" in text and "111/2013" in text


def test_bare_flag_is_the_provinces(officer_kb: KnowledgeBase) -> None:
    # "cờ thi đua" with no title named: the UBND tỉnh's flag, which the xã only proposes
    text = ask_verdict(officer_kb, "ct xa co dc ky tang co thi dua cho tram y te k", "Không")
    assert "tỉnh" in text


def test_flag_with_a_title_stays_the_titles(officer_kb: KnowledgeBase) -> None:
    text = officer_kb.ask("TTLĐXS có được tặng cờ thi đua không", TODAY).text
    assert text.startswith("**Tập thể lao động xuất sắc")


def test_time_counted_is_not_a_deadline(officer_kb: KnowledgeBase) -> None:
    # "tính thời gian đi học để xét" counts time served (domain.md 2.2), it asks no deadline
    text = ask_verdict(
        officer_kb,
        "thay giao di hoc boi duong 2 thang dat loai kha, to em van tinh thoi gian do de xet LDTT "
        "duoc dung khong",
        "Có",
    )
    assert "Ai được xét" in text.split("\n")[0]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # "chỉ huyện mới …" told as the past, the xã claimed now: the claim about now holds
        ("trước đây chỉ huyện mới công nhận LĐTT, bây giờ xã được công nhận rồi phải không", "Có"),
        # the level alone claimed now still gets its own reading
        ("chỉ tỉnh mới có quyền tặng LĐTT đúng không", "Không"),
    ],
)
def test_only_level_told_as_past(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_contract_teacher_is_not_a_meeting(officer_kb: KnowledgeBase) -> None:
    # "cô hợp đồng" folds like "có họp" + "đồng": the person is a contract worker, not a meeting
    text = ask_verdict(
        officer_kb, "truong em co 3 co hop dong, cac co hop dong co dc xet LDTT k", "Có"
    )
    assert text.startswith("**Lao động tiên tiến: Ai được xét**")


def test_not_elected_said_is_a_denial(officer_kb: KnowledgeBase) -> None:
    # "không bầu … được" denies the title as "không được" does: maternity leave counts
    ask_verdict(
        officer_kb,
        "co ay nghi thai san 5 thang, chi to pho bao nghi thai san thi ko bau LDTT dc, dung k",
        "Không",
    )
