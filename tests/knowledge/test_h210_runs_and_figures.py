"""Task h210 (stop 33): runs of one title told toward another, and told figures judged.

Luật 2022 Điều 22 khoản 1 điểm a: Chiến sĩ thi đua cấp tỉnh is chosen among those with 03 lần
liên tục Chiến sĩ thi đua cơ sở; Điều 21 khoản 1 điểm a: Chiến sĩ thi đua toàn quốc among those
with 02 lần liên tục Chiến sĩ thi đua cấp tỉnh. A run of the held title told toward the asked one
is judged by the asked title's count, not by the held title's own "không cần năm liên tục".
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict


@pytest.mark.parametrize(
    ("question", "needed"),
    [
        ("Chiến sĩ thi đua cơ sở 2 năm liên tiếp -> CSTĐ cấp tỉnh được không", "03 lần"),
        ("cstdcs hai năm liền => cstđ tỉnh có được không", "03 lần"),
        ("anh ấy CSTDCS 2 nam lien -> de nghi CSTD tinh dc ko", "03 lần"),
        ("CSTĐ cấp tỉnh mới 1 lần thì lên CSTĐ toàn quốc được không", "02 lần"),
        ("chi ay dat CSTD tinh 1 lan, xet CSTD toan quoc dc k", "02 lần"),
        ("chiến sĩ thi đua cấp tỉnh 1 lần → chiến sĩ thi đua toàn quốc có được k", "02 lần"),
    ],
)
def test_a_short_run_toward_the_higher_title(
    officer_kb: KnowledgeBase, question: str, needed: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert f"chưa đủ {needed} liên tục" in text, text
    # the held title's own years rule does not answer first
    assert "Không cần năm liên tục" not in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "toi co CSTDCS 2023, 2024 ma 2025 truot, 2026 dat lai co du 3 lan lien tuc len CSTD tinh k",
        "chị Lan CSTĐCS 2023, 2024, 2025 rớt, 2026 lại đạt, tính 3 lần liên tục xét CSTĐ tỉnh k",
        "em CSTĐCS 2022 2023, 2024 trượt, 2025 đạt lại, đủ 3 lần liên tục lên CSTĐ tỉnh không",
        "anh ấy CSTĐCS 2024, 2025, 2026 rớt, 2027 lại được, đủ 3 lần liên tục lên CSTĐ tỉnh chưa",
        "CSTDCS 2021, 2022 roi 2023 rot, 2024 dc lai thi co du 3 lan lien tuc xet CSTD cap tinh ko",
    ],
)
def test_a_failed_year_breaks_the_run(officer_kb: KnowledgeBase, question: str) -> None:
    # Luật 2022 Điều 22 khoản 1 điểm a counts 03 lần liên tục; a year failed breaks the run
    text = ask_verdict(officer_kb, question, "Không")
    assert "chưa đủ 03 lần liên tục" in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nếu thôn bình xét GĐVH xong sau ngày 25/11 thì có đúng hạn không", "Không"),
        ("to dan pho binh xet gia dinh van hoa xong sau 25/11 co dung quy dinh k", "Không"),
        ("bình xét gia đình văn hóa ở tổ dân phố xong sau ngày 25/11 có kịp hạn không", "Không"),
        ("thôn bình xét GĐVH xong trước ngày 25/11 thì đúng hạn phải không", "Có"),
        ("thon binh xet GDVH xong truoc 25/11 la dung han dung k", "Có"),
    ],
)
def test_the_side_of_a_deadline_told(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    # NĐ 86/2023 Điều 8: the thôn's review is done before 25/11 each year
    text = ask_verdict(officer_kb, question, verdict)
    assert "25/11" in text, text


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "lao động tiên tiến quyết định ngày 15/2/2026 vs ngày 15/9/2026 thì thưởng bao nhiêu",
            "710.000",
            "760.000",
        ),
        ("LDTT QD 3/1/2026 vs 3/12/2026 thuong bn", "710.000", "760.000"),
        ("CSTDCS qd 3/3/2026 hay 3/8/2026 thi tien thuong bn", "2.340.000", "2.530.000"),
        ("TTLDTT quyet dinh 1/6/2026 vs 1/12/2026 thuong bao nhieu", "1.880.000", "2.030.000"),
        (
            "chiến sĩ thi đua cơ sở ký 20/5/2026 hay ký 20/10/2026 thì được bao nhiêu tiền",
            "2.340.000",
            "2.530.000",
        ),
    ],
)
def test_two_decision_dates_each_priced(
    officer_kb: KnowledgeBase, question: str, first: str, second: str
) -> None:
    # NĐ 152/2025 Điều 49 khoản 1: the base in force on the decision's date; lương cơ sở
    # 2.340.000 from 01/7/2024, 2.530.000 from 01/7/2026
    text = ask(officer_kb, question)
    assert first in text and second in text, text


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        (
            "tổ dân phố văn hóa năm nay thưởng theo mức của giấy khen tập thể thì được bao nhiêu",
            "3.800.000",
        ),
        (
            "xa bao thuong thon van hoa theo muc cua bang khen, vay thon dc bao nhieu tien",
            "3.800.000",
        ),
        (
            "phòng bảo LĐTT tính theo mức của giấy khen cá nhân, thì LĐTT năm nay được bao nhiêu",
            "760.000",
        ),
        ("ke toan noi CSTDCS nam nay chi theo muc cua LDTT, vay CSTDCS dc bn", "2.530.000"),
        ("thôn văn hóa thưởng theo mức của danh hiệu khác à, năm nay được bao nhiêu", "3.800.000"),
    ],
)
def test_another_title_rate_named_is_no_old_base(
    officer_kb: KnowledgeBase, question: str, amount: str
) -> None:
    # "mức của …" names another title's rate, not "mức cũ": this year's decision is paid on
    # the base in force now (2.530.000 from 01/7/2026, NĐ 161/2026)
    text = ask(officer_kb, question)
    assert amount in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói công chức mới vào dưới 8 tháng thì không xét LĐTT phải không",
        "phòng nói viên chức mới tuyển chưa đủ 12 tháng thì không được xét LĐTT, có đúng k",
        "nghe noi nguoi moi tuyen dung duoi 9 thang thi khong duoc xet LDTT, dung k",
        "chị văn phòng bảo người mới tuyển dưới 10 tháng thì không được LĐTT, có đúng không",
        "ke toan noi cong chuc moi tuyen duoi 7 thang thi k xet lao dong tien tien, dung k",
    ],
)
def test_a_told_bar_of_another_length_is_wrong(officer_kb: KnowledgeBase, question: str) -> None:
    # Thông tư 15/2025/TT-BNV: dưới 6 tháng không được xét LĐTT; the length in the saying is the
    # saying's bar, not the asker's own service
    text = ask_verdict(officer_kb, question, "Không")
    assert "6 tháng" in text and "Anh/chị nêu" not in text, text
