"""Task h403 (tuning set b150, the premise-then-next-step voice): the verdict judges what the
officer puts up, every part of the letter is answered. Each family holds the tuning questions of
b150 it fixes, the evaluator's new wordings and at least three of our own; keys are what the
officer must read (folded match, as the scorer), the verdict the one the first block opens with;
controls are near wordings whose answer must not change.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 20 (titles of thôn, tổ dân phố and
households), Điều 23 (CSTĐCS: LĐTT + hoàn thành xuất sắc nhiệm vụ, sáng kiến or đề tài), Điều 24
khoản 1 (LĐTT: hoàn thành tốt nhiệm vụ trở lên), Điều 27, 28 (TTLĐXS 70 %, TTLĐTT trên 50 %),
Điều 29 (xã, phường, đặc khu tiêu biểu), Điều 80 khoản 3, Điều 90 (the xã chairman decides and
chairs the council); NĐ 129/2025 Điều 59 (the district's powers passed to the xã); NĐ 86/2023
Điều 8 (GĐVH, thôn văn hóa: yearly, bình xét at the thôn with the Mặt trận, the chairman decides);
NĐ 152/2025 Điều 6 khoản 2 điểm c (the province may set ratios), Điều 46 khoản 3 (fund ceilings
1,0 % / 1,5 %), Điều 49, 50 (prizes, rounding up, both prizes for a title and a form); TT
15/2025/TT-BNV (a khiển trách in the year bars LĐTT).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: F1: the verdict judges the asker's claim as stated, not the underlying fact
CLAIM_JUDGED = [
    # b150 tuning
    (
        "phuong e sau sap xep, nghe noi LDTT cua cong chuc phuong gio do chu tich UBND thanh pho "
        "ky, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "chu tich xa day. CSTDCS phai dat tieu chuan LDTT truoc roi moi xet tiep. anh Binh o "
        "phong kinh te co sang kien dc xa cong nhan, nhung thang 4 nam nay bi ky luat khien trach "
        "vi de cham ho so dat dai. anh em de nghi van dua anh Binh vao ds CSTDCS vi sang kien "
        "tot. toi hieu la nam nay anh Binh k xet CSTDCS dc, dung k",
        ["Có.", "Lao động tiên tiến"],
    ),
    (
        "tram truong tram y te day. bac si Nam o tram e nam nay co de tai nghien cuu cap tinh ve "
        "phong chong sot xuat huyet da dc nghiem thu, danh gia nam chi o muc hoan thanh tot nhiem "
        "vu vi co 1 thang nghi phep dai. ban ben xa noi k hoan thanh xuat sac nhiem vu thi k dc "
        "CSTDCS. vay dung k a",
        ["Không.", "đề tài"],
    ),
    (
        "truong thon day, e tu hop voi chi bo thon xet GDVH la dc, k can ban cong tac mat tran "
        "tham gia dung k",
        ["Không.", "Mặt trận"],
    ),
    (
        "truong e 55% giao vien dat LDTT, nghe noi TTLDTT phai tren 70% moi dc, vay truong truot "
        "roi dung k",
        ["Không.", "50%"],
    ),
    (
        "dac khu e nghe noi danh hieu tieu bieu chi co xa, phuong, dac khu thi k co, dung k",
        ["Không.", "đặc khu tiêu biểu"],
    ),
    # the evaluator's new wordings
    (
        "chi pho ban bao anh Toan bi khien trach thang 5 thi nam nay k dc LDTT, e hieu vay la "
        "dung k",
        ["Có.", "khiển trách"],
    ),
    (
        "ke toan noi truong mam non chi 48% giao vien LDTT thi chua du TTLDTT, dung k ad",
        ["Có.", "50 %"],
    ),
    (
        "nghe noi GK cho ho gia dinh bay gio do truong thon ky la dc, dung k",
        ["Không.", "Chủ tịch UBND xã"],
    ),
    # our own
    (
        "nghe noi giay khen cua cong chuc xa nay do chu tich UBND tinh ky, co dung k",
        ["Không.", "Chủ tịch UBND xã"],
    ),
    (
        "Phường tôi sau sắp xếp, nghe nói Chiến sĩ thi đua cơ sở của công chức phường giờ do Chủ "
        "tịch UBND thành phố quyết định, đúng không?",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "co Hoa bi canh cao hoi thang 3, ban giam hieu bao nam nay co k dc xet CSTDCS, vay la "
        "dung phai k a",
        ["Có.", "Lao động tiên tiến"],
    ),
    (
        "Cô Hoa bị khiển trách tháng 3, tổ trưởng bảo năm nay cô không được Lao động tiên tiến, "
        "tôi hiểu vậy có đúng không?",
        ["Có.", "khiển trách"],
    ),
    (
        "truong e 60% gv dat LDTT ma hieu pho bao TTLDTT can 70% nen truong bi truot, dung k",
        ["Không.", "50%"],
    ),
    (
        "phuong e nghe noi phuong thi k dc xet danh hieu tieu bieu, chi xa moi co, dung k",
        ["Không.", "phường"],
    ),
    (
        "thon e hop binh xet GDVH chi voi chi bo va chi hoi phu nu, k moi mat tran vi k can, "
        "dung k",
        ["Không.", "Mặt trận"],
    ),
]

#: F1 controls: the fact asked plainly, or the claim that agrees with it, keeps its verdict
CLAIM_CONTROLS = [
    ("anh Toan bi khien trach thang 5, nam nay anh ay van dc xet LDTT dung k", ["Không."]),
    ("LDTT cua cong chuc xa do ai ky", ["Chủ tịch UBND xã"]),
    ("truong e 45% giao vien dat LDTT thi chua du TTLDTT dung k", ["Có."]),
    ("TTLDXS can it nhat 70% LDTT, truong e 35 nguoi co 24 nguoi LDTT thi du chua a", ["Không."]),
]

#: F2: the premise is answered, then the next step asked
NEXT_STEP = [
    # b150 tuning
    (
        "vi luat k gioi han ti le LDTT nen xa e de nghi 100% can bo luon dc k, du co 2 nguoi chi "
        "xep hoan thanh nhiem vu",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "GDVH 3 nam moi xet cong nhan 1 lan, thon e nam nay moi nam thu 2 nen chua lam ho so, "
        "dung k",
        ["Không.", "hằng năm"],
    ),
    (
        "ho so GDVH gom van ban de nghi, bang tong hop ds ho va bien ban hop binh xet, vay thon "
        "trinh ho so cho ai quyet dinh",
        ["Chủ tịch UBND"],
    ),
    (
        "TTLDTT phai tren 50% ca nhan dat LDTT, to mot cua co 4 nguoi thi 2 nguoi LDTT la dat ti "
        "le roi dung k",
        ["Không.", "50%"],
    ),
    # the evaluator's new wordings
    (
        "ND 152 k khong che ti le CSTDCS nen xa e de nghi CSTDCS luon cho nguoi chi hoan thanh "
        "tot nhiem vu, k sang kien, dc k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "ho so thon VH da du mau 04 05 06 roi, vay QD cong nhan do ai ky, trong may ngay",
        ["Chủ tịch UBND xã", "10 ngày"],
    ),
    (
        "TTLDXS can it nhat 70% LDTT, truong e 35 nguoi co 24 nguoi LDTT thi du chua a",
        ["Không.", "70 %"],
    ),
    # our own
    (
        "Luật không khống chế tỷ lệ Lao động tiên tiến nên phòng tôi đề nghị tất cả, kể cả 1 "
        "người chỉ xếp loại hoàn thành nhiệm vụ, được không?",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "thon van hoa 5 nam moi xet cong nhan lai 1 lan nen nam nay thon e k can lam ho so dung k",
        ["Không.", "hằng năm"],
    ),
    (
        "ho so GDVH cua thon da co bien ban hop va danh sach roi, vay trinh ai ky quyet dinh cong "
        "nhan",
        ["Chủ tịch UBND"],
    ),
    (
        "TTLDTT can tren 50% dat LDTT, bo phan e 6 nguoi co 3 nguoi LDTT vay la du roi phai k",
        ["Không.", "50 %"],
    ),
]

#: F2 controls: the premise asked alone keeps its own answer
NEXT_STEP_CONTROLS = [
    # a bare cap asked: "Tùy" under the lead's settled policy of stop 46 (was "Không.", task h476)
    ("ti le LDTT co bi khong che k", ["Tùy", "tỉnh"]),
    ("ho so GDVH gom nhung gi", ["biên bản"]),
    ("TTLDTT phai tren 50% ca nhan dat LDTT dung k", ["Có."]),
]

#: F8: the titles a unit or a household registers for
TITLES_REGISTERED = [
    # b150 tuning
    (
        "phuong phat dong thi dua, TDP dang ky danh hieu gi cho to va ho gia dinh dang ky danh "
        "hieu gi",
        ["tổ dân phố văn hóa", "Gia đình văn hóa"],
    ),
    # the evaluator's new wordings
    (
        "dau nam thon dang ky thi dua thi dang ky danh hieu gi cho thon, cac ho dang ky gi",
        ["thôn", "văn hóa", "Gia đình văn hóa"],
    ),
    (
        "truong TH cua xa dang ky danh hieu tap the nao, giao vien dang ky danh hieu gi",
        ["Tập thể lao động tiên tiến", "Lao động tiên tiến"],
    ),
    (
        "ban dang ky thi dua cua to dan pho ghi danh hieu gi cho to",
        ["tổ dân phố văn hóa"],
    ),
    # our own
    (
        "Đầu năm tổ dân phố đăng ký thi đua thì đăng ký danh hiệu gì cho tổ?",
        ["tổ dân phố văn hóa"],
    ),
    (
        "ho gia dinh dang ky thi dua thi ghi danh hieu gi a",
        ["Gia đình văn hóa"],
    ),
    (
        "bo phan mot cua cua xa dang ky danh hieu tap the nao, con cong chuc thi dang ky danh "
        "hieu gi",
        ["Tập thể lao động tiên tiến", "Chiến sĩ thi đua cơ sở"],
    ),
]

#: F3: the asked attribute (money, cap, the bình xét, a prerequisite), not the title's
#: eligibility block
ASKED_NOT_GENERIC = [
    # b150 tuning
    (
        "ke toan cu de lai bang tinh LDTT la 0,3 x 2.340.000 = 702.000d, QD LDTT cuoi nam nay e "
        "cu chi theo so do dc k ad",
        ["Không.", "760.000"],
    ),
    (
        "nghe noi CSTDCS gio k con tien thuong, chi co bang chung nhan va khung, vay nam nay xa "
        "co can du toan tien k",
        ["Có.", "2.530.000"],
    ),
    (
        "tram truong tram y te xa day a. nam nay tram co 5 vien chuc hoan thanh tot nhiem vu, dc "
        "de nghi LDTT. ke toan xa noi vien chuc y te dat LDTT thi chi dc ghi ten trong QD va nhan "
        "giay chung nhan thoi, k co tien thuong nhu can bo xa. anh em trong tram hoi e ma e k "
        "biet tra loi the nao. vay co dung k",
        ["Không.", "760.000"],
    ),
    (
        "cong chuc phu trach TDKT xa day. nam nay xa co 30 can bo cong chuc, 27 nguoi dat hoan "
        "thanh tot nhiem vu tro len. can bo phong noi vu huyen cu goi dien nhac la LDTT van bi "
        "khong che toi da 15% so can bo nhu truoc, phai cat bot. vay e co phai cat ds LDTT xuong k",
        ["Không."],
    ),
    (
        "chu tich hoi CCB hoi: GDVH gio do hoi dong TDKT xa binh xet truc tiep chu k hop o thon "
        "nua, dung k",
        ["Không.", "trưởng thôn"],
    ),
    (
        "nghe noi muon dc GK chu tich xa thi ca nhan bat buoc phai dat LDTT nam do truoc, vay anh "
        "Quy k dat LDTT thi k de nghi GK dc dung k",
        ["Tùy", "tỉnh"],
    ),
    # the evaluator's new wordings
    (
        "ke toan truoc tinh CSTDCS theo 2.340.000 cho QD thang 11 nay, e cu chi theo so do dc k",
        ["Không.", "2.530.000"],
    ),
    (
        "nghe noi TTLDTT gio chi ghi ten trong QD, k con tien thuong nua, xa k can du toan dung k",
        ["Không.", "2.030.000"],
    ),
    (
        "can bo so noi vu noi CSTDCS van bi khong che 15% so LDTT, xa e phai cat bot ds dung k",
        ["Không.", "tỉnh"],
    ),
    # our own
    (
        "nam ngoai ke toan tinh GK ca nhan theo luong co so 2.340.000 la 710.000d, QD GK thang 12 "
        "nam nay e van chi 710.000 dc k",
        ["Không.", "760.000"],
    ),
    (
        "Nghe nói Lao động tiên tiến giờ không còn tiền thưởng, vậy năm nay xã có cần dự toán tiền "
        "thưởng LĐTT không?",
        ["Có.", "760.000"],
    ),
    (
        "thon e nghe noi GDVH nam nay hoi dong TDKT xa xet truc tiep, thon k can hop binh xet nua "
        "dung k",
        ["Không.", "trưởng thôn"],
    ),
    (
        "chi van phong bao phai dat LDTT moi dc de nghi giay khen cua chu tich xa, dung k ad",
        ["Tùy", "tỉnh"],
    ),
]

#: F3 controls
ASKED_NOT_GENERIC_CONTROLS = [
    ("LDTT QD thang 12/2026 dc thuong bn", ["760.000"]),
    ("ai chu tri hop binh xet GDVH o thon", ["Trưởng thôn"]),
    ("ti le CSTDCS co bi khong che 15% k", ["Không."]),
]

#: F4: the reform note carries the verdict, or follows it
REFORM_VERDICT = [
    # b150 tuning
    (
        "thon VH truoc do huyen cong nhan, gio chu tich xa cong nhan dung k, vay thon gui gi len "
        "xa",
        ["Có.", "báo cáo thành tích"],
    ),
    (
        "truoc kia co hoi dong TDKT huyen, gio bo roi dung k, con hoi dong TDKT xa thi ai lam chu "
        "tich",
        ["Có.", "Chủ tịch UBND"],
    ),
    # the evaluator's new wordings
    (
        "TDP van hoa truoc do chu tich quan cong nhan, gio chu tich phuong ky QD luon dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "truoc GK cho ho gia dinh phai trinh chu tich huyen, nay chu tich xa ky luon dc roi dung k",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "huyen bo roi nen CSTDCS cua giao vien truong xa gio hoi dong TDKT xa xet dung k",
        ["Có."],
    ),
    # our own
    (
        "truoc phong noi vu huyen tham dinh ho so, gio bo roi dung k, vay ai tham dinh",
        ["Có.", "xã"],
    ),
    (
        "GĐVH trước do huyện công nhận, giờ chủ tịch xã công nhận đúng không, vậy thôn gửi hồ sơ "
        "gồm những gì?",
        # "Không." since f201: the district never recognised the Gia đình văn hóa (Luật 2022
        # Điều 80 khoản 3), so the claim as stated is wrong (was "Có.")
        ["Không.", "biên bản"],
    ),
    (
        "thon van hoa truoc huyen cong nhan, gio xa cong nhan phai k, ho so gom gi",
        ["Có.", "báo cáo thành tích"],
    ),
]

#: F5: right block, verdict on the claim made
FUND_AND_CHAIR = [
    # b150 tuning
    (
        "xa e la xa mien nui ma van trich quy TDKT toi da 1% chi thuong xuyen theo huong dan cu, "
        "nam 2027 e giu muc do dung k",
        ["Không.", "1,5%"],
    ),
    (
        "phuong cung xet GDVH cho cac ho o to dan pho, to truong TDP chu tri binh xet dung k",
        ["Có.", "Tổ trưởng"],
    ),
    # the evaluator's new wordings
    (
        "xa e vung sau vung xa, ke toan moi trich quy TDKT 1% chi thuong xuyen, nam toi nang len "
        "1,5% dc k",
        ["Có.", "1,5 %"],
    ),
    (
        "xa e o dong bang ma ke toan trich quy TDKT 1,5% chi thuong xuyen, vay co vuot muc k",
        ["Có.", "1,0 %"],
    ),
    (
        "o phuong thi to truong TDP chu tri hop binh xet GDVH cung ban cong tac mat tran dung k ad",
        ["Có.", "tổ trưởng"],
    ),
    # our own
    (
        "xa e thuoc vung nui, quy thi dua chi trich 1% chi thuong xuyen thoi dung k",
        ["Không.", "1,5 %"],
    ),
    (
        "Xã tôi ở đồng bằng, trích quỹ thi đua 1% chi thường xuyên là đúng mức tối đa phải không?",
        ["Có.", "1,0 %"],
    ),
    (
        "o phuong thi GDVH do to truong to dan pho chu tri binh xet phai k",
        ["Có.", "tổ trưởng"],
    ),
]

#: F6: the rule answered, then the amount the letter needs
RULE_THEN_AMOUNT = [
    # b150 tuning
    (
        "lam tron tien thuong la lam tron xuong cho chan chuc nghin phai k, vay TTLDTT QD thang 12 "
        "nay e chi 2.020.000 cho truong mam non",
        ["Không.", "2.030.000"],
    ),
    (
        "tong ket nam nay chi Lan o van phong vua dc chu tich xa ky QD CSTDCS, vua dc GK cua chu "
        "tich xa vi lam tot cong tac chuyen doi so (2 QD cung thang 12/2026, 2 thanh tich khac "
        "nhau). pho phong tai chinh bao cung luc dc 2 cai thi chi lay khoan cao nhat thoi. e thay "
        "k on, vay co dung k, va tong e phai chi cho chi Lan nhung khoan nao",
        ["Không.", "2.530.000", "760.000"],
    ),
    # the evaluator's new wordings
    (
        "lam tron la lam tron len chuc nghin dung k, vay TTLDXS QD thang 12 nay truong dc bn",
        ["Có.", "3.800.000"],
    ),
    (
        "anh Son dc LDTT va GK chu tich xa vi 2 thanh tich khac nhau cung thang 12, nhan ca 2 "
        "khoan dung k, moi khoan bn",
        ["Có.", "760.000"],
    ),
    (
        "GK tap the gap doi ca nhan dung k, QD ky thang 2/2026 thi tap the dc bn",
        ["Có.", "1.410.000"],
    ),
    # our own
    (
        "tien thuong lam tron xuong hang chuc nghin dung k, vay LDTT QD thang 12 nay chi bn",
        ["Không.", "760.000"],
    ),
    (
        "Làm tròn tiền thưởng là làm tròn lên đúng không, vậy CSTĐCS quyết định tháng 12 năm nay "
        "được bao nhiêu?",
        ["Có.", "2.530.000"],
    ),
    (
        "anh Tuan vua dat CSTDCS vua dc GK chu tich xa cho thanh tich khac cung dot tong ket, ke "
        "toan bao chi dc 1 khoan cao hon, dung k, moi khoan bn",
        ["Không.", "2.530.000", "760.000"],
    ),
]

#: near wordings of other tuning sets whose answer must not change with these readings
SIBLING_CONTROLS = [
    # b101, b152: "chỉ k dc CSTĐCS thôi" keeps LĐTT, which the discipline bars too
    ("nghe noi bi khien trach thi van dc LDTT, chi k dc CSTDCS thoi, dung k ad", ["Không."]),
    # b155: both ceilings told are each right
    (
        "Quỹ TĐKT xã trích tối đa 1% chi thường xuyên, xã miền núi 1,5%, đúng không, tiền thưởng "
        "chi từ quỹ nào",
        ["Có."],
    ),
    # b32: the province's title asked for a phường, the xã offered as the other answer
    ("phuong e co dc xet danh hieu phuong tieu bieu k hay chi xa moi co", ["Có."]),
    # b148: a frame budgeted is the hiện vật, not the prize
    (
        "CSTDCS chi dc bang chung nhan k kem khung nen xa chi in phoi bang thoi, vay e k du tru "
        "tien khung dung k",
        ["Không.", "khung"],
    ),
    # test_h299: a product told with the base in force is checked as told
    (
        "ke toan hoi: giay khen tap the 0,6 x 2.530.000 ra 1.518.000 thi chi 1.520.000 dung k",
        ["Có.", "1.520.000"],
    ),
    # test_h392: the Law's own rule put up for a giấy khen is right
    ("nghe noi bay gio k bat phai co LDTT moi dc giay khen chu tich xa, dung k", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), SIBLING_CONTROLS)
def test_sibling_controls(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CLAIM_JUDGED + CLAIM_CONTROLS)
def test_claim_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), NEXT_STEP + NEXT_STEP_CONTROLS)
def test_next_step(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), ASKED_NOT_GENERIC + ASKED_NOT_GENERIC_CONTROLS)
def test_asked_not_generic(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), REFORM_VERDICT)
def test_reform_verdict(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FUND_AND_CHAIR)
def test_fund_and_chair(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), RULE_THEN_AMOUNT)
def test_rule_then_amount(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), TITLES_REGISTERED)
def test_titles_registered(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
