"""Task h421 (tuning set b160, the twin of a judge whose officer takes a rule for granted and asks
the NEXT step): the verdict answers the step asked, not the premise told before it.

F1: the closing ask's own step decides ("… chi đúng 759.000, vậy có phải làm tròn lên k": the
rounding rule, NĐ 152/2025 Điều 49 khoản 2; "chủ tịch xã ký luôn k cần trình tỉnh đúng k": the
sending denied holds, NĐ 129/2025 Điều 59; the district's council told dissolved is no claim
that the xã's is, Luật 2022 Điều 90 khoản 4; "tỉnh không được bắt đăng ký nữa" is wrong, Luật
2022 Điều 7 and the province's quy chế; a yearly title needs no gap, Luật 2022 Điều 22-24).
F2: "A chưa/k hay (còn) B": the particle closes A (CSTĐCS routes, Luật 2022 Điều 23 khoản 2;
who revokes, Điều 93 khoản 8).
F3: the province's share told is applied to the count told (NĐ 152/2025 Điều 6 khoản 2 điểm c).
F4: a title told as a condition not reached (LĐTT) rules out the one asked (Điều 23 khoản 1).
F5: a product worked out or a sum budgeted is the claim checked (NĐ 152/2025 Điều 50).
F6: the law told as the premise, the asker's own unit asked: "Tùy" the province's quy chế.
Each list: the tuning wordings, the evaluator's new ones, then ours; controls keep near wordings
whose answer must not change.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

# F1 (b160 tuning, evaluator's new wordings, ours)
CLOSING_STEP = [
    (
        "ban ke toan cung phong tinh 0,3 x 2.530.000 = 759.000 roi chi dung 759.000 cho moi "
        "nguoi LDTT, vay co phai lam tron len k ad, va tien nay chi tu quy nao",
        ["Có.", "760.000", "Quỹ thi đua"],
    ),
    (
        "ban ke toan cung phong tinh 0,3 x 2.530.000 = 759.000 roi chi dung 759.000 cho moi "
        "nguoi LDTT, vay co phai lam tron len k ad",
        ["Có.", "760.000"],
    ),
    (
        "anh A dc CSTDCS nam 2025, VHXH bao CSTDCS phai cach 1 nam moi de nghi lai nen 2026 "
        "bo qua anh A, dung k",
        ["Không.", "hằng năm"],
    ),
    (
        "CSTDCS thuong 1 lan luong co so kem bang chung nhan, vay QD CSTDCS cho cong chuc xa "
        "thi chu tich xa ky luon k can trinh tinh dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "hoi dong TDKT huyen giai the roi, hoi dong TDKT xa gio do chu tich UBND xa lam chu "
        "tich hoi dong dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "Luật 2022 bỏ đăng ký thi đua nên tỉnh không được bắt xã đăng ký thi đua nữa, đúng không",
        ["Không.", "tỉnh"],
    ),
    (
        "chi thu quy tinh GK ca nhan 0,3 x 2.530.000 ra 759.000 roi de nguyen, vay e phai sua "
        "thanh 760.000 dung k",
        ["Có.", "760.000"],
    ),
    (
        "TTLDTT gio chu tich xa ky nen truong mam non k phai gui ho so ra tinh nua dung k ad",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "ban e bao QD huy danh hieu xong thi k can doi lai tien thuong vi da chi roi, dung k",
        ["Không.", "thu hồi"],
    ),
    ("ke toan xa e chi dung 759.000 cho LDTT, vay co phai lam tron len k", ["Có.", "760.000"]),
    (
        "Kế toán chi 1.518.000 cho giấy khen tập thể, vậy có phải làm tròn lên không ạ",
        ["Có.", "1.520.000"],
    ),
    (
        "LĐTT giờ chủ tịch xã ký luôn, không cần trình lên tỉnh nữa đúng không",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    ("GK chu tich xa thi k phai gui ho so len tinh dung k ad", ["Có.", "Chủ tịch UBND xã"]),
    (
        "huyen bo roi, hoi dong tdkt xa do chu tich ubnd xa lam chu tich dung ko",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    ("tinh k dc bat xa dang ky thi dua nua vi luat bo roi dung k", ["Không.", "tỉnh"]),
    ("CSTDCS phai cach 1 nam moi de nghi lai dung k", ["Không.", "hằng năm"]),
    (
        "chi B nam ngoai dc LDTT roi, nam nay nhuong cho nguoi khac thi dung k",
        ["Không.", "hằng năm"],
    ),
    ("ke toan tinh 759.000 lam tron len 760.000 dung k", ["Có.", "760.000"]),
]

# F1 controls: the claim itself asked, or the district's / xã's council claimed gone
CLOSING_STEP_CONTROLS = [
    ("giay khen chu tich xa co phai trinh tinh k", ["Không."]),
    ("nghe noi tien thuong duoc lam tron len 100.000 dong, dung k", ["Không.", "10.000"]),
    ("hoi dong TDKT xa bi giai the roi dung k", ["Không.", "Hội đồng"]),
    ("tinh co duoc bat xa dang ky thi dua k", ["Có.", "tỉnh"]),
]

# F2: the first of two alternatives carries the yes/no
FIRST_ALTERNATIVE = [
    (
        "GV co sang kien dc hoi dong sang kien co so cong nhan va dat LDTT, nhu vay du CSTDCS "
        "chua hay con phai HTXS nhiem vu nua",
        ["Có.", "sáng kiến"],
    ),
    (
        "Ad oi e la chu tich xa. Nam 2025 anh X cong chuc xa dc CSTDCS do e ky QD, hoi do anh "
        "ay ke khai co sang kien. Nay phat hien sang kien do la sao chep cua xa khac, anh X "
        "gian doi ho so. E co quyen tu huy QD CSTDCS cua anh X k hay phai bao cao tinh huy",
        ["Có.", "hủy bỏ"],
    ),
    (
        "chi D co de tai da nghiem thu va dat LDTT, vay du CSTDCS roi hay con phai co sang "
        "kien nua a",
        ["Có.", "nghiệm thu"],
    ),
    (
        "QD LDTT cua anh H do chu tich xa ky ma anh H khai gian, xa tu huy dc k hay phai gui "
        "tinh huy",
        ["Có.", "hủy bỏ"],
    ),
    (
        "thon van hoa thi thon chi gui bao cao thanh tich len xa dung k, con to trinh thi "
        "thon co phai lam k",
        ["Có.", "báo cáo thành tích", "tờ trình"],
    ),
    (
        "anh B dat LDTT va co de tai khoa hoc da nghiem thu, vay du CSTDCS chua hay phai co "
        "them sang kien",
        ["Có.", "nghiệm thu"],
    ),
    (
        "chị Mai đạt LĐTT, hoàn thành xuất sắc nhiệm vụ, vậy đủ CSTĐCS rồi hay còn phải có "
        "sáng kiến nữa ạ",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "e la chu tich xa, QD GK cua e ky cho ong Y ma ong Y khai man, e tu huy dc k hay phai "
        "xin tinh",
        ["Có.", "hủy bỏ"],
    ),
    ("anh B k dat LDTT nhung co sang kien, vay du CSTDCS chua", ["Không.", "Lao động tiên tiến"]),
]

# F3: the province's share and the unit's count told are applied
OWN_FIGURES = [
    (
        "tinh e quy dinh CSTDCS k qua 15% so LDTT cua don vi, xa e co 40 nguoi dat LDTT thi "
        "toi da bn nguoi dc de nghi CSTDCS",
        ["6 người"],
    ),
    (
        "quy che tinh e cho CSTDCS toi da 20% so LDTT, truong e 25 nguoi LDTT thi dc de nghi "
        "bn CSTDCS",
        ["5 người"],
    ),
    (
        "co giao E CSTDCS 3 nam lien 2024-2026, sang kien cua co dc cong nhan ap dung toan "
        "tinh, vay du de nghi CSTD tinh chua",
        ["Có.", "3 lần"],
    ),
    (
        "quy chế tỉnh quy định CSTĐCS không quá 15% số LĐTT, trường em có 22 người đạt LĐTT "
        "thì được tối đa bao nhiêu CSTĐCS",
        ["3 người"],
    ),
    (
        "tinh minh cho CSTDCS toi da 10% so LDTT, xa co 30 nguoi LDTT thi dc de nghi may nguoi",
        ["3 người"],
    ),
    (
        "tinh e quy dinh CSTDCS khong qua 15% so LDTT, phuong co 60 nguoi dat LDTT thi toi da "
        "bn nguoi",
        ["9 người"],
    ),
]

# F3 control: a bare cap asked keeps the settled "Không."
OWN_FIGURES_CONTROLS = [
    ("CSTDCS co bi gioi han 15% k", ["Không."]),
]

# F4: the title told as a condition is not the one asked
CONDITION_TITLE = [
    (
        "y ta tram nam nay k dat LDTT vi nghi khong phep nhieu, nhung co sang kien dc cong "
        "nhan, nghe noi co sang kien la du CSTDCS, vay de nghi dc k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "truong e co 2 CSTDCS, 80% LDTT va HTXS nhiem vu, vay TTLDXS cua truong ai ky va thuong bn",
        ["Chủ tịch UBND tỉnh", "3.800.000"],
    ),
    (
        "anh K nam nay k dc LDTT vi bi khien trach nhung van HTXS nhiem vu, vay CSTDCS co xet "
        "cho anh K dc k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "chi L dat CSTDCS 2 nam lien 2025, 2026 va co sang kien cap tinh, vay CSTD tinh trinh "
        "luon dc chua",
        ["Không.", "3 lần"],
    ),
    (
        "chi Hoa nam nay k dat LDTT nhung co sang kien cap co so, de nghi CSTDCS dc k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "anh Tuan chua dat LDTT vi nghi om nhieu, nghe noi co de tai nghiem thu la du CSTDCS, "
        "dung k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "co Lan k duoc LDTT nam nay nhung HTXS nhiem vu, vay van de nghi CSTDCS dc chu",
        ["Không.", "Lao động tiên tiến"],
    ),
]

# F5: the sum worked out or budgeted is what is checked
ASKED_ATTRIBUTE = [
    (
        "e tinh CSTD tinh = 3 x 2.530.000 = 7.590.000 cho QD ky sau 1/7/2026, vay la dung r "
        "phai k ad",
        ["Có.", "7.590.000"],
    ),
    (
        "e lam du toan de nghi CSTDCS, nghe noi CSTDCS thuong 1,5 lan luong co so nen ghi "
        "3.800.000 moi nguoi, vay dc k, va CSTDCS co kem bang chung nhan k",
        ["Không.", "2.530.000", "Bằng chứng nhận"],
    ),
    (
        "e tinh TTLDTT 0,8 x 2.530.000 = 2.024.000 lam tron 2.030.000 cho QD thang 12, vay "
        "dung r dung k ad",
        ["Có.", "2.030.000"],
    ),
    ("nha e nam ngoai dc GDVH roi thi nam nay thon co phai binh xet lai k ad", ["Có.", "hằng năm"]),
    (
        "hieu truong truong TH thuoc xa tu ky QD LDTT cho GV truong minh dc k",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("e tinh LDTT = 0,3 x 2.530.000 = 760.000 cho QD ky thang 12, dung k", ["Có.", "760.000"]),
    (
        "ke toan tinh CSTDCS = 1 x 2.530.000 = 2.530.000 cho QD ky sau 1/7/2026, dung r phai k",
        ["Có.", "2.530.000"],
    ),
    (
        "e tinh CSTD tinh = 3 x 2.340.000 = 7.020.000 cho QD ky thang 12/2026, dung k",
        ["Không.", "7.590.000"],
    ),
    ("du toan GK ca nhan nghe noi ghi 1.000.000 moi nguoi, vay dc k", ["Không.", "760.000"]),
]

# F6: the law as premise, the own unit asked: the province's quy chế
LEFT_TO_PROVINCE = [
    (
        "luat k gioi han ty le LDTT nen nam nay xa e de nghi ca 100% can bo dat LDTT dc k",
        ["Tùy", "tỉnh"],
    ),
    (
        "Chao ad, e la cong chuc VHXH. Doc luat 2022 e thay dang ky thi dua k con nam trong "
        "can cu xet tang danh hieu nua. Nam nay e dinh bo han buoc dang ky thi dua dau nam "
        "cho cac don vi, thon va ca nhan trong xa de do giay to. Vay xa e bo dc k a",
        ["Tùy", "tỉnh"],
    ),
    (
        "luat bo ty le 15% roi, vay nam nay xa e de nghi 10 CSTDCS tren 20 nguoi LDTT dc k",
        ["Tùy", "tỉnh"],
    ),
    (
        "dang ky thi dua k con bat buoc theo luat, vay TDP e k nop ban dang ky thi cuoi nam "
        "van dc xet TDP van hoa chu",
        ["Tùy", "tỉnh"],
    ),
    (
        "nguong phieu de dat LDTT khi hoi dong xa bo phieu la do tinh quy dinh dung k",
        ["Có.", "tỉnh"],
    ),
    (
        "luat k khong che ty le CSTDCS nen truong e de nghi het 12 nguoi LDTT len CSTDCS dc k",
        ["Tùy", "tỉnh"],
    ),
    (
        "dang ky thi dua k con la can cu theo luat, vay thon minh k lam dang ky nua thi cuoi "
        "nam van dc xet thon van hoa chu",
        ["Tùy", "tỉnh"],
    ),
    (
        "Luật bỏ đăng ký thi đua rồi, vậy năm nay xã tôi bỏ luôn bước đăng ký đầu năm được không",
        ["Tùy", "tỉnh"],
    ),
]

# F6 controls: the law itself asked keeps its own verdict
LEFT_TO_PROVINCE_CONTROLS = [
    ("dang ky thi dua co bat buoc theo luat k", ["Không."]),
    ("theo luat k dang ky thi dua thi k dc xet dung k", ["Không."]),
    ("co phai luat 2022 da bo dang ky thi dua ra khoi can cu hong", ["Có."]),
    ("luat k gioi han ty le LDTT dung k", ["Có."]),
]

# F7 (the evaluator's new wordings, already answered: kept)
PROCESS_PARTS = [
    (
        "GDVH thon e binh xet xong roi, danh sach niem yet bao lau va QD xong thi xa cong "
        "khai trong may ngay",
        ["10 ngày", "15 ngày"],
    ),
    (
        "phuong tieu bieu ai tang va QD thang 1/2027 thi phuong dc thuong bn",
        ["Chủ tịch UBND tỉnh", "5.060.000"],
    ),
    (
        "chu tich xa ky thon van hoa luon k can cong khai lay y kien dung k, va QD xong thon "
        "dc thuong bn",
        ["Không.", "10 ngày", "3.800.000"],
    ),
]

# F3: a collective's own rating told below its title's bar (Luật 2022 Điều 27, 28)
UNIT_RATING = [
    (
        "TTLDXS phai hoan thanh xuat sac nhiem vu, van phong UBND xa nam nay chi hoan thanh "
        "tot nhiem vu nhung co 1 CSTDCS, vay de nghi TTLDXS dc k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "tram y te nam nay tap the chi xep hoan thanh nhiem vu, k dat muc tot, du 5/6 nguoi "
        "LDTT, vay de nghi TTLDTT dc k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "truong MN nam nay chi xep hoan thanh tot nhiem vu, 90% LDTT, co 2 CSTDCS, de nghi "
        "TTLDXS dc k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "phòng VHXH năm nay chỉ hoàn thành nhiệm vụ, có 4/5 người LĐTT, vậy đề nghị TTLĐTT "
        "được không",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "to dan phong k dat muc hoan thanh tot nhiem vu nhung 100% LDTT, xet TTLDTT dc k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
]

# F3 control: the rating met, a share left untold: "Tùy" stays
UNIT_RATING_CONTROLS = [
    ("truong TH hoan thanh xuat sac nhiem vu, 80% LDTT, co 1 CSTDCS, de nghi TTLDXS dc k", ["Tùy"]),
]

# controls from older sets (b134, b139): members' own ratings, "k cần đạt LĐTT" claimed
OTHER_SETS_CONTROLS = [
    (
        "Trường tiểu học của em có 40 giáo viên, năm học 2025-2026 có 25 người đạt Lao động "
        "tiên tiến, 15 người chỉ hoàn thành nhiệm vụ. Thầy hiệu trưởng muốn đề nghị Tập thể "
        "lao động tiên tiến nhưng có người bảo phải 70% mới được. Vậy trường có đủ tỉ lệ "
        "không, và nếu được thì quyết định ký tháng 8/2026 thưởng bao nhiêu ạ",
        ["Có.", "50%", "2.030.000"],
    ),
    (
        "hieu truong: truong co 2 gv chi HTNV, con lai LDTT het, de nghi TTLDXS thi dieu kien "
        "100% ca nhan hoan thanh nhiem vu co dat k",
        ["Có.", "70%"],
    ),
    (
        "bac si tram e co sang kien dc xa cong nhan, nghe noi co sang kien la du CSTDCS roi k "
        "can dat LDTT, dung k",
        ["Không.", "Lao động tiên tiến"],
    ),
]


@pytest.mark.parametrize(
    ("question", "keys"),
    CLOSING_STEP
    + CLOSING_STEP_CONTROLS
    + FIRST_ALTERNATIVE
    + OWN_FIGURES
    + OWN_FIGURES_CONTROLS
    + UNIT_RATING
    + UNIT_RATING_CONTROLS
    + CONDITION_TITLE
    + ASKED_ATTRIBUTE
    + LEFT_TO_PROVINCE
    + LEFT_TO_PROVINCE_CONTROLS
    + PROCESS_PARTS
    + OTHER_SETS_CONTROLS,
)
def test_next_step_is_answered(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
