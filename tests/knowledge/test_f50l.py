"""Task f50l: leftovers of tasks f189a, f189b, f190, f191, f192 and the misses of tuning sets
b189, b190, b191, grouped by the rule each breaks (issue 11).

A. The asker's own unit sets its own cap ("xã e quy định CSTĐCS k quá 10% số LĐTT", "trường tự
   đặt mỗi tổ chỉ 1 CSTĐCS") and asks whether it may: Luật 2022 and NĐ 152/2025 set no ratio,
   the province details these titles' procedure and may set one (NĐ 152/2025 Điều 6 khoản 2
   điểm c): "Tùy", not the national rule's flat "Không".
B. A yearly title said to be reviewed once in several years, or kept for years ("ấp văn hóa 5
   năm mới xét 1 lần … có đúng vậy hông hay ấp văn hóa xét mỗi năm", "khóm … năm 2026 có phải
   làm hồ sơ xét lại hông hay giữ 3 năm"): reviewed each year (Luật 2022 Điều 30; NĐ 86/2023);
   the way offered after "đúng vậy không hay" is not the line put up (that case left xfail).
C. Two recipients of one form compared ("tập thể và cá nhân cùng được giấy khen thì tập thể
   thưởng cao hơn hen"): the side claimed is the one named just before "cao hơn / ít hơn" (NĐ
   152/2025 Điều 50: tập thể 0,6, cá nhân 0,3 lần).
D. The days until the result ("20 ngày làm việc mới có kết quả") are the procedure's time limit,
   set by the province's published procedure (NĐ 152/2025 Điều 6 khoản 2 điểm c): "Tùy".
E. "như trước" (as before) asks no deadline: the repealed 15 % cap said to apply "như trước" is
   judged as the cap (NĐ 91/2017 repealed; Luật 2022 Điều 23).
F. The thôn's head denied as decider ("GĐVH k phải trưởng thôn công nhận mà là chủ tịch xã ký,
   đúng k"): the line states the rule, "Có" (Luật 2022 Điều 80 khoản 3).
Controls: nearby questions already right that must stay right.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: (family, question, keys as the question sets write them)
CASES = [
    # A: the unit's own cap (f189a, f191 xfails; b190, b191 misses; new wordings)
    ("A", "xa e quy dinh CSTDCS k qua 10% so LDTT, vay co dung quy dinh k", ["Tùy"]),
    (
        "A",
        "xa tui tu quy dinh LDTT k qua 70% bien che moi phong, quy dinh vay co dc hong",
        ["Tùy", "quy chế"],
    ),
    ("A", "truong tui tu dat quy dinh moi to chi dc 1 CSTDCS, lam vay co dung hong ad", ["Tùy"]),
    ("A", "xa e co quy dinh CSTDCS k qua 20% so LDTT, the co sai luat k a", ["Tùy"]),
    ("A new", "phuong e da ra quy dinh LDTT toi da 50% moi to, vay dc k", ["Tùy", "quy chế"]),
    ("A new", "truong e tu dat chi tieu moi to 2 LDTT, co dung k", ["Tùy"]),
    # B: the yearly review (f191 xfails; b191 miss; new wordings)
    pytest.param(
        "B",
        "Tui moi lam truong ap nam dau. Ong truong ap cu ban giao noi ap van hoa 5 nam moi xet 1"
        " lan, ap minh dc cong nhan nam 2024 nen toi 2029 moi lam ho so lai. Tui nghe vay hong"
        " yen tam, hoi ad co dung vay hong hay ap van hoa xet moi nam",
        ["Không.", "hằng năm"],
        marks=pytest.mark.xfail(
            reason="'… có đúng vậy hông hay ấp văn hóa xét mỗi năm': the way offered after 'hay'"
            " is read as the claim (Có); cutting it changes hearsay's clauses, which"
            " test_s46b_speed's plain ruling pins, so it is left (and 'ấp văn hóa' is not read by"
            " yearly_review_no_period, whose claim then reads that offered way)",
            strict=False,
        ),
    ),
    (
        "B",
        "khom tui dat khom van hoa nam 2025 roi, nam 2026 co phai lam ho so xet lai hong hay giu 3"
        " nam",
        ["Có.", "hằng năm"],
    ),
    (
        "B new",
        "ap tui dat ap van hoa nam 2025, nam 2026 co phai lam ho so xet lai k hay giu 5 nam",
        ["Có.", "hằng năm"],
    ),
    # C: two recipients of one form compared (f191 xfail; b191 miss; new wordings)
    (
        "C",
        "tap the va ca nhan cung dc giay khen thi tap the thuong cao hon hen",
        ["Có.", "1.520.000"],
    ),
    (
        "C new",
        "ca nhan va tap the cung dc giay khen thi ca nhan thuong it hon hen",
        ["Có.", "760.000"],
    ),
    (
        "C new",
        "ho gia dinh va tap the cung dc GK thi tap the thuong it hon dung k",
        ["Không.", "1.520.000"],
    ),
    # D: the days until the result (f191 xfail; b191 miss; new wording)
    ("D", "ho so giay khen nop xa co phai 20 ngay lam viec moi co ket qua hong", ["Tùy"]),
    ("D new", "ho so CSTDCS nop xa co phai 15 ngay moi co ket qua k", ["Tùy", "tỉnh"]),
    # E: "như trước" asks no deadline (f189a xfail; b189 miss; new wording)
    ("E", "ti le CSTDCS toi da 15% so LDTT, gio van ap dung nhu truoc dung k", ["Không."]),
    ("E new", "CSTDCS chi dc 15% so LDTT, nam nay van nhu truoc phai k", ["Không.", "91/2017"]),
    # F: the wrong decider denied, the right one asserted after "mà là" (f190 xfail; b190
    # miss; new wordings): the line is the rule (Luật 2022 Điều 80 khoản 3)
    (
        "F",
        "GDVH k phai truong thon cong nhan ma la chu tich xa ky quyet dinh, dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "F new",
        "thon van hoa k phai do truong thon quyet dinh ma la chu tich UBND xa, phai k",
        ["Có.", "Chủ tịch UBND"],
    ),
    ("F new", "GDVH k phai truong thon cong nhan dung k", ["Có.", "Chủ tịch UBND"]),
    # controls: nearby questions already right
    ("ctl", "GDVH do truong thon cong nhan dung k", ["Không.", "Chủ tịch UBND"]),
    ("ctl", "GDVH truong thon ky luon dc k", ["Không."]),
    (
        "ctl",
        "GDVH k phai do chu tich UBND xa quyet dinh a, hay truong thon cong nhan luon",
        ["Có.", "Chủ tịch UBND"],
    ),
    ("ctl", "CSTDCS toi da 15% so LDTT dung k", ["Không."]),
    ("ctl", "LDTT co gioi han ty le toi da toan quoc khong", ["Không."]),
    # b100, b182: the cap said to be the nation's is the national cap's "Không", not the unit's
    (
        "ctl",
        "nghe noi LDTT toi da chi 50% quan so don vi, quy dinh trung uong nhu rua, dung hong",
        ["Không."],
    ),
    (
        "ctl",
        "ty le: ke hoach CDS cua xa quy dinh CSTDCS k qua 15% so LDTT, nghe noi day la quy dinh"
        " ca nuoc, dung k",
        ["Không."],
    ),
    ("ctl", "xa co 40 LDTT thi a chi ky dc 6 nguoi CSTDCS dung k", ["Tùy"]),
    ("ctl", "TTLDTT can tren 50% ca nhan dat LDTT dung k", ["Có.", "50"]),
    ("ctl", "thon van hoa 5 nam moi xet 1 lan dung k", ["Không.", "hằng năm"]),
    ("ctl", "GDVH dc cong nhan 1 lan la giu mai dung k", ["Không.", "hằng năm"]),
    # already right before the fix (the facts' own "xét hằng năm" opens "Không."), kept so
    (
        "ctl",
        "ong truong ban cu noi ban van hoa 3 nam moi xet 1 lan, co dung vay k hay ban van hoa xet"
        " moi nam",
        ["Không.", "hằng năm"],
    ),
    ("ctl", "nghe noi GK ho gia dinh thuong it hon GK tap the, dung k", ["Có.", "760.000"]),
    ("ctl", "nghe noi GK chu tich xa thuong cao hon LDTT dung k", ["Không.", "760.000"]),
    ("ctl", "giay khen tap the thuong cao hon ca nhan dung k", ["Có.", "1.520.000"]),
    (
        "ctl",
        "ho so LDTT cua truong nop len xa co phai dung 20 ngay lam viec la co QD hong",
        ["Tùy"],
    ),
    ("ctl", "han nop ho so LDTT la khi nao", ["kế hoạch"]),
    (
        "ctl",
        "tien thuong tinh theo luong co so ngay ky QD dung k hay phai tinh lai theo ngay chi",
        ["Có.", "ngày ký quyết định"],
    ),
]


@pytest.mark.parametrize(("family", "question", "keys"), CASES)
def test_leftover_rule(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    text = ask_keyed(officer_kb, question, keys)
    assert "Căn cứ:" in text, text
