"""Task h378 (tuning set b140): the officer who stacks two or three asks in one message.

"1/ … 2/ …", "1. … 2. …", "…; …", "với lại …", "còn …", "ngoài ra còn gì": every ask gets its own
block. Each family holds the tuning questions of b140, the evaluator's new wordings and at least
three of our own; the facts asserted are what the officer must read (folded match, as the
scorer), the verdict the one the first block opens with.

Legal basis of the keys: Luật Thi đua, khen thưởng 2022 Điều 23 (CSTĐCS: LĐTT plus HTXS, a sáng
kiến or a đề tài), Điều 24 khoản 1 and 3 (LĐTT for cán bộ, công chức … and for công nhân, nông
dân, người lao động khác), Điều 84 khoản 1 (dossier), Điều 80 khoản 3; NĐ 152/2025 Điều 50
(coefficients: LĐTT 0,3; CSTĐCS 1,0; giấy khen cá nhân 0,3, tập thể 0,6; TTLĐTT 0,8), lương cơ
sở 2.340.000 đ until 30/6/2026 and 2.530.000 đ from 01/7/2026 (the decision's date counts);
TT 15/2025/TT-BNV (new hire under 6 months, khiển trách, thai sản).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: F4: the case's own yes/no beside a criteria (or dossier) ask: both blocks
STACKED_CASE = [
    (
        "to chuc xa hoi truong hop nay: 1 ban hop dong lao dong moi tuyen ve xa tu thang 8/2026, "
        "lam viec cham chi, dc moi nguoi khen. cuoi nam nay xa hop xet thi dua. 1/ ban ay co dc "
        "xet LDTT nam 2026 k 2/ LDTT can dat tieu chuan gi",
        ["Không.", "6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "thu quy xa bi khien trach thang 3. 1. cuoi nam co xet LDTT dc k 2. LDTT can dat tieu "
        "chuan gi",
        ["Không.", "khiển trách", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chi ke toan nghi sinh 6 thang nam nay, cuoi nam co binh LDTT dc k; voi lai tieu chuan "
        "LDTT la gi",
        ["Có.", "thai sản", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "xa e co ban moi tuyen thang 10, 1/ co xet LDTT nam nay k 2/ ho so LDTT gom gi",
        ["Không.", "6 tháng", "biên bản"],
    ),
    # our own wordings
    (
        "Công chức địa chính bị khiển trách tháng 5. 1) Cuối năm có được xét LĐTT không? "
        "2) Hồ sơ LĐTT gồm những gì?",
        ["Không.", "khiển trách", "báo cáo thành tích"],
    ),
    (
        "anh van hoa moi tuyen dung thang 9/2026 a. 1/ nam nay a co dc binh LDTT ko 2/ tieu chuan "
        "LDTT la j",
        ["Không.", "6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "co van thu nghi thai san 5 thang. 1. cuoi nam co dc xet LDTT k 2. ho so gom nhung gi",
        ["Có.", "thai sản", "biên bản"],
    ),
    (
        "xa e co chi moi tuyen thang 11. a) chi ay co dc xet lao dong tien tien nam nay k "
        "b) tieu chuan LDTT la gi",
        ["Không.", "6 tháng", "hoàn thành tốt nhiệm vụ"],
    ),
]

#: F5: the second amount, the amount after ";", a price list, the dossier after a yes/no
STACKED_LATER = [
    (
        "ke toan hoi nhanh: LDTT nam hoc 2025-2026 QD ky 10/6/2026 thi chi bao nhieu, con neu QD "
        "ky sau 1/7/2026 thi bn",
        ["710.000", "760.000"],
    ),
    (
        "CSTDCS va LDTT cua nhan vien tram do ai chi tien, co lay tu quy luong cua tram k; LDTT "
        "thi bn",
        ["quỹ thi đua", "760.000"],
    ),
    (
        "e la ke toan xa, cuoi nam 2026 xa du kien khen: 35 LDTT, 5 CSTDCS, 2 TTLDTT, 3 giay "
        "khen tap the, 10 giay khen ca nhan, QD ky 25/12/2026. e can lap du toan chi tu quy thi "
        "dua. cho e don gia 1 LDTT, 1 CSTDCS va 1 TTLDTT voi",
        ["760.000", "2.530.000", "2.030.000"],
    ),
    # h386: the đề tài route told is the case of the dossier's yes/no; "văn bản nghiệm thu" is
    # a paper of the dossier (b86's "kèm thêm văn bản nghiệm thu" claim kept "Có.")
    (
        "de nghi CSTDCS cho bac si theo huong de tai khoa hoc thi phai kem van ban nghiem thu de "
        "tai dung k, con gi nua",
        ["Có.", "nghiệm thu", "báo cáo thành tích"],
    ),
    (
        "giay khen tap the QD thang 5/2026 thi bn, con QD thang 12/2026 thi bn",
        ["1.410.000", "1.520.000"],
    ),
    (
        "du toan khen thuong cuoi nam: cho e muc chi 1 giay khen ca nhan, 1 giay khen tap the va "
        "1 thon van hoa",
        ["760.000", "1.520.000", "3.800.000"],
    ),
    (
        "ho so de nghi CSTD tinh cho anh A co phai kem giay chung nhan sang kien k, ngoai ra con "
        "gom nhung gi",
        ["Có.", "tờ trình", "báo cáo thành tích"],
    ),
    # our own wordings
    (
        "CSTĐCS quyết định ký 15/6/2026 thì thưởng bao nhiêu, còn nếu ký 20/12/2026 thì bao nhiêu",
        ["2.340.000", "2.530.000"],
    ),
    (
        "lap du toan nam 2026 (QD ky thang 12): cho e don gia 1 giay khen ca nhan va 1 LDTT voi a",
        ["760.000"],
    ),
    (
        "de nghi CSTDCS cho co giao co sang kien thi phai kem giay cong nhan sang kien dung k, "
        "ngoai ra con gi nua",
        ["Có.", "báo cáo thành tích"],
    ),
]


#: F2: a relation or comparison between two prizes or titles, read as one
COMPARED = [
    (
        "LDTT co phai dieu kien bat buoc truoc khi len CSTDCS k, con LDTT nam nay thuong bn",
        ["Có.", "Lao động tiên tiến", "760.000"],
    ),
    (
        "giay khen dot xuat cho ca nhan thi muc tien thuong co khac giay khen tong ket nam k",
        ["Không.", "760.000"],
    ),
    (
        "nghe noi thuong CSTDCS chi bang 2 lan LDTT thoi, dung k, e tinh thu thay k khop",
        ["Không.", "2.530.000", "760.000"],
    ),
    ("muon dc LDTT thi co phai dat CSTDCS truoc k", ["Không."]),
    (
        "tien thuong giay khen ho gia dinh voi giay khen ca nhan co chenh nhau k",
        ["Không.", "760.000"],
    ),
    ("thuong TTLDXS co gap doi TTLDTT k", ["Không.", "3.800.000", "2.030.000"]),
    # our own wordings
    (
        "Lao động tiên tiến có phải là điều kiện để xét chiến sĩ thi đua cơ sở không",
        ["Có.", "Lao động tiên tiến"],
    ),
    ("cstdcs la dieu kien de len cstd tinh phai k", ["Có.", "03 lần liên tục"]),
    ("nghe bảo tiền thưởng CSTĐCS gấp 3 lần LĐTT, đúng không ạ", ["Không.", "2.530.000"]),
    (
        "giấy khen khen theo chuyên đề với giấy khen tổng kết cuối năm cho cá nhân mức thưởng có "
        "khác nhau không",
        ["Không.", "760.000"],
    ),
    ("gk ho gd vs gk ca nhan tien thuong co chenh k ad", ["Không.", "760.000"]),
]

#: F6: the verdict the facts decide opens the block
VERDICT_FIRST = [
    (
        "1/ co giao hoan thanh xuat sac nhiem vu nam hoc nay, k co sang kien, co dc de nghi "
        "CSTDCS k 2/ neu dc thi ho so can nhung gi",
        ["Có.", "báo cáo thành tích"],
    ),
    (
        "pho chu tich UBMTTQ xa (can bo xa) co dc xet CSTDCS k, tien thuong bn",
        ["Có.", "2.530.000"],
    ),
    (
        "giay khen cho ho gia dinh, truoc huyen doi bien ban, gio ho so co con can bien ban binh "
        "xet k",
        ["Có.", "biên bản"],
    ),
    (
        "nam nay chi dc CSTDCS, thang 10 lai dc giay khen dot xuat vi cuu nguoi, vay nhan ca 2 "
        "tien thuong dc k",
        ["Có.", "2.530.000", "760.000"],
    ),
    # our own wordings
    (
        "1. thầy giáo hoàn thành xuất sắc nhiệm vụ, không có sáng kiến, có được đề nghị CSTĐCS "
        "không 2. nếu được thì thưởng bao nhiêu",
        ["Có.", "2.530.000"],
    ),
    (
        "chi pho chu tich hoi phu nu xa (can bo xa) co dc xet CSTDCS ko; thuong bn",
        ["Có.", "2.530.000"],
    ),
    (
        "a dat CSTDCS nam nay, thang 9 dc giay khen dot xuat vi cuu nguoi duoi nuoc, co nhan ca 2 "
        "khoan tien k",
        ["Có.", "2.530.000", "760.000"],
    ),
]

#: F7: Điều 24 khoản 3 subjects beside a mention of công chức
THIRD_CLAUSE = [
    (
        "nong dan trong thon lam kinh te gioi, giup do ba con, co dc tang danh hieu LDTT k hay chi "
        "danh cho can bo cong chuc; neu dc thi thuong bn",
        ["Có.", "sản xuất có hiệu quả", "760.000"],
    ),
    (
        "to truong TDP hoi: nguoi lao dong tu do trong to co phai cung dat hoan thanh tot nhiem "
        "vu nhu cong chuc moi dc LDTT k",
        ["Không.", "sản xuất có hiệu quả"],
    ),
    (
        "ba con trong lang nuoi ca gioi co dc binh LDTT nhu can bo xa k, can dat gi",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "cong nhan hop tac xa tren dia ban xa xet LDTT co can muc hoan thanh tot nhiem vu nhu "
        "vien chuc k",
        ["Không.", "sản xuất có hiệu quả"],
    ),
    # our own wordings
    (
        "ngư dân ở xã đánh bắt giỏi có được LĐTT không hay chỉ dành cho cán bộ, công chức",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "tieu thuong o cho xa lam an gioi co dc xet LDTT k hay chi danh cho vien chuc",
        ["Có.", "sản xuất có hiệu quả"],
    ),
    (
        "nguoi lam vuon co phai cung hoan thanh xuat sac nhiem vu nhu cong chuc moi dc LDTT k",
        ["Không.", "sản xuất có hiệu quả"],
    ),
]

#: F8: the attribute asked, read right
ATTRIBUTE_ASKED = [
    (
        "khen dot xuat ap dung khi nao; con khen theo chuyen de la gi",
        ["kế hoạch", "chuyên đề"],
    ),
    (
        "khen theo chuyen de thi ap dung trong truong hop nao, co phai khen dot xuat k",
        ["Không.", "chuyên đề"],
    ),
    ("sang kien de len CSTD tinh thi phai anh huong pham vi cap nao", ["tỉnh"]),
    # our own wordings
    ("khen đột xuất áp dụng trong trường hợp nào", ["kế hoạch"]),
    ("khen dot xuat dung khi nao vay ad", ["kế hoạch"]),
    ("khen theo dot ap dung luc nao, con khen dot xuat ap dung khi nao", ["chuyên đề", "kế hoạch"]),
]

#: controls: near wordings whose answer must not change
CONTROLS = [
    ("LDTT QD ky 1/7/2026 thi thuong bn", ["760.000"]),
    ("ho so khen dot xuat can nhung gi", ["tờ trình"]),
    ("LDTT do ai quyet dinh", ["Chủ tịch UBND"]),
    ("thuong CSTDCS bang 1 lan luong co so dung k", ["Có.", "2.530.000"]),
    ("anh A dat CSTDCS 2 lan lien tuc, co dc de nghi bang khen tinh k", ["Có."]),
    ("giay khen tap the thuong gap doi ca nhan dung k", ["Có.", "1.520.000"]),
    ("giay khen tap the va ca nhan thuong khac nhau k", ["Có.", "1.520.000", "760.000"]),
    ("LDTT thuong bn, con CSTDCS thi bn", ["760.000", "2.530.000"]),
    ("khen dot xuat co can hop hoi dong k", ["Không."]),
    ("CSTDCS co can dat LDTT truoc k", ["Có."]),
    ("tháng 3. cuối năm có xét LĐTT cho người mới tuyển tháng 10 không", ["Không.", "6 tháng"]),
]


@pytest.mark.parametrize(("question", "keys"), STACKED_CASE)
def test_case_yes_no_beside_criteria(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), STACKED_LATER)
def test_later_ask_kept(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), COMPARED)
def test_comparison_read(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), VERDICT_FIRST)
def test_verdict_first(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), THIRD_CLAUSE)
def test_khoan_3_subject_kept(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), ATTRIBUTE_ASKED)
def test_attribute_asked(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
