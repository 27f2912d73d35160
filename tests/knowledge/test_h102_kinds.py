"""Task h102: wrong and missing yes/no verdicts pooled from the older tuning sets' misses and
fixed by the kind of reading that failed. Each kind is checked on wordings of our own (none
copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the old route told in two clauses, the present asked with "giờ"
        (
            "CSTD tinh truoc xa nop huyen roi huyen nop tinh, gio nop thang so noi vu dung k",
            "Có",
        ),
        # the district's council told abolished, the xã's own council asked
        ("hoi dong tdkt huyen giai the roi thi xa van phai thanh lap hoi dong tdkt xa chu", "Có"),
        # the old thing told, "nay xã tặng …" then a clause asking what comes with it
        (
            "truoc huyen tang CSTDCS co bang chung nhan, nay xa tang CSTDCS thi co duoc bang "
            "chung nhan kem khung k",
            "Có",
        ),
    ],
)
def test_present_asked_after_district_told(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """A district told as the past (even over two clauses) and a present asked after "giờ /
    nay" or of the xã: the reform block says what changed but does not take the verdict."""
    text = ask_verdict(officer_kb, question, verdict)
    reform = next(b for b in text.split("\n\n") if "Cấp huyện đã bỏ" in b)
    assert "\nKhông." not in reform, text


@pytest.mark.parametrize(
    "question",
    [
        "truoc huyen cong nhan thon van hoa, gio huyen con cong nhan k",
        "truoc huyen xet LDTT, gio con xet k",
        # the present clause names the district again: not the old story going on
        "to dan pho van hoa truoc do huyen cong nhan, nay huyen con cong nhan nua k hay la xa",
    ],
)
def test_district_still_asked_keeps_its_no(officer_kb: KnowledgeBase, question: str) -> None:
    """Whether the district still does it is asked: the reform block answers "Không"."""
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the xã chairman's giấy khen also goes to collectives and households (Luật Điều 75)
        ("giấy khen của xã chỉ dành cho cá nhân thôi phải không", "Không"),
        ("giay khen chu tich xa chi tang cho tap the thoi dung k", "Không"),
        # so does the province's bằng khen (Luật Điều 74)
        ("bằng khen tỉnh chỉ tặng cho cá nhân thôi đúng không", "Không"),
        # a title for one kind of recipient alone confirms the claim
        ("TTLĐTT chỉ xét cho tập thể thôi đúng không", "Có"),
        ("lao dong tien tien chi danh cho ca nhan thoi phai k", "Có"),
        ("CSTĐCS chỉ tặng cho tập thể thôi đúng không", "Không"),
    ],
)
def test_only_one_kind_of_recipient(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    """ "X chỉ tặng cho Y thôi" claims whom the title is for: read against all its recipients
    (not narrowed to Y's own giấy khen first), with the recipients said."""
    text = ask_verdict(officer_kb, question, verdict)
    # the reason names whom the title really goes to
    assert "cá nhân" in text or "tập thể" in text, text


def test_only_offered_as_the_other_answer_is_no_claim(officer_kb: KnowledgeBase) -> None:
    """ "hộ gia đình có được … không hay chỉ cá nhân": the first option is asked."""
    ask_verdict(officer_kb, "hộ gia đình có được tặng giấy khen không hay chỉ cá nhân thôi", "Có")


@pytest.mark.parametrize(
    "question",
    [
        "Mặt trận Tổ quốc xã có được tặng giấy khen không",
        "uy ban mat tran to quoc xa co dc xet giay khen tap the k",
    ],
)
def test_named_organisation_is_no_circumstance(officer_kb: KnowledgeBase, question: str) -> None:
    """ "Mặt trận" folds like "mất" (died, a case told): a named organisation gets the plain
    verdict of a collective, not a vague "Tùy"."""
    ask_verdict(officer_kb, question, "Có")


def test_every_aspect_is_no_circumstance(officer_kb: KnowledgeBase) -> None:
    """ "làm tốt mọi mặt" tells how well, not a case ("mất"): the registration rule decides."""
    ask_verdict(
        officer_kb,
        "Năm nay tổ dân phố tôi quên nộp đăng ký thi đua nhưng làm tốt mọi mặt. Có người bảo "
        "không đăng ký thì không được xét tổ dân phố văn hóa, theo Luật TĐKT 2022 có đúng không?",
        "Không",
    )


def test_a_death_told_stays_a_circumstance(officer_kb: KnowledgeBase) -> None:
    """ "đã mất" is still a case the facts do not decide."""
    ask_verdict(officer_kb, "ông Ba đã mất năm ngoái, có được truy tặng giấy khen không", "Tùy")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the asker's own review, no law named: the province's quy chế may bar it, so "Tùy"
        # with the law's "không" said; a bare "Không" read as "you cannot be reviewed" (h263)
        (
            "Chi đoàn em quên nộp bản đăng ký thi đua đầu năm, vậy cuối năm có bị loại TTLĐTT"
            " không",
            "Tùy",
        ),
        (
            "nghe noi phai dang ky thi dua tu dau nam thi moi dc xet CSTDCS, luat quy dinh vay a",
            "Không",
        ),
        # a saying put up without asking the law: the province's quy chế may require it, so
        # "Tùy …" with the law's "không" said (task h120, blind37's key)
        (
            "can bo xa bao thon Dong chua dang ky thi dua nen khong duoc xet thon van hoa, dung k",
            "Tùy",
        ),
    ],
)
def test_registration_claimed_to_bar_a_title(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """A title claimed lost for want of registration is the registration rule's to answer:
    "Không" by law (Luật 2022 Điều 7), the province's quy chế may still ask for it."""
    text = ask_verdict(officer_kb, question, verdict)
    assert "Điều 7" in text and "tỉnh" in text, text


def test_prize_of_a_past_title_year_uses_that_years_base(officer_kb: KnowledgeBase) -> None:
    """ "LĐTT năm 2024": decided at the 2024 review, on the base then (2.340.000 đ), not on
    today's (2.530.000 đ); the answer says the decision date decides."""
    text = ask(officer_kb, "Chiến sĩ thi đua cơ sở năm 2024 được thưởng bao nhiêu tiền")
    assert "2.340.000 đồng" in text and "2.530.000" not in text, text
    assert "ngày ký quyết định" in text, text


def test_prize_of_a_year_whose_review_spans_a_change_gives_both(officer_kb: KnowledgeBase) -> None:
    """The 2025 review may be decided before or after 01/7/2026: both figures, each with its
    base."""
    text = ask(officer_kb, "tien thuong lao dong tien tien nam 2025 la bao nhieu")
    assert "710.000" in text and "760.000" in text and "01/7/2026" in text, text


def test_a_story_year_leaves_todays_prize(officer_kb: KnowledgeBase) -> None:
    """A past year told in the story, the prize asked for now: today's base."""
    text = ask(officer_kb, "nam 2024 toi duoc LDTT, nam nay lai dat thi thuong bao nhieu")
    assert "760.000" in text and "710.000" not in text, text
    # a year of another thing told (an initiative), not of the title asked
    text = ask(officer_kb, "anh Ba co sang kien nam 2025 duoc cong nhan, CSTDCS thuong bao nhieu")
    assert "2.530.000" in text and "2.340.000" not in text, text


def test_sudden_deed_told_takes_the_simplified_procedure(officer_kb: KnowledgeBase) -> None:
    """A rescue told, a giấy khen wanted at once: whether the council meets is the sudden
    award's rule ("Không", Luật Điều 85), not the giấy khen's "either" (Tùy)."""
    text = ask_verdict(
        officer_kb,
        "Chiều qua một thanh niên ở xóm 4 lao vào đám cháy cứu được một cụ già. UBND xã muốn "
        "tặng giấy khen ngay. Hồ sơ gồm gì, có cần họp Hội đồng TĐKT xã không?",
        "Không",
    )
    assert "Khen thưởng đột xuất" in text and "tóm tắt thành tích" in text, text


def test_no_deed_told_keeps_either(officer_kb: KnowledgeBase) -> None:
    """No sudden deed told: the giấy khen may go either way."""
    ask_verdict(
        officer_kb, "tặng giấy khen có cần họp hội đồng thi đua khen thưởng xã không", "Tùy"
    )


@pytest.mark.parametrize(
    "question",
    [
        # the same deed pointed at with "đúng thành tích đó"
        "đã khen đột xuất rồi thì tổng kết năm có được khen thêm cho đúng thành tích đó không",
        # "cùng" splits the clause: the other form's eligibility must not answer first
        "Bằng khen tỉnh có được tặng cùng lúc với giấy khen xã cho cùng một thành tích không",
    ],
)
def test_one_achievement_two_forms(officer_kb: KnowledgeBase, question: str) -> None:
    """One achievement, one form (Luật Điều 5 khoản 2 điểm c): "Không", with the rule."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 5" in text, text


def test_repeating_asked_beside_one_achievement_keeps_its_part(officer_kb: KnowledgeBase) -> None:
    """ "…, còn 1 hình thức tặng nhiều lần được không" is a part of its own: still "Có"."""
    text = ask(
        officer_kb, "1 thanh tich co khen 2 hinh thuc dc ko, con 1 hinh thuc tang nhieu lan dc ko"
    )
    blocks = [b for b in text.split("\n\n") if b.startswith("**")]
    assert any("\nCó." in b for b in blocks) and any("\nKhông." in b for b in blocks), text


@pytest.mark.parametrize(
    "question",
    [
        "Nhà bác tôi năm nào cũng đạt gia đình văn hóa. Mọi người bảo 3 năm liền GĐVH thì được "
        "xã tặng giấy khen. Có đúng vậy không?",
        "thon toi dat thon van hoa 5 nam lien tuc. nghe noi se dc tang giay khen, luat moi con "
        "vay k",
    ],
)
def test_years_of_a_held_title_told_over_sentences(
    officer_kb: KnowledgeBase, question: str
) -> None:
    """The old rule (giấy khen after 3 / 5 years of GĐVH / thôn văn hóa, NĐ 122/2018) told in
    a story and put up for confirmation: "Không", from the held title's own years fact."""
    text = ask_verdict(officer_kb, question, "Không")
    assert "122/2018" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the title between the count and "liên tục" still states the years
        ("có người bảo CSTĐ tỉnh chỉ cần 2 năm CSTĐCS liên tục là đủ, đúng không", "Không"),
        ("cstd tinh chi can 2 lan dat cstdcs lien tiep thoi dung k", "Không"),
    ],
)
def test_years_told_around_the_title(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """ "n năm <title> liên tục" counts n years in a row, as "n năm liền <title>" does."""
    text = ask_verdict(officer_kb, question, verdict)
    assert "chưa đủ 03" in text, text
