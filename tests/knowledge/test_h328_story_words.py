"""Task h328 (stop 38): a word of the story or of another service read as the thing asked.

- Other reports and accounts ("báo cáo thống kê dân số", "báo cáo kinh tế - xã hội", "Zalo của
  xã bị khóa tài khoản") share the field's step words ("báo cáo", "mẫu", "xã") and are declined.
- Whether the xã keeps a TĐKT fund of its own is answered by what the fund is made of: the xã
  keeps its own (NĐ 152/2025 Điều 46 khoản 3).
- "khen đột xuất chỉ được khen vào dịp tổng kết cuối năm học" claims a wait the law does not
  set: khen đột xuất is made at once (Luật 2022 Điều 85).
- Who may take part in thi đua: anyone, freely (Luật 2022 Điều 3 khoản 1).
- "hội đồng đánh giá trước khi trình chủ tịch" orders two steps; it asks no deadline.
- A dossier the xã's chairman decides put up as sent to a Sở or a phòng: "Không".
"""

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.scope import OFF_TOPIC_TEXT
from tests.knowledge.asking import TODAY, ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "mẫu báo cáo thống kê dân số quý 2 của xã lấy ở đâu vậy",
        "bc thong ke ho ngheo cua thon nop han nao a",
        "báo cáo kinh tế - xã hội 6 tháng đầu năm của phường gồm những chỉ tiêu gì",
        "tai khoan zalo cua ubnd xa bi khoa, mo lai the nao ad",
        "Trang Zalo OA của phường bị khoá tài khoản thì nộp đơn ở đâu",
    ],
)
def test_other_reports_and_accounts_are_declined(officer_kb: KnowledgeBase, question: str) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert answer.text == OFF_TOPIC_TEXT, answer.text


@pytest.mark.parametrize(
    "question",
    [
        "trước đây quỹ tđkt ở huyện, giờ xã có quỹ tđkt riêng không",
        "xã có quỹ thi đua khen thưởng riêng không",
        "Bây giờ mỗi phường có quỹ khen thưởng riêng hả ad",
        "bo huyen roi thi xa minh co quy thi dua rieng k",
        "quỹ TĐKT của xã có riêng không hay vẫn dùng chung",
    ],
)
def test_the_xa_keeps_its_own_fund(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Quỹ thi đua, khen thưởng của mình" in text, text
    assert "Điều 46 khoản 3" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "co giao bao khen dot xuat chi dc khen vao dip tong ket cuoi nam hoc, dung k",
        "Khen đột xuất chỉ được xét khi tổng kết năm học thôi phải không",
        "nghe noi khen dot xuat chi xet cuoi nam hoc thoi a",
        "hiệu trưởng nói đột xuất chỉ khen lúc cuối năm học, vậy có đúng không",
        "khen dot xuat chi de nghi vao dip so ket 6 thang thoi dung ko ad",
    ],
)
def test_khen_dot_xuat_waits_for_no_year_end(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Điều 85" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("người cao tuổi không còn đi làm có được tham gia thi đua không", "Có"),
        ("sinh vien tinh nguyen o xa co dc tham gia phong trao thi dua cua xa k", "Có"),
        ("bà con buôn bán nhỏ tham gia phong trào thi đua được không", "Có"),
        ("Thưa ad, người làm tự do k có biên chế thì có đc tham gia thi đua ko", "Có"),
        ("chỉ người có hộ khẩu ở xã mới được tham gia thi đua, đúng ko", "Không"),
    ],
)
def test_anyone_may_take_part(officer_kb: KnowledgeBase, question: str, verdict: str) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "tự nguyện" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "truoc quy thi dua do huyen giu, gio xa k co quy thi dua rieng dung k",
        "xã không có quỹ thi đua khen thưởng riêng đúng không",
        "nghe noi phuong ko co quy tdkt rieng, phai xin tinh, dung k",
    ],
)
def test_the_xa_fund_denied_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Quỹ thi đua, khen thưởng của mình" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "thôn văn hóa có phải do hội đồng TĐKT xã đánh giá trước khi trình chủ tịch không",
        "thon van hoa co do hoi dong tdkt xa danh gia truoc khi trinh ct xa ko",
        "Tổ dân phố văn hóa có phải qua hội đồng thi đua phường đánh giá trước khi gửi chủ tịch k",
        "thôn VH có phải để HĐ TĐKT xã đánh giá trước khi trình chủ tịch ký không ạ",
        "thon van hoa la do hoi dong tdkt xa danh gia truoc khi trinh chu tich phai ko",
    ],
)
def test_a_step_before_another_is_no_deadline(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Thời hạn" not in text.split("\n\n")[0], text
    assert "Hội đồng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ho so LDTT giao vien truong tieu hoc cua xa co phai gui ve so GD&DT xet k",
        "Hồ sơ CSTĐCS của giáo viên trường mầm non xã có phải nộp về phòng giáo dục không",
        "ho so LDTT cua truong THCS gui len so giao duc xet dung ko",
        "hồ sơ giấy khen của trạm y tế xã phải gửi về Sở Y tế xét à",
        "Hồ sơ lao động tiên tiến của công chức xã có phải trình huyện không",
    ],
)
def test_a_xa_title_is_not_sent_past_the_xa(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND xã quyết định" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "ho so TTLDXS cho truong tieu hoc thi xa gui so giao duc phai k",
        "Hồ sơ tập thể lao động xuất sắc của trạm y tế xã có phải gửi về Sở Y tế không",
        "ho so TTLDXS truong mam non nop len so GD&DT dung ko",
    ],
)
def test_a_province_title_goes_to_so_noi_vu(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Sở Nội vụ" in text, text
