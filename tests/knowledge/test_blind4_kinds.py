"""Task h39: the kinds of miss blind set 4 showed, fixed as mechanisms (not per question).

Each question is our own wording of a kind (not copied from ``blind4_questions.yaml``) and
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
        # months typed with a leave are the leave's (domain.md 2.2: thai sản counts)
        ("em nghỉ sinh 4 tháng năm nay, có được LĐTT không", "Có", "thai sản"),
        ("co giao nghi de 5 thang thi co duoc xet lao dong tien tien ko", "Có", "thai sản"),
        # "mới tuyển" typed too: the 6-month rule still decides
        ("em moi tuyen dung 4 thang roi nghi thai san, co dc xet ldtt ko", "Không", "6 tháng"),
        # coming from outside the state's service is a first recruitment, not a transfer
        (
            "anh ay chuyen tu lam nong sang lam cong chuc xa duoc 3 thang, co xet ldtt dc ko",
            "Không",
            "6 tháng",
        ),
        (
            "em mới chuyển về xã từ tháng 10, trước đó em chưa làm ở cơ quan nhà nước. "
            "cuối năm em có được bình xét LĐTT không",
            "Không",
            "6 tháng",
        ),
        # a transfer between state units stays a transfer
        ("em moi chuyen cong tac ve xa duoc 3 thang, co dc xet ldtt ko", "Có", "Chuyển công tác"),
    ],
)
def test_circumstance_told_with_months(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # the district told as the past, the xã's power now asked: the parts answer "Có"
        ("trước đây huyện công nhận tổ dân phố văn hóa, giờ xã có quyền công nhận không", "Có"),
        ("lđtt trước kia do chủ tịch huyện ký, nay chủ tịch xã ký được không", "Có"),
        # the district itself asked about: "Không", it is gone
        ("chủ tịch huyện còn tặng giấy khen không", "Không"),
        ("Hội đồng TĐKT huyện còn họp xét khen thưởng cho xã không?", "Không"),
    ],
)
def test_district_told_as_the_past_leaves_the_verdict_to_the_xa(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask(officer_kb, question)
    assert "01/7/2025" in text.split("\n\n")[0]  # the reform is still said first
    assert leading_verdicts(text)[:1] == [verdict], text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # a quoted clause (no fact of the model) that names both the thing and the claim
        ("Nhà giáo nhân dân có phải là danh hiệu vinh dự nhà nước không", "Nhà giáo nhân dân"),
        ("thay thuoc uu tu co phai danh hieu vinh du nha nuoc k", "Thầy thuốc ưu tú"),
        # a KB entry whose definition states the claim
        ("sang kien co phai da duoc ap dung tai co so khong", "áp dụng tại cơ sở"),
    ],
)
def test_body_stating_the_claim_answers_yes(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Có"], text
    assert fact in text


def test_body_stating_the_claim_for_another_thing_gives_no_yes(
    officer_kb: KnowledgeBase,
) -> None:
    # the entry lists the forms one per clause: "danh hiệu vinh dự nhà nước" is named, but not
    # as what "Kỷ niệm chương" is (Luật Điều 7: two different forms)
    text = ask(officer_kb, "Kỷ niệm chương có phải danh hiệu vinh dự nhà nước không")
    assert "Kỷ niệm chương" in text
    assert leading_verdicts(text)[:1] != ["Có"], text


def test_government_flag_is_its_own_title_with_its_prize(officer_kb: KnowledgeBase) -> None:
    # NĐ 152/2025 Điều 50 khoản 2 điểm đ (12,0) and e (8,0), on 2.530.000 đ
    text = ask(officer_kb, "cờ thi đua của chính phủ và cờ thi đua tỉnh thưởng bao nhiêu tiền")
    assert "30.360.000" in text and "20.240.000" in text
    no = ask(officer_kb, "co thi dua chinh phu co tang cho ca nhan ko")
    assert leading_verdicts(no)[:1] == ["Không"], no


def test_signing_day_picks_the_base_even_when_the_old_one_is_mentioned(
    officer_kb: KnowledgeBase,
) -> None:
    # 1,5 × 2.530.000 (from 01/7/2026) = 3.795.000 → 3.800.000; the old base gives 3.510.000
    told = (
        "quyet dinh tang TTLĐXS ky ngay 15/9/2026 ma phong tai chinh van tinh theo luong co so "
        "cu, vay thuong bao nhieu"
    )
    assert "3.800.000" in ask(officer_kb, told)
    # asked for the old base with no day signed: the old base
    assert "3.510.000" in ask(officer_kb, "TTLĐXS theo lương cơ sở cũ thì thưởng bao nhiêu")


@pytest.mark.parametrize(
    ("question", "title", "fact"),
    [
        # "gửi / nộp cơ quan nào" asks where to submit, next to the dossier
        ("hồ sơ đề nghị bằng khen tỉnh gồm gì, nộp cơ quan nào", "Nộp ở đâu", "Sở Nội vụ"),
        ("ttldxs ho so gui ve co quan nao", "Nộp ở đâu", "Sở Nội vụ"),
        # "khai gian / gian lận" is the revocation rule (Luật Điều 93)
        ("ai gian lận thành tích để được LĐTT thì xử lý ra sao", "Hủy bỏ, thu hồi", "thu hồi"),
    ],
)
def test_cue_words_officers_type(
    officer_kb: KnowledgeBase, question: str, title: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert title in text and fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # the share asked alone ("tỉ lệ … có đủ không"), the head-count typed "gv", the
        # achievers "có đạt LĐTT": 18/30 = 60 % is above 50 % (Luật Điều 28)
        ("to em 30 gv, 18 co dat ldtt, ti le vay co du de xet TTLĐTT ko", "Có", "60 %"),
        ("phòng có 25 nv, 10 người đạt LĐTT, tỷ lệ đó có đủ xét TTLĐTT không", "Không", "40 %"),
    ],
)
def test_share_asked_alone_is_decided_by_the_share(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    assert fact in text


def test_fund_ceiling_is_read_for_the_region_named(officer_kb: KnowledgeBase) -> None:
    # NĐ 152/2025 Điều 46 khoản 3: 1,0 % (đồng bằng), 1,5 % (miền núi, vùng sâu, hải đảo …)
    hill = ask(officer_kb, "xa vung cao thi quy thi dua khen thuong duoc toi da 1% phai ko")
    assert leading_verdicts(hill)[:1] == ["Không"], hill
    assert "1,5 %" in hill
    plain = ask(officer_kb, "xã đồng bằng lập quỹ thi đua tối đa 1 % đúng không")
    assert leading_verdicts(plain)[:1] == ["Có"], plain
    # a compound question: the fund's ceiling next to the prize, each its own block
    both = ask(officer_kb, "quỹ tđkt xã tối đa mấy %, và giấy khen cá nhân thưởng bao nhiêu")
    assert "1,5 %" in both and "760.000" in both


def test_council_named_without_its_level_is_the_xa_council(officer_kb: KnowledgeBase) -> None:
    # Luật Điều 90: the council advises; the chairman decides. A commune's officer asking
    # about "hội đồng TĐKT" means the xã's, not a clause about the central council.
    text = ask(officer_kb, "hội đồng tđkt có được tự ký quyết định khen không hay chỉ đề nghị")
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "Chủ tịch UBND xã" in text
    # the central council keeps its own entity
    central = ask(officer_kb, "hoi dong thi dua khen thuong trung uong co xet ldtt cho xa k")
    assert "Trung ương" in central


@pytest.mark.parametrize(
    "question",
    [
        # "X không hay (là / phải) Y" between two titles: which one it is; the case told
        # (a campaign's peak month) is the one the fact says is not đột xuất (Luật Điều 85)
        "xa phat dong dot cao diem lam duong 60 ngay, ket thuc khen cac thon, vay khen do co "
        "phai la khen dot xuat khong hay la khen theo dot",
        "Cuối tháng cao điểm vệ sinh môi trường xã khen 5 tập thể, làm theo thủ tục khen đột "
        "xuất được không hay phải khen theo chuyên đề?",
    ],
)
def test_x_or_y_asked_as_yes_no_says_which(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "Khen thưởng theo đợt, chuyên đề" in text
    # the second title is told, not denied: one verdict, on the first
    assert leading_verdicts(text) == ["Không"], text


def test_a_denial_is_of_the_case_it_names(officer_kb: KnowledgeBase) -> None:
    # the fact denies "đột xuất" of a campaign's end, not of saving a life (Luật Điều 85)
    text = ask(officer_kb, "cuu nguoi duoi nuoc thi co phai khen dot xuat ko hay khen theo dot")
    assert "Không" not in leading_verdicts(text)[:1], text


def test_a_head_teacher_is_a_person_not_a_school(officer_kb: KnowledgeBase) -> None:
    # "hiệu trưởng" holds "trường" (a school, a collective): read as the school, CSTĐ tỉnh
    # (an individual title) was refused "for a collective"; the years told decide it instead
    text = ask(
        officer_kb,
        "thay hieu truong truong em da dat cstdcs 2 nam lien, co sang kien cap tinh, vay "
        "thay co du dk cstd tinh ko",
    )
    assert leading_verdicts(text)[-1:] == ["Không"], text
    assert "03" in text and "tập thể xét" not in text


def test_the_province_huy_hieu_form_is_gone_but_the_medal_of_a_title_stays(
    officer_kb: KnowledgeBase,
) -> None:
    # Luật 2022 Điều 9: no "Huy hiệu" form of the province; CSTĐ tỉnh still comes with one
    # (NĐ 152/2025 Điều 50 khoản 1 điểm b)
    for question in ("gio con huy hieu tinh nua ko", "xa de nghi tang huy hieu cua tinh duoc ko"):
        # a short phone question naming only the form is on-topic (was declined as off-topic)
        gone = ask(officer_kb, question)
        assert leading_verdicts(gone)[:1] == ["Không"], gone
        assert "Điều 9" in gone
    medal = ask(officer_kb, "chien si thi dua tinh co duoc tang huy hieu khong")
    assert leading_verdicts(medal)[:1] == ["Có"], medal


def test_rounding_rule_says_the_unit(officer_kb: KnowledgeBase) -> None:
    # "làm tròn lên hàng chục nghìn" alone left officers asking what is rounded to what
    text = ask(officer_kb, "tien thuong ra so le thi lam tron kieu gi")
    assert "bội số của 10.000" in text, text


def test_the_laws_dossier_list_for_any_title(officer_kb: KnowledgeBase) -> None:
    # Luật 2022 Điều 84 khoản 1: tờ trình, báo cáo thành tích, biên bản bình xét (+ sáng kiến)
    text = ask(officer_kb, "theo luật thì hồ sơ đề nghị danh hiệu thi đua cần những giấy gì")
    for paper in ("tờ trình", "báo cáo thành tích", "biên bản bình xét"):
        assert paper in text, text
    assert "Điều 84" in text
    # a title named keeps its own list
    own = ask(officer_kb, "hồ sơ xét tặng danh hiệu thi đua LĐTT gồm những gì")
    assert "Lao động tiên tiến: Hồ sơ" in own, own


@pytest.mark.parametrize(
    "question",
    [
        # Luật Điều 85: the simple procedure needs no review meeting's minutes
        "khen dot xuat cho anh cuu nguoi co phai hop binh xet ko",
        "xã khen đột xuất cho hộ dập lửa thì cần giấy tờ gì, có phải họp xét không",
    ],
)
def test_urgent_award_needs_no_review_meeting(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == ["Không"], text
    assert "tờ trình" in text


def test_a_council_owned_by_another_body_is_not_the_xa_council(
    officer_kb: KnowledgeBase,
) -> None:
    text = ask(officer_kb, "hội đồng thi đua khen thưởng của trường mầm non do ai làm chủ tịch")
    assert "Hội đồng Thi đua - Khen thưởng xã" not in text, text
