"""Task h298 (stop 37): a person's year, told in a letter.

- A new hire's start month is weighed against the year-end review: six months served or more
  may be considered, fewer may not (Luật Thi đua, khen thưởng 2022 Điều 24; Thông tư
  15/2025/TT-BNV), however the hire is told ("mới hợp đồng tháng 9", "nhận 1 điều dưỡng mới
  từ 1/3", a long post between the verb and the month), and a level of duty told beside it does
  not lift the bar. Months told as a leave ("gãy chân nghỉ 3 tháng") are no new hire.
- A discipline for a later act is no ground to revoke an award (Luật 2022 Điều 93), whether the
  years, the months or "vì việc mới" tell it later; a discipline breaks a run of CSTĐCS.
- Words the asker negates ("chưa đến mức khiển trách", "không phải ngày ký QĐ") are not the
  case or the claim; "phải đợi cuối năm" is a wait, not "phải đổi"; "trong năm học" tells when,
  it asks no deadline; a course told in passing does not let the study rule judge another line.
- Maternity leave is carried to CSTĐCS as to LĐTT.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "toi duoc tuyen dung vao lam cong chuc van phong thong ke cua UBND xa tu thang "
            "2/2026, cuoi nam 2026 co duoc xet LDTT khong",
            "Có",
        ),
        (
            "Chị văn thư mới được tuyển vào làm viên chức ở trung tâm văn hóa thể thao xã từ "
            "tháng 1/2026, có được xét Lao động tiên tiến năm 2026 không?",
            "Có",
        ),
        (
            "truong nhan 1 nhan vien ke toan moi tu thang 4/2026, cuoi nam xet LDTT cho chi ay "
            "duoc khong",
            "Có",
        ),
        ("y si moi hop dong thang 10/2026, cuoi nam tram co xet LDTT cho ban k", "Không"),
        (
            "Anh bảo vệ mới hợp đồng với UBND xã tháng 8/2026, cuối năm có được xét LĐTT không",
            "Không",
        ),
        (
            "công chức mới tuyển dụng từ tháng 9 năm nay, đến cuối năm chưa đủ 6 tháng, có được "
            "đề nghị LĐTT không ạ",
            "Không",
        ),
        (
            "ban chuyen vien moi tuyen dung 5 thang, dat hoan thanh xuat sac nhiem vu, van de "
            "nghi LDTT duoc dung khong",
            "Không",
        ),
        ("nv moi tuyen 3 thang nhung hoan thanh xuat sac nv, co dc de nghi LDTT k", "Không"),
    ],
)
def test_new_hire_months_against_the_review(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "6 tháng" in text.split("\n\n")[0], text


def test_the_rule_claimed_still_confirmed(officer_kb: KnowledgeBase) -> None:
    # the shortfall put up as the rule ("… thì không được xét, đúng không") is confirmed
    text = ask_verdict(
        officer_kb, "nguoi moi tuyen dung chua du 6 thang thi khong duoc xet LDTT phai khong", "Có"
    )
    assert "6 tháng" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        (
            "Em là công chức hợp đồng, tháng 9 lao xuống sông cứu người bị gãy tay nghỉ 3 "
            "tháng, cuối năm có được xét LĐTT không",
            "Có",
            "cứu người",
        ),
        (
            "chi ke toan hop dong bi tai nan xe may nghi 4 thang, cuoi nam co xet LDTT dc k",
            "Tùy",
            "nghỉ ốm",
        ),
    ],
)
def test_leave_months_are_no_new_hire(
    officer_kb: KnowledgeBase, question: str, verdict: str, said: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert said in text.split("\n\n")[0], text
    assert "mới tuyển dụng dưới 6 tháng không được" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "anh A duoc LDTT nam 2025 nam 2026 bi khien trach, LDTT 2025 co bi thu hoi k",
        "tổ dân phố được giấy khen tháng 2/2026, tháng 6 trưởng tổ bị kỷ luật, nghe nói giấy "
        "khen tháng 2 bị thu hồi, đúng không",
        "chị Mai được CSTĐCS, rồi bị cảnh cáo vì chuyện khác, có bị hủy danh hiệu đó không",
        "nghe noi cu bi ky luat la bi thu hoi het cac danh hieu da nhan, dung k",
        "Có người bảo bị kỷ luật thì bị hủy hết tất cả danh hiệu mấy năm trước, đúng không ad",
    ],
)
def test_later_discipline_is_no_ground(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "không phải căn cứ hủy bỏ" in text, text


def test_a_real_ground_still_revokes(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "anh A duoc LDTT nam 2025, nam 2026 phat hien khai gian thanh tich, co bi thu hoi k",
        "Có",
    )
    assert "gian dối" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "e bi canh cao nam 2026, chuoi 2 nam CSTDCS lien tuc cua e co bi dut k",
        "anh Nam 2024, 2025 deu dat CSTDCS, nam 2026 bi ky luat canh cao thi co bi dut chuoi "
        "lien tuc khong",
        "Chị Hoa bị cách chức năm nay, chuỗi CSTĐCS liên tiếp 2 năm trước của chị có bị gián "
        "đoạn không?",
    ],
)
def test_discipline_breaks_a_run(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "chuỗi bị đứt" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "e hop dong chi bi nhac nho bang mieng, chua den muc khien trach, thi van dc xet "
            "LDTT neu hoan thanh tot nv phai k",
            "Có",
        ),
        (
            "chị ấy chỉ bị góp ý nhắc nhở trong cuộc họp, không phải khiển trách, cuối năm có "
            "được bình LĐTT không",
            "Có",
        ),
        ("anh Tú bị nhắc nhở, chưa tới mức kỷ luật, có được xét CSTĐCS không", "Có"),
    ],
)
def test_a_discipline_denied_is_none(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "nhắc nhở" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "nghe noi tien thuong tinh theo luong co so tai thoi diem hop xet, k phai ngay ky QD, "
            "dung k",
            "Không",
        ),
        (
            "ke toan bao tien thuong LDTT lay muc luong co so luc hoi dong binh xet chu khong "
            "phai luc ky quyet dinh, dung khong",
            "Không",
        ),
        (
            "Tiền thưởng tính theo lương cơ sở ngày ký quyết định khen thưởng, không phải ngày "
            "họp xét, đúng không?",
            "Có",
        ),
    ],
)
def test_the_day_denied_is_not_claimed(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "ngày ký quyết định" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "anh dân quân cứu người đuối nước, xã bảo phải đợi đến tổng kết cuối năm mới khen "
            "được, có đúng không",
            "Không",
        ),
        (
            "chi Lan lao xuong song cuu em be, co phai cho den dot tong ket moi de nghi giay "
            "khen k",
            "Không",
        ),
        (
            "Thôn trưởng bị thương khi chống lũ, xã nói phải chờ tới cuối năm tổng kết mới khen, "
            "vậy đúng không ạ?",
            "Không",
        ),
        (
            "truong thon bi thuong khi chong bao, nghe noi phai doi cuoi nam tong ket roi gui "
            "huyen moi khen dc, dung k",
            "Không",
        ),
        (
            "ong Ba dap lua cuu nha hang xom, khong can doi cuoi nam ma khen ngay duoc dung khong",
            "Có",
        ),
    ],
)
def test_a_sudden_deed_waits_for_no_review(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Cần cập nhật" not in text, text
    assert "không phải đợi tổng kết" in text, text


def test_a_change_still_asked(officer_kb: KnowledgeBase) -> None:
    # "phải đổi lại" with no time after it still asks whether the text must change
    text = ask_verdict(
        officer_kb, "quy che xa van ghi chu tich huyen quyet dinh, co phai doi lai k", "Có"
    )
    assert "Cần cập nhật" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "said"),
    [
        (
            "a hop dong o xa di hoc lop nghiep vu 2 thang (dat kha), nghe noi hop dong thi k dc "
            "LDTT, dung k",
            "Không",
            "kể cả hợp đồng",
        ),
        (
            "chị ấy là nhân viên hợp đồng, vừa đi bồi dưỡng 3 tháng xếp loại giỏi, có người bảo "
            "nhân viên hợp đồng không được xét lao động tiên tiến, đúng không",
            "Không",
            "kể cả hợp đồng",
        ),
        (
            "e di hoc cao cap ly luan chinh tri hon 1 nam, nghe noi cung nhu boi duong ngan han, "
            "cu dat kha la tu dong dc LDTT, dung k",
            "Không",
            "dưới 01 năm",
        ),
        ("em di tap huan 1 thang dat loai kha, nghe noi van dc xet LDTT dung k", "Có", "khá"),
    ],
)
def test_a_course_in_passing(
    officer_kb: KnowledgeBase, question: str, verdict: str, said: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert said in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        (
            "nu ho sinh tram y te nghi thai san 5 thang, hoan thanh xuat sac nhiem vu, co dc "
            "CSTDCS k",
            "Có",
        ),
        (
            "cô giáo nghỉ sinh con 6 tháng, có sáng kiến được công nhận, đề nghị CSTĐCS được không",
            "Có",
        ),
        ("chi ke toan nghi de 4 thang, nam nay hoan thanh xuat sac nv, xet CSTDCS dc ko", "Có"),
    ],
)
def test_maternity_leave_carried_to_cstdcs(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "thai sản" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "doan xa to chuc thang thanh nien, ket thuc dot muon khen 5 doan vien, a van phong bao "
        "day la khen dot xuat nen chi can to trinh, dung k",
        "Hội phụ nữ xã vừa kết thúc đợt thi đua 3 tháng, muốn khen 4 hội viên, chị chủ tịch hội "
        "nói đây là khen đột xuất nên chỉ cần tờ trình, đúng không?",
    ],
)
def test_a_drive_end_is_not_sudden(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "đợt" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "co giao nghi thai san trong nam hoc, van xet LDTT dc k",
        "Thầy giáo chuyển trường giữa năm học có được xét Lao động tiên tiến ở trường mới không?",
    ],
)
def test_a_school_year_told_asks_no_deadline(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Thời hạn" not in text.split("\n\n")[0], text
