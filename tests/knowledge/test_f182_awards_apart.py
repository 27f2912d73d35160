"""Task f182 (b182 families): a movement's award told apart from the yearly titles and from
khen đột xuất; the council, the plan, the dossier of a drive.

F1 one achievement commended twice vs. several awards: the same deed is not commended again
(Luật 2022 Điều 5 khoản 2 điểm c); a movement's giấy khen neither bars nor replaces a yearly
title (LĐTT Điều 24: hoàn thành tốt nhiệm vụ; CSTĐCS Điều 23: hoàn thành xuất sắc nhiệm vụ;
TTLĐTT: trên 50 % LĐTT; Gia đình văn hóa). F2 the close of a drive (chống bão, chống dịch,
CĐS, đại hội TDTT) is khen theo đợt, chuyên đề with the normal dossier (tờ trình, báo cáo thành
tích, biên bản), not khen đột xuất (brief §2.9, §2.11; Luật 2022 Điều 84, 85). F8 the old
"giấy khen Gia đình văn hóa 3 năm liên tục" is gone: NĐ 86/2023 governs the title now. F3 the
xã's one Hội đồng TĐKT advises; the chairman launches and decides (Luật 2022 Điều 90 khoản 4).
F4 the province sets a drive's dossier; F5 a drive's plan sets its criteria, not a title's; F7
a thôn văn hóa with a household at fault, the province's Bằng khen instead of the xã's. Each
family: the b182 questions, the diagnosis's new wordings, wordings of our own, controls.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


# F1: one deed once; a movement's giấy khen and the yearly titles apart (Luật 2022 Điều 5
# khoản 2 điểm c, Điều 23, 24; brief §2.4, §2.11)
F1 = [
    (
        "Tôi là trưởng thôn. Năm nay hộ anh Tuấn vừa được bình xét Gia đình văn hóa, lại vừa "
        "góp công góp của xây nhà văn hóa thôn trong cuộc vận động đại đoàn kết. Thôn muốn đề "
        "nghị xã tặng giấy khen cho hộ anh Tuấn nhưng có người bảo đã được Gia đình văn hóa rồi "
        "thì không được đề nghị giấy khen nữa vì là khen 2 lần. Có đúng không?",
        ["Không.", "Gia đình văn hóa"],
    ),
    (
        "thon e da dc khen giay khen vi ngay hoi dai doan ket 2025, nam 2026 lai khen tiep giay "
        "khen cho dung thanh tich ngay hoi nam 2025 dc k",
        ["Không.", "Điều 5"],
    ),
    (
        "Em là công chức văn hóa - xã hội. Tháng 9, anh Minh (đoàn viên thôn 5) cứu 2 người bị "
        "lũ cuốn và đã được chủ tịch xã tặng giấy khen đột xuất. Tháng 11 xã tổng kết đợt phòng "
        "chống lụt bão, danh sách thôn gửi lên lại có anh Minh với đúng thành tích cứu 2 người "
        "đó. Xã có được khen anh Minh thêm lần nữa không ạ?",
        ["Không.", "Điều 5"],
    ),
    (
        "Tôi là trưởng thôn, tháng 3 vừa rồi làm tổ trưởng tổ bầu cử và đã được chủ tịch xã "
        "tặng giấy khen tổng kết bầu cử. Cuối năm, là người hoạt động không chuyên ở thôn, tôi "
        "hoàn thành tốt nhiệm vụ. Có người bảo được giấy khen bầu cử rồi thì xét Lao động tiên "
        "tiến nữa là khen 2 lần cho một thành tích. Đúng không?",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "cong chuc xa dc giay khen CDS thi cuoi nam co dc xet them CSTDCS k hay bi coi la khen "
        "2 lan",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "ho gia dinh dc giay khen chu tich xa trong NTM roi thi nam do co bi loai khoi xet gia "
        "dinh van hoa k",
        ["Không.", "Gia đình văn hóa"],
    ),
    (
        "nhan vien tram y te dc giay khen chong dich thang 5/2026, cuoi nam tinh de nghi CSTDCS, "
        "giay khen co thay cho tieu chuan hoan thanh xuat sac nhiem vu k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "chi doan thanh nien xa tham gia chong bao xuat sac ca dot, tong ket dc giay khen tap "
        "the chu tich xa, thi co dc tinh them cho chi doan danh hieu TTLDTT k",
        ["Không.", "50%"],
    ),
    # the diagnosis's new wordings
    (
        "a can bo van phong bao ai da dc giay khen chu tich xa ve NTM thi nam do k dc binh LDTT "
        "nua vi trung khen, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "vdv da nhan giay khen chu tich xa vi HCV boi loi dai hoi TDTT, cuoi nam doan the lai "
        "xin khen giay khen cho chinh HCV do, lam vay co dung luat k",
        ["Không.", "Điều 5"],
    ),
    (
        "giay khen theo dot chong dich co dc tinh thay 1 nam CSTDCS de xet CSTD tinh k, CSTD "
        "tinh can may lan CSTDCS lien tuc",
        ["Không.", "3 lần"],
    ),
    # our own
    (
        "chi hoi truong phu nu dc giay khen xa ve phong trao van hoa, co nguoi noi vay thi cuoi "
        "nam k dc xet LDTT nua vi khen trung, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "ho nha em dc giay khen vi hien dat lam duong NTM roi, nam nay thon co bo ho em ra khoi "
        "danh sach gia dinh van hoa vi da dc khen k",
        ["Không.", "Gia đình văn hóa"],
    ),
    (
        "giay khen tong ket bau cu co dc dung thay cho tieu chuan hoan thanh xuat sac nhiem vu "
        "khi xet CSTDCS k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F1)
def test_movement_award_apart_from_titles(
    kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(kb, question, keys)


# F2: the close of a drive is khen theo đợt, with the normal dossier (brief §2.9, §2.11;
# Luật 2022 Điều 84 khoản 1, Điều 85)
F2 = [
    (
        "nghe noi khen theo phong trao CDS cung lam thu tuc don gian chi can to trinh voi tom "
        "tat thanh tich, dung k",
        ["Không.", "biên bản"],
    ),
    (
        "nghe noi khen chong dich thi la khen dot xuat nen chi can to trinh va bao cao tom tat, "
        "dung k ad",
        ["Không.", "biên bản"],
    ),
    (
        "a van phong bao tong ket dot phong chong bao so 3, xa khen 15 tap the va 40 ca nhan la "
        "khen dot xuat, dung k",
        ["Không.", "theo đợt"],
    ),
    ("khen VDV doat giai dai hoi TDTT xa thi la khen dot xuat dung k", ["Không.", "theo đợt"]),
    (
        "ho so khen tap the NTM theo thu tuc thuong thi co can bien ban binh xet k hay chi can "
        "to trinh",
        ["Có.", "biên bản"],
    ),
    # the diagnosis's new wordings
    (
        "tong ket thang cao diem ve sinh moi truong NTM, xa khen 10 ca nhan thi lam thu tuc dot "
        "xuat cho nhanh dc k",
        ["Không.", "theo đợt"],
    ),
    (
        "chi hoi phu nu bao tong ket dot chong lu thi k can bien ban hop binh xet, chi to trinh "
        "la du, dung k a",
        ["Không.", "biên bản"],
    ),
    (
        "hoi dien van nghe xa xong, khen doi dat giai theo dot thi ho so gom nhung gi, co can "
        "bien ban k",
        ["tờ trình", "biên bản"],
    ),
    # our own
    (
        "nghe noi khen tong ket dot bau cu la khen dot xuat nen chi can to trinh, dung k",
        ["Không.", "biên bản"],
    ),
    (
        "so ket phong trao chuyen doi so, xa khen 5 tap the thi co phai khen dot xuat k",
        ["Không.", "theo đợt"],
    ),
    (
        "khen tong ket dot chong han theo thu tuc thuong thi ho so co can bien ban hop hoi dong k",
        ["Có.", "biên bản"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F2)
def test_drive_close_not_sudden(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: the ask of these has no "có … không" the hearsay rules read ("chi hội là tập thể thì dc giấy
#: khen chủ tịch xã k"; "… có dc đề ra chỉ tiêu, tiêu chí riêng cho từng thôn k" split by its
#: comma): left for a later task
_ASK_UNREAD = pytest.mark.xfail(strict=True, reason="the yes/no ask is not read as one")

# F4: the dossier and the recipient of a drive's giấy khen (NĐ 152/2025 Điều 6 khoản 2 điểm c;
# Luật 2022 Điều 75, Điều 84 khoản 1)
F4 = [
    (
        "ho so khen theo dot CDS cua xa co phai theo mau va thanh phan tinh quy dinh k, hay "
        "luat quy dinh cung",
        ["Có.", "tỉnh"],
    ),
    pytest.param(
        "hoi LHPN xa de nghi khen chi hoi phu nu lam CDS tot, chi hoi la tap the thi dc giay "
        "khen chu tich xa k",
        ["Có.", "tập thể"],
        marks=_ASK_UNREAD,
    ),
    (
        "hs khen tong ket bau cu cho to bau cu gom nhung gi, co can bao cao thanh tich tap the k",
        ["Có.", "báo cáo thành tích"],
    ),
    # the diagnosis's new wordings
    (
        "chi hoi CCB thon la tap the, co dc chu tich xa tang giay khen tap the ve phong trao van "
        "hoa k, bn tien",
        ["Có.", "1.520.000"],
    ),
    (
        "thanh phan ho so giay khen theo dot chong lu co phai do UBND tinh quy dinh k a",
        ["Có.", "tỉnh"],
    ),
    (
        "de nghi giay khen cho to bau cu thi co phai kem bao cao thanh tich cua to k, ai ky xac "
        "nhan",
        ["Có.", "báo cáo thành tích"],
    ),
    # our own
    ("chi doan thon la tap the thi co dc giay khen chu tich xa k", ["Có.", "tập thể"]),
    (
        "mau ho so khen theo chuyen de NTM co phai do tinh quy dinh k",
        ["Có.", "tỉnh"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F4)
def test_drive_award_dossier(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F5: what a drive's plan may set; a task done in a drive (domain.md §2.6, §2.9; Luật 2022
# Điều 3 khoản 1, Điều 20 khoản 2, Điều 75; NĐ 86/2023)
F5 = [
    (
        "ke hoach cuoc van dong cua xa co dc ghi 'ho nao k dong gop quy thi bi loai GDVH' k, "
        "tieu chuan GDVH do ai quy dinh",
        ["Không.", "tỉnh"],
    ),
    (
        "ke hoach phong trao van hoa cua xa co dc de ra tieu chi thi dua rieng cho cac thon k",
        ["Có.", "tiêu chí"],
    ),
    (
        "a pho ban bau cu bao nguoi lam to bau cu la nhiem vu duoc giao nen k dc khen, dung k",
        ["Không.", "theo đợt"],
    ),
    # the diagnosis's new wordings
    (
        "ke hoach NTM cua xa ghi thon nao k nop du quy thi k dc xet thon van hoa, xa tu dat them "
        "dieu kien vay dc k",
        ["Không.", "tỉnh"],
    ),
    (
        "can bo xa lam nhiem vu bau cu theo phan cong thi cuoi dot co dc khen giay khen theo dot k",
        ["Có.", "theo đợt"],
    ),
    pytest.param(
        "ke hoach dot thi dua chuyen doi so cua xa co dc de ra chi tieu, tieu chi rieng cho tung "
        "thon k",
        ["Có.", "tiêu chí"],
        marks=_ASK_UNREAD,
    ),
    # our own
    (
        "nghe noi cong chuc xa truc chong dich theo phan cong la nhiem vu nen tong ket dot k dc "
        "khen, dung k",
        ["Không.", "theo đợt"],
    ),
    (
        "ke hoach thi dua chuyen doi so cua xa co dc de ra chi tieu rieng cho tung thon k",
        ["Có.", "tiêu chí"],
    ),
    (
        "xa dat them dieu kien ho k dong gop quy NTM thi k dc xet gia dinh van hoa, dung k",
        ["Không.", "tỉnh"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F5)
def test_drive_plan_and_task(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F7: the thôn's standard and the province's Bằng khen instead (domain.md §2.7, §2.11; Luật
# 2022 Điều 5 khoản 2 điểm c, Điều 74, Điều 79, Điều 93 khoản 8)
F7 = [
    (
        "thon e dat thon van hoa ma 1 ho trong thon bi xu phat hanh chinh, thon co bi mat danh "
        "hieu k",
        ["Tùy", "tỉnh"],
    ),
    (
        "nguoi cuu nguoi trong lu dc giay khen dot xuat cua xa, thanh tich qua lon thi xa co de "
        "nghi tinh khen thay vi xa khen dc k, ai quyet dinh",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
    # the diagnosis's new wordings
    (
        "thon van hoa nam nay co 2 ho vi pham ve sinh moi truong, tieu chuan thon van hoa co cho "
        "phep k, ai quy dinh chi tiet",
        ["Tùy", "tỉnh"],
    ),
    (
        "thanh nien cuu 3 nguoi trong lu, thanh tich lon thi xa de nghi bang khen chu tich UBND "
        "tinh thay vi giay khen xa dc k",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "doanh nghiep giup xa chong bao rat lon, xa co trinh tinh khen thay vi xa tu khen dc k, "
        "ho so gui dau",
        ["Có.", "Sở Nội vụ"],
    ),
    # our own
    (
        "to dan pho van hoa co 1 ho bi phat vi lan chiem via he thi co bi mat danh hieu k",
        ["Tùy", "tỉnh"],
    ),
    (
        "ong A hien 500m2 dat lam truong hoc, xa de nghi bang khen tinh thay vi giay khen xa dc k",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F7)
def test_village_standard_and_province(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F8: the old "giấy khen Gia đình văn hóa 3 năm liên tục" is NĐ 122/2018's; NĐ 86/2023 now
# (brief §1.2 item 8)
F8 = [
    ("nghe noi van con giay khen gia dinh van hoa 3 nam lien tuc, dung k", ["Không.", "86/2023"]),
    # the diagnosis's new wordings
    (
        "thon van hoa con xet 5 nam lien tuc nhu ND 122 k, nay theo nghi dinh nao",
        ["Không.", "86/2023"],
    ),
    ("GDVH bay gio con cham diem 85 diem k ad", ["Không.", "86/2023"]),
    (
        "gia dinh van hoa 3 nam lien tuc con dc giay khen rieng k, nay xet theo ND nao",
        ["Không.", "86/2023"],
    ),
    # our own
    ("co phai gia dinh van hoa 3 nam lien tuc thi dc giay khen k", ["Không.", "86/2023"]),
    ("nghe noi thon van hoa 5 nam lien tuc moi dc giay khen, dung k ad", ["Không.", "86/2023"]),
    ("nay con giay khen GDVH 3 nam lien tuc nua k", ["Không.", "86/2023"]),
]


@pytest.mark.parametrize(("question", "keys"), F8)
def test_family_title_current_basis(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F3: one council advises, the chairman launches and decides (Luật 2022 Điều 3 khoản 1, Điều 90
# khoản 4; NĐ 129/2025 Điều 59)
F3 = [
    (
        "khen NTM xa co can lap hoi dong rieng k, hoi dong TDKT xa co vai tro gi, co quyet dinh "
        "khen thay chu tich dc k",
        ["Không.", "tham mưu"],
    ),
    (
        "nghe noi khen VDV dai hoi TDTT phai lap hoi dong TDKT rieng cua dai hoi moi dc xet, "
        "dung k",
        ["Không.", "Hội đồng"],
    ),
    (
        "HDTDKT xa co phat dong phong trao NTM thay chu tich xa dc k, hay chi tham muu",
        ["Không.", "tham mưu"],
    ),
    (
        "xa e phat dong phong trao chuyen doi so, doan thanh nien xa co dc tu phat dong 1 dot thi "
        "dua 'tuan le so' trong doan vien k",
        ["Có.", "tự nguyện"],
    ),
    # the diagnosis's new wordings
    (
        "hoi dong thi dua xa co dc ky quyet dinh tang giay khen tong ket bau cu thay chu tich xa k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "le hoi xa nam nay co phai thanh lap hoi dong thi dua khen thuong rieng cho le hoi moi "
        "khen dc k, hay hoi dong xa tham muu",
        ["Không.", "tham mưu"],
    ),
    (
        "ban chi dao phong chong dich cua xa co quyen phat dong thi dua va quyet dinh khen thay "
        "chu tich UBND xa k",
        ["Không.", "Chủ tịch UBND"],
    ),
    # our own
    (
        "hoi thi van nghe cua xa co can thanh lap hoi dong thi dua rieng de xet giai k",
        ["Không.", "tham mưu"],
    ),
    (
        "nghe noi hoi dong TDKT xa duoc ky giay khen thay chu tich khi chu tich di vang, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "hoi phu nu xa co dc tu phat dong thi dua rieng trong hoi vien k",
        ["Có.", "tự nguyện"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F3)
def test_council_advises(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# controls: nearby questions whose answers must not change
CONTROLS = [
    # a different deed later: the form may be given again (Luật 2022 Điều 5 khoản 2 điểm c)
    (
        "nam ngoai anh Nam dc giay khen chong lu, nam nay lai cuu nguoi duoi nuoc thi xa co "
        "khen giay khen nua dc k",
        ["Có."],
    ),
    # a title and a form at once: both prizes (NĐ 152/2025 Điều 49)
    (
        "cung luc dat LDTT va dc giay khen xa thi nhan ca 2 khoan tien thuong dung k",
        ["Có."],
    ),
    # a rescue is khen đột xuất, simplified procedure (Luật 2022 Điều 85)
    (
        "nghe noi khen dot xuat cho nguoi cuu nguoi duoi nuoc chi can to trinh va bao cao tom "
        "tat, dung k",
        ["Có."],
    ),
    ("LDTT can nhung tieu chuan gi", ["hoàn thành tốt nhiệm vụ"]),
    # who chairs the council is still its own fact (Luật 2022 Điều 90)
    ("hoi dong thi dua khen thuong xa do ai lam chu tich", ["Chủ tịch UBND"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
