"""Task h96: wrong verdicts of people outside the commune's civil service (blind29), grouped by
the kind of claim that turns a fact's own verdict; each kind fixed by a general mechanism and
checked on wordings of our own (none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "cơ quan tôi xét chiến sĩ thi đua cơ sở có bị khống chế số lượng không",
        "don vi minh xet cstdcs co gioi han ti le khong",
        "xã em có bắt buộc đăng ký thi đua đầu năm không",
    ],
)
def test_own_unit_follows_the_province(officer_kb: KnowledgeBase, question: str) -> None:
    """The law sets no cap and no registration (Luật 2022 Điều 23, Điều 7); the province may
    (quy chế của UBND tỉnh): asked of the asker's own unit, the plain answer is "Tùy"."""
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "luật có giới hạn tỷ lệ chiến sĩ thi đua cơ sở không",
        "cơ quan tôi xét CSTĐCS có bị giới hạn 15% không",
    ],
)
def test_law_or_old_figure_keeps_no(officer_kb: KnowledgeBase, question: str) -> None:
    """The law itself asked, or the repealed 15 % claimed: still "Không"."""
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    "question",
    [
        "lao động tiên tiến chỉ cần hoàn thành nhiệm vụ thôi là đủ phải không",
        "cstdcs chi can hoan thanh tot nhiem vu la du dk dung ko",
    ],
)
def test_level_claimed_enough_below_the_criteria(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 24 khoản 1 (LĐTT: hoàn thành tốt nhiệm vụ trở lên), Điều 23 (CSTĐCS:
    hoàn thành xuất sắc nhiệm vụ or sáng kiến / đề tài): a lower level claimed enough is not."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chưa đủ" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "mẹ tôi từng được giấy khen của chủ tịch huyện. nay đã bỏ cấp huyện, vậy chủ tịch xã "
        "có tặng giấy khen được không",
        "nay bo cap huyen roi thi chu tich xa co quyet dinh tang ldtt k",
    ],
)
def test_district_told_abolished_xa_asked(officer_kb: KnowledgeBase, question: str) -> None:
    """A clause telling the district abolished tells the reform as the past; the yes/no asks
    of the xã chairman, who now decides (NĐ 152/2025; Luật 2022 Điều 80): "Có", not the
    reform block's "Không"."""
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chủ tịch UBND xã" in text, text


def test_limit_to_one_claimed_is_the_rule(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 5 khoản 2 điểm c: no several rewards for one achievement; the claim
    "only one" is that rule, so "Có", not the fact's "Không" to "may it be several?"."""
    text = ask_verdict(
        officer_kb,
        "cung 1 thanh tich thi chi duoc tang mot hinh thuc khen thuong thoi phai ko",
        "Có",
    )
    assert "nhiều hình thức" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "khai man thanh tich ma da linh tien thuong roi thi khong bi thu hoi nua dung ko",
        "được khen rồi mà phát hiện làm giả hồ sơ thì cũng không bị hủy quyết định phải không",
    ],
)
def test_negation_claimed_turns_the_yes(officer_kb: KnowledgeBase, question: str) -> None:
    """Luật 2022 Điều 93 khoản 8 (gian dối → hủy bỏ, thu hồi): "không bị …" put up for
    confirmation is wrong, so "Không", and the answer says it still happens."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Vẫn bị" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thôn văn hóa được thưởng cao hơn tổ dân phố văn hóa phải không",
        "tdp van hoa tien thuong thap hon thon van hoa dung ko",
    ],
)
def test_more_or_less_of_one_title_joined(officer_kb: KnowledgeBase, question: str) -> None:
    """NĐ 152/2025 Điều 50 khoản 2 điểm d: one coefficient (1,5) for thôn and tổ dân phố văn
    hóa alike, so a claim that one gets more or less is wrong."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "1,5 lần" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # NĐ 152/2025 Điều 50 khoản 1 điểm d: LĐTT has no bằng chứng nhận, only the prize
        ("lao động tiên tiến thì không có bằng chứng nhận, chỉ có tiền thưởng phải không", "Có"),
        # Điều 50 khoản 1 điểm c: CSTĐCS has a bằng chứng nhận, so the negation is wrong
        ("cstdcs ko co bang chung nhan dung k", "Không"),
    ],
)
def test_thing_claimed_not_given(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    """A thing of a title named negated ("không có bằng chứng nhận") is claimed not given."""
    ask_verdict(officer_kb, question, verdict)


def test_same_achievement_told_twice(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 5 khoản 2 điểm c: a second award "vì thành tích đó" is one achievement
    rewarded twice, which the rule forbids, so "có đúng luật không" is answered "Không"."""
    text = ask_verdict(
        officer_kb,
        "chị Hoa năm 2025 được giấy khen xã vì làm tốt công tác dân số, năm nay tỉnh lại tặng "
        "bằng khen cũng vì thành tích ấy. vậy có đúng quy định không",
        "Không",
    )
    assert "một thành tích" in text, text


def test_new_countryside_drive_is_no_village(officer_kb: KnowledgeBase) -> None:
    """ "phong trào nông thôn mới" names a drive: a person in it is asked about, not a thôn."""
    text = ask_verdict(
        officer_kb,
        "bac Tu co nhieu dong gop cho phong trao nong thon moi, co duoc giay khen cua xa ko",
        "Có",
    )
    assert "Thôn, tổ dân phố là tập thể" not in text, text


def test_person_pointed_in_a_unit(officer_kb: KnowledgeBase) -> None:
    """A staff member pointed at ("y sĩ ấy") in a letter naming the unit ("trạm y tế xã") is
    the one asked about: CSTĐCS is a person's title (Luật 2022 Điều 23), not refused as a
    collective's."""
    text = ask_verdict(
        officer_kb,
        "tram y te xa em co mot y si nam nay dat lao dong tien tien va co sang kien duoc hoi "
        "dong sang kien cong nhan. vay y si ay co duoc de nghi chien si thi dua co so khong",
        "Có",
    )
    assert "tập thể xét" not in text, text


def test_leave_told_outranks_the_level(officer_kb: KnowledgeBase) -> None:
    """TT 15/2025 (domain.md: thời gian nghỉ thai sản được tính): the leave told is the case
    asked, whatever level of duty the letter adds; the head's denial "nghỉ thai sản thì không
    được" is wrong, so "Không" to "có đúng vậy không ạ"."""
    text = ask_verdict(
        officer_kb,
        "em nghỉ thai sản từ tháng 3 đến tháng 9, đi làm lại vẫn hoàn thành tốt nhiệm vụ. hiệu "
        "trưởng bảo nghỉ thai sản thì không được bình LĐTT, có đúng thế không ạ",
        "Không",
    )
    assert "thai sản" in text and "chưa đúng" in text, text


def test_farmer_criteria_name_social_work(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 24 khoản 3 điểm a: for công nhân, nông dân the criteria include "hoạt động
    xã hội"."""
    text = ask(officer_kb, "tiêu chuẩn lao động tiên tiến đối với nông dân là gì")
    assert "hoạt động xã hội" in text, text


def test_negated_condition_is_no_reported_denial(officer_kb: KnowledgeBase) -> None:
    """In "X bảo không có sáng kiến thì khỏi đề nghị CSTĐCS", the negation opens the condition;
    the fact's own answer (sáng kiến not required, Luật 2022 Điều 23) is not turned round."""
    ask_verdict(
        officer_kb,
        "phong em co chi ke toan hoan thanh xuat sac nhiem vu, da dat ldtt nhung khong co sang "
        "kien. truong phong bao khong co sang kien thi khoi de nghi cstdcs. co dung vay khong a",
        "Không",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # domain.md (NĐ 152/2025): coefficient × base rounded up to the next 10.000 đồng
        ("thưởng giấy khen cá nhân 759.000 có được làm tròn thành 760.000 không", "Có"),
        ("LĐTT 759 nghìn làm tròn xuống 750 nghìn đúng không", "Không"),
    ],
)
def test_rounding_example(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    """A rounding asked with an example: the amount it becomes, told last, is the claim."""
    ask_verdict(officer_kb, question, verdict)


def test_step_told_skipped(officer_kb: KnowledgeBase) -> None:
    """NĐ 86/2023 (Gia đình văn hóa): the thôn's list is posted for comments before the
    dossier goes up; a letter telling that step skipped asks about a wrong procedure."""
    text = ask_verdict(
        officer_kb,
        "to dan pho em hop xong la gui danh sach gia dinh van hoa len phuong luon, khong niem "
        "yet lay y kien. lam nhu the co dung quy dinh khong",
        "Không",
    )
    assert "niêm yết" in text, text


def test_principle_named_before_the_word(officer_kb: KnowledgeBase) -> None:
    """The principle named before "nguyên tắc" ("… có phải là nguyên tắc không") is the claim,
    as when it follows the word; the entry titled with it confirms it."""
    ask_verdict(
        officer_kb, "thành tích đến đâu khen đến đó là nguyên tắc trong luật đúng không", "Có"
    )


def test_level_without_the_power(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 (danh hiệu vinh dự nhà nước: Chủ tịch nước): asked whether the xã chairman
    gives one, the fact's "không thuộc thẩm quyền của xã" answers "Không"."""
    text = ask_verdict(
        officer_kb, "nghệ sĩ ưu tú có phải là danh hiệu do chủ tịch xã tặng không", "Không"
    )
    assert "thẩm quyền của xã" in text, text


def test_counted_in_a_second_part(officer_kb: KnowledgeBase) -> None:
    """ "có tính không" closing a clause asks whether a time counts ("tính" folds like "tỉnh"):
    the leave counts for LĐTT (domain.md, TT 15/2025), not a question of who decides."""
    block = ask_part_verdict(
        officer_kb,
        "moi tuyen 4 thang co dc LDTT ko, con nghi thai san co tinh ko",
        "thai sản",
        "Có",
    )
    assert "Ai quyết định" not in block, block


def test_deadline_told_among_days(officer_kb: KnowledgeBase) -> None:
    """NĐ 86/2023 (Gia đình văn hóa: bình xét ở thôn xong trước 25/11): of the days a letter
    tells, the one called the deadline is the claim."""
    text = ask_verdict(
        officer_kb,
        "nay da 20/11 roi ma to em chua binh xet gia dinh van hoa, to truong noi han cuoi la "
        "15/12. vay han do co dung ko",
        "Không",
    )
    assert "25/11" in text, text


def test_collective_titles_with_ld_abbreviated(officer_kb: KnowledgeBase) -> None:
    """ "tập thể LĐ xuất sắc" names Tập thể lao động xuất sắc (Luật 2022 Điều 27: at least 70 %
    LĐTT), not the LĐTT named after it."""
    text = ask(
        officer_kb, "tập thể lđ xuất sắc cần tỷ lệ bao nhiêu phần trăm đạt lao động tiên tiến"
    )
    assert "70 %" in text, text


def test_condition_closed_by_then_counted(officer_kb: KnowledgeBase) -> None:
    """ "phải … rồi mới tính": the condition claimed is what comes before "mới tính"; the entry
    stating it (sáng kiến: đã được áp dụng tại cơ sở, TT 15/2025) confirms it."""
    ask_verdict(officer_kb, "sáng kiến là gì, có phải được áp dụng rồi mới được tính không", "Có")


def test_rescue_told_names_khen_dot_xuat(officer_kb: KnowledgeBase) -> None:
    """A rescue told ("cứu một em bé") with "khen kiểu gì" asks the form: khen đột xuất
    (domain.md: dũng cảm cứu người, thủ tục đơn giản); "kiểu" is kept as typed."""
    text = ask(
        officer_kb,
        "chu Nam o xom em lao xuong song cuu mot em be bi nuoc cuon. xa muon khen thi khen kieu gi",
    )
    assert "đột xuất" in text, text


def test_same_achievement_pointed_with_chinh(officer_kb: KnowledgeBase) -> None:
    """ "cho chính thành tích đó" points back at the achievement already rewarded (Luật 2022
    Điều 5 khoản 2 điểm c)."""
    ask_verdict(
        officer_kb,
        "chi Hoa duoc cong doan tinh tang bang khen vi nuoi con gioi. xa lai muon tang giay khen "
        "nua cho chinh thanh tich do. lam vay co dc k",
        "Không",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("thôn em định họp bình xét gia đình văn hóa vào tháng 12 thì có kịp hạn không", "Không"),
        ("to dan pho em hop binh xet gia dinh van hoa vao thang 10 co kip khong", "Có"),
    ],
)
def test_month_told_against_the_limit(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """NĐ 86/2023 (bình xét ở thôn xong trước 25/11): a whole month told after the limit's
    month is late, one before it in time."""
    text = ask_verdict(officer_kb, question, verdict)
    assert "25/11" in text, text


def test_done_in_a_month_asks_the_deadline(officer_kb: KnowledgeBase) -> None:
    """ "làm trong tháng 12 được không" asks when it may be done: the deadline part answers."""
    ask_part_verdict(
        officer_kb,
        "binh xet gia dinh van hoa lam trong thang 12 duoc khong",
        "Thời hạn",
        "Không",
    )


def test_lacking_what_the_law_does_not_require(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 7 drops registration from the grounds; provinces may still require it:
    "không đăng ký … thì có được xét không" is "Tùy" the province's quy chế, not "Không"."""
    text = ask_verdict(
        officer_kb, "em chua dang ky thi dua tu dau nam thi co duoc xet danh hieu khong", "Tùy"
    )
    assert "tỉnh" in text, text


def test_no_province_approval_after_the_xa(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 80 khoản 3: the xã chairman decides giấy khen; no province approval
    follows ("có phải trình tỉnh phê duyệt không": Không)."""
    text = ask_verdict(
        officer_kb,
        "giay khen do chu tich xa quyet dinh thi co phai trinh tinh phe duyet nua khong",
        "Không",
    )
    assert "thẩm quyền của Chủ tịch UBND xã" in text, text


def test_job_at_a_school_is_a_person(officer_kb: KnowledgeBase) -> None:
    """ "văn thư trường tiểu học": the school is where the asker works; CSTĐ cấp tỉnh is asked
    of the person (Luật 2022 Điều 22: 03 lần liên tục CSTĐCS and sáng kiến), not refused as a
    collective's."""
    text = ask(
        officer_kb,
        "em la van thu truong tieu hoc, da 2 nam lien dat cstdcs. nam nay dat nua thi co du "
        "xet chien si thi dua cap tinh khong",
    )
    assert "03 lần" in text and "tập thể xét" not in text, text
