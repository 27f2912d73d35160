"""Task h106: kinds of readings that failed on letters from commune officers and heads of units
(hearsay claims put up for confirmation, cases told over a letter, comparisons). Each test asks
the real knowledge base with our own wording, none copied from a question set, and asserts the
plain verdict an officer reads first and the decisive fact behind it."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


def test_saying_on_an_old_figure_is_wrong(officer_kb: KnowledgeBase) -> None:
    # the denial rests on the old 10-month rule; the 6-month rule is the one in force
    text = ask_verdict(
        officer_kb, "nghe nói mới vào làm dưới 10 tháng thì không được xét LĐTT đúng không", "Không"
    )
    assert "6 tháng" in text
    # the same saying on the rule in force holds
    ask_verdict(officer_kb, "nghe noi moi tuyen chua du 6 thang thi ko dc xet LDTT dung k", "Có")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # Luật 2022 Điều 80 khoản 4: the board's chair gives giấy khen only, even named with the
        # xã where the firm is
        ("chu tich hdqt cong ty trong xa co dc tang CSTDCS cho nhan vien k", "Không"),
        (
            "chủ tịch hội đồng thành viên công ty ở xã có được tặng giấy khen cho công nhân không",
            "Có",
        ),
    ],
)
def test_board_chair_named_with_the_xa(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_subject_after_nhu_is_compared(officer_kb: KnowledgeBase) -> None:
    # NĐ 152/2025 Điều 46 khoản 3: the plains' xã fund is capped at 1,0 %
    text = ask_verdict(
        officer_kb,
        "co nguoi noi xa dong bang cung trich quy tdkt 1,5% nhu xa vung cao dung k",
        "Không",
    )
    assert "1,0 %" in text


def test_only_one_level_claimed(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 93 khoản 8: who decided it may cancel it
    text = ask_verdict(
        officer_kb, "chi tinh moi dc huy quyet dinh tang giay khen cua chu tich xa dung k", "Không"
    )
    assert "Chủ tịch UBND xã" in text


def test_higher_form_without_the_lower(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 5 khoản 2 điểm c: thành tích đến đâu khen thưởng đến đó
    ask_verdict(
        officer_kb, "chua tung co giay khen xa thi k dc de nghi khen cap cao hon a", "Không"
    )


def test_removal_restated_holds(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 7: registration is no longer a căn cứ; the claim restates that
    ask_verdict(
        officer_kb, "luat moi thi dang ky thi dua ko con la can cu de xet danh hieu phai k", "Có"
    )
    # a negated condition before "thì" is not the claim: not registering does not bar by law,
    # though the province's quy chế may (task h120: "Tùy …", the law's "không" said with it)
    text = ask_verdict(
        officer_kb, "ko dang ky thi dua dau nam thi cuoi nam ko dc xet danh hieu dung k", "Tùy"
    )
    assert "Theo luật thì không." in text


def test_district_powers_not_sent_up(officer_kb: KnowledgeBase) -> None:
    # NĐ 129/2025 Điều 59: the district's powers went to the xã's chairman
    text = ask_verdict(
        officer_kb,
        "co nguoi noi bo cap huyen thi xa ko con quyen tang LDTT nua, phai trinh tinh, dung k",
        "Không",
    )
    assert "không chuyển lên tỉnh" in text


def test_own_unit_requires_registration(officer_kb: KnowledgeBase) -> None:
    # the law requires none; the asker's xã does, by the province's rules: "Tùy"
    text = ask_verdict(
        officer_kb,
        "phuong minh van yeu cau cac to nop dang ky thi dua truoc 20/3, to nao ko nop thi cuoi"
        " nam co bi loai ko",
        "Tùy",
    )
    assert "tỉnh" in text


def test_forged_papers_decision_not_kept(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 93: cancelled and the prize recovered
    text = ask_verdict(
        officer_kb,
        "nghe noi khai gian thanh tich thi chi bi nhac nho, quyet dinh khen van con gia tri dung k",
        "Không",
    )
    assert "hủy bỏ" in text


def test_initiative_reach_short(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 22: the province's CSTĐ needs an initiative with reach in the province
    text = ask_verdict(
        officer_kb, "chien si thi dua tinh co sang kien cap don vi la du roi phai k", "Không"
    )
    assert "trong tỉnh" in text


@pytest.mark.parametrize(
    "question",
    [
        "anh ay bi thuong khi cuu nguoi duoi nuoc, nam vien 2 thang, co duoc tinh de xet LDTT k",
        "nghi sinh con 6 thang co dc tinh la thoi gian cong tac de xet lao dong tien tien k",
    ],
)
def test_time_away_counted(officer_kb: KnowledgeBase, question: str) -> None:
    # domain.md 2.2 (TT 15/2025): maternity leave and treatment of a rescue wound count
    ask_verdict(officer_kb, question, "Có")


def test_plain_sick_leave_stays_open(officer_kb: KnowledgeBase) -> None:
    # sick leave asked as counted time stays the province's to decide
    ask_verdict(officer_kb, "nghi om 2 thang co dc tinh de xet LDTT k", "Tùy")


@pytest.mark.parametrize(
    "question",
    [
        "khen dot xuat vu cuu hoa thi chu tich xa co duoc tang giay khen ko",
        "khen theo chuyen de phong trao nong thon moi thi chu tich xa co tang giay khen dc k",
    ],
)
def test_chair_gives_giay_khen_for_a_way(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # under 6 months by the review (domain.md 2.2) is not considered; 10 months is
        ("co ay moi tuyen dung tu thang 8, den thang 12 binh xet thi co dc xet LDTT k", "Không"),
        ("co ay moi tuyen dung tu thang 3, den thang 12 binh xet thi co dc xet LDTT k", "Có"),
    ],
)
def test_recruitment_months_told(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_chu_hay_is_yesno(officer_kb: KnowledgeBase) -> None:
    # a move between units is no new recruitment
    ask_verdict(
        officer_kb, "toi chuyen tu tram y te ve ubnd xa thang 6, van dc xet LDTT chu hay mat", "Có"
    )


def test_registering_guarantees_nothing(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 7: judged on achievement and criteria
    ask_verdict(officer_kb, "dang ky LDTT tu thang 3 roi thi tu dong dc cong nhan dung k", "Không")


def test_old_base_heard(officer_kb: KnowledgeBase) -> None:
    # domain.md 2.4: the base in force on the day the decision is signed
    text = ask_verdict(
        officer_kb,
        "nghe noi LDTT nam nay van tinh theo luong co so cu vi la danh hieu nam truoc, dung k",
        "Không",
    )
    assert "760.000" in text


def test_two_decisions_across_a_raise(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "cstdcs ky qd thang 5/2026 va thang 11/2026 thi tien thuong co khac nhau ko",
        "Có",
    )
    assert "2.340.000" in text and "2.530.000" in text


def test_one_award_only_once_claimed(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 5 khoản 2 điểm c: one form may be given several times
    ask_verdict(
        officer_kb, "giay khen chuyen de thi moi nguoi chi dc tang 1 lan thoi dung k", "Không"
    )


def test_household_titles(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 20 khoản 2
    text = ask_verdict(
        officer_kb, "hộ dân có phải là đối tượng được xét danh hiệu thi đua không", "Có"
    )
    assert "Gia đình văn hóa" in text


def test_titles_one_may_register_for(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 19
    text = ask(officer_kb, "cong chuc xa dang ky duoc nhung danh hieu thi dua ca nhan nao")
    assert "Lao động tiên tiến" in text and "Chiến sĩ thi đua cơ sở" in text


def test_disaster_is_no_case(officer_kb: KnowledgeBase) -> None:
    # the storm struck the village; the village's own deed is what is asked
    ask_part_verdict(
        officer_kb,
        "to dan pho e bi lu lam sap cau, ca to gop cong lam lai. to co phai la doi tuong dc chu"
        " tich xa tang giay khen tap the k",
        "Giấy khen của Chủ tịch UBND xã cho tập thể: Ai được xét",
        "Có",
    )


def test_calculation_asked_is_no_province(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "xa de nghi 10 LDTT va 3 CSTDCS, anh tinh giup moi CSTDCS bao nhieu")
    assert "Tiền thưởng" in text and "Ai quyết định" not in text


def test_ward_formerly_of_a_district(officer_kb: KnowledgeBase) -> None:
    # a ward "trước thuộc quận": the district level named, so the 2025 reform is said first
    text = ask(officer_kb, "phuong toi truoc thuoc quan, bay gio ai ky giay khen cho khu pho")
    assert text.startswith("**Cấp huyện đã bỏ từ 01/7/2025**")
    assert "Chủ tịch UBND xã" in text


def test_papers_told_then_asked_back(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 85: khen đột xuất takes the simple procedure, no council minutes
    text = ask_verdict(
        officer_kb,
        "thon de nghi khen dot xuat cho anh bo doi cuu nguoi. truong phong bao phai lap bien ban"
        " hop hoi dong va bao cao thanh tich day du. khen dot xuat phai lam day du vay khong",
        "Không",
    )
    assert "tóm tắt thành tích" in text


def test_two_people_two_cases(officer_kb: KnowledgeBase) -> None:
    # each person's own case answers their part: maternity leave counts, a 2-month hire does not
    text = ask(
        officer_kb,
        "to em co 5 nguoi. 1 chi nghi sinh tu thang 3 den thang 9, 1 anh moi tuyen dung tu thang"
        " 10. chi nghi sinh co dc xet LDTT k, con anh moi tuyen thi sao, co dc xet k",
    )
    assert "nghỉ thai sản" in text and "dưới 6 tháng" in text


def test_level_told_with_when_it_acts(officer_kb: KnowledgeBase) -> None:
    # NĐ 86/2023 Điều 8: the village review ends before 25/11; "xã xét vào tháng 12" tells when
    # the xã acts, it asks nothing of who decides
    text = ask_verdict(
        officer_kb,
        "to dan pho chua hop binh xet gia dinh van hoa, 5/12 moi hop. co nguoi noi khong sao vi xa"
        " xet vao thang 12, dung khong",
        "Không",
    )
    assert "25/11" in text
