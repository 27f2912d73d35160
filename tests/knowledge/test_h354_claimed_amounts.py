"""Task h354 (stop 40): claims of amounts and shares left by stop 39's fixers.

- One figure or one sameness claimed of several forms ("giấy khen tập thể và cá nhân đều 0,3",
  "GK tập thể thưởng giống cá nhân", "LĐTT và CSTĐCS đều 0,3"): each form's prize is judged
  against the claim (NĐ 152/2025 Điều 50), and the part the facts deny opens the answer with
  "Không.", each part with its own figure.
- A sum or a base claimed for a title whose decision date is told: judged against the prize on
  that date (lương cơ sở 2.340.000 đ until 30/6/2026, 2.530.000 đ from 01/7/2026; the base in
  force on the day the decision is signed, not the day it is paid).
- "chỉ được N suất" told of one's own unit: the province's quy chế (Luật 2022 sets no cap);
  a share of households told of a thôn: one of its criteria, which UBND tỉnh sets in detail.
- "3 năm liền CSTĐCS, đủ điều kiện CSTĐ tỉnh chưa" with no sáng kiến told: "Không." (Luật
  2022 Điều 22 khoản 1 điểm b); a statement closed by a marked "à" is a yes/no.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_verdict, leading_verdicts


def _first(text: str) -> str:
    return text.split("\n\n")[0]


@pytest.mark.parametrize(
    ("question", "wrong", "right"),
    [
        ("giấy khen tập thể và cá nhân đều 0,3 đúng k", "1.520.000", "760.000"),
        (
            "e nghe phong bao giay khen cho tap the va cho ca nhan thuong bang nhau deu 0,3 "
            "luong co so, dung k",
            "1.520.000",
            "760.000",
        ),
        ("GK tap the thuong giong ca nhan dung ko", "1.520.000", "760.000"),
        (
            "chị kế toán bảo gk tập thể cũng thưởng như gk cá nhân thôi, 760k, có đúng ko",
            "1.520.000",
            "760.000",
        ),
        (
            "anh ơi giấy khen xã cho tập thể với cho cá nhân thì tiền thưởng bằng nhau hết hả",
            "1.520.000",
            "760.000",
        ),
        ("LĐTT và CSTĐCS đều 0,3 lương cơ sở đúng k", "2.530.000", "760.000"),
        ("TTLĐTT và TTLĐXS đều thưởng 1,5 lần lương cơ sở đúng không", "2.030.000", "3.800.000"),
        (
            "nghe noi danh hieu xa tieu bieu chi dc bang chung nhan, k co tien thuong, dung k",
            "5.060.000",
            "Bằng chứng nhận",
        ),
    ],
)
def test_one_claim_over_several_parts(
    officer_kb: KnowledgeBase, question: str, wrong: str, right: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    # the part the claim gets wrong opens the answer; the other part shows its own figure
    assert wrong in _first(text), text
    assert right in text, text


@pytest.mark.parametrize(
    "question",
    [
        "giấy khen cho cá nhân và hộ gia đình đều 0,3 đúng k",
        "giay khen ho gia dinh thuong bang ca nhan dung k",
        "tập thể được giấy khen thì tiền thưởng gấp đôi cá nhân đúng k",
    ],
)
def test_claim_right_of_every_part_stays_yes(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Có")


def test_a_choice_between_recipients_is_no_likeness(officer_kb: KnowledgeBase) -> None:
    # "tính như cá nhân hay hộ gia đình … bao nhiêu": which one is asked, no sameness claimed
    text = ask(
        officer_kb,
        "giấy khen cho hộ kinh doanh thì tiền thưởng tính như cá nhân hay hộ gia đình, bao nhiêu",
    )
    assert leading_verdicts(_first(text)) == [], text


@pytest.mark.parametrize(
    ("question", "verdict", "decisive"),
    [
        ("QD LDTT ky 15/1/2026, ke toan chi 760k moi nguoi, dung k", "Không", "710.000"),
        ("quyết định LĐTT ký 3/8/2026 chủ tịch xã ký, chi 710k đúng không", "Không", "760.000"),
        (
            "giao vien dat CSTDCS nam hoc nay, QD ky 10/8/2026, ke toan truong tinh 2.340.000 "
            "vi nam hoc bat dau tu 2025, dung k",
            "Không",
            "2.530.000",
        ),
        (
            "Văn thư xã em hỏi: hôm nay chủ tịch ký QĐ tặng CSTĐCS ngày 15/12/2026 mà dự thảo "
            "ghi tiền thưởng theo lương cơ sở 2.340.000. Vậy có đúng không hay phải tính lại?",
            "Không",
            "2.530.000",
        ),
        (
            "ke toan noi tien thuong LDTT moi nguoi 710 nghin theo luong co so 2,34 trieu, "
            "qd ky thang 12/2026 thi tinh vay dung k a",
            "Không",
            "2.530.000",
        ),
        (
            "xa tra tien thon van hoa 3.510.000 cho QD ky thang 12/2026, co dung k",
            "Không",
            "3.800.000",
        ),
        (
            "QĐ LĐTT ký 20/6/2026 nhưng 10/7/2026 mới chi tiền thưởng, kế toán bảo chi theo mức "
            "mới, đúng k",
            "Không",
            "710.000",
        ),
        ("QĐ CSTĐCS ký 12/12/2025, chi 2.340.000 đúng không", "Có", "2.340.000"),
    ],
)
def test_sum_judged_on_the_decision_date(
    officer_kb: KnowledgeBase, question: str, verdict: str, decisive: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert decisive in _first(text), text


@pytest.mark.parametrize(
    "question",
    [
        "trạm y tế em năm nay chỉ được 1 suất CSTĐCS à",
        "phòng em chỉ được 1 suất chiến sĩ thi đua cơ sở thôi hả",
        "don vi e chi duoc de nghi 2 suat CSTDCS, dung k",
        "HTX bên em năm nay chỉ được 1 suất CSTĐCS thôi, đúng k ạ",
        "xã em năm nay chỉ được 3 suất LĐTT đúng không",
    ],
)
def test_places_told_of_own_unit_left_to_province(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    assert "tỉnh" in _first(text), text


def test_places_claimed_of_the_law_stay_no(officer_kb: KnowledgeBase) -> None:
    ask_verdict(officer_kb, "luật quy định mỗi trường chỉ được 2 suất CSTĐCS đúng k", "Không")


@pytest.mark.parametrize(
    "question",
    [
        "nghe noi thon phai co 80% ho dat GDVH moi dc cong nhan thon van hoa",
        "thôn em 75% hộ đạt gia đình văn hóa thì có được công nhận thôn văn hóa không",
        "tổ dân phố phải có trên 70% số hộ là gia đình văn hóa mới đạt tổ dân phố văn hóa đúng k",
        "có phải thôn văn hóa cần 90 % hộ đạt GĐVH không",
        "thon e ty le ho dat gia dinh van hoa moi 65%, co dc cong nhan thon van hoa k",
    ],
)
def test_household_share_is_a_village_criterion(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Tùy")
    first = _first(text)
    assert "Tiêu chuẩn" in first and "UBND tỉnh quy định chi tiết" in first, text


@pytest.mark.parametrize(
    "question",
    [
        "toi dat CSTDCS 3 nam lien, du dieu kien CSTD tinh chua",
        "em được CSTĐCS 3 năm liên tục rồi, đủ điều kiện lên chiến sĩ thi đua tỉnh chưa ạ",
        "anh ấy 3 năm liền chiến sĩ thi đua cơ sở, vậy đủ chuẩn CSTĐ tỉnh chưa",
        "chị Mai đạt CSTĐCS ba năm liên tiếp, như vậy đã đủ tiêu chuẩn CSTĐ cấp tỉnh chưa",
        "co giao dc CSTDCS 3 lan lien tuc, du dk de nghi CSTD tinh k",
    ],
)
def test_years_alone_do_not_make_the_province_title(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sáng kiến" in _first(text), text


@pytest.mark.parametrize(
    "question",
    [
        # the count itself asked: the years' own part answers
        "anh ay dat CSTDCS 2024, 2025, 2026 lien tiep, du dieu kien ve so lan xet CSTD tinh chua",
        # years of another title: the fact's own sentence answers
        "nong dan dc LDTT 3 nam lien thi co du dieu kien len CSTD tinh k",
    ],
)
def test_years_guards(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask(officer_kb, question)
    assert "Chưa đủ" not in _first(text), text


def test_years_with_initiative_told_stay_yes(officer_kb: KnowledgeBase) -> None:
    ask_verdict(
        officer_kb,
        "chi ay dat CSTDCS 3 nam lien va co sang kien anh huong trong tinh, du dk CSTD tinh chua",
        "Có",
    )


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("CSTĐCS thưởng 1 lần lương cơ sở à", "Có"),
        ("giấy khen xã thưởng 760 nghìn à", "Có"),
        ("tổ dân phố văn hóa do chủ tịch xã ký à", "Có"),
        ("thôn văn hóa được thưởng 2 lần lương cơ sở à", "Không"),
        ("cùng 1 thành tích mà được thưởng 2 lần à", "Không"),
        ("LĐTT thưởng 1 triệu à", "Không"),
    ],
)
def test_statement_closed_by_a_rising_a(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    ask_verdict(officer_kb, question, verdict)


def test_polite_closing_a_is_no_claim(officer_kb: KnowledgeBase) -> None:
    # "ạ" closes a question politely; "cho em hỏi … bao nhiêu ạ" asks a sum, no yes/no
    text = ask(officer_kb, "cho em hỏi CSTĐCS thưởng bao nhiêu ạ")
    assert "2.530.000" in _first(text) and not _first(text).split("\n")[1].startswith("Có."), text
