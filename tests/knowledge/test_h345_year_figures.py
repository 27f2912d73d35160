"""Task h345 (issue 11): a person's year in figures, and a unit's counts told as a share.

- A course told by its months ("từ tháng 9/2025 đến tháng 6/2027") is a length: a year or more
  is not the short course "dưới 01 năm" whose time is joined to the time at work for Lao động
  tiên tiến (TT 15/2025; domain.md 2.2).
- A service told short of six months ("gần 6 tháng", "chưa tròn 6 tháng"), or a contract
  worker's start date ("nhận 1 y tá hợp đồng từ 15/9/2026") that leaves under six months to the
  year's end, is the new hire's case: no LĐTT (Luật 2022 Điều 24; TT 15/2025).
- Counts told of a unit make its share: the holders of LĐTT over the whole staff ("40 CBGVNV,
  30 người LĐTT, 3 người CSTĐCS" is 30/40), "làm tròn" beside a share claims the share rounded
  up (never the prize's rounding), and "cty xét TTLĐTT cho phân xưởng dc k" with the counts
  told asks whether the unit reaches the minimum (trên 50 %: Điều 28; ít nhất 70 %: Điều 27).
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict, ask_verdict


@pytest.mark.parametrize(
    ("question", "length"),
    [
        (
            "cô Lan đi học thạc sĩ tập trung từ tháng 9/2025 đến tháng 6/2027, năm nay trường "
            "vẫn bình LĐTT cho cô được không",
            "22 tháng",
        ),
        ("thay Minh hoc cao hoc tu 9/2025 den 8/2027 thi nam 2026 co xet LDTT dc k", "2 năm"),
        (
            "anh ấy được cử đi đào tạo từ tháng 10/2025 tới tháng 12/2026, xét LĐTT năm 2026 "
            "như bình thường đúng không",
            "15 tháng",
        ),
        (
            "Xã có 1 công chức đi học lý luận chính trị cao cấp tập trung từ 3/2026 đến "
            "3/2027. Cuối năm xã vẫn bình LĐTT cho anh ấy được chứ?",
            "13 tháng",
        ),
        (
            "Truong co thay giao di hoc cao hoc tap trung tu thang 9/2025 den thang 6/2027, "
            "to truong bao van binh LDTT cho thay nhu cu. Co dung k",
            "22 tháng",
        ),
    ],
)
def test_course_told_by_its_months(officer_kb: KnowledgeBase, question: str, length: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert f"Khóa học {length}" in text and "dưới 01 năm" in text, text


def test_short_course_by_its_months_still_joined(officer_kb: KnowledgeBase) -> None:
    question = "anh đi bồi dưỡng từ tháng 3/2026 đến tháng 6/2026, đạt loại khá, có được xét LĐTT k"
    text = ask_verdict(officer_kb, question, "Có")
    assert "dưới 01 năm" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "em vào làm từ tháng 7/2026, tính đến cuối năm là gần 6 tháng, em có được bình LĐTT "
        "không ạ",
        "chị mới về xã được gần 6 tháng thôi, cuối năm có được xét lao động tiên tiến không",
        "anh tuyen dung thang 7/2026, den cuoi nam chua tron 6 thang, co dc binh LDTT ko",
        "Công chức mới nhận công tác, đến kỳ bình xét chưa được 6 tháng thì có xét LĐTT không?",
        "toi lam viec o xa chua toi 6 thang, nam nay xet LDTT cho toi dc khong",
    ],
)
def test_service_told_short_of_six_months(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "dưới 6 tháng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "trạm mới nhận 1 y tá hợp đồng từ 15/9/2026, cuối năm bình LĐTT cho chị ấy được không",
        "truong nhan 1 nhan vien hop dong tu 1/10/2026, cuoi nam co binh LDTT cho ban ay dc k",
        "Chị ấy làm hợp đồng ở xã từ tháng 9/2026, cuối năm 2026 có xét lao động tiên tiến "
        "được không?",
        "UBND xã nhận 2 người hợp đồng từ 20/8/2026, tổng kết cuối năm có bình LĐTT cho họ không",
        "xa nhan 1 ke toan hd tu thang 10/2026, cuoi nam xet LDTT dc k",
    ],
)
def test_contract_start_date_read(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "dưới 6 tháng" in text, text


def test_contract_started_years_ago_is_no_new_hire(officer_kb: KnowledgeBase) -> None:
    question = (
        "chị ấy làm hợp đồng từ tháng 9/2019, năm 2026 hoàn thành tốt nhiệm vụ, bình LĐTT "
        "được không"
    )
    text = ask_verdict(officer_kb, question, "Có")
    assert "dưới 6 tháng không được" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    ("question", "head", "verdict", "share"),
    [
        (
            "trường có 40 CBGVNV, 30 người LĐTT, 3 người CSTĐCS, trường hoàn thành xuất sắc "
            "nhiệm vụ, 100% hoàn thành nhiệm vụ, đề nghị TTLĐXS được không",
            "Ai được xét",
            "Có",
            "30/40 = 75 %",
        ),
        (
            "truong co 25 cbgvnv, 20 nguoi LDTT, 2 nguoi CSTDCS, 100% hoan thanh nhiem vu, "
            "truong hoan thanh xuat sac nhiem vu, de nghi TTLDXS dc k",
            "Ai được xét",
            "Có",
            "20/25 = 80 %",
        ),
        (
            "phòng có 20 CBCNV, 12 người LĐTT, 2 người chiến sĩ thi đua cơ sở, phòng đủ tỷ lệ "
            "TTLĐTT chưa",
            "Tỷ lệ",
            "Có",
            "12/20 = 60 %",
        ),
        (
            "cơ quan 30 CBVC, 14 người LĐTT, 5 người CSTĐCS, đề nghị TTLĐTT được k",
            "Ai được xét",
            "Không",
            "14/30 = 47 %",
        ),
        (
            "a la hieu truong, truong co 40 CBGVNV, 100% hoan thanh nhiem vu, truong hoan "
            "thanh xuat sac nhiem vu, 29 nguoi LDTT, 4 nguoi CSTDCS. de nghi TTLDXS dc k, "
            "ai quyet dinh",
            "Ai được xét",
            "Có",
            "29/40 = 72 %",
        ),
    ],
)
def test_share_is_holders_over_staff(
    officer_kb: KnowledgeBase, question: str, head: str, verdict: str, share: str
) -> None:
    block = ask_part_verdict(officer_kb, question, head, verdict)
    assert share in block, block


@pytest.mark.parametrize(
    ("question", "share", "minimum"),
    [
        (
            "truong co 30 giao vien, 14 nguoi dat LDTT, hieu truong bao 14/30 gan 50% lam tron "
            "la dat TTLDTT, dung k",
            "14/30 = 47 %",
            "trên 50 %",
        ),
        (
            "Tổ có 9 người, 4 người LĐTT, tỉ lệ 44% làm tròn lên 50% là đủ TTLĐTT phải không?",
            "4/9 = 44 %",
            "trên 50 %",
        ),
        (
            "trường 25 gv, 12 người LĐTT, 48% làm tròn thành 50% thì đạt tỷ lệ TTLĐTT đúng không ạ",
            "12/25 = 48 %",
            "trên 50 %",
        ),
        (
            "hội đồng xã bảo 14/30 người LĐTT làm tròn là gần 50% nên vẫn đề nghị TTLĐTT được, "
            "vậy có đúng không",
            "14/30 = 47 %",
            "trên 50 %",
        ),
        (
            "trường có 40 GV, 27 người đạt LĐTT = 67,5%, làm tròn lên 70% thì đề nghị TTLĐXS "
            "được không",
            "27/40 = 68 %",
            "ít nhất 70 %",
        ),
    ],
)
def test_share_rounded_up_is_no_share(
    officer_kb: KnowledgeBase, question: str, share: str, minimum: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    first = text.split("\n\n")[0]
    assert share in first and minimum in first and "Làm tròn tiền thưởng" not in text, text


def test_prize_rounding_still_read(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "tiền thưởng LĐTT 702.000 đồng có làm tròn không", "Không")
    assert "làm tròn" in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "share"),
    [
        (
            "phan xuong 20 nguoi, 10 nguoi LDTT, cty xet TTLDTT cho phan xuong dc k",
            "Không",
            "10/20",
        ),
        (
            "Tổ sản xuất 12 công nhân, 5 người đạt LĐTT, công ty tặng TTLĐTT cho tổ được không?",
            "Không",
            "5/12",
        ),
        ("doi xe 15 nguoi, 6 nguoi LDTT, giam doc xet TTLDTT cho doi dc ko", "Không", "6/15"),
        (
            "phân xưởng có 30 công nhân, 20 người LĐTT, công ty xét tập thể lao động tiên tiến "
            "cho phân xưởng được không",
            "Tùy",
            "20/30",
        ),
        (
            "HTX có 16 xã viên, 7 người LĐTT, giám đốc HTX tặng TTLĐTT cho HTX được không",
            "Không",
            "7/16",
        ),
    ],
)
def test_counts_told_with_firm_giver(
    officer_kb: KnowledgeBase, question: str, verdict: str, share: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert f"Tỷ lệ anh/chị nêu ({share}" in text, text


def test_firm_power_still_asked(officer_kb: KnowledgeBase) -> None:
    question = "cty co dc tu xet TTLDTT cho phan xuong 20 nguoi, 12 nguoi LDTT k"
    text = ask_verdict(officer_kb, question, "Có")
    assert "Giám đốc doanh nghiệp" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "Anh chuyển từ thị xã cũ về xã từ tháng 8/2025. Năm 2023, 2024 anh được CSTĐCS do chủ "
        "tịch thị xã ký, năm 2025 được CSTĐCS ở xã. Vậy là đủ 3 lần liên tục để xét CSTĐ tỉnh "
        "chưa, còn cần gì",
        "tôi đạt CSTĐCS 3 năm 2024, 2025, 2026, như vậy đã đủ 3 lần liên tục để đề nghị CSTĐ "
        "cấp tỉnh chưa, còn cần thêm gì nữa",
        "Năm 2024, 2025, 2026 tôi đều đạt CSTĐCS, thế là đủ 3 lần liên tục để đề nghị CSTĐ tỉnh "
        "chưa, còn thiếu gì nữa",
        "anh dat CSTDCS 2024, 2025, 2026 vay du 3 lan lien tuc xet CSTD tinh chua, can them gi nua",
        "Chị đạt CSTĐCS các năm 2023, 2024, 2025. Như vậy chị đã đủ 3 lần liên tục để xét CSTĐ "
        "cấp tỉnh chưa, còn cần những gì?",
    ],
)
def test_count_met_then_more_asked(officer_kb: KnowledgeBase, question: str) -> None:
    block = ask_part_verdict(officer_kb, question, "Chiến sĩ thi đua cấp tỉnh", "Có")
    assert "sáng kiến" in block, block


def test_whole_title_asked_keeps_no(officer_kb: KnowledgeBase) -> None:
    question = "CSTĐCS 3 năm liền 2024-2026 thì đủ điều kiện CSTĐ tỉnh chưa, còn cần gì"
    block = ask_part_verdict(officer_kb, question, "Chiến sĩ thi đua cấp tỉnh", "Không")
    assert "còn cần sáng kiến" in block, block


@pytest.mark.parametrize(
    "question",
    [
        "toi la ke toan truong mam non cua xa. Nam hoc nay truong dat het chi tieu, 80% co giao "
        "dat ldtt. Hieu truong muon de nghi ttldxs. Xa co quyet dc k hay phai len tinh",
        "truong 20 gv, 16 nguoi LDTT, de nghi TTLDXS thi xa co quyet dc k hay phai len tinh",
    ],
)
def test_who_decides_still_asked_beside_counts(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Chủ tịch UBND tỉnh quyết định" in text.split("\n\n")[0], text


def test_contract_post_named_is_no_start(officer_kb: KnowledgeBase) -> None:
    question = (
        "e la nhan vien hop dong lam van thu o truong, hop dong het vao thang 11/2026. ca nam e "
        "hoan thanh tot nhiem vu, LDTT chi can hoan thanh tot nv tro len va tich cuc thi dua, "
        "dung k"
    )
    text = ask(officer_kb, question)
    assert "dưới 6 tháng không được" not in text, text
