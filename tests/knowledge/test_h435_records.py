"""Task h435: b169's failure families, read as rules (issue 11).

Each case is what the officer sees: the first verdict the answer opens with and the decisive
facts, folded as the scorer folds them. Per family: the tuning questions (b169), the
evaluator's new wordings, and our own; then controls whose answer must not change.

C. a pasted record read from the right cells: a share written out after the holders ("LĐTT 9
   người (75%)") is the share, not CSTĐCS over LĐTT; a table of units is judged on the rows the
   question names; a member "không hoàn thành nhiệm vụ" fails the 100 % of Luật 2022 Điều 27;
   a rating count in a collective's record is no person's HTNV; a prize table's line totals
   and grand total are arithmetic, each row's unit price is the claim (NĐ 152/2025 Điều 50).
E. "N bộ phận" counts departments (collectives), not sets of a dossier.
B. a saying trailing the ask ("có phải nộp 3 bộ k, phòng bảo 1 bộ là đủ") is the rival answer
   heard: the ask is judged (domain.md: 01 bộ bản chính).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict or None, facts the answer must hold)
RECORD = [
    # b169
    (
        "Trưởng trạm y tế xã gửi bảng xếp loại 2026 của trạm: HTXSNV 3 người / HTTNV 6 người /"
        " HTNV 3 người / không hoàn thành 0. LĐTT 9 người (75%), CSTĐCS 1 người (bs Phúc), trạm"
        " được UBND xã đánh giá HTXSNV, nội bộ đoàn kết. Trạm em có đủ điều kiện đề nghị TTLĐXS"
        " không ạ, và ai ký QĐ?",
        "Có",
        ["70%", "Chủ tịch UBND tỉnh"],
    ),
    (
        "hieu truong MN xin hoi: bang tong hop nam hoc 2025-2026 cua truong: tong so 25 | HTXSNV"
        " 6 | HTTNV 14 | HTNV 4 | khong hoan thanh nv 1 (co nghi viec k ly do 2 thang); LDTT 20"
        " nguoi (80%); CSTDCS 1 nguoi; truong dc danh gia HTXSNV. truong co de nghi TTLDXS dc k a",
        "Không",
        ["100 %", "hoàn thành nhiệm vụ"],
    ),
    (
        "e lam van phong - thong ke, tong hop ti le LDTT 2026 cac bo phan cua UBND xa: VP"
        " HDND-UBND | 12 nguoi | 7 LDTT / Phong VH-XH | 10 nguoi | 5 LDTT / Phong Kinh te | 9"
        " nguoi | 4 LDTT. ca 3 bo phan deu HTTNV. phong VH-XH va phong Kinh te co de nghi TTLDTT"
        " dc k a",
        "Không",
        ["50 %", "5/10", "4/9"],
    ),
    (
        "truong tram y te gui bang ke tien thuong 2026 cua tram de xa duyet: 7 LDTT | 760.000 |"
        " 5.320.000 / 1 CSTDCS | 2.530.000 | 2.530.000 / tong 7.850.000. QD cua chu tich xa du"
        " kien ky 29/12/2026. don gia tung dong nhu vay dung chua a",
        "Có",
        ["2.530.000", "760.000"],
    ),
    (
        "hieu truong TH gui so lieu nam hoc 2025-2026: tong 30 | HTXSNV 4 | HTTNV 22 | HTNV 4 |"
        " LDTT 20 (66,7%) | CSTDCS 1 | truong HTXSNV. hoi dong truong muon de nghi TTLDXS nhung"
        " ke toan bao ti le LDTT chua toi muc toi thieu nen chua dat. ke toan noi vay co dung k a",
        "Có",
        ["70 %", "20/30"],
    ),
    # evaluator
    (
        "phong kinh te: tong 11 | HTXSNV 3 | HTTNV 7 | HTNV 1 | LDTT 8 (72,7%) | CSTDCS 1, phong"
        " dc danh gia HTXSNV. phong co len TTLDXS dc k",
        "Có",
        ["70 %"],
    ),
    (
        "bang tong hop TTLDTT: truong MN | 20 nguoi | 9 LDTT / truong TH | 28 nguoi | 17 LDTT."
        " rieng truong MN co dat k",
        "Không",
        ["9/20", "45 %", "50 %"],
    ),
    (
        "phieu chi QD 20/12/2026: 3 LDTT | 760.000 | 2.280.000 / 1 giay khen tap the | 1.520.000"
        " | 1.520.000 / tong 3.800.000. don gia 2 dong nay dung k",
        "Có",
        ["1.520.000", "760.000"],
    ),
    # ours
    (
        "Trạm y tế: tổng 12 | HTXSNV 4 | HTTNV 7 | HTNV 1 | LĐTT 10 (83,3%) | CSTĐCS 2, trạm"
        " HTXSNV. Trạm có đề nghị TTLĐXS được không?",
        "Có",
        ["70 %", "10/12"],
    ),
    (
        "truong TH tong 20 | HTXSNV 5 | HTTNV 12 | HTNV 2 | ko hoan thanh nv 1 | LDTT 16 nguoi"
        " (80%) | CSTDCS 1, truong HTXSNV. co len TTLDXS dc ko",
        "Không",
        ["100 %"],
    ),
    (
        "phong VH-XH: LĐTT 6 người (60%), CSTĐCS 1 người, phòng HTXSNV. phòng có đạt TTLĐXS không",
        "Không",
        ["60 %", "70 %"],
    ),
    (
        "to dan pho so lieu: Thon 1 | 15 nguoi | 10 LDTT / Thon 2 | 12 nguoi | 5 LDTT. thon 2 co"
        " dc TTLDTT k",
        "Không",
        ["5/12"],
    ),
    (
        "bảng: Trường MN | 22 người | 14 LĐTT / Trường THCS | 30 người | 12 LĐTT. Trường THCS có"
        " đủ tỉ lệ TTLĐTT không?",
        "Không",
        ["12/30", "50 %"],
    ),
    (
        "bang ke thuong QD 15/12/2026: 5 LDTT | 760.000 | 3.800.000 / 2 CSTDCS | 2.530.000 |"
        " 5.060.000 / tong 8.860.000. don gia vay dung k",
        "Có",
        ["2.530.000", "760.000"],
    ),
    (
        "bảng kê QĐ ngày 28/12/2026: 4 LĐTT | 700.000 | 2.800.000 / tổng 2.800.000. đơn giá đúng"
        " không",
        "Không",
        ["760.000"],
    ),
]

DEPARTMENTS = [
    # b169
    ("TTLDTT QD ngay 31/12/2025 cho 3 bo phan, moi bo phan 1.880.000 dung k", "Có", ["1.880.000"]),
    # evaluator
    ("QD TTLDTT cho 2 bo phan ky ngay 10/8/2026, moi bo phan dc thuong bn", None, ["2.030.000"]),
    # ours
    ("QĐ TTLĐTT cho 4 bộ phận ngày 20/12/2026, mỗi bộ phận 2.030.000 đúng k", "Có", ["2.030.000"]),
    ("TTLDTT ky 30/12/2025 cho 2 bo phan, moi bo phan thuong bao nhieu", None, ["1.880.000"]),
    (
        "QĐ ngày 29/12/2026 TTLĐTT cho ba bộ phận, mỗi bộ phận 1.880.000 phải không",
        "Không",
        ["2.030.000"],
    ),
]

VOTES = [
    # b169
    (
        "van phong xa gui ad bien ban hop HD TDKT xa ngay 20/12/2026, bo phieu kin CSTDCS: tong 9"
        " thanh vien, co mat 9. ket qua: anh Khoa | 7/9 phieu | 77,8% / chi Ha | 5/9 phieu | 55,6%"
        " / anh Duc | 9/9 phieu | 100%. chi Ha chi hon nua so phieu mot chut, vay chi Ha co dat de"
        " trinh chu tich ky CSTDCS k a",
        "Tùy",
        ["quy chế của tỉnh"],
    ),
    # evaluator
    (
        "bien ban hop HD TDKT ngay 19/12/2026: TTLDTT truong MN dc 6/9 phieu, vay da du phieu de"
        " trinh chu tich xa ky chua",
        "Tùy",
        ["quy chế của tỉnh"],
    ),
    # ours
    (
        "CSTĐCS anh Tuấn được 4/7 phiếu đồng ý, đủ phiếu để trình chủ tịch xã ký chưa",
        "Tùy",
        ["quy chế của tỉnh"],
    ),
    ("LDTT chi Mai dc 5/8 phieu, du so phieu chua ad", "Tùy", ["quy chế của tỉnh"]),
    (
        "TTLĐTT tổ văn phòng được 7/12 phiếu, hơn nửa số phiếu, đạt để trình chủ tịch ký chưa",
        "Tùy",
        ["quy chế của tỉnh"],
    ),
]

TRAILING_SAYING = [
    # b169
    ("ho so de nghi khen thuong co phai nop 3 bo k, phong bao 1 bo la du", "Không", ["1 bộ"]),
    # evaluator
    ("TTLDTT co bat buoc tren 50% LDTT k, chi ke toan lai bao dung 50% la du roi", "Có", ["50 %"]),
    (
        "ho so LDTT co phai nop ban photo cong chung k, van phong bao ban chinh 1 bo la duoc",
        "Không",
        ["bản chính"],
    ),
    # ours
    ("ho so giay khen co phai nop 2 bo k, chi van phong bao 1 bo la du", "Không", ["01 bộ"]),
    (
        "hồ sơ CSTĐCS có phải nộp bản sao công chứng không, anh tổ chức bảo bản chính là được",
        "Không",
        ["bản chính"],
    ),
    ("hs LDTT co can nop 3 bo ko, ben noi vu noi nop 1 bo thoi", "Không", ["01 bộ"]),
    ("ho so co phai nop 1 bo khong, anh van phong bao phai 3 bo", "Có", ["01 bộ"]),
]

#: near wordings whose answer must not change
CONTROLS = [
    (
        "truong co 30 giao vien, 22 nguoi dat LDTT, 1 CSTDCS, tat ca deu hoan thanh nhiem vu,"
        " truong HTXSNV. co dat TTLDXS k",
        "Có",
        ["22/30"],
    ),
    ("co quan 10 nguoi, 4 nguoi dat LDTT co dat TTLDTT khong", "Không", ["4/10"]),
    ("nop 3 bo ho so de nghi khen thuong dung khong", "Không", ["01 bộ"]),
    ("QĐ ngày 20/12/2026 LĐTT thưởng 760.000 đúng không", "Có", ["760.000"]),
    ("ho so CSTDCS xong thi trinh ai ky", None, ["Chủ tịch UBND xã quyết định"]),
    (
        "Họ tên | Xếp loại | LĐTT / Hoa | HTT | có / Hải | HT | k / Lan | HTT | có. Tổ có đạt"
        " TTLĐTT không",
        "Tùy",
        ["2/3"],
    ),
]

FAMILIES = {
    "record": RECORD,
    "departments": DEPARTMENTS,
    "votes": VOTES,
    "trailing_saying": TRAILING_SAYING,
    "control": CONTROLS,
}

CASES = [
    pytest.param(q, v, facts, id=f"{family}-{i}")
    for family, cases in FAMILIES.items()
    for i, (q, v, facts) in enumerate(cases)
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_reading(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)
