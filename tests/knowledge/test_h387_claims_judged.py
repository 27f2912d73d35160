"""Task h387 (tuning set b143): a line put up is judged as the asker wrote it, not on a nearby
attribute's verdict.

Families (diagnosis /tmp/p20/diag/b143.md), each with the tuning questions of b143, the
evaluator's new wordings and at least three of our own; controls are near wordings whose answer
must not change. The facts asserted are what the officer reads (folded match, as the scorer);
the verdict is the one the first block opens with.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 3 khoản 2, 3 (titles and awards
carry a material reward), Điều 7 (registration is no ground of a title), Điều 20 khoản 2 (Gia
đình văn hóa for households), Điều 22 khoản 1 (CSTĐ tỉnh: chosen among 03 consecutive CSTĐCS,
with a sáng kiến of provincial reach), Điều 23 (CSTĐCS: LĐTT plus HTXS, a sáng kiến or a đề
tài), Điều 28 (TTLĐTT: over 50 % LĐTT), Điều 80 khoản 4 (a firm's head gives his staff's titles),
Điều 85 (khen đột xuất), Điều 93 khoản 8 (who decided revokes; hiện vật and tiền thưởng taken
back); NĐ 152/2025 Điều 50 (coefficients: LĐTT 0,3; CSTĐCS 1,0; TTLĐTT 0,8; TTLĐXS 1,5; thôn
văn hóa 1,5; xã/phường tiêu biểu 2,0), lương cơ sở 2.530.000 đ; NĐ 86/2023 (replaced NĐ 122/2018
and its point scale; village review before 25/11, 10 days of comments, 15 days to publish the
decision); NĐ 129/2025 Điều 59 (the district's powers are the xã's from 01/7/2025).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask_keyed
from tests.knowledge.officer_eval import leading_verdicts

#: F1: a negated or restrictive line ("chỉ được cái bằng, hok có tiền", "chứ luật hok bắt buộc")
#: is judged as a line, not answered on the substance
NEGATED_CLAIM = [
    # b143
    (
        "nghe noi CSTDCS chi dc cai bang treo tuong chu hok co tien thuong, dung hok, "
        "vay thuong bn",
        ["Không.", "2.530.000"],
    ),
    ("phuong tieu bieu chi dc bang khen hok co tien, dung k, vay bn", ["Không.", "5.060.000"]),
    (
        "ap ky giao uoc thi dua voi xa la do tinh, xa tu dat ra, chu luat hok bat buoc phai k",
        ["Có.", "tỉnh"],
    ),
    # the evaluator's new wordings
    (
        "may ba noi TTLDXS chi dc cai bang voi khung thoi, hok co dong thuong nao, phai hong",
        ["Không.", "3.800.000"],
    ),
    ("nghe noi LDTT chi co ten trong QD chu hok co tien, dung k ad", ["Không.", "760.000"]),
    (
        "CSTDCS gio hok can sang kien nua, hoan thanh xuat sac nhiem vu la du, phai hong",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # our own
    (
        "nghe đồn Chiến sĩ thi đua cơ sở chỉ được tấm bằng thôi chứ không có tiền, đúng không ạ",
        ["Không.", "2.530.000"],
    ),
    (
        "khom van hoa chi dc cai bang chung nhan thoi chu k co tien thuong phai k ad",
        ["Không.", "3.800.000"],
    ),
    ("nghe noi luat k bat buoc dang ky thi dua, la do tinh tu dat ra, dung k", ["Có.", "tỉnh"]),
    (
        "CSTDCS k can sang kien, chi can HTXS nhiem vu la dc, dung hong",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
]

#: F2: a long letter quotes a wrong line, then asks its own question the other way round
LETTER_OWN_ASK = [
    # b143
    (
        "cong ty tui truoc gio tu binh LDTT cho cong nhan, co ong ban noi bo cap huyen roi thi "
        "phai gui ho so ve xa cho chu tich xa ky. Vay giam doc cong ty van tu ky LDTT cho cong "
        "nhan nhu cu phai k",
        ["Có.", "Giám đốc"],
    ),
    # the evaluator's new wordings
    (
        "HTX tui truoc gio giam doc tu ky giay khen cho xa vien, nay co chi o xa noi phai xin chu "
        "tich xa. vay giam doc HTX van ky giay khen dc phai k",
        ["Có.", "Giám đốc"],
    ),
    (
        "em nghi thai san 6 thang nam ni, chi ke toan noi phai di lam du 10 thang moi dc binh. "
        "vay em co dc binh LDTT k a",
        ["Có.", "thai sản"],
    ),
    # our own
    (
        "xuong cua cty tui, anh ke toan bao gio phai trinh xa ky LDTT. vay giam doc con tu ky "
        "LDTT cho cong nhan dc k",
        ["Có.", "Giám đốc"],
    ),
    (
        "HTX minh, chi ban noi bay gio giam doc HTX k dc tu khen nua ma phai xin xa. vay giam doc "
        "van tu tang giay khen cho xa vien dc phai k",
        ["Có.", "Giám đốc"],
    ),
]

#: F2, the unit's share: the letter's own ask is whether its unit qualifies; the wrong share
#: quoted is corrected but does not give the verdict "Không" (the collective's own "hoàn thành
#: tốt nhiệm vụ" is not told, so "Tùy" is honest)
LETTER_OWN_SHARE = [
    (
        "Thưa ad, trường mầm non của tui có 30 người, năm học này bình được 16 người Lao động tiên "
        "tiến, tất cả hoàn thành nhiệm vụ, không ai bị kỷ luật. Có cô trong trường nói phải 2/3 "
        "đạt LĐTT mới được Tập thể lao động tiên tiến. Vậy trường tui có đủ điều kiện không, nếu "
        "được thì thưởng bao nhiêu",
        ["50 %", "2/3", "2.030.000"],
    ),
    (
        "chao ad, to tui co 10 nguoi, 8 nguoi dat LDTT. co ong trong to noi phai co 1 nguoi CSTDCS "
        "moi dc TTLDTT. vay to tui co dat TTLDTT k",
        ["50 %"],
    ),
    (
        "Tổ chúng tôi 12 người, 7 người đạt LĐTT. Có anh nói phải 2/3 mới được TTLĐTT. Vậy tổ tôi "
        "có đạt không?",
        ["50 %", "58 %"],
    ),
    (
        "to em 9 nguoi, 5 nguoi dat LDTT, chi pho phong bao phai 2/3 moi dc TTLDTT. vay to em co "
        "du k",
        ["50 %"],
    ),
]

#: F3: a neighbouring attribute's block must not lead with its own verdict
NEIGHBOUR_VERDICT = [
    # b143
    (
        "nghe noi GDVH phai dat 85 diem tro len theo thang diem moi dc, dung k",
        ["Không.", "86/2023"],
    ),
    (
        "chi tui o tram y te, 3 nam lien CSTDCS 2023 2024 2025 roi. may ba o tram noi du 3 lan "
        "lien tuc la tu dong dc CSTD tinh, khoi lam j them. tui k co sang kien nao cap tinh het. "
        "vay co dung hong",
        ["Không.", "sáng kiến"],
    ),
    (
        "giao vien dc CSTDCS nam 2024 do chu tich huyen ky, nay phat hien khai man thi van bi huy "
        "dc phai k",
        ["Có.", "thu hồi"],
    ),
    (
        "nghe noi bi huy khen thi chi tra lai tien, con giay khen thi giu lam ky niem, dung k",
        ["Không.", "hiện vật"],
    ),
    ("hoi tui nghe ho so tong ket nam phai nop len xa truoc 1/12, dung k", ["Tùy", "kế hoạch"]),
    # the evaluator's new wordings
    (
        "may ong noi du 3 lan CSTDCS la tinh phai cong nhan CSTD tinh luon, hok xet lai, dung hok",
        ["Không.", "sáng kiến"],
    ),
    (
        "LDTT cua tui do chu tich huyen ky nam 2024, gio phat hien tui ke sai ngay cong thi xa co "
        "huy dc k",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    ("nghe noi thon van hoa gio phai cham du 100 diem moi dat, dung k ad", ["Không.", "86/2023"]),
    # our own
    ("nghe nói gia đình văn hóa phải đủ 90 điểm mới đạt, đúng không ạ", ["Không.", "86/2023"]),
    ("CSTDCS 3 nam lien la mac nhien len CSTD tinh phai k", ["Không.", "sáng kiến"]),
    (
        "giay khen xa tang nam 2023 do chu tich huyen ky, nay phat hien khai gian thi co bi thu "
        "hoi k",
        ["Có.", "thu hồi"],
    ),
    (
        "bị hủy danh hiệu thì chỉ nộp lại tiền thưởng, bằng vẫn được giữ đúng k",
        ["Không.", "hiện vật"],
    ),
    ("hồ sơ thi đua cuối năm thôn phải nộp trước ngày 5/12 đúng không ad", ["Tùy", "kế hoạch"]),
]

#: F4: the văn hóa titles' timing and publication asked, not who decides or the council
CULTURE_TIMING = [
    # b143
    (
        "hoi nong dan xa tui dang tinh de het thang 12 tong ket nam xong moi binh xet GDVH cho ba "
        "con 1 lan cho gon, luc do ai cung ranh, ap nao cung hop chung 1 buoi. Lam vay co dung "
        "quy dinh k ad",
        ["Không.", "25/11"],
    ),
    (
        "hoi dong thi dua xa hop danh gia thon van hoa xong phai cong khai lay y kien 10 ngay "
        "phai k",
        ["Có.", "10 ngày"],
    ),
    # the evaluator's new wordings
    (
        "ap tui tinh dau thang 12 moi hop binh xet GDVH cho ba con, vay co tre han hong ad",
        ["Có.", "25/11"],
    ),
    (
        "danh sach khom van hoa dan o nha van hoa bao lau roi moi trinh chu tich phuong dc",
        ["10 ngày"],
    ),
    ("xa ra QD GDVH roi thi bao nhieu ngay phai cong khai danh sach vay", ["15 ngày"]),
    # our own
    (
        "thôn em định sang tháng 12 mới họp bình xét gia đình văn hóa, vậy có được không",
        ["Không.", "25/11"],
    ),
    ("ap van hoa hop xet xong roi thi niem yet lay y kien bao nhieu ngay", ["10 ngày"]),
    ("hoi dong xa hop xet GDVH xong co phai niem yet cong khai k", ["Có.", "10 ngày"]),
    # siblings of older sets, the same reading: a publication shorter than 10 days, the
    # village's own December practice judged
    (
        "thon e niem yet ds GDVH co 3 ngay roi gui len xa luon cho kip, vay co dc k ad",
        ["Không.", "10 ngày"],
    ),
    (
        "truong thon e nghe noi danh sach ho dat gia dinh van hoa chi can niem yet 3 ngay la du "
        "roi lap ho so trinh xa, dung k",
        ["Không.", "10 ngày"],
    ),
    (
        "tổ em định niêm yết danh sách gia đình văn hóa 5 ngày cho nhanh, được không ạ",
        ["Không.", "10 ngày"],
    ),
    (
        "thon e nam nao cung de het thang 12 hop tong ket roi moi binh xet GDVH luon cho do mat "
        "cong hop nhieu lan, xong gui danh sach len xa dau thang 1. nam nay can bo xa bao lam vay "
        "la tre han. cho hoi thon lam vay co dung k, binh xet phai xong truoc ngay nao, chu tich "
        "xa ky QD trong bao lau",
        ["Không.", "25/11", "10 ngày"],
    ),
    (
        "nghe noi binh xet GDVH phai xong truoc 25/11, thon e lam thang 12 la tre roi dung k",
        ["Có.", "25/11"],
    ),
]

#: F5: registration (đăng ký thi đua) by the Law (Điều 7) and by the asker's own xã
REGISTRATION = [
    # b143
    (
        "cong ty tui chua dang ky thi dua voi xa, vay theo luat cong nhan co bi mat LDTT k",
        ["Không.", "căn cứ"],
    ),
    (
        "hoi CCB xa tui moi nam deu lam ban dang ky thi dua gui xa. nam nay anh chu tich hoi bao "
        "luat moi bo dang ky roi, k can lam nua, con xa thi van doi nop. vay bay gio co con phai "
        "dang ky k ad",
        ["Tùy", "tỉnh"],
    ),
    # the evaluator's new wordings
    (
        "tram y te chua nop ban dang ky thi dua dau nam, luat co cam xet LDTT cho anh em k",
        ["Không."],
    ),
    ("phuong tui van bat cac khom nop dang ky thi dua, vay khom co bat buoc nop hong", ["Tùy"]),
    ("cong nhan k ky giao uoc thi dua voi cong ty thi theo luat co bi mat LDTT hok", ["Không."]),
    # our own
    (
        "chi em trong truong chua ky ban dang ky thi dua, theo luat co bi mat LDTT khong",
        ["Không."],
    ),
    ("xa van bat cac thon nop dang ky thi dua, vay thon co phai nop k", ["Tùy"]),
    ("theo luật thì không đăng ký thi đua có bị cấm xét CSTĐCS không", ["Không."]),
]

#: F6: a restrictive "chỉ … thôi" line the facts decide is "Không", not "Tùy"
ONLY_CLAIM = [
    # b143
    ("co phai khen dot xuat chi danh cho can bo nha nuoc thoi k", ["Không.", "hộ gia đình"]),
    # the evaluator's new wordings
    ("giay khen dot xuat chi tang ca nhan thoi, tap the hok dc, dung k", ["Không.", "tập thể"]),
    ("khen dot xuat chi danh cho vu cuu nguoi thoi ha ad", ["Không.", "kế hoạch"]),
    ("GDVH chi xet cho ho co nguoi lam nha nuoc thoi phai hong", ["Không."]),
    # our own
    ("khen đột xuất chỉ dành cho công chức thôi à", ["Không.", "hộ gia đình"]),
    ("giay khen dot xuat chi cho ca nhan thoi phai k, ho gia dinh k dc", ["Không.", "hộ gia đình"]),
    ("GĐVH chỉ xét cho hộ có đảng viên thôi đúng không", ["Không."]),
    ("khen dot xuat chi danh cho chong bao lut thoi ha", ["Không.", "kế hoạch"]),
]

#: F7: "quận" typed bare, "thị xã giải thể": the abolished district level
DISTRICT_BARE = [
    # b143
    (
        "nghe noi quan van con hoi dong thi dua, phuong van phai trinh qua quan, dung k",
        ["Không.", "1/7/2025"],
    ),
    # the evaluator's new wordings
    (
        "phuong tui hoi truoc trinh quan khen CSTDCS, gio con phai trinh quan nua hok",
        ["Không.", "1/7/2025"],
    ),
    (
        "hoi dong thi dua khen thuong quan con hok vay, phuong minh trinh ai",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("thi xa giai the roi thi phuong trinh khen cao len dau", ["Sở Nội vụ"]),
    # our own
    (
        "phuong em hoi truoc gui ho so len quan, gio con gui len quan nua k",
        ["Không.", "1/7/2025"],
    ),
    ("thi xa bi bo roi, phuong trinh bang khen tinh qua dau", ["Sở Nội vụ"]),
    ("nghe noi ho so khen cua phuong van phai qua quan tham dinh, dung k", ["Không.", "1/7/2025"]),
]

#: F8: another service asked, a HTX, a school or a firm only named: declined
OFF_TOPIC = [
    # b143
    "huong dan cai zalo tren may tinh cho HTX voi",
    # the evaluator's new wordings
    "HTX muon mo tai khoan ngan hang thi can giay to gi",
    "cong ty tui muon dang ky them nganh nghe kinh doanh thi nop o dau",
    "truong mam non tuyen giao vien hop dong thi nop ho so o dau",
    # our own
    "chi cach cai zalo tren dien thoai cho ap truong voi",
    "xa tuyen cong chuc dia chinh thi nop ho so o dau",
    "hướng dẫn đăng nhập facebook cho hội phụ nữ xã",
]

#: near wordings whose answer must not change
CONTROLS = [
    ("CSTDCS co tien thuong k", ["Có.", "2.530.000"]),
    ("GDVH co tien thuong k", ["Tùy"]),
    ("CSTD tinh can may lan CSTDCS", ["03 lần"]),
    ("GDVH binh xet truoc 25/11 dung k", ["Có.", "25/11"]),
    ("khong dang ky thi dua thi chac chan khong duoc xet LDTT dung k", ["Tùy"]),
    ("chi thanh tich ngoai ke hoach moi dc khen dot xuat dung k", ["Có."]),
    ("thôn văn hóa thì hội đồng xã họp xét phải không", ["Có.", "Hội đồng"]),
    ("co quan tui co dc tang TTLDTT k", ["Có."]),
    ("ho so de nghi khen thuong nop qua zalo dc k", ["Tùy"]),
    ("CSTDCS bat buoc phai co sang kien dung k", ["Không."]),
    (
        "CSTDCS bat buoc phai co sang kien k hay chi can hoan thanh xuat sac nhiem vu la dc",
        ["Không."],
    ),
    ("nghe noi CSTDCS chi co tien thuong, k co bang chung nhan, dung k", ["Không."]),
    (
        "bi canh cao nam nay thi van dc nhan tien thuong LDTT 760.000 nhu moi nguoi dung k",
        ["Không."],
    ),
    (
        "nghe nói hạn nộp hồ sơ khen tổng kết năm là trước 1/12 áp dụng cả nước, đúng k ạ",
        ["Không."],
    ),
    (
        "me e ban rau ngoai cho, nha e co dc binh gia dinh van hoa k hay chi nha can bo moi dc",
        ["Có.", "hộ gia đình"],
    ),
    (
        "có người bảo nông dân không được Lao động tiên tiến, vậy xã xét LĐTT cho bác Ba làm ruộng "
        "là sai đúng không",
        ["Không."],
    ),
]


@pytest.mark.parametrize(("question", "keys"), NEGATED_CLAIM)
def test_negated_claim_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), LETTER_OWN_ASK)
def test_letter_own_ask(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), LETTER_OWN_SHARE)
def test_letter_own_share_not_refused(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    text = ask_keyed(officer_kb, question, keys)
    assert leading_verdicts(text)[:1] != ["Không"], text


@pytest.mark.parametrize(("question", "keys"), NEIGHBOUR_VERDICT)
def test_neighbour_block_does_not_lead(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CULTURE_TIMING)
def test_culture_timing(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), REGISTRATION)
def test_registration(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), ONLY_CLAIM)
def test_only_claim(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), DISTRICT_BARE)
def test_district_bare(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_declined(officer_kb: KnowledgeBase, question: str) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
