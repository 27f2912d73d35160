"""Task f185a: b185 family A, the verdict on a negated or doubting question (issue 11).

The set's convention: the verdict judges the proposition as the asker states it, its negation
included ("Có." = what the message asserts is right, "Không." = it is wrong). "k phải X à?" and
"chứ k phải X hả" assert X; "chẳng lẽ X" / "k lẽ nào X" state X; a denial put up with a doubting
tag in the first sentence, other asks after it ("k có danh hiệu xã văn hóa nữa à? vậy xã phấn
đấu danh hiệu gì"), or with a follow-up "nếu có thì …", or stressed by "cả", is asserted. A bare
one-clause "X k … à/hả/nhỉ" keeps the older positive reading (test_yesno_angles.py,
yesno_tuning2, b71).

Law: Luật Thi đua, khen thưởng 2022 Điều 23, 24, 80 khoản 3–4; Luật 2022 Điều 7 (đăng ký thi đua
is no longer a căn cứ); Điều 75 (giấy khen for tập thể, thôn); NĐ 152/2025 Điều 50.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict, facts the answer must hold): b185 family A and the diag's new
#: wordings
CASES = [
    (
        "k phai LDTT k can sang kien a? chi pho chu tich xa cu bat phai co sang kien moi dc binh",
        "Có",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chang le nhan vien hop dong lao dong o UBND xa k dc xet LDTT that a? neu dc thi thuong bn",
        "Không",
        ["người lao động", "760.000"],
    ),
    (
        "cong nhan cty may tren dia ban xa thi k ai xet LDTT cho ho a? neu co thi ai tang",
        "Không",
        ["Giám đốc"],
    ),
    (
        "nguoi moi tuyen dung duoi 6 thang chac k dc de nghi CSTDCS dau nhi",
        "Có",
        ["Lao động tiên tiến"],
    ),
    (
        "thon la tap the chu co phai co quan dau, nen chac k dc giay khen chu tich xa dau nhi",
        "Không",
        ["tập thể"],
    ),
    (
        "can cu xet danh hieu thi dua theo luat 2022 k con dang ky thi dua nua dung k, gom"
        " nhung gi",
        "Có",
        ["tiêu chuẩn"],
    ),
    (
        "k co danh hieu xa van hoa nua a? vay xa phan dau danh hieu gi, thuong bn",
        "Có",
        ["tiêu biểu", "5.060.000"],
    ),
    (
        "nguoi moi tuyen tu thang 4, lam du 8 thang, hoan thanh tot nhiem vu thi k co ly do gi"
        " k dc LDTT dung k",
        "Có",
        ["6 tháng"],
    ),
    (
        "huyen bo roi thi chu tich huyen k tang giay khen nua dung k, gio ai tang",
        "Có",
        ["1/7/2025", "Chủ tịch UBND"],
    ),
    (
        "can bo tham dinh ho so sai de nguoi k du chuan dc khen thi k ai bi xu ly ca a?",
        "Không",
        ["kỷ luật"],
    ),
    ("chac CSTDCS k phai do chu tich tinh ky dau nhi", "Có", ["Chủ tịch UBND"]),
    ("GDVH k phai xet hang nam a? nghe noi 2 nam moi xet 1 lan", "Có", ["86/2023"]),
    # near wordings of the same families
    ("CSTD tinh k phai do chu tich tinh ky dung k", "Không", ["Chủ tịch UBND tỉnh"]),
    ("theo luat 2022 k con dang ky thi dua nua dung k", "Có", []),
    (
        "nhan vien hop dong lao dong o UBND xa k dc xet LDTT, dung khong? neu dc thi thuong bn",
        "Không",
        [],
    ),
    ("k phai LDTT k can sang kien a?", "Có", ["hoàn thành tốt nhiệm vụ"]),
    # fixer f49l: mended, its xfail (LEFT) lifted
    (
        "GDVH k phai do chu tich UBND xa quyet dinh a, hay truong thon cong nhan luon",
        "Có",
        ["Chủ tịch UBND"],
    ),
]

#: not mended in time (task f185a): kept as the aim
LEFT = [
    ("thon van hoa chu k phai dc tang co thi dua ha?", "Không", ["Bằng chứng nhận"]),
    (
        "nguoi ke khai gian doi thanh tich de dc CSTDCS, phat hien ra thi k lam gi dc vi QD da"
        " ky roi a? tien thuong co bi lay lai k",
        "Không",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "nguyen tac thanh tich den dau khen den do nghia la phai khen tu muc thap len cao dung k",
        "Không",
        ["thành tích đến đâu"],
    ),
    ("k le nao nhan vien hop dong cung dc giay khen cua chu tich xa?", "Có", ["760.000"]),
]

#: controls: near wordings whose answer must not change
CONTROLS = [
    # the bare one-clause "X k … à" keeps the older positive reading
    ("ldtt khong can sang kien a", "Không", []),
    ("nhan vien hop dong k dc xet LDTT a", "Có", []),
    ("thon k dc giay khen a", "Có", []),
    ("LDTT k can sang kien dung k", "Có", []),
    # "k phải X à" with no denial in X: X judged (b71, b173)
    ("k phai LDTT thuong 0,3 lan luong co so a", "Có", ["760.000"]),
    ("khong phai LDTT thuong 1 lan luong co so a?", "Không", ["0,3"]),
    ("TTLDTT khong phai can 70% ca nhan dat LDTT a? ai ky", "Không", ["50"]),
    # a wrong figure in the denial keeps its own reader
    ("nguoi moi tuyen duoi 10 thang k dc xet LDTT dung k", "Không", ["6 tháng"]),
    ("dang ky thi dua k con bat buoc nua dung k", "Có", []),
    ("xa tieu bieu k phai do chu tich UBND tinh quyet dinh a? thuong bn", "Có", ["5.060.000"]),
    ("LDTT k can sang kien dung k? vay can gi", "Có", []),
]


def _check(kb: KnowledgeBase, question: str, verdict: str, facts: list[str]) -> None:
    text = ask(kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    for fact in facts:
        assert has_fact(text, fact), (fact, text)


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES + CONTROLS)
def test_claim_as_stated(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    _check(officer_kb, question, verdict, facts)


@pytest.mark.xfail(reason="b185 family A leftovers, not mended in task f185a", strict=False)
@pytest.mark.parametrize(("question", "verdict", "facts"), LEFT)
def test_claim_as_stated_left(
    officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]
) -> None:
    _check(officer_kb, question, verdict, facts)
