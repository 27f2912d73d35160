"""Task h402 (tuning set b152, a twin of the life-events voice): a xã's staff ask about their own
year (a maternity leave, a short course, a new hire, a rescue, a rating) and every part must be
answered right. Each family holds the b152 tuning questions it fixes, the evaluator's new
wordings and at least three of our own; the keys are what the officer must read (folded match,
as the scorer): the verdict the first block opens with, then the decisive facts. Controls are
near wordings whose answer must not change.

Families (diag b152): 1 a yes/no on a counted period (thai sản "bị trừ ra", a course "cộng vào
thời gian công tác"); 2 a threshold claimed as a threshold ("mức tối thiểu", "đủ số lần", "đủ
6 tháng", "chuẩn LĐTT và HTXS là đủ"); 3 a true claim worded in the negative ("không đủ", "là
không được"); 4 the facts told applied to the verdict (a recruitment month, HTNV before a đề
tài, HTXS after a course, a rescue from a fire); 5 the pair asked, not the one the asker's words
pull (LĐTT's paper, CSTĐCS without sáng kiến); 6 a loose word ("tối đa chỉ được HTNV", "mức
đánh giá nào"); 7 both parts of "bao nhiêu tháng và mức nào"; 8 a giấy khen for a recruit left to
the province.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 21 khoản 1 (CSTĐ toàn quốc: 02 lần
liên tục CSTĐ tỉnh + sáng kiến toàn quốc), Điều 22 khoản 1 (CSTĐ tỉnh: 03 lần liên tục CSTĐCS +
sáng kiến trong tỉnh), Điều 23 (CSTĐCS: chuẩn LĐTT + hoàn thành xuất sắc nhiệm vụ, hoặc sáng
kiến, đề tài), Điều 24 khoản 1 điểm a (LĐTT: hoàn thành tốt nhiệm vụ trở lên), Điều 28
(TTLĐTT: hoàn thành tốt nhiệm vụ, trên 50 % LĐTT), Điều 75 khoản 1, 2 (Giấy khen: khung tiêu
chuẩn, chi tiết do tỉnh), Điều 85 (khen đột xuất); Thông tư 15/2025/TT-BNV, kế thừa Thông tư
01/2024/TT-BNV (dưới 6 tháng không xét LĐTT; thai sản, điều trị vết thương khi cứu người được
tính; học ngắn hạn dưới 1 năm loại khá trở lên được kết hợp; kỷ luật từ khiển trách trở lên
trong năm không xét); NĐ 152/2025 Điều 50 khoản 1 điểm d (LĐTT: tên trong quyết định và tiền
thưởng, không có giấy chứng nhận riêng).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: 1: a yes/no on a counted period answered from the rule, not the exceptions list
PERIOD_COUNTED = [
    # b152 tuning
    (
        "e la pho chu tich hoi phu nu xa (k chuyen trach), nam nay nghi sinh 6 thang. khi binh "
        "xet cuoi nam thoi gian thai san co bi tru ra k",
        ["Không.", "thai sản"],
    ),
    (
        "dieu duong di hoc dinh huong chuyen khoa 6 thang dat loai gioi, thoi gian hoc co dc cong "
        "vao thoi gian cong tac de binh xet k",
        ["Có.", "khá"],
    ),
    (
        "pho chu tich hoi nong dan xa di hoc lop so cap ly luan 2 thang dat kha, thoi gian di hoc "
        "co dc ket hop de xet khen cuoi nam k",
        ["Có.", "khá"],
    ),
    # evaluator's new wordings
    (
        "chi em nghi de 5 thang, luc binh xet cuoi nam thoi gian nghi co bi coi la vang mat k ad",
        ["Không."],
    ),
    (
        "e di tap huan nghiep vu 3 thang loai xuat sac, thang do co dc tinh nhu thang di lam khi "
        "xet thi dua k",
        ["Có.", "khá"],
    ),
    (
        "y si nghi sinh tu thang 7, thoi gian nghi co bi loai ra khi tinh thoi gian cong tac xet "
        "LDTT k a",
        ["Không.", "thai sản"],
    ),
    # our own
    (
        "Cô giáo nghỉ thai sản 6 tháng, thời gian đó có bị trừ khỏi thời gian công tác khi bình "
        "LĐTT không?",
        ["Không.", "thai sản"],
    ),
    (
        "e di boi duong chinh tri 3 thang xep loai gioi, thoi gian hoc co dc cong vao thoi gian "
        "lam viec de binh xet cuoi nam ko",
        ["Có.", "khá"],
    ),
    (
        "chị kế toán nghỉ đẻ từ tháng 5, lúc xét thi đua cuối năm thời gian nghỉ có bị trừ đi "
        "không ạ",
        ["Không.", "thai sản"],
    ),
]

#: 2: a necessary condition, a minimum or a count claimed is judged as that, not as the award
THRESHOLD_CLAIMED = [
    # b152 tuning
    (
        "giam doc trung tam dich vu nong nghiep xa hoi: nhan vien nghi sinh gan het nam, chi can "
        "dc danh gia hoan thanh tot nhiem vu la dat muc toi thieu de xet LDTT phai k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "giam doc trung tam dich vu tong hop xa: nhan vien chuyen den sau sap nhap, HTXS, k co "
        "sang kien. nghe noi CSTDCS chi can dat chuan LDTT va HTXS la du, dung k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "a ke toan bao nguoi moi vao lam chi can du 6 thang tro len la dc xet LDTT, dung k",
        ["Có.", "6 tháng"],
    ),
    (
        "a pho chu tich sap nghi huu, co 2 lan CSTD tinh lien tuc. nghe noi vay la du so lan de "
        "xet CSTD toan quoc, dung k",
        ["Có.", "2 lần"],
    ),
    # evaluator's new wordings
    (
        "nghe noi muc danh gia thap nhat de duoc binh LDTT la hoan thanh tot nhiem vu, dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "a co 3 nam lien CSTDCS roi, vay la du moc so nam de dc xem xet CSTD tinh phai k",
        ["Có.", "3 lần"],
    ),
    (
        "chi to truong bao vien chuc dat LDTT ma HTXS thi la du dieu kien CSTDCS, k can gi them, "
        "dung k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # our own
    (
        "nghe noi muc toi thieu de xet LDTT la hoan thanh tot nhiem vu, phai k ad",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "Anh ấy đã có 2 lần liên tục CSTĐ cấp tỉnh, vậy là đủ số lần để đề nghị CSTĐ toàn quốc "
        "đúng không?",
        ["Có.", "2 lần"],
    ),
    (
        "hieu pho bao CSTDCS chi can dat chuan LDTT va HTXS la du roi, dung k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
]

#: 3: a true claim worded in the negative is confirmed ("Có."), not answered "Không."
NEGATIVE_CLAIM_RIGHT = [
    # b152 tuning
    (
        "Năm nay tôi bị đánh giá hoàn thành nhiệm vụ vì chậm tiến độ. Có đúng là mức này không "
        "đủ để xét Lao động tiên tiến không?",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "giam doc trung tam: nghe noi TTLDTT thi tap the phai hoan thanh tot nhiem vu tro len, chi "
        "HTNV la k dc, dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    # evaluator's new wordings
    ("co phai nguoi bi canh cao trong nam la k dc binh LDTT k ad", ["Có.", "khiển trách"]),
    ("nghe noi truong ma duoi 50% LDTT thi k the len TTLDTT, dung k", ["Có.", "50%"]),
    (
        "hieu truong bao gv moi tuyen 4 thang thi chua du thoi gian xet LDTT, noi vay dung chu",
        ["Có.", "6 tháng"],
    ),
    # our own
    (
        "Có phải bị khiển trách trong năm thì không được bình LĐTT không?",
        ["Có.", "khiển trách"],
    ),
    ("nghe noi chi HTNV thi k dc LDTT, dung k", ["Có.", "hoàn thành tốt nhiệm vụ"]),
    ("to truong bao to minh duoi 50% LDTT thi k dc TTLDTT, dung k", ["Có.", "50%"]),
]

#: 4: the facts the letter tells (a month, a rating, a course, a rescue) decide the verdict
TOLD_FACTS_APPLIED = [
    # b152 tuning
    (
        "chu tich xa hoi: xa tuyen dung 5 cong chuc thang 9/2026, hoi dong co xet LDTT nam 2026 "
        "cho ho k",
        ["Không.", "6 tháng"],
    ),
    (
        "dieu duong HTNV, co de tai khoa hoc dc nghiem thu. nghe noi co de tai la du CSTDCS, "
        "dung k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "e la gv thcs, tu thang 3 den thang 8 e dc cu di hoc lop boi duong can bo quan ly 6 "
        "thang, cuoi khoa dat loai kha. nam hoc nay e van hoan thanh chuyen mon, hieu truong "
        "danh gia HTXS. co nguoi bao di hoc thi chi dc LDTT thoi, k dc CSTDCS. vay neu e HTXS "
        "thi co dc binh CSTDCS k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "e lam hop dong bao ve o truong thcs cua xa. dem thang 8 khu nha ben canh truong bi "
        "chay, e chay vao cong 1 chau be ra ngoai, bi bong phai nam vien 2 thang. gio e muon "
        "hoi 2 viec: thoi gian nam vien do co dc tinh khi binh LDTT cuoi nam k, va truong hop "
        "cua e co dc xa khen dot xuat k a",
        ["Có.", "cứu người", "đột xuất"],
    ),
    # evaluator's new wordings
    (
        "xa nhan 2 vien chuc ve tram y te tu thang 10/2026, cuoi nam hoi dong co binh LDTT 2026 "
        "cho 2 ban k",
        ["Không.", "6 tháng"],
    ),
    (
        "can bo dia chinh chi HTNV nhung co sang kien dc xa cong nhan, nghe noi co sang kien la "
        "len CSTDCS dc, dung k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "chu e lao vao nha hang xom dang chay keo ba cu ra, bi bong nam vien 1 thang. thoi gian "
        "nam vien co tinh khi binh LDTT k, xa khen dot xuat dc k",
        ["Có.", "cứu người", "đột xuất"],
    ),
    # our own
    (
        "xa tuyen 3 cong chuc thang 11/2026, cuoi nam co binh LDTT 2026 cho ho dc k",
        ["Không.", "6 tháng"],
    ),
    (
        "chi van thu chi HTNV nhung co de tai dc nghiem thu, nghe noi vay la du CSTDCS, dung k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "anh bảo vệ lao vào nhà đang cháy cõng cụ già ra ngoài, bị bỏng nằm viện 3 tuần. thời "
        "gian nằm viện có được tính khi bình LĐTT không, xã khen đột xuất được không",
        ["Có.", "cứu người", "đột xuất"],
    ),
]

#: 5: the pair asked leads, not the one the asker's self-description or claim pulls
ASKED_PAIR_FIRST = [
    # b152 tuning
    (
        "e la lao dong hop dong, thang 10 e het hop dong va nghi viec. nam nay neu xa van binh "
        "LDTT cho e thi e co dc cap giay chung nhan LDTT rieng k, hay chi co ten trong quyet "
        "dinh thoi. e can giay do de nop ho so xin viec moi",
        ["Không.", "quyết định"],
    ),
    (
        "Em hoàn thành xuất sắc nhiệm vụ nhưng không có sáng kiến. Có lên được Chiến sĩ thi đua "
        "cơ sở không, và muốn lên CSTĐ tỉnh sau này thì có bắt buộc sáng kiến không?",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ", "sáng kiến"],
    ),
    (
        "e la chuyen vien van phong UBND xa. nam nay e duoc danh gia hoan thanh xuat sac nhiem "
        "vu, nhung k co sang kien vi viec van phong kho lam sang kien. a chanh van phong bao k co "
        "sang kien thi chi dc LDTT thoi, CSTDCS thi dung mo. co dung nhu vay k a",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # evaluator's new wordings
    (
        "e lam hop dong o tram y te, neu dc LDTT thi co bang khen hay giay chung nhan gi treo k",
        ["Không.", "quyết định"],
    ),
    (
        "e HTXS ma k co sang kien, nam nay e co dc CSTDCS k, con LDTT thi chac dc roi",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "to truong bao k co sang kien thi chi dung o LDTT, k bao gio len CSTDCS, co dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # our own
    (
        "e lam hop dong o UBND xa, neu dat LDTT thi co dc cap giay chung nhan k hay chi co ten "
        "trong quyet dinh",
        ["Không.", "quyết định"],
    ),
    (
        "e HTXS, k co sang kien. pho chu tich bao k co sang kien thi chi dc LDTT thoi, dung mo "
        "CSTDCS, co dung nhu vay k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "em HTXS nhưng không có sáng kiến, năm nay em có được CSTĐCS không ạ",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
]

#: 6: a loose word ("tối đa", "mức đánh giá nào") read as the rating, not the cap
LOOSE_WORD = [
    # b152 tuning
    (
        "nghe noi nu nghi sinh nam nao thi nam do toi da chi dc hoan thanh nhiem vu, k dc LDTT, "
        "phai k",
        ["Không.", "thai sản"],
    ),
    (
        "gv bi benh phai nghi dieu tri 6 thang, LDTT toi thieu can muc danh gia nao",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    # evaluator's new wordings
    ("nghi sinh thi cuoi nam toi da chi dc xep loai HTNV thoi ha ad", ["Không.", "thai sản"]),
    (
        "vien chuc nam vien dieu tri benh 4 thang, muon dc LDTT thi it nhat phai xep loai gi",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "nghe noi di hoc ngan han thi nam do toi da chi dc HTNV, k dc LDTT, dung k",
        ["Không.", "khá"],
    ),
    # our own
    (
        "nghỉ sinh thì năm đó tối đa chỉ được xếp loại hoàn thành nhiệm vụ thôi à",
        ["Không.", "thai sản"],
    ),
    (
        "cong chuc nghi om dieu tri 5 thang, muon dat LDTT thi toi thieu phai xep loai muc nao",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "nghe noi nghi thai san thi nam do toi da chi dc HTNV, k dc LDTT, dung k",
        ["Không.", "thai sản"],
    ),
]

#: 7: both parts of "how many months and which rating" answered
BOTH_PARTS = [
    # b152 tuning
    (
        "cong chuc moi tuyen dung thi phai lam it nhat bao nhieu thang va dat muc hoan thanh "
        "nhiem vu nao moi dc LDTT",
        ["6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    # evaluator's new wordings
    (
        "nguoi moi vao lam can toi thieu may thang, xep loai muc nao thi moi dc binh LDTT",
        ["6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "LDTT thi moi tuyen dung bao lau dc xet, con bi ky luat muc nao thi loai",
        ["6 tháng", "khiển trách"],
    ),
    (
        "cong chuc moi can bao nhieu thang cong tac de xet LDTT va neu dat thi thuong bn",
        ["6 tháng", "760.000"],
    ),
    # our own
    (
        "người mới tuyển cần tối thiểu bao nhiêu tháng và xếp loại mức nào mới được bình LĐTT",
        ["6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "moi vao lam phai lam it nhat may thang, dat muc danh gia nao thi dc xet LDTT",
        ["6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "LDTT: moi tuyen can it nhat bao nhieu thang, va bi ky luat muc nao thi k dc xet",
        ["6 tháng", "khiển trách"],
    ),
]

#: 8: a giấy khen for a recruit or an HTNV rating is the province's to set ("Tùy")
PROVINCE_SETS = [
    # b152 tuning
    (
        "cong chuc TDKT: nguoi moi tuyen dung duoi 6 thang k dc xet LDTT, vay co dc tang giay "
        "khen cuoi nam k",
        ["Tùy", "giấy khen"],
    ),
    # evaluator's new wordings
    (
        "vien chuc moi vao 3 thang lam tot, cuoi nam xa tang giay khen cho ban ay dc k",
        ["Tùy", "giấy khen"],
    ),
    (
        "co giao xep loai HTNV nhung tham gia phong trao tot, cuoi nam co dc giay khen cua chu "
        "tich xa k",
        ["Tùy", "giấy khen"],
    ),
    ("giay khen cua chu tich xa thi tieu chuan do luat quy dinh chi tiet hay do tinh", ["tỉnh"]),
    # our own
    (
        "nhan vien moi vao 4 thang nhung lam rat tot, cuoi nam co dc giay khen cua chu tich xa k",
        ["Tùy", "giấy khen"],
    ),
    (
        "người mới tuyển dụng chưa đủ 6 tháng thì có được tặng giấy khen không",
        ["Tùy", "giấy khen"],
    ),
    ("tieu chuan giay khen cua chu tich xa do dau quy dinh", ["tỉnh"]),
]

#: near wordings whose answers must not change
CONTROLS = [
    ("LDTT co dc cap giay chung nhan k", ["Không.", "quyết định"]),
    ("chu tich xa co quyen tang giay khen cho nguoi bi ky luat khong", ["Có."]),
    ("em mới vào 4 tháng, có cần 6 tháng mới được xét LĐTT không", ["Có."]),
    ("CSTĐ tỉnh chỉ cần 3 lần liên tục CSTĐCS là đủ, đúng không", ["Không."]),
    ("LĐTT chỉ cần hoàn thành nhiệm vụ là đủ đúng không", ["Không."]),
    ("ttldtt phai 100% ldtt a", ["Không."]),
    ("nghe nói cứ 2 lần CSTĐ tỉnh là tự động được CSTĐ toàn quốc, đúng k", ["Không."]),
    ("nghỉ sinh 6 tháng có được xét LĐTT không", ["Có."]),
    ("bi khien trach thi co dc LDTT k", ["Không."]),
    ("giay khen cua chu tich xa thuong bao nhieu", ["760.000"]),
    ("nghe noi CSTDCS bat buoc phai co sang kien, dung k", ["Không."]),
    ("tỷ lệ LĐTT tối đa là bao nhiêu phần trăm", ["tỉnh"]),
    ("CSTDCS co bi gioi han 15% k", ["Không."]),
]

FAMILIES = {
    "1 period counted": PERIOD_COUNTED,
    "2 threshold claimed": THRESHOLD_CLAIMED,
    "3 negative claim right": NEGATIVE_CLAIM_RIGHT,
    "4 told facts applied": TOLD_FACTS_APPLIED,
    "5 asked pair first": ASKED_PAIR_FIRST,
    "6 loose word": LOOSE_WORD,
    "7 both parts": BOTH_PARTS,
    "8 province sets": PROVINCE_SETS,
}


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        pytest.param(q, k, id=f"{family[:1]}-{i}")
        for family, cases in FAMILIES.items()
        for i, (q, k) in enumerate(cases)
    ],
)
def test_family(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS, ids=[f"c-{i}" for i in range(13)])
def test_control_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
