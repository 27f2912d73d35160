"""A sum claimed for a title's prize, written the phone way or worked out by someone, is checked
against the title's coefficient × the lương cơ sở in force on the decision's date (task h182).

- one reader of a claimed sum (``claim._amount_value``): "2tr53" is 2.530.000, "3tr8" is
  3.800.000, "1tr872" is 1.872.000, "1,52tr" (split by the tokenizer at the comma) 1.520.000;
- with no money word ("thôn VH 3tr8 đúng k"), the sum still makes the yes/no a money claim;
- "quyết định ký <ngày>" beside a sum claimed dates the decision, it does not ask who signs;
- "kế toán tính 1,5 x 2.530.000", "tính theo lương cơ sở 2.340.000": the sum a coefficient
  multiplies is the base used, compared with the one in force that day (NĐ 73/2024: 2.340.000
  from 01/7/2024; NĐ 161/2026: 2.530.000 from 01/7/2026); prizes by NĐ 152/2025 Điều 50, rounded
  up to tens of thousands (Điều 49).
Questions of our own wording, none from a question set.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.claim import base_verdict, claimed_amounts
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("said", "amounts"),
    [
        ("thuong 2tr53", [2_530_000]),
        ("3tr8 dung k", [3_800_000]),
        ("0,8 x 2tr34 = 1tr872", [1_872_000]),
        ("tap the 1,52tr", [1_520_000]),
        ("2 trieu 5 dung k", [2_500_000]),
        ("2 trieu 5 nguoi", [2_000_000]),
        ("nhan 2 lan 760k", [760_000]),
    ],
)
def test_one_reader_of_a_claimed_sum(said: str, amounts: list[int]) -> None:
    assert claimed_amounts(said) == amounts


def test_a_multiplied_sum_is_the_base_claimed() -> None:
    assert base_verdict("ke toan tinh 1,5 x 2.530.000", 2_340_000)[0] == "Không"
    assert base_verdict("lcs 2tr53", 2_530_000) == ("Có", "")


@pytest.mark.parametrize(
    ("question", "verdict", "decisive"),
    [
        # phone-way sums after a money word
        ("quyết định CSTĐCS ký 5/9/2026, thưởng 2tr53 có đúng không", "Có", "2.530.000"),
        ("xa tieu bieu qd 10/10/2026 duoc 5tr06 dung ko", "Có", "5.060.000"),
        (
            "Thôn văn hóa năm nay quyết định ký 20/12/2026, thưởng 3tr5 phải không ạ",
            "Không",
            "3.800.000",
        ),
        # no money word: the sum alone is the claim
        ("tap the LDTT 1tr88 dung khong, qd ky thang 2/2026", "Có", "1.880.000"),
        ("anh oi ho gia dinh duoc giay khen ct xa, qd 3/10/2026, 760k phai k", "Có", "760.000"),
        ("CSTĐ cấp tỉnh 7tr02 đúng không, quyết định ký 1/10/2026", "Không", "7.590.000"),
        # a dated decision beside the sum is not who decides
        ("TTLĐTT quyết định 12/3/2026 nhận 2,02tr đúng không", "Không", "1.880.000"),
        # a sum worked out by someone, with the base it multiplies
        (
            "kế toán tính CSTĐ cấp tỉnh 3 x 2tr34 = 7tr02, quyết định ký 1/12/2025, đúng chưa",
            "Có",
            "7.020.000",
        ),
        (
            "quyết định LĐTT ký 20/5/2026, kế toán tính theo lcs 2tr53 đúng không",
            "Không",
            "710.000",
        ),
        (
            "Bà kế toán tính tiền thưởng CSTĐCS theo mức lương cơ sở cũ 2.340.000, quyết định ký "
            "ngày 15/9/2026, như vậy có đúng không",
            "Không",
            "2.530.000",
        ),
        (
            "chủ tịch xã ký QĐ giấy khen tháng 11/2025, văn phòng tính 760.000 cho mỗi người, đúng "
            "hông",
            "Không",
            "710.000",
        ),
    ],
)
def test_a_claimed_sum_is_judged_on_the_decision_day(
    officer_kb: KnowledgeBase, question: str, verdict: str, decisive: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert decisive in text, text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("lao dong tien tien qd 2/9/2026 la 760k dung k, chi kia bao 710k", "Có"),
        ("giấy khen cá nhân 0,76tr đúng không, nghe bảo 0,71tr, qđ 5/8/2026", "Có"),
        ("CSTĐCS 2tr53 phải không hay là 2tr34, quyết định ký tháng 8/2025", "Không"),
        ("Xã tiêu biểu qđ tháng 12/2026: 4tr68 phải không, phòng tài chính nói 5tr06", "Không"),
    ],
)
def test_the_sum_asked_is_the_one_before_dung_khong(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """The sum the "đúng không" is put to is the claim; another told beside it is hearsay."""
    ask_verdict(officer_kb, question, verdict)


@pytest.mark.parametrize(
    ("question", "verdict", "sums"),
    [
        (
            "Chị Lan năm nay vừa CSTĐCS vừa giấy khen của chủ tịch xã, nhận cả 2tr53 và 760k có "
            "được không",
            "Có",
            ("2.530.000", "760.000"),
        ),
        (
            "tap the vua TTLDTT vua giay khen xa, nhan ca 2tr03 va 1tr52 duoc khong",
            "Có",
            ("2.030.000", "1.520.000"),
        ),
        (
            "mot nam duoc 2 lan giay khen chu tich xa vi 2 thanh tich khac nhau thi moi lan nhan "
            "0,76tr phai k",
            "Có",
            ("760.000",),
        ),
        (
            "hộ ông Tư được 2 giấy khen xã trong năm cho 2 việc khác nhau, mỗi lần 760 nghìn, "
            "đúng không",
            "Có",
            ("760.000",),
        ),
        (
            "anh Ba bi huy danh hieu CSTD co so do gian lan, tien thuong 2.530.000 co bi thu hoi k",
            "Có",
            ("2.530.000",),
        ),
    ],
)
def test_a_sum_beside_two_awards_or_a_revocation_is_stated(
    officer_kb: KnowledgeBase, question: str, verdict: str, sums: tuple[str, ...]
) -> None:
    """The rule of two awards, a repeat or a revocation answers first; each title's prize is
    stated after it, so the sum the letter names is confirmed or corrected."""
    text = ask_verdict(officer_kb, question, verdict)
    assert all(s in text for s in sums), text


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("giấy khen của xã cho tập thể gấp 2 lần cho cá nhân đúng không", "Có"),
        ("tap the duoc giay khen thuong gap ruoi ca nhan phai k", "Không"),
        ("GK tập thể thưởng gấp 3 lần GK cá nhân hả", "Không"),
        ("ke toan bao tien giay khen tap the gap doi ca nhan, dung khong", "Có"),
        ("giay khen tap the qd 10/11/2026 thuong gap doi giay khen ca nhan phai khong", "Có"),
    ],
)
def test_a_multiple_between_two_prizes_is_judged(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    """Giấy khen: tập thể 0,6, cá nhân 0,3 lần lương cơ sở (NĐ 152/2025 Điều 50 khoản 1 điểm
    đ, khoản 2 điểm đ): the collective's is twice the individual's."""
    ask_verdict(officer_kb, question, verdict)
