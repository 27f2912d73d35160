"""Task h401 (tuning set b155, a judge's twin): every part of an officer's question read right.
Each family holds the b155 tuning questions it fixes, the evaluator's new wordings and at least
three of our own (with and without marks, chat spelling); the facts asserted are what the
officer must read (folded match, as the scorer), the verdict the one the first block opens with;
controls are near wordings whose answer must not change.

Legal basis: Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c (thành tích đến đâu khen thưởng
đến đó), Điều 7 (registration no ground of review), Điều 21 khoản 1 điểm a and Điều 22 khoản 1
(times in a row), Điều 23 khoản 2 (CSTĐCS: LĐTT plus HTXS or a sáng kiến), Điều 24 khoản 1, 3
(LĐTT; no party card), Điều 27 (TTLĐXS ít nhất 70 %), Điều 28 (TTLĐTT trên 50 %), Điều 84 khoản 1
(dossier: biên bản; the sáng kiến's certificate on that route), Điều 85 (khen đột xuất: thủ tục
đơn giản), Điều 93 (false declaration: decision cancelled, prize recovered); NĐ 129/2025 Điều 59
(no district: the xã sends straight to Sở Nội vụ); NĐ 152/2025 Điều 6 khoản 2 (the province may
set a ratio; no national cap), Điều 49-50 (prize on the base of the decision date); NĐ 86/2023
Điều 8 (GĐVH: Trưởng thôn with the Ban Công tác Mặt trận, before 25/11, 10 days' publicity); the
vote share is the province's quy chế's (the law sets none).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: F1: the verdict judges the claim put up (a colleague's, the asker's own, a negated one)
CLAIM_JUDGED = [
    # b155 tuning
    (
        "hoi phu nu xa hoi: nghe noi chi dang vien moi dc binh LDTT, quan chung thi k, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "e tom tat tieu chuan LDTT la: hoan thanh tot nhiem vu tro len + tu luc tu cuong, doan "
        "ket tuong tro, tich cuc thi dua. vay la du y chua ad",
        ["Có.", "tương trợ"],
    ),
    (
        "nam hoc 2025-2026 truong e de nghi giay khen chu tich xa cho 6 gv va 1 to chuyen mon, "
        "qd ky ngay 28/6/2026. ke toan xa tinh theo luong co so 2.530.000. e nghi luong co so "
        "moi tu 1/7 nen phai la 2.340.000 moi dung. e nghi vay dung k a",
        ["Có.", "2.340.000", "1.410.000", "710.000"],
    ),
    (
        "a oi e la hieu truong truong mam non cua xa. truong co 24 nguoi, nam hoc 2025-2026 co "
        "13 nguoi dat LDTT, ca truong hoan thanh tot nhiem vu, noi bo doan ket, k ai bi ky luat. "
        "pho hieu truong bao phai tren 60% moi du TTLDTT nen truong e k du. vay ban ay noi dung "
        "k a",
        ["Không.", "trên 50"],
    ),
    (
        "thanh tich den dau khen den do tuc la k nhat thiet phai co giay khen xa roi moi de "
        "nghi bang khen tinh, dung k",
        ["Có.", "thành tích đến đâu"],
    ),
    # the evaluator's new wordings
    (
        "truong e 18 nguoi, 10 nguoi dat LDTT. chi ke toan bao 10/18 chua qua nua nen k du "
        "TTLDTT. chi ay noi vay dung k a",
        ["Không.", "trên 50"],
    ),
    (
        "anh van phong bao CSTDCS k bat buoc co sang kien neu da hoan thanh xuat sac nhiem vu, "
        "e thay anh noi dung, phai k ad",
        ["Có."],
    ),
    (
        "e nghi giay khen tap the ky thang 4/2026 thi thuong 1.410.000 chu k phai 1.520.000, e "
        "hieu vay co dung k",
        ["Có.", "1.410.000"],
    ),
    # ours
    ("chi dang vien moi dc binh CSTDCS phai k", ["Không."]),
    ("LDTT co can la dang vien k", ["Không.", "hoàn thành tốt nhiệm vụ"]),
    (
        "tổ em 12 người, 7 người đạt LĐTT, anh tổ trưởng bảo vậy là chưa đủ tỷ lệ TTLĐTT, anh "
        "nói đúng không",
        ["Không.", "trên 50"],
    ),
    (
        "em ghi tieu chuan LDTT gom: hoan thanh tot nhiem vu tro len; co tinh than tu luc tu "
        "cuong, doan ket, tuong tro, tich cuc tham gia phong trao thi dua. nhu vay la du chua a",
        ["Có.", "tương trợ"],
    ),
    (
        "qd ky 10/8/2026 ma ke toan tinh theo luong co so 2.340.000, e thay phai la 2.530.000 "
        "moi dung, e nghi vay dung k a",
        ["Có.", "2.530.000"],
    ),
    ("k bat buoc co giay khen xa moi dc de nghi BK tinh dung k ad", ["Có."]),
]

#: F1 controls: near wordings whose answer must not change
CLAIM_KEPT = [
    ("tiêu chuẩn LĐTT em ghi là hoàn thành tốt nhiệm vụ trở lên. vậy là đủ chưa ạ", ["Không."]),
    ("LDTT chi can hoan thanh tot nhiem vu la du dung k", ["Không.", "tương trợ"]),
    ("to e 10 nguoi 4 nguoi LDTT, chi ke toan bao k du TTLDTT, dung k", ["Có."]),
    (
        "nghe noi phai co giay khen xa truoc moi dc de nghi bang khen tinh, dung k",
        ["Không."],
    ),
    (
        "quyet dinh ky 12/1/2026, ke toan tinh theo luong co so 2.530.000 co dung khong",
        ["Không.", "2.340.000"],
    ),
    ("nghe noi LDTT chi xet cho cong chuc thoi dung k", ["Không."]),
    (
        "truong e 20 nguoi 11 nguoi LDTT, hieu pho bao phai 2/3 moi du TTLDTT, vay co dung k",
        ["Không."],
    ),
]

#: F2: caps left to the province (the asker's own unit's maximum opens "Tùy"; a bare question
#: whether a cap exists opened "Không." until the settled policy of stop 46 made it "Tùy")
CAPS = [
    # b155 tuning
    ("ty le CSTDCS toi da bao nhieu % so LDTT la do tinh quy dinh dung k", ["Có.", "tỉnh"]),
    # the evaluator's new wordings ("… có bị khống chế k hay tùy tỉnh" offers the province
    # itself, which the answer takes)
    ("so luong CSTDCS moi nam co bi khong che k hay tuy tinh", ["Tùy", "tỉnh"]),
    ("nghe noi gio tinh duoc tu dat ty le toi da CSTDCS trong quy che, dung k", ["Có.", "tỉnh"]),
    ("co quan e 30 nguoi thi dc toi da bao nhieu LDTT", ["Tùy", "tỉnh"]),
    # ours
    ("tỷ lệ LĐTT tối đa là do UBND tỉnh quy định phải không", ["Có.", "tỉnh"]),
    ("truong minh dc binh toi da may CSTDCS", ["Tùy", "tỉnh"]),
    ("xa e toi da dc bn LDTT", ["Tùy", "tỉnh"]),
]

#: F2 controls. The b155 key "Tùy" for the bare question ("LĐTT có bị giới hạn tỷ lệ bao nhiêu
#: phần trăm k") was disputed here; the lead's settled policy of issue 11 (stop 46: "a bare 'is
#: there a cap' … is 'Tùy'") takes it, so it is asserted in test_h476_b176 (family B). The
#: repealed 15 % asked as current stays "Không.".
CAPS_KEPT = [
    ("LDTT co bi gioi han ty le bao nhieu phan tram k", ["Tùy", "tỉnh"]),
    ("ty le CSTDCS con 15% k", ["Không.", "tỉnh"]),
]

#: F3: the verdict computed from the case told (years, shares, the procedure, the route)
CASE_VERDICT = [
    # b155 tuning
    (
        "truoc ho so khen tinh phai qua UBND huyen tong hop, gio xa co phai qua trung gian nao k",
        ["Không.", "Sở Nội vụ"],
    ),
    (
        "co giao truong tieu hoc xa e dat CSTD tinh nam 2024 va 2026, nam 2025 k dat. hieu "
        "truong muon de nghi CSTD toan quoc vi da co 2 lan CSTD tinh. vay du dk chua a",
        ["Không.", "liên tục"],
    ),
    (
        "tram y te xa e 10 nguoi, nam nay ca tram hoan thanh xuat sac nhiem vu, 7 nguoi LDTT, 1 "
        "nguoi CSTDCS, 100% hoan thanh nhiem vu. e muon biet tram e co du TTLDXS k (nghe noi "
        "phai 70% LDTT), va neu dc thi tien thuong bn",
        ["Có.", "70 %", "3.800.000"],
    ),
    (
        "hoc sinh nhat dc vi tien tra lai, truong muon xa khen dot xuat, thu tuc co don gian hon "
        "binh thuong k",
        ["Có.", "thủ tục đơn giản"],
    ),
    # the evaluator's new wordings
    (
        "anh A dat CSTDCS 2022, 2023 va 2025, nam 2024 truot, gio de nghi CSTD tinh dc chua",
        ["Không.", "liên tục"],
    ),
    (
        "to chuyen mon 9 nguoi thi 6 nguoi LDTT, ca to hoan thanh xuat sac, co 1 CSTDCS, moi "
        "nguoi deu hoan thanh nhiem vu, du TTLDXS k",
        ["Không.", "70 %"],
    ),
    (
        "bo huyen roi thi ho so TTLDXS cua xa con phai qua co quan nao o giua k hay gui thang so "
        "noi vu",
        ["Không.", "Sở Nội vụ"],
    ),
    # ours
    (
        "giờ không còn huyện, hồ sơ bằng khen tỉnh của xã có phải qua cấp nào nữa không",
        ["Không.", "Sở Nội vụ"],
    ),
    (
        "thay B dat CSTD tinh 2023 va 2025, 2024 thi k dat, vay de nghi CSTD toan quoc dc k",
        ["Không.", "liên tục"],
    ),
    ("khen đột xuất thì hồ sơ có gọn hơn xét cuối năm không", ["Có.", "tờ trình"]),
    (
        "khoa e 8 nguoi, 6 nguoi LDTT, 1 nguoi CSTDCS, 100% hoan thanh nhiem vu, ca khoa hoan "
        "thanh xuat sac. khoa e co dat TTLDXS k (nghe dau can 70% LDTT), neu dat thi thuong bn",
        ["Có.", "75 %", "3.800.000"],
    ),
    (
        "trường em 20 người, 15 người LĐTT, 2 người CSTĐCS, 100% hoàn thành nhiệm vụ, trường "
        "hoàn thành xuất sắc. Trường có đủ TTLĐXS không (nghe nói phải 70% LĐTT), nếu được thì "
        "thưởng bao nhiêu",
        ["Có.", "3.800.000"],
    ),
]

#: F3 controls
CASE_KEPT = [
    ("gio gui thang len tinh, k qua huyen nua phai k", ["Có."]),
    (
        "chi C dat CSTDCS 2023 2024 2025, nam 2022 k dat, de nghi CSTD tinh dc k",
        ["Tùy", "sáng kiến"],
    ),
    ("ho so khen dot xuat co phai bao cao day du nhu tong ket nam k", ["Không."]),
]

#: F4: the attribute asked in casual words (a vote share, a missing paper, registration, a
#: false figure, the route named in the ask), not the entity's default block
ATTRIBUTE_READ = [
    # b155 tuning
    (
        "e dang soan ho so de nghi CSTDCS cho 5 cong chuc xa: 3 nguoi theo dien hoan thanh xuat "
        "sac nhiem vu, 2 nguoi theo dien co sang kien. da co to trinh, bao cao thanh tich, bien "
        "ban hop hoi dong. 2 nguoi co sang kien thi co phai kem giay chung nhan sang kien k a",
        ["Có.", "sáng kiến"],
    ),
    (
        "tram y te e lap ho so de nghi giay khen tong ket nam cho 2 nv: da co to trinh cua "
        "tram, bao cao thanh tich tung nguoi co xac nhan tram truong. chi van phong bao con "
        "thieu bien ban hop xet cua tram. co can that k a",
        ["Có.", "biên bản"],
    ),
    (
        "hoi dong TDKT xa e hop xet CSTDCS, 9 thanh vien co mat 8, anh A dc 5/8 phieu dong y. "
        "thu ky noi phai dat 70% moi dc, nhung co nguoi bao chi can qua ban. vay anh A co dat k",
        ["Tùy", "tỉnh"],
    ),
    (
        "thon dung so lieu khong that de dc thon van hoa thi xu ly the nao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "thon e nam nay quen nop ban dang ky thi dua cho xa tu thang 3. gio cuoi nam ca thon "
        "muon de nghi thon van hoa. can bo xa bao k dang ky thi k dc xet. vay thon e con dc xet "
        "k a",
        ["Tùy", "đăng ký"],
    ),
    # the evaluator's new wordings
    (
        "bo phieu xet LDTT o truong, chi B dc 11/20 phieu, nhu vay co du phieu de trinh xa k",
        ["Tùy", "tỉnh"],
    ),
    (
        "ho gia dinh khai gian de dc GDVH, phat hien sau khi co qd thi xa lam gi",
        ["hủy bỏ", "thu hồi", "Chủ tịch UBND xã"],
    ),
    (
        "to dan pho e k dang ky thi dua dau nam, cuoi nam de nghi to dan pho van hoa dc nua k",
        ["Tùy", "đăng ký"],
    ),
    # ours
    ("họp xét giấy khen, ông C được 6 trên 9 thành viên đồng ý, vậy có đủ không", ["Tùy", "tỉnh"]),
    (
        "tổ dân phố báo cáo thành tích không đúng sự thật để được công nhận TDP văn hóa thì xử "
        "lý sao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "thon bao cao so lieu ao de dc thon van hoa, bi phat hien thi xu ly ra sao",
        ["hủy bỏ", "thu hồi"],
    ),
    (
        "trường em chưa đăng ký thi đua đầu năm, cuối năm có được đề nghị TTLĐTT không",
        ["Tùy", "đăng ký"],
    ),
    (
        "hồ sơ LĐTT em có tờ trình với danh sách, chưa có biên bản bình xét, cần không ạ",
        ["Có.", "biên bản"],
    ),
    (
        "ho so giay khen cua truong e da co to trinh, bao cao thanh tich, con thieu bien ban "
        "hop. co bat buoc k",
        ["Có.", "biên bản"],
    ),
    (
        "ho so CSTDCS cua xa e co 2 ca nhan HTXS nhiem vu va 1 ca nhan co sang kien. nguoi co "
        "sang kien thi can kem giay to gi them k",
        ["Có.", "sáng kiến"],
    ),
]

#: F4 controls
ATTRIBUTE_KEPT = [
    # b73 (sibling): the sáng kiến told in place of excellence is the route whose paper is asked
    (
        "CSTDCS co sang kien dc co so cong nhan thay cho hoan thanh xuat sac nhiem vu dc k, ho so "
        "co can kem giay cong nhan sang kien k",
        ["Có."],
    ),
    (
        "hồ sơ CSTĐCS: chị A hoàn thành xuất sắc, anh B có sáng kiến được công nhận. Chị A có "
        "cần giấy chứng nhận sáng kiến không",
        ["Không."],
    ),
    (
        "de nghi CSTDCS theo dien hoan thanh xuat sac co phai kem giay chung nhan sang kien k",
        ["Không."],
    ),
    ("LDTT can bao nhieu % phieu dong y", ["Tùy", "tỉnh"]),
    ("ho so giay khen co can bien ban hop xet k", ["Có.", "biên bản"]),
]

#: F5: the second ask of a two-ask message answered too
SECOND_ASK = [
    # b155 tuning
    (
        "CSTDCS qd ky thang 12/2025 thi tien thuong la 2.530.000 dung k, con qd ky thang 12/2026 "
        "thi bn",
        ["Không.", "2.340.000", "2.530.000"],
    ),
    (
        "toi la truong ban cong tac mat tran thon 7. nam nay truong thon om nam vien, thon can "
        "hop binh xet GDVH cho kip. co nguoi bao truong ban mat tran k co vai tro gi trong binh "
        "xet, chi truong thon lam. dung k, va han binh xet la ngay nao",
        ["Không.", "25/11"],
    ),
    # the evaluator's new wordings
    (
        "giay khen ca nhan ky thang 2/2026 thi bn, con ky thang 9/2026 thi bn",
        ["710.000", "760.000"],
    ),
    (
        "binh xet GDVH o thon ai chu tri, co can mat tran tham gia k, va niem yet bao lau",
        ["Trưởng thôn", "Mặt trận", "10 ngày"],
    ),
    (
        "TTLDTT ky thang 3/2026 thuong 2.030.000 dung k, con thang 11/2026 thi sao",
        ["Không.", "1.880.000", "2.030.000"],
    ),
    # ours
    (
        "thon van hoa qd ky thang 5/2026 thuong 3.800.000 dung k, con qd thang 12/2026 thi bn",
        ["Không.", "3.510.000", "3.800.000"],
    ),
    (
        "LĐTT quyết định tháng 1/2026 thưởng 710.000 đúng không, còn quyết định tháng 8/2026 thì "
        "bao nhiêu",
        ["Có.", "710.000", "760.000"],
    ),
    ("binh xet GDVH chi truong thon lam, mat tran k co vai tro gi, dung k", ["Không.", "Mặt trận"]),
]

SECOND_ASK += [
    # ours: people and collectives counted for one Giấy khen: each kind's prize
    (
        "de nghi giay khen chu tich xa cho 6 gv va 1 to chuyen mon thi tien thuong bn",
        ["760.000", "1.520.000"],
    ),
    (
        "xã tặng giấy khen cho 3 nhân viên và 1 khoa của trạm y tế, quyết định tháng 3/2026, "
        "mỗi bên được bao nhiêu tiền",
        ["710.000", "1.410.000"],
    ),
]

#: F5 controls: both sums claimed, each on its own date
SECOND_KEPT = [
    (
        "giay khen ca nhan qd ky thang 4/2026 thuong 710.000, neu thang 8/2026 thi 760.000 dung k",
        ["Có."],
    ),
]


@pytest.mark.parametrize(("question", "keys"), CLAIM_JUDGED + CLAIM_KEPT)
def test_claim_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CAPS + CAPS_KEPT)
def test_caps_left_to_province(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CASE_VERDICT + CASE_KEPT)
def test_verdict_from_case(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), ATTRIBUTE_READ + ATTRIBUTE_KEPT)
def test_attribute_read(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), SECOND_ASK + SECOND_KEPT)
def test_second_ask(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
