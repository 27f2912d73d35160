"""Task h408: b156's failure families (the officer with the record in hand), read as rules.

Each case is what the officer sees, checked as the question sets' scorer reads a key
(``ask_keyed``): the verdict the answer opens with and every decisive fact, folded. Per family:
b156's tuning questions, the evaluator's new wordings and our own (with and without marks, chat
spelling); controls whose answer must not change are marked so in their family's list.

J. the record computed: head counts in a record's columns ("tổng 40 người / LĐTT 20"), ratings
   adding up to the whole, a run counted clause by clause (Luật 2022 Điều 22, 27, 28).
A. a levelless "phòng nội vụ" telling a rule, or named with the xã, is the xã's own office: no
   reform block; a "chứ không" contrast and another actor's clause deny nothing.
F. rows of a pasted list: each new hire asked counted to the review day (TT 15/2025, 6 tháng);
   the one recruitment row among rows of leave and training; "tập thể" beside titles asked is
   the unit's collective title told in the story (NĐ 152/2025 Điều 50).
E. a figure the province sets inside a criterion or a procedure: the households' share of a
   thôn văn hóa (Luật 2022 Điều 30, NĐ 86/2023), the council's quorum (Điều 90 khoản 5).
L. a number of days put up for the chairman's decision on khen đột xuất: the province's
   procedure set fixes it, "Tùy" (Luật 2022 Điều 85; NĐ 152/2025 Điều 6 khoản 2 điểm c).
B. "chỉ … còn … vẫn huyện" restrictions: the district claimed still acting is wrong; the
   chairman's own "tôi có quyền ký luôn không" is "Có" (NĐ 129/2025 Điều 59).
D. farmers and other workers outside the civil service get LĐTT (Điều 24 khoản 3): the
   evaluator's and our wordings (they held before; kept as controls).
G. a new hire's months with a quoted 12-month or one-year rule: the floor is 6 months.
H. "đề nghị thẳng lên CSTĐCS" asks the higher title, which needs LĐTT first (Luật 2022 Điều 23).
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: (family, question, keys as a question set writes them: a verdict key, then facts)
CASES: list[tuple[str, str, list[str]]] = []

# --- b156 tuning questions
CASES += [
    (
        "A",
        "Phòng nội vụ nói LĐTT ngoài hoàn thành tốt nhiệm vụ còn phải tích cực tham gia phong trào thi đua, đúng không ạ",
        ["Có.", "phong trào thi đua"],
    ),
    (
        "F",
        "Xa e tuyen dung 3 cong chuc: A nhan viec 2/1/2026 | B nhan viec 15/7/2026 | C nhan viec 1/9/2026. Xa hop xet thi dua ngay 18/12/2026. Truoc day huyen quy dinh phai du 10 thang. Vay B va C co dc xet LDTT 2026 k, va moc toi thieu bay gio la bao nhieu thang",
        ["Không.", "6 tháng"],
    ),
    (
        "G",
        "GV hop dong nhan viec tu 1/12/2025, tong ket nam hoc 2025-2026 vao 25/5/2026 la gan 6 thang thieu may ngay. hieu pho bao phai du 12 thang moi dc xet, dung k",
        ["Không.", "6 tháng"],
    ),
    (
        "F",
        "Thua ad, truong MN xa e nam hoc 2025-2026 co 3 truong hop: co An nghi thai san tu 10/2025 den 4/2026 | co Binh moi tuyen dung ngay 2/3/2026 | thay Cuong di boi duong 4 thang dat loai gioi. Ca 3 deu duoc danh gia HTTNV. Tong ket nam hoc vao 25/5/2026. Vay ai du dieu kien thoi gian de xet LDTT, ai k?",
        ["thai sản", "6 tháng", "khá"],
    ),
    (
        "A",
        "phong noi vu bao CSTDCS dc tang bang chung nhan kem khung va thuong 1,0 lan luong co so, dung k",
        ["Có.", "Bằng chứng nhận"],
    ),
    (
        "H",
        "1 can bo van phong HTXSNV nhung moi tuyen dung vao xa tu thang 8/2026, chua du 6 thang nen k dc LDTT. de nghi thang len CSTDCS dc k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "J",
        "y si tram e: 2021 CSTDCS, 2022 CSTDCS, 2023 nghi om k xet, 2024 va 2025 CSTDCS. neu 2026 CSTDCS nua thi du 3 lan lien tuc de xet CSTD tinh chua",
        ["Có.", "3 lần"],
    ),
    (
        "J",
        "Truong THCS xa e nam hoc 2025-2026: tong 40 nguoi / LDTT 20 / CSTDCS 2 / tap the HTTNV, k ai bi ky luat. Truong de nghi TTLDTT, ke toan da du tru 2.030.000. Vay truong co du ti le de dat TTLDTT k, ti le can la bao nhieu",
        ["Không.", "50%"],
    ),
    (
        "J",
        "Tram y te xa e nam 2026: tong 8 nguoi / BS 2 | YS 3 | DD 2 | HS 1 / LDTT 4 (BS Ha, YS Tuan, YS Linh, DD Hue) / k ai bi ky luat, tram HTTNV. Tram de nghi TTLDTT dc k",
        ["Không.", "50%"],
    ),
    (
        "J",
        "Kinh gui ad, truong THCS xa e nam hoc 2025-2026 co so lieu: tong 42 nguoi / HTXSNV 10 | HTTNV 28 | HTNV 4 / LDTT 30 / CSTDCS 3 / khong ai bi ky luat, tap the HTXSNV. Truong du dieu kien TTLDXS chua a, va neu tinh ky QD thang 9/2026 thi thuong bao nhieu",
        ["Có.", "70%", "3.800.000"],
    ),
    (
        "J",
        "Truong MN e: 24 nguoi / 100% HTNV / LDTT 16 (66,7%) / CSTDCS 1 / tap the HTXSNV. Phong GD huyen truoc day hay lam tron len 70% cho dat. Nam nay de nghi TTLDXS dc k",
        ["Không.", "70%"],
    ),
    (
        "L",
        "phuong khen dot xuat 1 to dan phong co 4 nguoi dap dam chay kho hang, thoi han CT phuong ra QD co phai 5 ngay lam viec k",
        ["Tùy"],
    ),
    (
        "F",
        "Truong TH xa e nam hoc 2025-2026: 18 GV dat LDTT | 3 GV dat CSTDCS | truong dat TTLDTT. QD cua CT xa ky 15/8/2026. Ke toan truong hoi: moi LDTT, moi CSTDCS va tap the truong thuong bao nhieu?",
        ["760.000", "2.530.000", "2.030.000"],
    ),
    (
        "A",
        "phong noi vu bao CSTDCS dc tang bang kem khung, ke toan k phai tu mua khung, dung k",
        ["Có.", "khung"],
    ),
    ("E", "thon van hoa thi ti le ho dat GDVH phai tu 80% tro len, dung k", ["Tùy"]),
    (
        "E",
        "HD TDKT xa hop xet CSTDCS phai co mat tu 2/3 thanh vien tro len moi hop le, dung k",
        ["Tùy"],
    ),
    (
        "B",
        "Toi la CT xa moi sau sap nhap. Nam 2026 xa co 61 CBCC, de nghi 48 LDTT, 7 CSTDCS, 5 TTLDTT. Van phong bao CSTDCS va TTLDTT van phai gui huyen cu xin y kien truoc khi toi ky. Toi co quyen ky luon k, va neu de nghi TTLDXS thi trinh ai",
        ["Có.", "1/7/2025", "Sở Nội vụ"],
    ),
    (
        "B",
        "nghe phong bao CT xa chi duoc ky LDTT va giay khen theo dieu 80 luat, con CSTDCS van phai huyen ky, dung k",
        ["Không.", "1/7/2025"],
    ),
]

# --- the evaluator's new wordings (diag/b156.md)
CASES += [
    (
        "J",
        "to van phong xa 7 nguoi, 4 nguoi LDTT, tap the HTTNV. de nghi TTLDTT dc k",
        ["Có.", "50%"],
    ),
    (
        "J",
        "truong TH 20 nguoi, ca 20 HTNV, 14 LDTT, 1 CSTDCS, tap the HTXSNV. du TTLDXS chua a",
        ["Có.", "70%"],
    ),
    (
        "J",
        "CSTDCS cua e: 2022 co | 2023 co | 2024 k | 2025 co | 2026 co. den het 2026 e dc may lan lien tuc",
        ["2 lần"],
    ),
    ("A", "phong noi vu xa bao GDVH phai binh xet xong truoc 25/11, dung k a", ["Có.", "25/11"]),
    (
        "A",
        "chi phong noi vu noi TTLDTT chi can tren 50% LDTT chu k can 70%, dung k",
        ["Có.", "50%"],
    ),
    (
        "A",
        "Phòng nội vụ bảo giấy khen cho hộ gia đình thưởng 0,3 lần lương cơ sở, đúng không ạ",
        ["Có.", "0,3"],
    ),
    (
        "F",
        "Ds cc moi: Hoa | nhan viec 1/3/2026 / Nam | nhan viec 20/8/2026 / Thu | nhan viec 1/10/2026. Xa xet LDTT ngay 15/12/2026, vay Nam va Thu co dc xet k",
        ["Không.", "6 tháng"],
    ),
    (
        "F",
        "QD tong ket 2026 ky 28/12: 12 LDTT | 2 CSTDCS | 1 TTLDTT | 3 giay khen tap the. moi loai thuong bao nhieu",
        ["760.000", "2.530.000", "2.030.000", "1.520.000"],
    ),
    ("E", "thon van hoa can bao nhieu % ho dat GDVH, co phai 70% k", ["Tùy"]),
    ("E", "bo phieu kin CSTDCS o xa can qua ban so phieu hay phai 2/3 so phieu moi dat", ["Tùy"]),
    ("E", "nghe noi hop HD TDKT xa phai du 100% thanh vien moi xet dc, dung k", ["Tùy"]),
    ("L", "thoi han CT xa ky QD giay khen cho ho gia dinh co phai 10 ngay lam viec k", ["Tùy"]),
    ("L", "van phong bao LDTT cua xa chi dc toi da 80% so CBCC, dung k", ["Tùy"]),
    ("L", "han dang ky thi dua cua xa nam nay co phai 15/3 k", ["Tùy"]),
    (
        "B",
        "van phong bao CT xa chi ky dc giay khen thoi, con thon van hoa van cho huyen cu duyet, vay co dung k",
        ["Không."],
    ),
    (
        "B",
        "Toi la PCT xa, ban TDKT bao TTLDTT nam nay van phai xin y kien huyen cu. Vay toi trinh CT xa ky luon dc k",
        ["Có."],
    ),
    (
        "B",
        "nghe noi sau 1/7/2025 xa chi con quyen ky LDTT, con TTLDTT phai gui len tinh ky, dung k",
        ["Không."],
    ),
    (
        "H",
        "ban ay k dat LDTT nam nay vi bi khien trach, de nghi thang CSTDCS luon dc k",
        ["Không."],
    ),
    ("H", "CSTDCS moi 1 nam, de nghi vuot len CSTD tinh luon dc k a", ["Không.", "3"]),
    (
        "H",
        "co giao chua dat LDTT, truong de nghi len CSTDCS cho co vi co sang kien dc k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "D",
        "hoi vien hoi phu nu lam kinh te gioi o thon co dc de nghi LDTT k hay chi can bo xa",
        ["Có."],
    ),
    (
        "D",
        "ba con trong to hop tac rau sach cua xa, ai san xuat hieu qua co dc binh LDTT k a",
        ["Có."],
    ),
    ("D", "nguoi dan lam nghe may tre dan xuat khau, k phai cong chuc, co dc LDTT k", ["Có."]),
    (
        "G",
        "nv hop dong moi lam dc 5 thang 20 ngay, ke toan bao phai doi du 12 thang moi xet LDTT, dung k",
        ["Không.", "6 tháng"],
    ),
    (
        "G",
        "cc tuyen thang 7, toi ky xet thieu 1 tuan nua moi du 6 thang, co linh dong xet LDTT dc k",
        ["Không."],
    ),
    (
        "G",
        "phong bao nguoi moi lam chua tron nam thi k binh xet thi dua, dung k ad",
        ["Không.", "6 tháng"],
    ),
]

# --- our own wordings, with near wordings whose answer must not change (controls: the
# district office still named, a sudden award's council, the old district giving giấy khen)
CASES += [
    (
        "J",
        "tram y te xa e 10 nguoi, LDTT 5, tram HTTNV, k ai ky luat. de nghi TTLDTT dc k",
        ["Không.", "50%"],
    ),
    (
        "J",
        "Trường MN: tổng 30 người / LĐTT 21 / CSTĐCS 2 / 100% HTNV / tập thể HTXSNV. Đề nghị TTLĐXS được không",
        ["Có.", "70%"],
    ),
    (
        "J",
        "CSTDCS cua e 2023, 2024 dat, 2025 nghi sinh k xet, 2026 dat. neu 2027 dat nua thi du 3 lan lien tuc de len CSTD tinh chua",
        ["Không."],
    ),
    ("A", "phòng nội vụ nói GĐVH xét hằng năm, đúng không ạ", ["Có."]),
    ("A", "phong noi vu bao LDTT thuong 0,3 lan luong co so, dung k", ["Có.", "0,3"]),
    ("A", "phong noi vu xa huong dan CSTDCS phai dat LDTT truoc, dung k", ["Có."]),
    ("A", "phòng nội vụ huyện còn nhận hồ sơ thi đua không", ["Không.", "1/7/2025"]),
    (
        "F",
        "Danh sach moi tuyen: Lan nhan viec 5/2/2026 | Minh nhan viec 10/9/2026. Xa xet LDTT ngay 20/12/2026, vay Minh co dc xet k",
        ["Không.", "6 tháng"],
    ),
    (
        "F",
        "DS: An nhận việc 1/3/2026 / Bình nhận việc 1/11/2026. Xã họp xét ngày 15/12/2026. Vậy An có được xét LĐTT không",
        ["Có.", "6 tháng"],
    ),
    (
        "F",
        "Tram y te xa nam 2026: 5 nguoi dat LDTT | 1 nguoi dat CSTDCS | tram dat TTLDTT. QD ky 20/12/2026. moi LDTT, CSTDCS va tap the tram thuong bao nhieu",
        ["760.000", "2.530.000", "2.030.000"],
    ),
    ("E", "tổ dân phố văn hóa thì tỉ lệ hộ đạt GĐVH phải trên 90% đúng không", ["Tùy"]),
    (
        "E",
        "HĐ TĐKT phường họp xét TTLĐTT phải có mặt từ 3/4 thành viên trở lên mới hợp lệ, đúng k",
        ["Tùy"],
    ),
    ("E", "hop HD TDKT xa xet LDTT can 2/3 thanh vien co mat tro len, dung k", ["Tùy"]),
    ("E", "khen đột xuất có phải họp hội đồng TĐKT không", ["Không."]),
    ("L", "thoi han CT xa ky QD khen dot xuat co phai 7 ngay lam viec k", ["Tùy"]),
    (
        "L",
        "thời hạn chủ tịch phường ra quyết định khen đột xuất có phải 3 ngày làm việc không",
        ["Tùy"],
    ),
    (
        "L",
        "xa khen dot xuat cho 2 nguoi cuu hoa, thoi han CT xa ra QD co phai 5 ngay k",
        ["Tùy"],
    ),
    ("B", "CT xa chi ky dc LDTT thoi, con CSTDCS van do huyen cu ky, dung k", ["Không."]),
    (
        "B",
        "văn phòng bảo chủ tịch phường chỉ ký giấy khen, còn TTLĐTT vẫn phải huyện cũ duyệt, đúng không",
        ["Không."],
    ),
    (
        "B",
        "van phong bao TTLDTT van phai xin y kien huyen cu truoc. toi la CT xa, toi co quyen ky luon k",
        ["Có."],
    ),
    ("B", "huyện cũ vẫn tặng giấy khen chứ", ["Không."]),
    (
        "D",
        "hoi vien hoi nong dan san xuat gioi de nghi LDTT duoc k hay chi danh cho can bo",
        ["Có."],
    ),
    (
        "D",
        "bà con nông dân trong thôn sản xuất giỏi đề nghị LĐTT được không hay LĐTT chỉ dành cho công chức",
        ["Có."],
    ),
    (
        "D",
        "nguoi dan trong thon lam kinh te gioi de nghi LDTT dc k hay LDTT chi danh cho cong chuc",
        ["Có."],
    ),
    ("G", "nv moi lam dc 4 thang, ke toan bao phai du 1 nam moi xet LDTT, dung k", ["Không."]),
    (
        "G",
        "nghe nói người mới làm chưa tròn năm thì không được bình xét thi đua, đúng không",
        ["Không.", "6 tháng"],
    ),
    (
        "G",
        "cc moi tuyen con 5 ngay nua moi du 6 thang thi toi ky xet, co xet LDTT dc k",
        ["Không."],
    ),
    ("H", "anh ay chua dat LDTT nam nay, de nghi thang len CSTDCS dc k", ["Không."]),
    (
        "H",
        "cô giáo mới tuyển 3 tháng chưa được LĐTT, đề nghị thẳng lên CSTĐCS được không",
        ["Không."],
    ),
    (
        "H",
        "nv van phong bi khien trach nen k dc LDTT, de nghi thang len CSTDCS cho ban ay dc k",
        ["Không."],
    ),
]


@pytest.mark.parametrize(("family", "question", "keys"), CASES)
def test_record_read(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
