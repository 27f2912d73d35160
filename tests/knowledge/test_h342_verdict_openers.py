"""Task h342 (stop 39, issue 11): verdict openers on criteria, timing and steps.

Each family is asked in the officers' own ways and the answer must open with the verdict that
answers the ask, with the decisive fact in it:

- a school's staff are reviewed by the school year (domain.md "Time"), so waiting for December
  or the calendar year is "Không", the file made at the school year's end "Có";
- a case told that the title's rule of who may have it accepts, asked "có đủ chuẩn … không",
  opens "Có." on the criteria block (Luật 2022 Điều 23, 24 khoản 1, 3);
- the reform block (no district since 01/7/2025) carries no verdict when the yes/no is put to
  another part (a share told, or "Sở Nội vụ … hay vẫn qua huyện");
- "1 bộ bản chính đúng k" is the count the dossier fact states (domain.md 2: 01 bộ);
- "thành tích đến đâu khen thưởng đến đó … có phải lần lượt từ thấp lên không" is "Không"
  (Luật 2022 Điều 5 khoản 2 điểm c);
- the start day claimed for a text is checked against the day listed with that text, not
  another text's (Luật 06/2022/QH15 from 01/01/2024);
- a sáng kiến not yet applied is not recognised (Luật 2022 Điều 3 khoản 4; domain.md 10);
- the paper of the sáng kiến route asked of the dossier is answered by the dossier (Luật 2022
  Điều 84 khoản 1 điểm d), before whether a sáng kiến is required.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


def _first_block(text: str) -> str:
    return text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("giáo viên mầm non có phải đợi đến tháng 12 mới xét LĐTT không", "Không"),
        ("ho so CSTDCS cua gv tieu hoc phai cho den cuoi nam moi lam dung k", "Không"),
        ("trường THCS có bắt buộc xét thi đua theo năm dương lịch không", "Không"),
        (
            "co giao truong mau giao bao ho so thi dua phai doi tong ket nam cua xa thang 12, "
            "dung k",
            "Không",
        ),
        ("trường THCS có làm hồ sơ LĐTT luôn được không hay phải đợi tháng 12", "Có"),
        (
            "trường mầm non có làm hồ sơ CSTĐCS cho cô giáo ngay được không hay phải đợi cuối năm",
            "Có",
        ),
    ],
)
def test_school_staff_go_by_the_school_year(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "năm học" in _first_block(text), text


def test_a_unit_claimed_to_follow_the_school_year_keeps_its_rule(
    officer_kb: KnowledgeBase,
) -> None:
    text = ask_verdict(
        officer_kb, "trạm y tế xét thi đua theo năm học như trường học đúng không", "Không"
    )
    assert "Chỉ trường học xét theo năm học" in _first_block(text), text


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "Y sĩ trạm y tế hoàn thành tốt nhiệm vụ, tích cực tham gia phong trào thi đua, có đủ "
            "chuẩn LĐTT không",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "cong chuc xa hoan thanh tot nhiem vu, doan ket, tich cuc thi dua thi du tieu chuan "
            "LDTT phai k",
            "hoàn thành tốt nhiệm vụ",
        ),
        (
            "anh A hoàn thành xuất sắc nhiệm vụ, đã đạt LĐTT, không có sáng kiến, anh ấy đủ tiêu "
            "chuẩn CSTĐCS không",
            "Lao động tiên tiến",
        ),
        (
            "nông dân sản xuất giỏi, gương mẫu chấp hành pháp luật thì có đủ chuẩn LĐTT không",
            "sản xuất có hiệu quả",
        ),
        ("giao vien HTXS nhiem vu, dat LDTT nam nay, vay du chuan CSTDCS chua", "xuất sắc"),
    ],
)
def test_a_case_told_that_meets_the_criteria_opens_yes(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = _first_block(text)
    assert "Tiêu chuẩn" in first.split("\n")[0] and fact in first, text


def test_a_case_short_of_the_criteria_still_opens_no(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb, "Y sĩ trạm y tế chỉ hoàn thành nhiệm vụ, có đủ chuẩn LĐTT không", "Không"
    )


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        (
            "cô hiệu trưởng hỏi: hồ sơ bằng khen tỉnh cho giáo viên giờ nộp lên Sở Nội vụ đúng "
            "không hay vẫn gửi phòng nội vụ huyện",
            "Sở Nội vụ",
        ),
        (
            "UBND xa trinh bang khen tinh qua so noi vu la dung k hay phai qua UBND huyen nhu cu",
            "Sở Nội vụ",
        ),
        (
            "trước đây phòng nội vụ huyện duyệt, giờ tổ 10 người có 6 người LĐTT thì tỷ lệ có "
            "đạt TTLĐTT không",
            "60 %",
        ),
        (
            "nam ngoai huyen van tham dinh, nay truong 20 nguoi 11 nguoi dat LDTT thi co du ty "
            "le TTLDTT k",
            "55 %",
        ),
        (
            "ho so bang khen chu tich tinh cho can bo xa gui thang so noi vu dc k hay con phai "
            "qua huyen",
            "Sở Nội vụ",
        ),
    ],
)
def test_the_reform_block_leaves_the_verdict_to_the_part_asked(
    officer_kb: KnowledgeBase, question: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert not _first_block(text).split("\n")[1].startswith("Không."), text
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("hồ sơ đề nghị CSTĐCS chỉ cần nộp 01 bộ bản chính phải không", "Có"),
        ("ho so giay khen xa nop 1 bo ban chinh la du dung k", "Có"),
        ("Hồ sơ đề nghị Tập thể lao động tiên tiến nộp một bộ bản chính có đúng không", "Có"),
        ("trường lập hồ sơ LĐTT cho giáo viên nộp 1 bộ bản chính thôi đúng không ạ", "Có"),
        (
            "trạm y tế lập hồ sơ đề nghị LĐTT cho nhân viên chỉ cần nộp 1 bộ bản chính đúng "
            "không, gồm những giấy tờ gì",
            "Có",
        ),
        (
            "phòng khám lập hồ sơ đề nghị LĐTT cho nhân viên chỉ cần nộp 1 bộ bản chính đúng k, "
            "gồm giấy tờ gì",
            "Có",
        ),
        ("ho so LDTT phai nop 2 bo dung k", "Không"),
    ],
)
def test_the_count_of_copies_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "01 bộ" in _first_block(text), text


@pytest.mark.parametrize(
    "question",
    [
        "thanh tich den dau khen thuong den do la sao, co phai khen lan luot tu thap len k",
        "nguyên tắc thành tích đến đâu khen đến đó có nghĩa là phải khen từ thấp lên không",
        "có phải khen tuần tự từ thấp lên cao mới đúng nguyên tắc không ạ",
        "khen thuong co bat buoc tu thap len cao k",
        "chủ tịch xã bảo phải khen lần lượt từ thấp lên, có đúng nguyên tắc không",
    ],
)
def test_awards_need_not_climb_form_by_form(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Thành tích đến đâu khen thưởng đến đó" in _first_block(text), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("văn bản hiện hành là luật 06/2022/QH15, có hiệu lực từ 1/1/2024 phải k", "Có"),
        (
            "hiện nay đang áp dụng luật TĐKT số 06/2022/QH15 hiệu lực từ 01/01/2024 đúng không",
            "Có",
        ),
        (
            "luat thi dua khen thuong dang ap dung la luat 06/2022/QH15 co hieu luc tu 1/7/2023 "
            "dung k",
            "Không",
        ),
        (
            "văn bản thi đua khen thưởng đang có hiệu lực là luật 06/2022/QH15 hiệu lực "
            "01/01/2024 đúng chứ",
            "Có",
        ),
        ("nghị định 152/2025/NĐ-CP áp dụng từ 1/7/2025 phải ko", "Có"),
        ("ND 152/2025 ap dung tu 1/1/2025 dung k", "Không"),
    ],
)
def test_a_start_day_claimed_for_the_text_named(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "01/01/2024" in text or "01/7/2025" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "sáng kiến chưa áp dụng ở đâu thì có được công nhận không",
        "sang kien moi viet xong chua ap dung thi hoi dong co cong nhan dc k",
        "giải pháp chỉ mới đề xuất trên giấy thì có được công nhận là sáng kiến không ạ",
        "SK chua trien khai thuc hien thi co duoc cong nhan sang kien co so khong",
        "em có sáng kiến nhưng chưa đem ra áp dụng, hội đồng công nhận được không",
    ],
)
def test_an_initiative_not_yet_applied_is_not_recognised(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đã được áp dụng tại cơ sở" in _first_block(text), text


def test_what_an_initiative_is(officer_kb: KnowledgeBase) -> None:
    answer = ask(officer_kb, "sáng kiến là gì")
    assert "có tính mới" in _first_block(answer) and "áp dụng tại cơ sở" in answer, answer


@pytest.mark.parametrize(
    "question",
    [
        "hồ sơ CSTĐCS theo con đường sáng kiến có phải kèm giấy công nhận sáng kiến không",
        "CSTDCS xet bang sang kien thi ho so can kem quyet dinh cong nhan sang kien k",
        "de nghi CSTDCS dien sang kien, ho so co phai nop ban xac nhan sang kien ko",
        "chiến sĩ thi đua cơ sở đề nghị theo diện sáng kiến thì hồ sơ có cần giấy chứng nhận "
        "sáng kiến không",
        "CSTDCS xet theo dien sang kien thi ho so co phai kem giay cong nhan sang kien k",
    ],
)
def test_the_initiative_paper_is_the_dossiers(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    first = _first_block(text)
    assert "Hồ sơ" in first.split("\n")[0] and "giấy công nhận sáng kiến" in first, text


def test_the_requirement_asked_first_keeps_its_block_first(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "CSTĐCS có bắt buộc sáng kiến không, hồ sơ có cần kèm giấy chứng nhận sáng kiến không",
        "Không",
    )
    assert "Sáng kiến" in _first_block(text).split("\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "thôn chưa niêm yết danh sách hộ gia đình văn hóa, xã họp xét luôn được không",
        "thon Bac chua cong khai danh sach ho GDVH, truong thon noi gap lam, hoi dong xet luon "
        "dc k hay phai cong khai bao lau",
        "danh sách hộ văn hóa chưa niêm yết, xã cứ thông qua liền được không hay phải chờ",
        "trưởng thôn chưa công khai danh sách GĐVH, chủ tịch xã ký quyết định luôn được không ạ",
        "ds gia dinh van hoa chua niem yet lay y kien, hoi dong thong qua ngay dc ko",
    ],
)
def test_a_public_step_not_yet_done_cannot_be_skipped(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "10 ngày" in _first_block(text), text
