"""Task h255 (stop 35): money claims read right.

The prize is the title's coefficient times the base salary in force on the day the decision is
signed, rounded up to the next 10.000 đồng (NĐ 152/2025/NĐ-CP Điều 49, Điều 50; lương cơ sở
2.340.000 đ from 01/7/2024, NĐ 73/2024; 2.530.000 đ from 01/7/2026). An officer puts up a sum to be
rounded, the coefficients of two titles in one line, a sum paid with no "thưởng" word, the old
base a colleague proposes; each is judged by the rule, the figure named next to each title by
that title, and a sum rounded is stated rounded. The salary regime's own bonus (NĐ 73/2024, a
fund of the salary fund) is not a commendation and is declined.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask, ask_verdict
from tests.knowledge.officer_eval import leading_verdicts


@pytest.mark.parametrize(
    ("question", "verdict", "rounded"),
    [
        ("ke toan noi 1.523.000 thi lam tron con 1.520.000, co dung k", "Không", "1.530.000"),
        ("Làm tròn 2.341.000 xuống 2.340.000 có được không?", "Không", "2.350.000"),
        ("tien thuong 759.000 de nguyen khong can lam tron dung ko", "Không", "760.000"),
        ("nghe bao lam tron toi hang nghin thoi, 1.404.000 la du, phai k", "Không", "1.410.000"),
        ("702k lam tron thanh 710k dung ko", "Có", "710.000"),
        ("Nghe đâu 505.000 làm tròn thành 500.000, đúng chứ?", "Không", "510.000"),
    ],
)
def test_a_sum_told_is_rounded_up(
    officer_kb: KnowledgeBase, question: str, verdict: str, rounded: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Làm tròn" in text.split("\n")[0], text
    assert f"làm tròn lên thành {rounded} đồng" in text, text


@pytest.mark.parametrize(
    ("question", "rounded"),
    [
        ("giay khen ca nhan 0,3 x 2.340.000 = 702.000, lam tron bao nhieu", "710.000"),
        ("0,8 x 2.530.000 ra 2.024.000, lam tron len bao nhieu a", "2.030.000"),
        (
            "CSTĐ tỉnh 3,0 × 2.340.000 = 7.020.000, còn TTLĐTT 0,8 x 2.340.000 làm tròn?",
            "1.880.000",
        ),
        ("0,6 x 2.340.000 lam tron thi bao nhieu", "1.410.000"),
        ("GĐVH 0,1 nhan 2.530.000 bang 253.000 thi lam tron ra bn", "260.000"),
    ],
)
def test_a_product_told_is_rounded_up(
    officer_kb: KnowledgeBase, question: str, rounded: str
) -> None:
    text = ask(officer_kb, question)
    assert f"làm tròn lên thành {rounded} đồng" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tien thuong theo ND 73 (quy thuong 10% quy luong) chia cho cong chuc the nao",
        "quỹ tiền lương 10% để thưởng cho công chức theo NĐ 73 chia thế nào",
        "che do tien thuong theo nd 73/2024 cua can bo xa tinh ra sao",
        "thưởng định kỳ cuối năm cho cán bộ xã theo Nghị định 73 được mấy tháng lương",
        "quy luong 10% trich thuong cho vien chuc tram y te chia theo he so luong phai k",
    ],
)
def test_the_salary_regime_bonus_is_declined(officer_kb: KnowledgeBase, question: str) -> None:
    assert not officer_kb.ask(question, TODAY).answered, question


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("TTLĐTT hệ số 0,8 còn TTLĐXS hệ số 1,5 đúng không", "Có"),
        ("CSTDCS 1,0 lan luong co so, CSTD tinh 3,0 lan luong co so phai ko", "Có"),
        ("ldtt he so 0,3 con cstdcs he so 1,0 dung k", "Có"),
        ("thôn văn hóa hệ số 1,5, còn CSTĐCS hệ số 1,0 phải không ạ", "Có"),
        ("LDTT 0,3 va CSTDCS 1,0 lan luong co so dung k, tinh luong 2.530.000 thi bn", "Có"),
        ("TTLĐXS hệ số 1,0 còn CSTĐ tỉnh hệ số 3,0 đúng không", "Không"),
    ],
)
def test_each_title_judges_its_own_figure(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiền thưởng" in text.split("\n")[0], text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "truong dc giay khen tap the thi cung nhan 760.000 nhu giay khen ca nhan dung k, "
            "moi loai bn",
            "Không",
            "1.520.000",
        ),
        (
            "giấy khen tập thể cũng thưởng 760 nghìn như giấy khen cá nhân phải không",
            "Không",
            "1.520.000",
        ),
        ("giay khen ho gia dinh dc 1.520.000 giong giay khen tap the dung ko", "Không", "760.000"),
        (
            "giấy khen hộ gia đình thưởng 760.000 như giấy khen cá nhân, đúng không?",
            "Có",
            "760.000",
        ),
        (
            "thon van hoa chi bang giay khen tap the thoi, tuc 0,6 lan luong co so dung k",
            "Không",
            "1,5",
        ),
    ],
)
def test_the_title_likened_to_is_the_yardstick(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask(officer_kb, question)
    assert [v for v in leading_verdicts(text) if v != "Tùy"][:1] == [verdict], text
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        ("qd ky 20/6/2026 van tinh theo luong co so cu 2.340.000 dung ko", "Có", "2.340.000"),
        (
            "LĐTT quyết định ngày 12/6/2026 vẫn tính lương cơ sở cũ 2.340.000 phải không",
            "Có",
            "710.000",
        ),
        (
            "QĐ ký 5/8/2026 mà vẫn tính lương cơ sở cũ 2.340.000 cho CSTĐCS thì đúng không",
            "Không",
            "2.530.000",
        ),
        ("CSTDCS QD 2/7/2026 van tinh luong cu 2.340.000 dung k", "Không", "2.530.000"),
        ("nghe noi tu 1/7/2026 luong co so len 2.530.000 dung k, LDTT nam nay bn", "Có", "760.000"),
        (
            "QD ky 25/6/2026 nhung thang 8 moi chi thi tinh theo luong co so moi dung k",
            "Không",
            "2.340.000",
        ),
        (
            "quyet dinh ky 3/7/2026, thang 9 moi phat tien, tinh theo luong co so moi phai k",
            "Có",
            "2.530.000",
        ),
    ],
)
def test_a_base_told_is_judged_as_the_base(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        (
            "Hệ số tiền thưởng danh hiệu xã, phường, đặc khu tiêu biểu có phải 2,0 không?",
            "Có",
            "2,0",
        ),
        ("he so thuong cua thon van hoa co phai 1,5 k", "Có", "1,5"),
        ("ho gia dinh dc giay khen thi tinh he so nhu tap the 0,6 dung k", "Không", "0,3"),
        ("hệ số tiền thưởng của TTLĐTT có phải là 1,0 không", "Không", "0,8"),
        ("QD LDTT nam hoc ky 10/7/2026 thi chi 760 nghin 1 nguoi dung k", "Có", "760.000"),
        (
            "gv dc LDTT nam hoc 2025-2026, QD 15/8/2026, truong chi 700 nghin moi nguoi phai k",
            "Không",
            "760.000",
        ),
        ("cuoi nam nay chi LDTT 760.000 dung k, con CSTDCS moi nguoi bao nhieu", "Có", "2.530.000"),
        (
            "TTLĐTT của trường nhận 2.030.000 đúng không, còn LĐTT của cô giáo thì bao nhiêu",
            "Có",
            "760.000",
        ),
    ],
)
def test_a_figure_put_up_is_a_money_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiền thưởng" in text.split("\n")[0], text
    assert fact in text, text


@pytest.mark.parametrize(
    ("question", "amounts"),
    [
        (
            "giay khen ca nhan va giay khen tap the cua chu tich xa QD 10/10/2026 moi loai bn a",
            ("760.000", "1.520.000"),
        ),
        (
            "Giấy khen tập thể của Chủ tịch UBND xã quyết định tháng 11/2026 thưởng bao nhiêu?",
            ("1.520.000",),
        ),
        ("giay khen ho gia dinh cua chu tich xa ky 12/2026 dc bn tien", ("760.000",)),
        ("giấy khen cá nhân của ct xã QĐ 5/9/2026 được mấy tiền", ("760.000",)),
        ("gk tap the cua chu tich xa qd thang 12/2026 bn tien vay", ("1.520.000",)),
    ],
)
def test_the_giver_named_does_not_take_the_amount_asked(
    officer_kb: KnowledgeBase, question: str, amounts: tuple[str, ...]
) -> None:
    text = ask(officer_kb, question)
    assert "Tiền thưởng" in text.split("\n")[0], text
    assert all(a in text for a in amounts), text
