"""Task h393 (tuning set b148, the false-premise voice): the officer states a rule as settled and
asks the next step ("… nên e loại khỏi danh sách, đúng k", "… nay bỏ quận rồi thì chuyển lên chủ
tịch UBND thành phố ký dc k"). The answer judges the officer's claim or planned act, correcting a
wrong premise first, not the bot's own fact. Each family holds the tuning questions of b148 it
fixes, the evaluator's new wordings and at least three of our own; the facts asserted are what
the officer must read (folded match, as the scorer), the verdict the one the first block opens
with; controls are near wordings whose answer must not change.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c (one achievement,
one form), Điều 22, 27, 79 (CSTĐ tỉnh, TTLĐXS, xã tiêu biểu: the province chairman decides, the xã
proposes through Sở Nội vụ), Điều 23 (CSTĐCS: LĐTT + hoàn thành xuất sắc OR sáng kiến), Điều 24
khoản 1 (LĐTT: hoàn thành tốt nhiệm vụ trở lên; người lao động included), Điều 27 (TTLĐXS: 100 %
hoàn thành nhiệm vụ), Điều 28 (TTLĐTT: trên 50 % LĐTT), Điều 80 khoản 3 and NĐ 129/2025 Điều 59
(the former district's powers now the xã chairman's), Điều 84 khoản 1 (dossier); NĐ 86/2023
Điều 8 (GĐVH, thôn văn hóa: yearly, 10-day publicity, dossier with the minutes, Mặt trận at the
bình xét, criteria detailed by the tỉnh); NĐ 152/2025 Điều 49 (a title and a form at the same time
bring both prizes); TT 15/2025/TT-BNV (thai sản counted).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_keyed

#: A: the verdict judges the asker's claim or act, not the fact alone
ACT_JUDGED = [
    # b148 tuning
    (
        "nguoi lao dong hop dong o xa k phai cong chuc nen k dc LDTT, vay ke toan k du tru tien "
        "thuong cho ho dung k, neu dc thi ai ky",
        ["Không.", "người lao động", "Chủ tịch UBND"],
    ),
    (
        "e la hieu truong truong mam non cua xa. co giao Lan nghi thai san tu thang 1 den thang "
        "6/2026, tu thang 7 di lam lai, nam hoc danh gia hoan thanh tot nhiem vu. hieu pho bao co "
        "nghi 6 thang nen k du thoi gian cong tac, de danh LDTT cho nguoi khac. vay truong bo ten "
        "co Lan khoi danh sach LDTT co dung k",
        ["Không.", "thai sản"],
    ),
    (
        "do LDTT phai xep loai hoan thanh xuat sac nhiem vu nen cong chuc chi hoan thanh tot thi "
        "e loai khoi danh sach, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "theo ND 91/2017 thi CSTDCS phai co sang kien, nen co giao hoan thanh xuat sac nhiem vu "
        "ma k co sang kien e k dua vao danh sach, dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "toi la chu tich hoi phu nu xa. hoi dang lam phong trao xay dung gia dinh hanh phuc, "
        "nhieu hoi vien rat tich cuc. chi em de xuat hoi cong nhan luon GDVH cho hoi vien, hoi ky "
        "giay cong nhan cho nhanh vi hoi lo phong trao gia dinh. vay hoi ky dc k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "mot thanh tich chi khen 1 hinh thuc, doi PCCC thon da dc GK chu tich xa cho vu chua chay "
        "thang 4 roi, vay xa k de nghi bang khen tinh cho cung thanh tich do nua dung k",
        ["Có.", "một thành tích"],
    ),
    (
        "ho so CSTD tinh truoc gui qua huyen, nay xa gui thang So Noi vu de trinh chu tich UBND "
        "tinh, vay xa k tu quyet dc dung k",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "xa tieu bieu do chu tich xa tu cong nhan cho xa minh, vay e ky QD roi bao cao tinh sau "
        "dung k",
        ["Không.", "tỉnh"],
    ),
    # the evaluator's new wordings
    (
        "do thay Hung nghi om 3 thang nen phong to chuc gach ten thay khoi danh sach LDTT du van "
        "hoan thanh tot nhiem vu, gach nhu vay la dung dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "TTLDXS thi chu tich tinh ky nen xa e k soan QD TTLDXS ma chi lam to trinh gui So Noi vu, "
        "vay lam dung chua a",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "vi thon van hoa gio chu tich xa ky nen e k gui ho so thon van hoa len tinh nua, the co "
        "sai k",
        ["Không.", "Chủ tịch UBND"],
    ),
    # our own
    (
        "chị Hoa nghỉ thai sản 5 tháng, cả năm vẫn hoàn thành tốt nhiệm vụ, tổ trưởng bảo nghỉ "
        "sinh thì nhường LĐTT cho người khác nên em gạch tên chị khỏi danh sách, vậy có đúng không",
        ["Không.", "thai sản"],
    ),
    (
        "ldtt bat buoc htxs nen anh Nam chi hoan thanh tot nv thi phong loai anh ra khoi danh "
        "sach, dung ko ad",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "CSTĐ cấp tỉnh chắc chủ tịch xã tự ký được, em ký QĐ luôn rồi báo tỉnh sau có đúng không",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "doi dan quan thon da dc giay khen chu tich xa cho vu cuu ho thang 9 roi, mot thanh tich "
        "chi khen mot hinh thuc nen xa k trinh bang khen tinh cho vu do nua, dung k",
        ["Có.", "một thành tích"],
    ),
]

#: B: a higher successor claimed after the district's abolition
SUCCESSOR_CLAIMED = [
    # b148 tuning
    (
        "truoc CSTDCS do huyen ky nen huyen chi tien, nay bo huyen roi thi tinh chi thay cho xa, "
        "vay ke toan xa k can du tru khoan nay dung k",
        ["Không.", "Chủ tịch UBND", "Quỹ thi đua"],
    ),
    (
        "LDTT cua giao vien truoc do chu tich huyen ky, nay k con huyen thi phai trinh so giao duc "
        "ky, vay xa chuyen ho so len so dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "LDTT cong chuc phuong truoc do chu tich quan ky, nay bo quan roi thi chuyen len chu tich "
        "UBND thanh pho ky dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "to dan pho van hoa truoc do chu tich quan ky, nay bo quan roi nen phuong trinh UBND thanh "
        "pho ky, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    # the evaluator's new wordings
    (
        "TTLDTT cua tram y te truoc do chu tich huyen ky, nay bo huyen roi thi xa trinh Trung tam "
        "y te khu vuc ky dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "hoi truoc GK cua huyen thi huyen tra tien, nay k con huyen thi tien GK cua chu tich xa "
        "lay o dau, co phai xin tinh k",
        ["Không."],
    ),
    (
        "CSTDCS cua cong chuc phuong truoc do quan xet, gio bo quan thi So Noi vu thanh pho xet "
        "thay, vay phuong gui ho so sang so dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    # our own
    (
        "thon van hoa truoc huyen cong nhan, nay k con huyen thi xa gui ho so len So Van hoa de so "
        "cong nhan dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "giay khen truoc do huyen chi tien, nay bo huyen thi tinh tra tien thay phai k",
        ["Không.", "quỹ thi đua"],
    ),
    (
        "Gia đình văn hóa trước do huyện ký, nay không còn huyện thì chuyển lên Sở Văn hóa ký đúng "
        "không ạ",
        ["Không.", "Chủ tịch UBND xã"],
    ),
]

#: controls of A and B: right premises keep their "Có"
SUCCESSOR_RIGHT = [
    (
        "tram y te xa e gio thuoc UBND xa, truoc LDTT cho y bac si la trung tam y te huyen xet, "
        "nay chu tich xa ky dung k",
        ["Có."],
    ),
    ("LDTT truoc do huyen ky, nay bo huyen thi chu tich xa ky dung k", ["Có.", "Chủ tịch UBND xã"]),
    ("CSTD tinh truoc gui qua huyen, nay xa gui thang So Noi vu dung k", ["Có.", "Sở Nội vụ"]),
    ("LDTT co can hoan thanh xuat sac nhiem vu k", ["Không.", "hoàn thành tốt nhiệm vụ"]),
]

#: C and D: the attribute the premise carries (several prizes, the dossier's papers, criteria
#: by the tỉnh, the Front at the bình xét, a yearly review, the 10-day publicity)
PREMISE_ATTRIBUTE = [
    # b148 tuning
    (
        "ke toan cu bao 1 nguoi cung luc dc danh hieu thi dua va hinh thuc khen thuong thi chi lay "
        "khoan cao hon, vay e lam theo nhu the dc k",
        ["Không.", "cả hai"],
    ),
    (
        "truong thon tu hop dan binh xet roi ky giay cong nhan GDVH luon cho nhanh, vay thon in "
        "giay gui tung ho dc k, neu k thi ai ky",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "ho so GDVH thon nop len xa chi can danh sach ho la du, k can bien ban hop binh xet, vay e "
        "nhan ho so nhu vay dc k",
        ["Không.", "biên bản"],
    ),
    (
        "tieu chuan GDVH do Bo VHTTDL quy dinh chi tiet het roi, tinh k dc quy dinh them, vay xa "
        "ap dung thang bo tieu chi cua bo dung k",
        ["Không.", "tỉnh"],
    ),
    (
        "ban cong tac mat tran thon cung ngoi cung truong thon hop danh gia tung ho GDVH, vay mat "
        "tran xa phan cong truong ban tham du dung k",
        ["Có.", "Mặt trận"],
    ),
    (
        "nam 2025 anh pho chu tich dc CSTDCS roi, do CSTDCS 2 nam moi xet 1 lan nen nam 2026 k de "
        "nghi tiep dc, dung k",
        ["Không.", "hằng năm"],
    ),
    (
        "thon e k can niem yet danh sach GDVH vi da hop dan binh xet cong khai roi, vay lam ho so "
        "gui xa luon dc k",
        ["Không.", "10 ngày"],
    ),
    (
        "TTLDTT chi can to trinh la du, k can bien ban hoi dong TDKT xa, vay e trinh chu tich luon "
        "dc k",
        ["Không.", "biên bản"],
    ),
    (
        "truoc khi chu tich xa ky QD thon van hoa thi xa phai cong khai lay y kien 10 ngay tren "
        "trang TTDT, vay e dang tu 1/11 thi sau 11/11 moi trinh dc dung k",
        ["Có.", "10 ngày"],
    ),
    (
        "ho so trinh chu tich ky QD LDTT gom to trinh, bao cao thanh tich va bien ban binh xet, "
        "vay ke toan doi co QD roi moi chi tien dung k",
        ["Có.", "biên bản"],
    ),
    # the evaluator's new wordings
    (
        "ho so GDVH e gom van ban de nghi, bang tong hop kem ket qua lay y kien va bien ban hop "
        "binh xet, vay du roi dung k",
        ["Có.", "biên bản"],
    ),
    (
        "anh Tam dc CSTDCS va GK dot xuat trong cung nam, ke toan chi ca 2 khoan cho anh, lam vay "
        "dung k",
        ["Có."],
    ),
    (
        "tieu chi GDVH cua tinh e co them muc k vi pham an toan giao thong, vay tinh tu them tieu "
        "chi nhu the la dc dung k",
        ["Có.", "tỉnh"],
    ),
    (
        "GDVH nghe noi 3 nam moi binh 1 lan, nha e nam ngoai dat roi thi nam nay thon co binh "
        "lai k",
        ["Có.", "hằng năm"],
    ),
    (
        "thon van hoa e chua dang danh sach len trang thong tin xa, vay chu tich ky QD truoc roi "
        "cong khai sau dc k",
        ["Không.", "10 ngày"],
    ),
    # our own
    (
        "hồ sơ GĐVH thôn em chỉ có văn bản đề nghị thôi, không cần biên bản họp, nộp vậy được "
        "không",
        ["Không.", "biên bản"],
    ),
    (
        "tinh k dc dat them tieu chi GDVH, chi dc dung dung tieu chi cua bo thoi dung k",
        ["Không.", "UBND tỉnh"],
    ),
    (
        "ke toan bao 1 nguoi cung nam dc LDTT va giay khen thi chi chi khoan cao hon, dung k",
        ["Không.", "cả hai"],
    ),
    (
        "Mặt trận thôn có được tham dự họp bình xét GĐVH cùng trưởng thôn không",
        ["Có.", "Mặt trận"],
    ),
    (
        "CSTĐCS nghe bảo 3 năm mới xét một lần, năm ngoái chị đạt rồi nên năm nay chị không được "
        "đề nghị nữa đúng không",
        ["Không.", "hằng năm"],
    ),
    (
        "tdp van hoa thi phuong phai cong khai lay y kien 10 ngay roi moi trinh chu tich ky dung k",
        ["Có.", "10 ngày"],
    ),
    (
        "ho so TTLDTT chi can to trinh voi danh sach la du, k can bao cao thanh tich dung k",
        ["Không.", "báo cáo thành tích"],
    ),
]

#: controls: the yearly review told right keeps "Có"
PREMISE_RIGHT = [
    ("nghe noi GDVH gio xet hang nam, k phai 3 nam 1 lan nua, dung k", ["Có."]),
    (
        "thôn em năm nay chưa niêm yết danh sách GĐVH, vậy trình luôn lên xã để chủ tịch ký có "
        "được không",
        ["Không.", "niêm yết"],
    ),
]

#: F: a negation inside the premise ("k hoàn thành nhiệm vụ", "5 người chưa đạt LĐTT")
NEGATED_CASE = [
    # b148 tuning
    (
        "TTLDXS phai 100% ca nhan hoan thanh nhiem vu, vay truong MN co 1 co bi danh gia k hoan "
        "thanh nhiem vu thi nam nay k de nghi TTLDXS dc dung k",
        ["Có.", "100%"],
    ),
    # the evaluator's new wordings
    (
        "truong e co 1 thay ko hoan thanh nhiem vu nam hoc nay, vay truong van du 100% de xet "
        "TTLDXS dung k",
        ["Không.", "100%"],
    ),
    (
        "anh Minh bi danh gia k hoan thanh nhiem vu nhung co sang kien, vay van de nghi CSTDCS dc "
        "dung k",
        ["Không.", "Lao động tiên tiến"],
    ),
    (
        "phong e 8 nguoi ma 5 nguoi chua dat LDTT, vay phong van du dieu kien TTLDTT dung k",
        ["Không.", "50%"],
    ),
    # our own
    (
        "to e 10 nguoi co 1 nguoi k hoan thanh nhiem vu thi to van dc xet TTLDXS phai k",
        ["Không.", "100%"],
    ),
    (
        "ban ay k hoan thanh nhiem vu, vay truong k de nghi LDTT cho ban ay la dung dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "truong co 20 gv ma 8 co chua dat LDTT thi co xet TTLDXS dc k",
        ["Không.", "70 %"],
    ),
    (
        "co Mai bi danh gia khong hoan thanh nhiem vu nam hoc nay nhung van dua vao danh sach LDTT "
        "dc k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
]

#: G: "thì xã cũng …" is the xã acting, not the former thị xã
XA_ALSO = [
    # b148 tuning
    (
        "chu tich xa ky QD khen thi tien lay tu quy TDKT cua xa, vay hoi vien doan the dc GK chu "
        "tich xa thi xa cung chi tu quy xa dung k",
        ["Có.", "Quỹ thi đua"],
    ),
    # the evaluator's new wordings
    ("GK cua chu tich xa thi xa cung chi tien tu quy xa phai k", ["Có.", "Quỹ thi đua"]),
    ("LDTT cua giao vien truong MN thi chu tich xa cung ky luon dung k", ["Có.", "Chủ tịch UBND"]),
    (
        "thon dat thon van hoa thi xa cung phai chi 3.800.000 tu quy cua xa dung k",
        ["Có.", "Quỹ thi đua"],
    ),
    # our own
    (
        "giấy khen của chủ tịch xã thì xã cũng chi tiền thưởng từ quỹ thi đua của xã phải không",
        ["Có.", "quỹ thi đua"],
    ),
    (
        "CSTDCS do chu tich xa ky thi xa van chi tien tu quy TDKT cua xa dung k",
        ["Có.", "Quỹ thi đua"],
    ),
    ("LĐTT thì xã cũng tự chi từ quỹ của xã đúng ko", ["Có.", "Quỹ thi đua"]),
]


def _reform_block_kept(text: str) -> bool:
    return text.startswith("**Cấp huyện đã bỏ")


@pytest.mark.parametrize(("question", "keys"), ACT_JUDGED)
def test_act_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), SUCCESSOR_CLAIMED + SUCCESSOR_RIGHT)
def test_successor_after_reform(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), PREMISE_ATTRIBUTE + PREMISE_RIGHT)
def test_premise_attribute(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), NEGATED_CASE)
def test_negated_case(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), XA_ALSO)
def test_xa_also_no_reform(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(officer_kb, question, keys)
    assert "Cấp huyện đã bỏ" not in text, text


def test_former_town_keeps_reform(officer_kb: KnowledgeBase) -> None:
    """Control of G: "trước đây thị xã công nhận" is the former town, so the reform is told."""
    text = ask(officer_kb, "truoc day thi xa cong nhan thon van hoa, nay ai cong nhan")
    assert _reform_block_kept(text), text
