"""Task f186 (b186 families): the officer with the record in hand (a list, a table, a person's
years, a decision) gets the verdict of the item asked, each part answered.

F1 the verdict of the claim in the message, read from the record: a row's own rating (LĐTT needs
hoàn thành tốt nhiệm vụ, Luật 2022 Điều 24 khoản 1), a sum checked against the decision date
(NĐ 152/2025 Điều 50; lương cơ sở 2.530.000 đ from 01/7/2026), TTLĐTT needs trên 50 % (Điều 28),
the fund of a trung du xã up to 1,5 % (NĐ 152/2025 Điều 46), GĐVH in 10 days (NĐ 86/2023 Điều 8).
F2 the province's figures: no national cap on CSTĐCS, no national vote share, no national share of
GĐVH households for a thôn văn hóa → "Tùy" (Luật 2022 Điều 75 khoản 2; NĐ 152/2025 Điều 6).
F3 the law decides: dân quân thường trực get Chiến sĩ tiên tiến, not LĐTT (Điều 24 khoản 2); the
commune chairman decides since 01/7/2025 (NĐ 129/2025 Điều 59). F4 every part of a compound ask
(the money of a decision date, a total, each row of a pasted list). F5 covered facts once
declined (a rounding claim, khen đột xuất amounts, the dossier's flow). F6 the entity and
attribute asked (a CSTĐCS list, who sets giấy khen criteria, the fund that pays, where a household
files). F7 the CSTĐCS run counted after a break (Điều 22 khoản 1 a). F8 the criterion after "Có.".
Each family: the b186 questions, the diagnosis's new wordings, controls.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


# F1: the verdict of the claim in the message, read from the record
F1 = [
    (
        "cong chuc van phong - thong ke xa e. danh sach binh xet cuoi nam 2026 cua UBND xa nhu "
        "sau: anh A | hoan thanh xuat sac nhiem vu / chi B | hoan thanh tot nhiem vu / anh C | "
        "hoan thanh nhiem vu / chi D | khong hoan thanh nhiem vu. hoi anh C co dc LDTT k, ai ky QD",
        ["Không.", "hoàn thành tốt nhiệm vụ", "Chủ tịch UBND"],
    ),
    (
        "e la hieu truong truong TH thuoc xa. nam hoc 2025-2026 truong e co 14 GV dat LDTT. QD "
        "cua chu tich xa ky ngay 10/7/2026. ke toan xa tinh moi nguoi 760k, tong 10.640.000. "
        "tinh vay dung k a, va QD LDTT do ai ky la dung tham quyen",
        ["Có.", "760.000", "Chủ tịch UBND"],
    ),
    (
        "TTLDXS can it nhat 70% LDTT, con TTLDTT chi can 50% la du, dung k",
        ["Không.", "70%", "trên 50%"],
    ),
    (
        "xa nhan du ho so GDVH ngay 1/12, chu tich xa co phai ra QD trong 10 ngay k, cong khai "
        "danh sach trong bao lau",
        ["Có.", "10 ngày", "15 ngày"],
    ),
    (
        "e la ke toan xa. nam 2026 xa e chi thuong xuyen 25 ty, xa thuoc tinh trung du. e tinh "
        "quy TDKT toi da 1,0% la 250 trieu. e tinh dung ty le chua",
        ["Không.", "1,5%"],
    ),
    # the diagnosis's new wordings
    ("ke toan xa bao QD LDTT ky ngay 3/8/2026 thi moi nguoi 760k, dung k", ["Có.", "760.000"]),
    (
        "bang xep loai to van phong: anh P | hoan thanh tot nhiem vu / chi Q | hoan thanh nhiem "
        "vu. chi Q co dc LDTT k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "xa e o vung sau vung xa, ke toan bao quy TDKT chi dc toi da 1% chi thuong xuyen, dung k",
        ["Không.", "1,5%"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F1)
def test_claim_read_from_record(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F2: a figure the province sets → "Tùy" (Luật 2022 Điều 75 khoản 2; NĐ 152/2025 Điều 6)
F2 = [
    (
        "e la cong chuc noi vu xa. nam 2026 xa e co 40 nguoi dat LDTT. hoi dong muon de nghi 8 "
        "nguoi CSTDCS, chiem 20%. co bi khong che ty le k ad, va QD ky 1/2027 thi moi nguoi dc "
        "bao nhieu",
        ["Tùy", "tỉnh", "2.530.000"],
    ),
    (
        "thon e 180 ho, 150 ho GDVH = 83%. can dat bao nhieu % ho GDVH thi moi dc thon VH, co con "
        "quy dinh ty le k",
        ["Tùy", "tỉnh"],
    ),
    (
        "bo phieu kin o hoi dong TDKT xa, co quy dinh ty le phieu dong y toi thieu k",
        ["Tùy", "tỉnh"],
    ),
    # the diagnosis's new wordings
    ("xa e 25 LDTT, de nghi 6 CSTDCS thi co vuot ty le cho phep k", ["Tùy", "tỉnh"]),
    (
        "hoi dong TDKT xa bo phieu thi can bao nhieu % dong y moi dc de nghi, co quy dinh k",
        ["Tùy", "tỉnh"],
    ),
    (
        "thon e 70% ho dat GDVH thi du dieu kien thon VH chua, co ty le toi thieu k",
        ["Tùy", "tỉnh"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F2)
def test_province_figure(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F3: the law decides → a firm verdict, also when the reform note is shown
F3 = [
    (
        "xa doi e co 2 dan quan thuong truc, nam nay hoan thanh tot nhiem vu, xet LDTT cho 2 ban "
        "nay dc k hay la danh hieu khac",
        ["Không.", "Chiến sĩ tiên tiến"],
    ),
    (
        "chu tich xa co quyen quyet dinh danh hieu CSTDCS k, hay van phai gui huyen",
        ["Có.", "1/7/2025"],
    ),
    # the diagnosis's new wordings
    (
        "chu tich xa bay gio ky dc QD TTLDTT cho truong MN k hay phai gui huyen nhu truoc",
        ["Có.", "1/7/2025"],
    ),
    ("dan quan tu ve co dong cua xa co xet LDTT dc k", ["Không.", "Chiến sĩ tiên tiến"]),
    ("chu tich UBND xa co quyen cong nhan thon VH k hay van do huyen", ["Có.", "1/7/2025"]),
]


@pytest.mark.parametrize(("question", "keys"), F3)
def test_law_decides(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F4: every part of a compound ask (NĐ 152/2025 Điều 50; brief §2 table)
F4 = [
    pytest.param(
        "chi e la GV TH thuoc xa. chi nghi thai san tu thang 3 den het thang 8/2026, di lam lai "
        "tu thang 9, danh gia hoan thanh tot nhiem vu. ca to bao nghi 6 thang thi k dc LDTT. dung "
        "k ad, neu dc thi QD ky thang 1/2027 thuong bao nhieu",
        ["Không.", "thai sản", "760.000"],
        marks=pytest.mark.xfail(
            reason="f186 leftover: the money part after a saying judged is dropped (NĐ 152 Đ.50)",
            strict=False,
        ),
    ),
    (
        "e la ke toan xa. xa e co 3 thon dat thon VH nam 2025 nhung QD cham, ky ngay 26/6/2026. "
        "e du toan 3.800.000/thon vi sap tang luong co so. tinh vay dung k, tong 3 thon bao nhieu",
        ["Không.", "3.510.000", "10.530.000"],
    ),
    (
        "ke toan xa: ds khen thuong nam 2025 QD ky 20/1/2026: 2 CSTDCS / 35 LDTT / 3 TTLDTT. moi "
        "nguoi, moi tap the muc bao nhieu",
        ["2.340.000", "710.000", "1.880.000"],
    ),
    # the diagnosis's new wordings
    (
        "QD ky 15/5/2026 khen: 3 CSTDCS / 20 LDTT / 1 TTLDXS. ke toan can muc tung loai",
        ["2.340.000", "710.000", "3.510.000"],
    ),
    (
        "e nghi om 3 thang nam 2026 van hoan thanh tot nhiem vu, co dc LDTT k, QD ky 1/2027 thi "
        "bao nhieu",
        ["Có.", "760.000"],
    ),
    (
        "xa e 2 thon VH QD ky 10/6/2026, moi thon bao nhieu, ca 2 thon tong bao nhieu",
        ["3.510.000", "7.020.000"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F4)
def test_every_part(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F5: covered facts, once declined
F5 = [
    (
        "ke toan tinh giay khen tap the = 0,6 x 2.340.000 = 1.404.000 va chi dung 1.404.000, QD "
        "ky 15/5/2026. vay dung k",
        ["Không.", "1.410.000"],
    ),
    (
        "sau dot bao thang 9/2026, xa khen dot xuat 5 ca nhan va 2 tap the bang giay khen chu "
        "tich xa, QD ky 2/10/2026. ke toan can biet muc ca nhan va tap the",
        ["760.000", "1.520.000"],
    ),
    (
        "e la cong chuc noi vu moi, nhan ho so thon gui len, ai tham dinh, trinh ai quyet",
        ["Hội đồng", "Chủ tịch UBND"],
    ),
    # the diagnosis's new wordings
    (
        "giay khen ca nhan QD ky 2/3/2026, ke toan tinh 0,3 x 2.340.000 = 702.000 roi chi "
        "702.000, dung k",
        ["Không.", "710.000"],
    ),
    (
        "sau dot phong chong dich, xa khen 3 tap the va 4 ca nhan giay khen chu tich xa, QD ky "
        "5/11/2026. moi muc bao nhieu",
        ["1.520.000", "760.000"],
    ),
    (
        "ho so khen thuong truong gui len xa thi ai kiem tra, ai xet, ai ky",
        ["Hội đồng", "Chủ tịch UBND"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F5)
def test_covered_not_declined(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F6: the entity and attribute asked
F6 = [
    pytest.param(
        "hieu truong TH thuoc xa gui ds de nghi CSTDCS nam hoc 2025-2026: co A | LDTT | hoan "
        "thanh xuat sac nhiem vu / co B | LDTT | hoan thanh tot nhiem vu, k sang kien / thay C | "
        "LDTT | hoan thanh tot nhiem vu, sang kien dc truong cong nhan. hoi co B co du k, thay C "
        "co du k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "sáng kiến"],
        marks=pytest.mark.xfail(
            reason="f186 leftover: a CSTĐCS list is not read row by row (Luật 2022 Điều 23)",
            strict=False,
        ),
    ),
    # f205 (b203 F4: a run of years asked of the xã chairman's giấy khen) lifted this leftover
    pytest.param(
        "nghe noi giay khen chu tich xa phai hoan thanh tot nhiem vu 2 nam lien tuc moi dc, co "
        "bat buoc k",
        ["Tùy", "tỉnh"],
    ),
    pytest.param(
        "ke toan xa e hoi: LDTT cua vien chuc truong MN thuoc xa, QD chu tich xa ky 15/6/2026, "
        "chi tu quy cua xa hay cua truong, bao nhieu",
        ["Quỹ thi đua", "710.000"],
        marks=pytest.mark.xfail(
            reason="f186 leftover: the fund after 'chi từ' is read as the title asked",
            strict=False,
        ),
    ),
    (
        "Người dân nộp hồ sơ đề nghị giấy khen cho hộ gia đình ở đâu?",
        ["một cửa"],
    ),
    # the diagnosis's new wordings
    (
        "ds de nghi CSTDCS: anh X | LDTT | hoan thanh tot nhiem vu, co de tai dc nghiem thu / chi "
        "Y | hoan thanh tot nhiem vu, chua LDTT. ai du",
        ["Có.", "Lao động tiên tiến"],
    ),
    ("tien thuong CSTDCS cho GV truong TH thuoc xa do quy nao chi", ["Quỹ thi đua"]),
    ("ho gia dinh muon de nghi giay khen thi mang ho so den bo phan nao cua xa", ["một cửa"]),
]


@pytest.mark.parametrize(("question", "keys"), F6)
def test_entity_asked(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F7: the CSTĐCS run counted after a break (Luật 2022 Điều 22 khoản 1 điểm a)
F7 = [
    (
        "e dat CSTDCS 2023, 2024, 2025; nam 2026 chi dat LDTT. neu 2027 lai dat CSTDCS thi dem "
        "lai tu dau a, nam nao moi du 3 lan lien tuc",
        ["3 lần", "2029"],
    ),
    (
        "e la hieu truong MN. co A: nam hoc 2023-2024 CSTDCS / 2024-2025 CSTDCS / 2025-2026 chi "
        "LDTT vi nghi om dai. nam hoc 2026-2027 neu co A dat CSTDCS thi da de nghi CSTD tinh dc "
        "chua, nam hoc nao som nhat",
        ["Không.", "3 lần", "2028-2029"],
    ),
    # the diagnosis's new wordings
    (
        "CSTDCS 2022, 2023, 2024 LDTT, 2025 CSTDCS. neu 2026, 2027 deu CSTDCS thi nam nao du 3 "
        "lan lien tuc",
        ["3 lần", "2027"],
    ),
    (
        "GV: 2021-2022 CSTDCS / 2022-2023 LDTT / 2023-2024 CSTDCS / 2024-2025 CSTDCS / 2025-2026 "
        "CSTDCS. du 3 lan lien tuc chua",
        ["Có.", "3 lần"],
    ),
    ("CSTDCS 2025, 2026 nhung 2027 chi LDTT thi 2028 con tinh noi tiep k", ["Không.", "3 lần"]),
]


@pytest.mark.parametrize(("question", "keys"), F7)
def test_run_counted(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F8: the criterion the verdict rests on (Luật 2022 Điều 24 khoản 1, Điều 23)
F8 = [
    (
        "cong chuc bi khien trach thang 12/2025, nam 2026 khong bi ky luat gi. nam 2026 co dc xet "
        "LDTT k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    # the diagnosis's new wordings
    (
        "nam 2025 bi canh cao, nam 2026 het thoi han ky luat, 2026 xet LDTT can dieu kien gi",
        ["hoàn thành tốt nhiệm vụ"],
    ),
    (
        "bi khien trach thang 11/2025 thi LDTT nam 2026 con xet dc k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "nam truoc bi ky luat, nam nay hoan thanh xuat sac nhiem vu, co dc CSTDCS nam nay k",
        ["Có.", "Lao động tiên tiến"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F8)
def test_criterion_shown(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# controls: nearby questions whose answers must not change
CONTROLS = [
    ("LDTT can nhung tieu chuan gi", ["hoàn thành tốt nhiệm vụ"]),
    ("CSTDCS co bi khong che ty le 15% k", ["Không."]),
    ("chu tich xa ky QD LDTT dung k", ["Có."]),
    ("TTLDTT can bao nhieu % LDTT", ["trên 50%"]),
    ("giay khen tap the chu tich xa bao nhieu tien", ["1.520.000"]),
    ("quy thi dua khen thuong cua xa toi da bao nhieu %", ["1,5%"]),
    ("chien si thi dua cap tinh can may lan CSTDCS lien tuc", ["3 lần"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
