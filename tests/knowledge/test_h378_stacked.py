"""Task h378 (tuning set b140): the officer who stacks two or three asks in one message.

"1/ … 2/ …", "1. … 2. …", "…; …", "với lại …", "còn …", "ngoài ra còn gì": every ask gets its own
block. Each family holds the tuning questions of b140, the evaluator's new wordings and at least
three of our own; the facts asserted are what the officer must read (folded match, as the
scorer), the verdict the one the first block opens with.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 23 (CSTĐCS: LĐTT plus HTXS, a sáng
kiến or a đề tài), Điều 24 khoản 1 and 3 (LĐTT for cán bộ, công chức … and for công nhân, nông
dân, người lao động khác), Điều 84 khoản 1 (dossier), Điều 80 khoản 3; NĐ 152/2025 Điều 50
(coefficients: LĐTT 0,3; CSTĐCS 1,0; giấy khen cá nhân 0,3, tập thể 0,6; TTLĐTT 0,8), lương cơ
sở 2.340.000 đ until 30/6/2026 and 2.530.000 đ from 01/7/2026 (the decision's date counts);
TT 15/2025/TT-BNV (new hire under 6 months, khiển trách, thai sản).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

_VERDICTS = {"có.": "Có", "không.": "Không", "tùy": "Tùy"}


def _check(kb: KnowledgeBase, question: str, keys: list[str]) -> str:
    """The answer, asserted to open with the keyed verdict and to hold every keyed fact."""
    text = ask(kb, question)
    wanted = [_VERDICTS[k.lower()] for k in keys if k.lower() in _VERDICTS]
    if wanted:
        assert leading_verdicts(text)[:1] == wanted[:1], text
    for key in keys:
        if key.lower() not in _VERDICTS:
            assert has_fact(text, key), f"{key!r} missing:\n{text}"
    return text


#: F4: the case's own yes/no beside a criteria (or dossier) ask: both blocks
STACKED_CASE = [
    (
        "to chuc xa hoi truong hop nay: 1 ban hop dong lao dong moi tuyen ve xa tu thang 8/2026, "
        "lam viec cham chi, dc moi nguoi khen. cuoi nam nay xa hop xet thi dua. 1/ ban ay co dc "
        "xet LDTT nam 2026 k 2/ LDTT can dat tieu chuan gi",
        ["Không.", "6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "thu quy xa bi khien trach thang 3. 1. cuoi nam co xet LDTT dc k 2. LDTT can dat tieu "
        "chuan gi",
        ["Không.", "khiển trách", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chi ke toan nghi sinh 6 thang nam nay, cuoi nam co binh LDTT dc k; voi lai tieu chuan "
        "LDTT la gi",
        ["Có.", "thai sản", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "xa e co ban moi tuyen thang 10, 1/ co xet LDTT nam nay k 2/ ho so LDTT gom gi",
        ["Không.", "6 tháng", "biên bản"],
    ),
    # our own wordings
    (
        "Công chức địa chính bị khiển trách tháng 5. 1) Cuối năm có được xét LĐTT không? "
        "2) Hồ sơ LĐTT gồm những gì?",
        ["Không.", "khiển trách", "báo cáo thành tích"],
    ),
    (
        "anh van hoa moi tuyen dung thang 9/2026 a. 1/ nam nay a co dc binh LDTT ko 2/ tieu chuan "
        "LDTT la j",
        ["Không.", "6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "co van thu nghi thai san 5 thang. 1. cuoi nam co dc xet LDTT k 2. ho so gom nhung gi",
        ["Có.", "thai sản", "biên bản"],
    ),
    (
        "xa e co chi moi tuyen thang 11. a) chi ay co dc xet lao dong tien tien nam nay k "
        "b) tieu chuan LDTT la gi",
        ["Không.", "6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
]

#: F5: the second amount, the amount after ";", a price list, the dossier after a yes/no
STACKED_LATER = [
    (
        "ke toan hoi nhanh: LDTT nam hoc 2025-2026 QD ky 10/6/2026 thi chi bao nhieu, con neu QD "
        "ky sau 1/7/2026 thi bn",
        ["710.000", "760.000"],
    ),
    (
        "CSTDCS va LDTT cua nhan vien tram do ai chi tien, co lay tu quy luong cua tram k; LDTT "
        "thi bn",
        ["quỹ thi đua", "760.000"],
    ),
    (
        "e la ke toan xa, cuoi nam 2026 xa du kien khen: 35 LDTT, 5 CSTDCS, 2 TTLDTT, 3 giay "
        "khen tap the, 10 giay khen ca nhan, QD ky 25/12/2026. e can lap du toan chi tu quy thi "
        "dua. cho e don gia 1 LDTT, 1 CSTDCS va 1 TTLDTT voi",
        ["760.000", "2.530.000", "2.030.000"],
    ),
    (
        "de nghi CSTDCS cho bac si theo huong de tai khoa hoc thi phai kem van ban nghiem thu de "
        "tai dung k, con gi nua",
        ["Có.", "nghiệm thu", "báo cáo thành tích"],
    ),
    (
        "giay khen tap the QD thang 5/2026 thi bn, con QD thang 12/2026 thi bn",
        ["1.410.000", "1.520.000"],
    ),
    (
        "du toan khen thuong cuoi nam: cho e muc chi 1 giay khen ca nhan, 1 giay khen tap the va "
        "1 thon van hoa",
        ["760.000", "1.520.000", "3.800.000"],
    ),
    (
        "ho so de nghi CSTD tinh cho anh A co phai kem giay chung nhan sang kien k, ngoai ra con "
        "gom nhung gi",
        ["Có.", "tờ trình", "báo cáo thành tích"],
    ),
    # our own wordings
    (
        "CSTĐCS quyết định ký 15/6/2026 thì thưởng bao nhiêu, còn nếu ký 20/12/2026 thì bao nhiêu",
        ["2.340.000", "2.530.000"],
    ),
    (
        "lap du toan nam 2026 (QD ky thang 12): cho e don gia 1 giay khen ca nhan va 1 LDTT voi a",
        ["760.000"],
    ),
    (
        "de nghi CSTDCS cho co giao co sang kien thi phai kem giay cong nhan sang kien dung k, "
        "ngoai ra con gi nua",
        ["Có.", "báo cáo thành tích"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), STACKED_CASE)
def test_case_yes_no_beside_criteria(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    _check(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), STACKED_LATER)
def test_later_ask_kept(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    _check(officer_kb, question, keys)
