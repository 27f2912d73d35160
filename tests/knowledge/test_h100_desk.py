"""Task h100: the commune TĐKT desk's questions (blind30's misses, fixed by the kind of reading
that failed): a day called late without "bị", a province's own cap, a run of years that goes on
"năm nay" or breaks, the workplace of a person told, a bare "có bắt buộc không", how papers
are sent, a title's own time limit, a kind told before "có phải là", a person offered after
"không hay", a run of the criteria asked as required, prizes on two dates, members counted for
a collective title, the 11/6 anniversary, a thôn told reaching its criteria. Each kind is checked
on wordings of our own (none copied from a question set)."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # after the limit, and called late: yes, it is late (NĐ 86/2023 Điều 8: before 25/11)
        ("thon em 30/11 moi hop binh xet gia dinh van hoa, vay la qua han roi phai k", "Có"),
        ("Tổ dân phố họp bình xét GĐVH ngày 27/11. Như vậy là trễ hạn rồi đúng không?", "Có"),
        # the day told in the part before, called late in the yes/no
        ("thon toi 26/11 moi hop xet gia dinh van hoa, vay la muon roi phai khong", "Có"),
        # before the limit and called late: no
        ("thon em hop binh xet gdvh ngay 20/11, nhu vay la tre han roi dung k", "Không"),
    ],
)
def test_day_called_late(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "25/11" in text


@pytest.mark.parametrize(
    "question",
    [
        "tinh co dc tu quy dinh ti le toi da LDTT k",
        "tỉnh có được tự quy định tỉ lệ tối đa CSTĐCS không",
    ],
)
def test_province_may_set_its_own_cap(officer_kb: KnowledgeBase, question: str) -> None:
    """'tỉ lệ' and 'tỷ lệ' are one word: the fact's 'Tỉnh có thể quy định tỷ lệ' grants it
    (domain.md 2.11: no national cap, a province may set one)."""
    text = ask_verdict(officer_kb, question, "Có")
    assert "Tỉnh có thể quy định" in text


def test_run_goes_on_this_year(officer_kb: KnowledgeBase) -> None:
    """Two years in a row told, then 'năm nay lại đạt tiếp': three (Luật 2022 Điều 22)."""
    text = ask_verdict(
        officer_kb,
        "chi B nam 2024 va 2025 deu dat CSTDCS, nam nay cung dat tiep, co sang kien ap dung "
        "trong toan tinh. xa de nghi CSTD tinh cho chi ay nam nay duoc khong",
        "Có",
    )
    assert "03 lần liên tục" in text


def test_record_with_a_break_is_no_run(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "năm 2023 anh ấy CSTĐCS, 2024 chỉ đạt LĐTT, 2025 lại CSTĐCS thì có tính là 2 lần liên "
        "tục không",
        "Không",
    )
    assert "gián đoạn" in text


def test_record_holding_the_run_counts(officer_kb: KnowledgeBase) -> None:
    """Three years in a row told as one list: they count as the run claimed, though the title
    itself needs no run ('Không cần năm liên tục' denies nothing the asker holds)."""
    text = ask_verdict(
        officer_kb, "nam 2023 2024 2025 em deu dat CSTDCS thi co tinh la 3 lan lien tuc k", "Có"
    )
    assert "đủ 3 lần liên tục" in text


def test_named_person_works_in_a_unit(officer_kb: KnowledgeBase) -> None:
    """'Anh Nam ở văn phòng xã': the office (and its xã) is where he works, not who asks."""
    ask_verdict(
        officer_kb,
        "Anh Nam ở văn phòng xã đạt CSTĐCS năm 2024 và 2025, năm nay cũng đạt nữa, có sáng kiến "
        "được áp dụng toàn tỉnh. Xã đề nghị CSTĐ tỉnh cho anh năm nay được không?",
        "Có",
    )


def test_school_named_on_to_its_xa(officer_kb: KnowledgeBase) -> None:
    """'em ở trường mầm non xã': the school's name runs on before its xã; neither asks."""
    text = ask_verdict(
        officer_kb, "em o truong mam non xa, nam nay em co duoc xet CSTDCS khong", "Có"
    )
    assert "là danh hiệu cá nhân" not in text


def test_workplace_is_not_the_subject(officer_kb: KnowledgeBase) -> None:
    """The school a new hire joined says where she works; a rule heard ('phải đủ 10 tháng')
    is no service told; the months from the start month to the end of the year count."""
    text = ask_verdict(
        officer_kb,
        "em la vien chuc moi tuyen thang 3/2026 vao truong mam non xa, cuoi nam 2026 xet thi "
        "dc hon 9 thang. nghe noi phai du 10 thang, vay em co dc xet LDTT k",
        "Có",
    )
    assert "6 tháng" in text
    assert "10 tháng công tác" not in text


def test_start_month_with_its_year_counts(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "Tôi là công chức địa chính, được tuyển dụng từ tháng 2/2026, hoàn thành tốt nhiệm vụ. "
        "Cuối năm 2026 tôi có được xét LĐTT không, nghe nói phải đủ 10 tháng?",
        "Có",
    )
    assert "Anh/chị nêu 11 tháng công tác" in text


def test_bare_required_points_back(officer_kb: KnowledgeBase) -> None:
    """'có bắt buộc không' alone asks of the thing the part before it names (Điều 23)."""
    text = ask_verdict(
        officer_kb, "de tai khoa hoc de xet CSTDCS thi ai nghiem thu, co bat buoc khong", "Không"
    )
    assert "Sáng kiến" in text


@pytest.mark.parametrize(
    "question",
    [
        "ho so de nghi TTLDXS gui len tinh qua buu dien duoc khong",
        "gửi hồ sơ đề nghị CSTĐCS qua zalo cho công chức văn hóa được không",
        "Hồ sơ đề nghị bằng khen tỉnh có bắt buộc nộp trực tuyến không hay nộp trực tiếp cũng "
        "được?",
    ],
)
def test_how_papers_are_sent(officer_kb: KnowledgeBase, question: str) -> None:
    """NĐ 152/2025 Điều 6 khoản 2 điểm c: the province's procedure decides."""
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "Sở Nội vụ" in text


@pytest.mark.parametrize(
    "question",
    [
        "hội đồng TĐKT xã họp trực tuyến có được không",
        "biên bản họp hội đồng gửi qua email cho các thành viên ký được không",
        "tra cứu hồ sơ trên hệ thống ở đâu",
    ],
)
def test_other_things_done_online_are_not_sending_papers(
    officer_kb: KnowledgeBase, question: str
) -> None:
    """A meeting, a signature or a look-up done online is not how a dossier is sent."""
    assert "Cách gửi hồ sơ" not in ask(officer_kb, question)


def test_xa_decides_asked_with_the_other_way(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "gio xa co duoc quyet dinh tang LDTT k hay phai trinh len tren", "Có")


def test_title_own_time_limit(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "quyet dinh cong nhan thon van hoa phai ky trong 20 ngay ke tu khi nhan du ho so dung k",
        "Không",
    )
    assert "10 ngày" in text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("danh hiệu thi đua đối với hộ gia đình có phải là Gia đình văn hóa không", "Có"),
        ("hinh thuc khen thuong cho ho gia dinh co phai la gdvh khong", "Không"),
    ],
)
def test_kind_told_first(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    """Luật 2022 Điều 20 khoản 2: the household's title of emulation is Gia đình văn hóa."""
    text = ask_verdict(officer_kb, question, verdict)
    assert "Loại danh hiệu" in text


def test_person_offered_after_or(officer_kb: KnowledgeBase) -> None:
    """The workers asked about, not the officers offered after 'không hay' (Điều 24 khoản 3)."""
    text = ask_verdict(
        officer_kb, "cong nhan o xa co duoc xet LDTT khong hay chi danh cho cong chuc", "Có"
    )
    assert "sản xuất có hiệu quả" in text


def test_criterion_asked_as_required(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "LĐTT có cần đoàn kết tương trợ không", "Có")
    assert "Tiêu chuẩn" in text


@pytest.mark.parametrize(
    "question",
    [
        "CSTDCS quyet dinh ky thang 5/2026 va dot ky thang 9/2026 thi moi dot thuong bao nhieu",
        "CSTĐCS năm 2025 tính lương cũ và năm 2026 tính lương mới thì mỗi năm được bao nhiêu?",
        # a bare date listed after a dated decision dates another one
        "CSTDCS quyet dinh thang 3/2026 va thang 8/2026 thi thuong bao nhieu",
    ],
)
def test_prize_on_two_dates(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "2.340.000" in text and "2.530.000" in text, text
    assert "Ai quyết định" not in text


def test_members_counted_for_the_collective(officer_kb: KnowledgeBase) -> None:
    """Luật 2022 Điều 27: at least 70 % of members LĐTT; 25 of 40 falls short."""
    text = ask_verdict(
        officer_kb,
        "Xã đề nghị tỉnh tặng TTLĐXS cho trạm y tế. Trạm có 40 người, tất cả hoàn thành nhiệm "
        "vụ, 25 người LĐTT, 3 người CSTĐCS. Vậy trạm có đủ điều kiện không?",
        "Không",
    )
    assert "70 %" in text and "Tập thể lao động xuất sắc" in text


def test_anniversary(officer_kb: KnowledgeBase) -> None:
    text = ask(officer_kb, "ngày truyền thống thi đua yêu nước là ngày nào")
    assert "Ngày 11/6 hằng năm" in text


def test_thon_reaching_criteria_with_the_council(officer_kb: KnowledgeBase) -> None:
    text = ask(
        officer_kb,
        "thon em nam nay dat du cac tieu chi, hoi dong TDKT xa da hop xet. thon duoc thuong "
        "bao nhieu tien",
    )
    assert "3.800.000" in text


def test_copy_asked_with_where_it_goes(officer_kb: KnowledgeBase) -> None:
    """'gửi … lên xã bằng bản photo được không': the copy is asked, not the place (domain.md
    2: 01 bộ bản chính)."""
    text = ask_verdict(
        officer_kb, "gui ho so GDVH len xa bang ban photo dc k hay phai ban chinh", "Không"
    )
    assert "bản chính" in text


def test_days_claimed_for_a_province_set_limit(officer_kb: KnowledgeBase) -> None:
    """Giấy khen's time limit is the province's procedure ('nhiều tỉnh 20 ngày làm việc'): a
    claim of 20 working days is 'Tùy', not confirmed by the words matching."""
    ask_verdict(
        officer_kb,
        "quyết định tặng giấy khen phải ban hành trong 20 ngày làm việc đúng không",
        "Tùy",
    )
