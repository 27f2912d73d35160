"""Task h386 (tuning set b142): a line relayed to be judged, a claim limited to one condition,
the unit that relays a question, "nộp ở đâu" after a dossier named, and an old national share put
up as still in force; with last stop's three leftovers (two recipients offered, a title held in
years told, the đề tài route's paper).

Each family holds b142's tuning questions, the evaluator's three new wordings and at least three
of our own; the facts asserted are what the officer must read (folded match, as the scorer), the
verdict the one the first block opens with; controls are near wordings whose answer must not
change.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c (one form may be
given many times, each for another achievement), Điều 22 khoản 1 điểm a (CSTĐ tỉnh: 03 lần liên
tục CSTĐCS), Điều 23 (CSTĐCS: LĐTT plus HTXS, a sáng kiến or a đề tài nghiệm thu), Điều 24
khoản 1 (LĐTT: hoàn thành tốt nhiệm vụ trở lên, điểm a; the spirit of điểm b), Điều 28 (TTLĐTT:
trên 50 % LĐTT), Điều 79, 84 khoản 1 (the xã sends the province's titles to Sở Nội vụ; dossier),
Điều 93 khoản 8 (fraud: the decision cancelled, prize taken back, no time bar); NĐ 152/2025
Điều 49 (a title and a form at once: both prizes), Điều 50 (coefficients: CSTĐCS 1,0; TTLĐXS
1,5; giấy khen cá nhân, hộ 0,3, tập thể 0,6); TT 15/2025/TT-BNV (maternity leave counts); the
15 % cap of NĐ 91/2017 is gone, a province may set one (domain.md 1.2, 2.3).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: F1: a line relayed ("X bảo …, vậy có đúng không") is judged, not the fact under it
RELAYED = [
    # b142
    (
        "e la cong chuc noi vu. co 1 chi giao vien mam non nghi sinh tu thang 1 den thang 7/2026, "
        "quay lai day binh thuong, danh gia hoan thanh tot nhiem vu. hieu truong nhan zalo bao "
        "chi ay nghi qua nua nam nen cat LDTT de nhuong nguoi khac. quy dinh co cho cat nhu vay "
        "k a",
        ["Không.", "thai sản"],
    ),
    (
        "e hoi giup chi hoi truong phu nu: nam ngoai hoi phu nu xa dc giay khen cua chu tich xa "
        "vi phong trao 5 khong 3 sach. nam nay hoi lam tot tiep, co nguoi bao 1 tap the chi dc "
        "giay khen 1 lan, nam nay de nghi nua la trung. vay co dung k",
        ["Không.", "nhiều lần"],
    ),
    (
        "ke toan nho hoi: nam nay xa co 1 nguoi vua dc CSTDCS vua dc giay khen cua chu tich xa "
        "vi thanh tich chuyen doi so. ke toan dinh chi 1 khoan cao nhat thoi vi nghe noi k dc "
        "nhan 2 lan tien thuong trong 1 nam. dung k",
        ["Không.", "cả hai"],
    ),
    (
        "co 1 truong hop: nam 2025 xa tang CSTDCS cho 1 cong chuc, gio thanh tra phat hien sang "
        "kien cua anh ay la chep cua noi khac, khai gian. co nguoi bao quyet dinh ky qua 1 nam "
        "roi thi thoi k xu ly nua. dung k a",
        ["Không.", "thu hồi"],
    ),
    # the evaluator's
    (
        "chu tich hoi cuu chien binh xa bao nam ngoai hoi dc giay khen roi nen nam nay xa k xet "
        "cho hoi nua, noi vay co dung k",
        ["Không.", "nhiều lần"],
    ),
    (
        "truong tieu hoc bao co giao nghi sinh 5 thang thi de cuoi danh sach, nam nay k dua vao "
        "LDTT cho cong bang, lam vay co dung quy dinh k a",
        ["Không.", "thai sản"],
    ),
    (
        "ke toan bao ai vua dc LDTT vua dc giay khen chu tich xa thi chi tra tien giay khen thoi, "
        "khoan LDTT bo, ke toan noi vay dung k",
        ["Không.", "cả hai"],
    ),
    # our own
    (
        "hieu pho bao chi Mai nghi thai san 6 thang nen nam nay gach ten khoi ds LDTT, lam nhu "
        "vay co dc k",
        ["Không.", "thai sản"],
    ),
    (
        "Phó chủ tịch xã nói năm ngoái Hội Cựu chiến binh được giấy khen rồi, một tập thể chỉ "
        "được khen 1 lần thôi nên năm nay không đề nghị nữa, đúng không ạ",
        ["Không.", "nhiều lần"],
    ),
    (
        "hieu truong bao co Lan nghi de 6 thang nen nam nay cat LDTT cua co ay, lam vay co dung k",
        ["Không.", "thai sản"],
    ),
    (
        "nghe noi QD khen ky lau roi thi du khai gian cung k thu hoi nua, dung k",
        ["Không.", "thu hồi"],
    ),
    (
        "ke toan xa bao nguoi vua dc CSTDCS vua dc giay khen xa thi chi dc nhan 1 lan tien "
        "thuong thoi, dung k ad",
        ["Không.", "cả hai"],
    ),
]

#: F1's siblings in older tuning sets (other voices), the same reading: the line reported is
#: what is judged (Luật Điều 23, 24 khoản 1, Điều 21 khoản 1)
RELAYED_SIBLINGS = [
    # b120
    (
        "e la giao vien truong tieu hoc xa. nam nay e co sang kien dc hoi dong sang kien co so "
        "cong nhan, danh gia hoan thanh tot nhiem vu, dat LDTT. khi hop to, hieu truong k dua e "
        "vao danh sach de nghi CSTDCS, noi CSTDCS phai vua co sang kien vua hoan thanh xuat sac "
        "nhiem vu moi dc. e da lam don khieu nai. cho e hoi hieu truong noi vay co dung k",
        ["Không.", "sáng kiến"],
    ),
    # b146
    (
        "e lam hop dong o bo phan mot cua cua phuong dc 2 nam, nam nay danh gia hoan thanh tot "
        "nhiem vu, k vi pham j. chi van phong bao LDTT chi xet cho cong chuc nen k dua e vao "
        "danh sach binh xet. e hoi luat co noi vay k, neu e dc LDTT thi thuong bn",
        ["Không.", "hợp đồng", "760.000"],
    ),
    # b44
    (
        "xa e co chi giao vien THCS 2 nam lien dc CSTD tinh (2024 va 2025), nam nay chi co de "
        "tai khoa hoc dc bo nghiem thu va ap dung rong trong ca nuoc. Hieu truong bao phai doi "
        "them 1 lan CSTD tinh nua moi de nghi CSTD toan quoc dc. Vay hieu truong noi dung k ad",
        ["Không.", "02 lần"],
    ),
    # our own
    ("nghe noi CSTDCS phai vua co sang kien vua hoan thanh xuat sac nhiem vu, dung k", ["Không."]),
    (
        "chị văn phòng bảo LĐTT chỉ xét cho công chức, em làm hợp đồng nên không được đưa vào "
        "danh sách, luật có nói vậy không, nếu được thì thưởng bao nhiêu",
        ["Không.", "hợp đồng"],
    ),
]

#: F2: "tiêu chuẩn đầu tiên", "1 trong 2 tiêu chuẩn": one condition claimed, not enough
PART_OF_CRITERIA = [
    (
        "e dang lam ds LDTT cho cong chuc xa, chi can xep loai hoan thanh tot nhiem vu la dat "
        "tieu chuan dau tien roi dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ", "tự lực"],
    ),
    ("hoan thanh tot nhiem vu la 1 trong 2 tieu chuan cua LDTT dung k a", ["Có.", "tự lực"]),
    ("dat LDTT moi chi la dieu kien dau tien de xet CSTDCS thoi dung k", ["Có."]),
    (
        "tren 50% ca nhan dat LDTT la 1 dieu kien cua TTLDTT thoi, con phai hoan thanh tot nhiem "
        "vu nua, dung k",
        ["Có.", "50 %"],
    ),
    (
        "hoàn thành tốt nhiệm vụ trở lên là tiêu chuẩn thứ nhất của Lao động tiên tiến phải không",
        ["Có.", "tự lực"],
    ),
    ("hoan thanh tot nv la 1 trong cac tieu chuan de dc LDTT thoi dung ko", ["Có."]),
    (
        "tich cuc tham gia phong trao thi dua la mot trong hai tieu chuan cua ldtt phai k ad",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
]

#: F3: the unit that relays ("trạm hỏi y sĩ này …", "phòng … gửi lên:") is not the candidate
RELAYING_UNIT = [
    (
        "ben tram y te xa gui ds de nghi: 1 y si dat LDTT 2 nam lien, nam nay van LDTT va co "
        "sang kien cai tien so tiem chung dc cap co so cong nhan. tram hoi y si nay co dc de "
        "nghi CSTDCS k, neu dc thi thuong bn",
        ["Có.", "2.530.000"],
    ),
    (
        "truong mam non hoi co giao Lan nam nay da LDTT, co sang kien dc co so cong nhan, vay co "
        "de nghi CSTDCS cho co ay dc k",
        ["Có."],
    ),
    (
        "phong kinh te gui len: chi ke toan cua phong nam nay hoan thanh xuat sac nhiem vu, da "
        "LDTT, phong hoi chi ay co dc de nghi CSTDCS k",
        ["Có."],
    ),
    (
        "hoi nong dan hoi giup: ong hoi vien trong thon san xuat gioi, hoi hoi ong ay co dc xet "
        "LDTT k",
        ["Có."],
    ),
    (
        "trạm y tế hỏi: chị điều dưỡng đạt LĐTT, có sáng kiến được công nhận, vậy trạm đề nghị "
        "CSTĐCS cho chị ấy được không",
        ["Có."],
    ),
    (
        "phong van hoa gui len: anh chuyen vien cua phong da LDTT va hoan thanh xuat sac nhiem "
        "vu, phong hoi anh ay co dc de nghi CSTDCS k",
        ["Có."],
    ),
    (
        "Trạm hỏi bác sĩ trạm năm nay LĐTT, có đề tài đã nghiệm thu thì có đề nghị CSTĐCS được "
        "không",
        ["Có."],
    ),
]

#: F4: "nộp hồ sơ đề nghị ở đâu" asks where, not which papers
WHERE_SENT = [
    ("TTLDXS thuong bn tien, xa nop ho so de nghi o dau", ["3.800.000", "Sở Nội vụ"]),
    ("ho so de nghi xa tieu bieu thi xa gui ve co quan nao, thuong bn", ["Sở Nội vụ"]),
    ("bang khen tinh cho ca nhan xa minh thi xa trinh len dau vay a", ["Sở Nội vụ"]),
    ("TTLDXS cua truong THCS thi xa gui ho so cho ai tham dinh, ai ky", ["Sở Nội vụ"]),
    ("CSTD cap tinh thuong bao nhieu, ho so de nghi nop o dau a", ["7.590.000", "Sở Nội vụ"]),
    (
        "tập thể lao động xuất sắc được thưởng bao nhiêu, hồ sơ đề nghị xã gửi ở đâu",
        ["3.800.000", "Sở Nội vụ"],
    ),
    ("bk tinh cho to dan phố thì thưởng bn, xa nop hs de nghi o dau z", ["Sở Nội vụ"]),
]

#: F5: the old national 15 % share put up as still in force: "Không.", then the province
OLD_SHARE = [
    (
        "phong VHXH bao CSTDCS chi dc toi da 15% so LDTT, quy dinh nay van con ap dung dung k",
        ["Không.", "tỉnh", "91/2017"],
    ),
    ("ty le CSTDCS khong qua 15% so LDTT theo ND 91 gio con hieu luc k a", ["Không.", "tỉnh"]),
    ("nghe noi luat moi van gioi han CSTDCS 15% nhu truoc, dung k ad", ["Không.", "tỉnh"]),
    (
        "co phai ca nuoc van ap quy dinh CSTDCS toi da 15% tren so nguoi dat LDTT k",
        ["Không.", "tỉnh"],
    ),
    (
        "van phong bao quy dinh CSTDCS khong vuot 15% so LDTT van con hieu luc, dung ko",
        ["Không.", "tỉnh"],
    ),
    (
        "chị nội vụ nói tỷ lệ chiến sĩ thi đua cơ sở tối đa 15% số lao động tiên tiến bây giờ "
        "vẫn áp dụng, đúng không ạ",
        ["Không.", "tỉnh"],
    ),
    ("quy dinh khong che 15% cstdcs tren tong so ldtt nay con ap dung k ad", ["Không.", "tỉnh"]),
]

#: last stop's leftovers, each a reading: (a) two recipients offered side by side, (b) a title
#: told with the years it was held, (c) the đề tài route's paper claimed attached
LEFTOVERS = [
    # (a)
    (
        "giay khen xa tang cho ho gia dinh hay cho tung thanh vien trong ho, muc tien co khac "
        "nhau k",
        ["Không.", "760.000"],
    ),
    (
        "xã khen hộ ông Ba hay khen cho từng người trong nhà thì tiền thưởng có khác không",
        ["Không.", "760.000"],
    ),
    (
        "tang giay khen cho tap the hay cho tung ca nhan thi tien co khac k",
        ["Có.", "1.520.000", "760.000"],
    ),
    # (b)
    (
        "nghe noi cstdcs nam 2022, 2024, 2026 k lien tuc van du de nghi cstd tinh, dung k",
        ["Không.", "liên tục"],
    ),
    (
        "chị Lan đạt CSTĐCS các năm 2023, 2024 và 2026, phòng bảo vẫn đề nghị CSTĐ tỉnh được, "
        "đúng không",
        ["Không.", "liên tục"],
    ),
    (
        "cstdcs 2024, 2025, 2026 lien tuc, co sang kien anh huong trong tinh thi de nghi cstd "
        "tinh dc k",
        ["Có.", "03 lần liên tục"],
    ),
    # (c)
    (
        "de nghi cstdcs cho chi y ta theo duong de tai, ngoai bao cao thanh tich thi kem theo "
        "bien ban nghiem thu de tai nua phai k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "hồ sơ đề nghị CSTĐCS cho thầy Nam theo hướng đề tài khoa học thì phải kèm văn bản "
        "nghiệm thu đúng không, ngoài ra còn gì",
        ["Có.", "nghiệm thu", "báo cáo thành tích"],
    ),
    (
        "de nghi CSTDCS cho ke toan co de tai da nghiem thu, ngoai to trinh va bao cao thanh tich "
        "thi kem them quyet dinh nghiem thu de tai, dung k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "de nghi CSTDCS cho gv co de tai khoa hoc, ngoai to trinh, bien ban, bao cao thanh tich "
        "thi kem them van ban nghiem thu de tai, dung k",
        ["Có.", "nghiệm thu"],
    ),
]

#: near wordings whose answer must not change
CONTROLS = [
    ("chị Hoa nghỉ sinh 6 tháng có được xét LĐTT không", ["Có.", "thai sản"]),
    ("sang kien la 1 trong 2 tieu chuan cua LDTT dung k", ["Không.", "sáng kiến"]),
    ("LDTT chi can hoan thanh tot nhiem vu la du dung k", ["Không.", "tự lực"]),
    ("chi can hoan thanh tot nhiem vu la dat LDTT roi dung k", ["Không.", "tự lực"]),
    ("tram y te xa co dc de nghi CSTDCS k", ["Không.", "cá nhân"]),
    ("TTLDXS thuong bn tien, ho so de nghi gom nhung gi", ["3.800.000", "tờ trình"]),
    (
        "quy che thi dua cua tinh minh quy dinh CSTDCS toi da 15% so LDTT, xa van phai ap dung "
        "dung k",
        ["Có.", "quy chế"],
    ),
    ("cstdcs 2023, 2025 va 2026 khong lien tuc thi co sao k", ["Không.", "từng năm"]),
    ("ho so LDTT thi kem them bien ban nghiem thu de tai dung k", ["Không."]),
    (
        "giay khen cho ho gia dinh va giay khen cho 1 nguoi tien thuong co khac nhau k ad",
        ["Không.", "760.000"],
    ),
    (
        "1 nguoi vua dat LDTT vua dc giay khen cua chu tich xa thi dc nhan ca 2 khoan tien "
        "thuong k",
        ["Có.", "cả hai"],
    ),
]


#: older tuning questions near these readings, kept as they were (a two-year run still being
#: told, a removal offered after "hay", the xã applying a share, the province offered, one
#: achievement, a law's year)
KEPT = [
    (
        "Tôi bị kỷ luật khiển trách năm 2026, chuỗi CSTĐCS 2024, 2025 của tôi cộng thêm năm 2027 "
        "có được tính là 3 lần liên tục để lên CSTĐ tỉnh không?",
        ["Không."],
    ),
    (
        "e dc CSTDCS 2024, 2025 nhung 2026 chi LDTT, nam 2027 lai CSTDCS thi co tinh 3 lan lien "
        "tuc k",
        ["Không.", "3 lần"],
    ),
    (
        "xa e co 1 chi giao vien mam non, nam hoc vua roi nghi thai san 6 thang nhung van hoan "
        "thanh tot nhiem vu, hieu truong hoi la co dua chi vao danh sach LDTT duoc k hay phai "
        "loai ra a",
        ["Có."],
    ),
    (
        "huyen cu tung quy dinh CSTDCS k qua 15% so LDTT, nam nay xa van ap 15% dung k",
        ["Tùy", "1/7/2025"],
    ),
    (
        "ty le CSTDCS toi da 15% so LDTT con ap dung theo luat k hay tinh tu quy dinh",
        ["Tùy", "15%"],
    ),
    (
        "chao ad, nam 2025 e dc giay khen chu tich xa vi thanh tich phong chong lu. nay xa dinh "
        "xet them bang khen tinh cung thanh tich do. nghe noi 1 thanh tich chi khen 1 lan. vay "
        "co dung k",
        ["Có."],
    ),
    (
        "nghe noi luat 2022 bat buoc phai co giay khen roi moi de nghi bang khen, dung k",
        ["Không.", "đến đâu"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), KEPT)
def test_older_readings_kept(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), RELAYED)
def test_relayed_line_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), RELAYED_SIBLINGS)
def test_relayed_line_siblings(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), PART_OF_CRITERIA)
def test_one_condition_claimed(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), RELAYING_UNIT)
def test_relaying_unit_not_candidate(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), WHERE_SENT)
def test_where_sent(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), OLD_SHARE)
def test_old_share_not_in_force(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), LEFTOVERS)
def test_leftovers_read(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
