"""Task h423: the asker who corrects himself (b164's families A-D, issue 11).

"QĐ ký 15/7/2026 … 710.000 đúng k\\n*15/6/2026 à, e gõ nhầm tháng", "8 người, 4 người đạt LĐTT …
*5 người ạ", "thôn văn hóa do chủ tịch xã ký đúng k. *xã tiêu biểu chứ k phải thôn", "… đúng k.
à nhầm, ý e là: … đúng k": the question is rewritten before any reading
(bot/knowledge/facts/corrections.py, markers and kinds of value in
content/facts/corrections.yaml), so the amount by decision date, the verdict and the blocks
see the corrected message only.

A. a date corrected: the amount is the one of the corrected decision date (NĐ 152/2025 Điều 50;
   lương cơ sở 2.340.000 until 30/6/2026, 2.530.000 from 01/7/2026).
B. a title, unit or ask switched: the corrected title's decider and amount (Luật 2022 Điều 22,
   27, 28; NĐ 129/2025 Điều 59; NĐ 152/2025 Điều 50).
C. a count, status or grade corrected: the corrected count or status is judged (Luật 2022
   Điều 23, 24, 27, 28; TT 15/2025 on new hires and discipline).
D. a hearsay claim replaced: the verdict is for the corrected claim.
Controls: questions with no marker are returned unchanged (the withdrawn wording, asked alone,
keeps its own answer), and look-alikes of a marker ("QĐ ghi nhầm ngày", "xin lỗi cho em hỏi",
"sửa lại bao nhiêu", "hỏi lại: …") are no correction.
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.corrections import corrected, load_corrections
from tests.knowledge.asking import ask_keyed

RULES = load_corrections(Path(__file__).resolve().parents[2] / "content")

#: (question, what the readers must see after the rewrite)
REWRITES: list[tuple[str, str]] = [
    (
        "QD cong nhan LDTT cua xa e ky ngay 15/7/2026 thi moi nguoi thuong 710.000 dung k\n*15/6/2026 a, e go nham thang",
        "QD cong nhan LDTT cua xa e ky ngay 15/6/2026 thi moi nguoi thuong 710.000 dung k",
    ),
    (
        "y si tram dat CSTDCS thi thuong bn, co dc bang chung nhan k. QD du kien ky 20/6/2026, a nham, 20/7",
        "y si tram dat CSTDCS thi thuong bn, co dc bang chung nhan k. QD du kien ky 20/7/2026",
    ),
    (
        "khoi van phong UBND xa 8 nguoi, 4 nguoi dat LDTT, co xet TTLDTT dc k *5 nguoi a, e dem thieu",
        "khoi van phong UBND xa 8 nguoi, 5 nguoi dat LDTT, co xet TTLDTT dc k",
    ),
    (
        "truong tieu hoc cua xa dat TTLDTT thi chu tich xa ky dung k\n*TTLDXS chu k phai TTLDTT",
        "truong tieu hoc cua xa dat TTLDXS thi chu tich xa ky dung k",
    ),
    (
        "thon van hoa do chu tich xa ky dung k. *xa tieu bieu chu k phai thon",
        "xa tieu bieu do chu tich xa ky dung k.",
    ),
    (
        "xa e xet CSTDCS cho 1 cong chuc dat LDTT, co sang kien rat hay, dc k\n*k dat LDTT, e go thieu chu k",
        "xa e xet CSTDCS cho 1 cong chuc k dat LDTT, co sang kien rat hay, dc k",
    ),
    (
        "dieu duong moi tuyen vao tram y te xa tu 1/5/2026, cuoi nam co du thoi gian de xet LDTT k *1/8/2026 chu k phai 1/5",
        "dieu duong moi tuyen vao tram y te xa tu 1/8/2026, cuoi nam co du thoi gian de xet LDTT k",
    ),
    (
        "tien thuong LDTT cua cong chuc xa chi tu quy luong cua xa dung k. *quy thi dua khen thuong chu",
        "tien thuong LDTT cua cong chuc xa chi tu quy thi dua khen thuong dung k.",
    ),
    (
        "CSTD tinh thi chu tich xa ky dung k. a nham, hoi lai: CSTD tinh thi chu tich UBND tinh ky, xa gui ho so qua So Noi vu dung k",
        "CSTD tinh thi chu tich UBND tinh ky, xa gui ho so qua So Noi vu dung k",
    ),
    (
        "LDTT phai hoan thanh xuat sac nhiem vu dung k, a k y e la chi can hoan thanh tot nhiem vu tro len la dc dung k",
        "LDTT chi can hoan thanh tot nhiem vu tro len la dc dung k",
    ),
    (
        "hoi ve LDTT... thoi cai do biet roi. hoi cai khac: xa e lam duong be tong thi dan dong gop bao nhieu mot met",
        "xa e lam duong be tong thi dan dong gop bao nhieu mot met",
    ),
    (
        "Quyết định tặng giấy khen cá nhân ký ngày 20/7/2026 thì thưởng bao nhiêu ạ? À nhầm, ký ngày 20/5/2026",
        "Quyết định tặng giấy khen cá nhân ký ngày 20/5/2026 thì thưởng bao nhiêu ạ?",
    ),
]

#: no correction here: returned exactly as typed
UNCHANGED: list[str] = [
    "QD cong nhan LDTT cua xa e ky ngay 15/7/2026 thi moi nguoi thuong 710.000 dung k",
    "Quyết định ghi nhầm ngày 30/6/2026 mà thực tế ký 2/7/2026, tiền thưởng LĐTT tính theo mức nào",
    "xin lỗi cho em hỏi, LĐTT thưởng bao nhiêu",
    "Xin loi ad, cho e hoi CSTDCS do ai ky QD",
    "Ad kiem tra giup bang du toan: LDTT | 0,3 | 760.000 / TTLDTT | 0,8 | 2.024.000. Dong nao sai, sua lai bao nhieu",
    "ke toan bao chi nhan 1 khoan thoi, e thay k on, hoi lai: chi ay co nhan ca 2 khoan dc k",
    "giấy khen tặng nhầm người thì ai hủy, có thu hồi tiền thưởng không",
    "**LĐTT** có cần sáng kiến không",
    "tram y te xa co 8 nguoi, 5 nguoi dat LDTT, co xet TTLDTT dc k",
    "ý em là hỏi tiền thưởng CSTDCS năm nay bao nhiêu",
]


@pytest.mark.parametrize(("question", "seen"), REWRITES)
def test_correction_rewritten(question: str, seen: str) -> None:
    assert corrected(question, RULES).strip() == seen


@pytest.mark.parametrize("question", UNCHANGED)
def test_no_correction_untouched(question: str) -> None:
    assert corrected(question, RULES) == question


#: (family, question, keys as a question set writes them: a verdict key, then facts)
CASES: list[tuple[str, str, list[str]]] = []

# --- b164 tuning questions, families A (dates) and B (titles, units, asks)
CASES += [
    (
        "A",
        "QD cong nhan LDTT cua xa e ky ngay 15/7/2026 thi moi nguoi thuong 710.000 dung k\n*15/6/2026 a, e go nham thang",
        ["Có.", "710.000"],
    ),  # b164 #1
    (
        "A",
        "dieu duong moi tuyen vao tram y te xa tu 1/5/2026, cuoi nam co du thoi gian de xet LDTT k *1/8/2026 chu k phai 1/5",
        ["Không.", "6 tháng"],
    ),  # b164 #7
    (
        "A",
        "LDTT tieu chuan can nhung gi, va thuong bao nhieu neu QD ky thang 12 nam nay. *a nham, QD ky thang 6 nam nay",
        ["hoàn thành tốt nhiệm vụ", "710.000"],
    ),  # b164 #16
    (
        "A",
        "LDTT thuong 0,3 lan luong co so, QD ky 30/6/2026 thi tien bn a\n*1/7/2026, em nhin nham lich",
        ["760.000"],
    ),  # b164 #23
    (
        "A",
        "CSTDCS QD ky 10/7/2026 thi thuong 2.340.000 dung k a *10/6/2026",
        ["Có.", "2.340.000"],
    ),  # b164 #27
    (
        "A",
        "CSTDCS co dc tang bang chung nhan k, thuong bn (QD thang 12 nay). e nham, QD thang 3 nay",
        ["Có.", "Bằng chứng nhận", "2.340.000"],
    ),  # b164 #36
    (
        "A",
        "CSTDCS nam hoc 2025-2026 cua truong, QD ky 25/8/2026, thuong 2.530.000 dung k. sua lai: QD ky 25/6/2026",
        ["Không.", "2.340.000"],
    ),  # b164 #40
    (
        "A",
        "y si tram dat CSTDCS thi thuong bn, co dc bang chung nhan k. QD du kien ky 20/6/2026, a nham, 20/7",
        ["2.530.000", "Bằng chứng nhận"],
    ),  # b164 #46
    (
        "A",
        "CSTD tinh thuong 3 lan luong co so, QD ky 15/6/2026 thi la 7.590.000 dung k *QD ky 15/9/2026",
        ["Có.", "7.590.000"],
    ),  # b164 #55
    (
        "A",
        "TTLDTT thuong 0,8 lan, QD ky 18/6/2026 la 2.030.000 dung k.\n*18/6 la ngay nop ho so, QD ky 8/7/2026",
        ["Có.", "2.030.000"],
    ),  # b164 #72
    ("A", "TTLDTT QD ky thang 12/2026 thuong bn. a nham, thang 3/2026", ["1.880.000"]),  # b164 #73
    (
        "A",
        "TTLDXS can bao nhieu % LDTT va thuong bn (QD thang 5/2026)... *thang 9/2026",
        ["70%", "3.800.000"],
    ),  # b164 #76
    (
        "A",
        "giay khen ca nhan QD ky 3/7/2026 thi thuong bao nhieu *ngay 3/6/2026, e doc nham",
        ["710.000"],
    ),  # b164 #88
    (
        "A",
        "Gui ad, van phong UBND xa dang soan QD tang giay khen cho 15 ca nhan va 3 tap the co thanh tich trong phong trao xay dung nong thon moi. QD du kien ky ngay 25/6/2026 nen ke toan tinh theo luong co so 2.340.000. Sua lai: lanh dao hen ky ngay 2/7/2026. Vay ke toan tinh tien thuong ca nhan 710.000 co con dung k?",
        ["Không.", "760.000"],
    ),  # b164 #99
    (
        "A",
        "giay khen cua chu tich xa tang cho nhung doi tuong nao, tien thuong ca nhan bn (QD thang 12 nay)... sua lai, QD thang 4 nay",
        ["hộ gia đình", "710.000"],
    ),  # b164 #102
    (
        "A",
        "thon e binh xet gia dinh van hoa xong truoc 25/12 la kip dung k, ai ky QD.\n*25/11, e go nham",
        ["Có.", "25/11", "Chủ tịch UBND"],
    ),  # b164 #110
    (
        "A",
        "thon van hoa thuong 1,5 lan luong co so, QD ky 10/6/2026 thi 3.510.000 dung k. *10/12/2026",
        ["Không.", "3.800.000"],
    ),  # b164 #117
    (
        "A",
        "thon van hoa dc tang gi, tien thuong bao nhieu (QD thang 6 nay)\n*QD cuoi nam nay chu",
        ["Bằng chứng nhận", "3.800.000"],
    ),  # b164 #119
    (
        "A",
        "xa tieu bieu thuong bn neu QD ky thang 2/2026 *thang 2/2027",
        ["5.060.000"],
    ),  # b164 #122
    (
        "A",
        "Ad oi, truong e lam QD khen giao vien cuoi nam hoc, hieu truong trinh xa, QD ky ngay 31/5/2026, a nham, ky ngay 3/8/2026 vi tre. Ke toan truong bao giay khen ca nhan thuong 710.000 theo luong co so cu. Vay dung k a?",
        ["Không.", "760.000"],
    ),  # b164 #157
    (
        "B",
        "TTLDTT co dc bang chung nhan k, thuong bn (QD thang 12/2026)\n*TTLDXS, e hoi nham danh hieu",
        ["Có.", "3.800.000"],
    ),  # b164 #79
    (
        "B",
        "van phong HDND-UBND xa dat TTLDTT, truoc gui huyen ky, nay xa tu QD dc k. a nham, hoi TTLDXS",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),  # b164 #83
    (
        "B",
        "giay khen chu tich xa cho ca nhan thuong 760.000 dung k (QD thang 11/2026). a nham, cho tap the to dan van thon e",
        ["Không.", "1.520.000"],
    ),  # b164 #86
    (
        "B",
        "doi van nghe thon dat giai tinh, chu tich xa tang bang khen dc k\n*giay khen a, e go nham",
        ["Có.", "Chủ tịch UBND"],
    ),  # b164 #93
    (
        "B",
        "cau lac bo the thao xa dat giai, chu tich xa tang giay khen dc chu gi.\n*bang khen chu k phai giay khen",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),  # b164 #94
    (
        "B",
        "xa co the ky giay khen cho hop tac xa k... a nham, y toi hoi: chu tich xa co quyen ky bang khen k",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),  # b164 #105
    (
        "B",
        "xa tieu bieu thi chu tich xa QD dung k... a nham, y e la thon van hoa",
        ["Có.", "Chủ tịch UBND"],
    ),  # b164 #114
    (
        "B",
        "thon van hoa do chu tich xa ky dung k. *xa tieu bieu chu k phai thon",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),  # b164 #115
    (
        "B",
        "xa e dat xa van hoa thi chu tich tinh ky... a k, danh hieu xa tieu bieu, chu tich tinh ky dung k, thuong bn",
        ["Có.", "Chủ tịch UBND tỉnh", "5.060.000"],
    ),  # b164 #121
    (
        "B",
        "phuong e co dc xet danh hieu phuong van hoa k. a nham, phuong tieu bieu",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),  # b164 #123
    (
        "B",
        "truong mam non truoc thuoc phong GD huyen, gio thuoc xa, LDTT cua giao vien do chu tich xa ky dung k. a nham, hoi CSTD tinh",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),  # b164 #179
]

# --- b164 tuning questions, families C (counts, status, grades) and D (claims replaced)
CASES += [
    (
        "C",
        "dong chi van phong bi nhac nho hoi thang 5 thi cuoi nam co dc LDTT k\n*k phai nhac nho, bi ky luat khien trach",
        ["Không.", "khiển trách"],
    ),  # b164 #17
    (
        "C",
        "y si tram e di boi duong 8 thang, ket qua trung binh... a nham, xep loai kha. vay thoi gian di hoc do co dc tinh de xet LDTT k",
        ["Có.", "1 năm"],
    ),  # b164 #18
    (
        "C",
        "anh pho van phong nam nay hoan thanh xuat sac nhiem vu nhung bi khien trach thang 4... a nham, anh ay k bi ky luat gi ca, nguoi bi khien trach la nguoi khac. vay anh ay co du dieu kien CSTDCS k",
        ["Có.", "Lao động tiên tiến"],
    ),  # b164 #38
    (
        "C",
        "xa e xet CSTDCS cho 1 cong chuc dat LDTT, co sang kien rat hay, dc k\n*k dat LDTT, e go thieu chu k",
        ["Không.", "Lao động tiên tiến"],
    ),  # b164 #47
    (
        "C",
        "Chao ad, e lam VHXH o xa. Dong chi phu trach the thao co de tai khoa hoc ve phong trao the duc the thao cua xa, nam nay de tai chua nghiem thu, k co sang kien gi. A nham, de tai nghiem thu roi thang 10, e xem lai bien ban. Vay co tinh de xet CSTDCS dc k a?",
        ["Có.", "nghiệm thu"],
    ),  # b164 #51
    (
        "C",
        "e dc CSTDCS 2 lan lien tuc, co sang kien dc tinh cong nhan pham vi toan tinh, du dieu kien de nghi CSTD tinh chua, ai ky. a nham, 3 lan lien tuc 2023, 2024, 2025",
        ["Có.", "3 lần", "Chủ tịch UBND tỉnh"],
    ),  # b164 #52
    (
        "C",
        "Thua ad, to chuyen mon truong e co 10 nguoi, 6 nguoi dat LDTT, tat ca hoan thanh nhiem vu, noi bo doan ket. Hieu truong muon de nghi TTLDTT cho to. A nham, chi 5 nguoi LDTT thoi, 1 co nghi viec giua nam. Vay to e du dieu kien TTLDTT chua, ai ky QD?",
        ["Không.", "trên 50%", "Chủ tịch UBND"],
    ),  # b164 #69
    (
        "C",
        "Thua ad, truong mam non cua xa co 20 giao vien, nhan vien. Nam hoc nay 11 nguoi dat LDTT, 1 nguoi CSTDCS, tat ca hoan thanh nhiem vu. Truong muon de nghi TTLDXS.\n*xin loi: 15 nguoi LDTT chu k phai 11.\nHoi: truong du ti le de xet TTLDXS chua, va ai ky QD?",
        ["Có.", "70%", "Chủ tịch UBND tỉnh"],
    ),  # b164 #80
    (
        "D",
        "CSTDCS cho cong chuc xa thi chu tich UBND tinh ky dung k, tien thuong bn. *chu tich xa a, e go nham",
        ["Có.", "Chủ tịch UBND", "2.530.000"],
    ),  # b164 #31
    (
        "D",
        "phong van hoa xa hoi cua phuong e dat TTLDTT thi thuong 0,6 lan luong co so dung k. a nham, 0,8 lan",
        ["Có.", "2.030.000"],
    ),  # b164 #81
    (
        "D",
        "phuong de nghi bang khen tinh cho to dan pho, nop 2 bo ho so. *1 bo ho so ban chinh dung k",
        ["Có.", "1 bộ"],
    ),  # b164 #108
    (
        "D",
        "khen dot xuat la cho thanh tich trong ke hoach dc giao phai k. *ngoai ke hoach, e go thieu chu",
        ["Có.", "kế hoạch"],
    ),  # b164 #136
    (
        "D",
        "tien thuong LDTT cua cong chuc xa chi tu quy luong cua xa dung k. *quy thi dua khen thuong chu",
        ["Có.", "Quỹ thi đua"],
    ),  # b164 #146
    (
        "D",
        "tien thuong tinh theo luong co so tai ngay nop ho so dung k. a nham, y e la tai ngay ky QD khen thuong dung k",
        ["Có.", "quyết định"],
    ),  # b164 #149
    (
        "D",
        "chu tich tinh co huy QD LDTT cua chu tich xa dc k... y toi la: chu tich xa ky QD LDTT thi chu tich xa co quyen huy bo QD do dung k",
        ["Có.", "hủy bỏ"],
    ),  # b164 #182
]

# --- the evaluator's new wordings (diag/b164.md)
CASES += [
    (
        "A",
        "TTLDXS cua truong QD ky 28/7/2026 thi thuong bn a\n*28/5/2026, e nhin lich nham",
        ["3.510.000"],
    ),
    (
        "A",
        "giay khen tap the QD ngay 12/6/2026 thi thuong 1.410.000 dung k. xin loi, ngay ky la 12/7/2026",
        ["Không.", "1.520.000"],
    ),
    ("A", "xa tieu bieu QD ky thang 9/2026, a k phai, thang 3/2026, tien thuong bn", ["4.680.000"]),
    (
        "B",
        "CSTDCS thi chu tich xa ky dung k\n*CSTD tinh, e go thieu chu",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "B",
        "giay khen cho ho gia dinh thuong bn... y e la cho chi hoi nong dan thon e (tap the)",
        ["1.520.000"],
    ),
    (
        "B",
        "Gia dinh van hoa do ai ky, a nham, hoi thon van hoa do ai ky va thuong bn",
        ["Chủ tịch UBND", "3.800.000"],
    ),
    (
        "C",
        "truong e 12 nguoi, 7 nguoi LDTT, du TTLDTT k. a nham, 6 nguoi thoi",
        ["Không.", "trên 50%"],
    ),
    (
        "C",
        "co giao bi canh cao thang 2... *a k, chi bi nhac nho trong hop to, k co QD ky luat. vay van xet LDTT dc chu",
        ["Có."],
    ),
    (
        "C",
        "ky su dia chinh di boi duong 10 thang xep loai kha... sua lai: loai trung binh. thoi gian do co tinh de xet LDTT k",
        ["Không."],
    ),
    (
        "D",
        "nghe noi CSTDCS thuong 0,8 lan luong co so... a nham, 1 lan. dung k",
        ["Có.", "2.530.000"],
    ),
    (
        "D",
        "ho so khen dot xuat phai co bien ban hoi dong dung k. y e la: chi can to trinh va bao cao tom tat dung k",
        ["Có.", "tóm tắt"],
    ),
    (
        "D",
        "thon van hoa thi chu tich tinh ky phai k... a k, chu tich xa ky phai k",
        ["Có.", "Chủ tịch UBND"],
    ),
]

# --- our own wordings (marks and chat spelling, other markers)
CASES += [
    (
        "A",
        "Quyết định tặng giấy khen cá nhân ký ngày 20/7/2026 thì thưởng bao nhiêu ạ? À nhầm, ký ngày 20/5/2026",
        ["710.000"],
    ),
    (
        "A",
        "cstdcs qd ky 3/6/2026 thuong 2.340.000 dung ko\n*3/9/2026 e go nham",
        ["Không.", "2.530.000"],
    ),
    ("A", "thon van hoa QD thang 11/2026 thuong bn. sua lai: QD thang 4/2026", ["3.510.000"]),
    (
        "A",
        "LĐTT quyết định ký 29/6/2026 thì thưởng 710.000 đúng không? Sửa lại: ký 3/7/2026",
        ["Không.", "760.000"],
    ),
    ("B", "TTLDXS thi chu tich xa QD phai k. *TTLDTT, e nham danh hieu", ["Có.", "Chủ tịch UBND"]),
    (
        "B",
        "Bằng khen cho cá nhân do chủ tịch xã ký đúng không? À nhầm, giấy khen",
        ["Có.", "Chủ tịch UBND"],
    ),
    ("B", "giay khen tap the thuong bn (QD thang 10/2026). a nham, cho ca nhan", ["760.000"]),
    (
        "C",
        "phong VH-XH 9 nguoi, 4 nguoi dat LDTT, xet TTLDTT dc ko. *6 nguoi, e dem nham",
        ["trên 50%"],
    ),
    (
        "C",
        "anh ay bi khien trach nam nay, co xet LDTT dc k. a k phai, anh ay chi bi nhac nho thoi",
        ["Có."],
    ),
    (
        "C",
        "Tổ có 10 người, 8 người đạt LĐTT, đủ TTLĐXS không? À nhầm, 6 người thôi",
        ["Không.", "70%"],
    ),
    (
        "D",
        "Tiền thưởng LĐTT chi từ quỹ lương đúng không? Xin lỗi, ý em là chi từ quỹ thi đua, khen thưởng đúng không",
        ["Có.", "Quỹ thi đua"],
    ),
    (
        "D",
        "CSTD tinh do chu tich xa ky dung k. a nham, CSTD tinh do chu tich UBND tinh ky dung k",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "D",
        "nghe noi TTLDXS chi can 50% LDTT dung k. a k, nghe noi can it nhat 70% LDTT dung k",
        ["Có.", "70%"],
    ),
]

# --- controls: the withdrawn wording asked alone keeps its own answer
CASES += [
    (
        "ctl",
        "QD cong nhan LDTT cua xa e ky ngay 15/7/2026 thi moi nguoi thuong 710.000 dung k",
        ["Không.", "760.000"],
    ),
    (
        "ctl",
        "khoi van phong UBND xa 8 nguoi, 4 nguoi dat LDTT, co xet TTLDTT dc k",
        ["Không.", "trên 50%"],
    ),
    ("ctl", "thon van hoa do chu tich xa ky dung k", ["Có.", "Chủ tịch UBND"]),
    (
        "ctl",
        "tien thuong LDTT cua cong chuc xa chi tu quy luong cua xa dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    ("ctl", "TTLDTT QD ky thang 12/2026 thuong bn", ["2.030.000"]),
    (
        "ctl",
        "Quyết định ghi nhầm ngày 30/6/2026 mà thực tế ký 2/7/2026, tiền thưởng LĐTT bao nhiêu",
        ["760.000"],
    ),
]


@pytest.mark.parametrize(("family", "question", "keys"), CASES)
def test_corrected_question_answered(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
