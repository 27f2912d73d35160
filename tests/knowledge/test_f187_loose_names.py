"""Task f187 (b187 families): the asker who calls a title, a form or a body by a wrong, old or
loose name; the verdict on the claim as meant leads, then the real name.

A a loose name read as another title or attribute: "lao động giỏi" (no such title, Luật 2022
Điều 19, 24), CSTĐCS is not CSTĐ tỉnh (Điều 22, 23), "đơn vị tiên tiến" is the armed forces'
(Điều 20 khoản 1 điểm d, Điều 80 khoản 5), TTLĐTT is paid 0,8 (NĐ 152/2025 Điều 50 khoản 2
điểm b), a sáng kiến for CSTĐCS must be recognised (Điều 23 khoản 2), Bằng khen tỉnh on the
CSTĐCS route needs 02 lần liên tục (Điều 74). B a bare cap ask is "Tùy" (brief §2.2). C the
verdict missing on a loose name (giấy khen tập thể, "ban thi đua xã", "tờ đề nghị", the time
limit). D 3 lần CSTĐCS (one signed by the old huyện) + sáng kiến → "Có." for CSTĐ tỉnh. E the
part asked dropped. F the reform date. G a money claim in loose words. Each family: the b187
questions, the diagnosis's new wordings, controls whose answer must not change.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


A = [
    (
        "e la ke toan xa, nghe noi danh hieu lao dong gioi van con va dc thuong rieng, dung k, "
        "ten dung la gi",
        ["Không.", "Lao động tiên tiến"],
    ),
    ("chien si thi dua co so co phai la chien si thi dua cap tinh k", ["Không.", "3 lần"]),
    (
        "don vi tien tien co dc xet cho phong van hoa xa hoi cua xa k, neu k thi xet danh hieu gi",
        ["Không.", "Tập thể lao động tiên tiến"],
    ),
    (
        "E la ke toan xa. Nam nay co 4 tap the dat tap the lao dong tien tien. Chi truoc lam ke "
        "toan bao tap the thi thuong gap doi ca nhan 0,3 tuc 0,6. E nghe vay dung k",
        ["Không.", "0,8"],
    ),
    (
        "Toi la hieu truong THCS. Co giao toan lam phan mem cham bai, da ap dung ca truong 1 nam. "
        "Co giao muon lay lam can cu de nghi CSTDCS. Sang kien do co can dc co so cong nhan k",
        ["Có.", "công nhận"],
    ),
    ("bang khen tinh chi can 1 lan CSTDCS dung k", ["Không.", "2 lần"]),
    # the diagnosis's new wordings
    (
        'nghe noi "lao dong xuat sac" ca nhan gio doi ten thanh lao dong tien tien, dung k',
        ["Không.", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "don vi tien tien cua tram y te xa thi chu tich xa ky dung k",
        ["Không.", "Tập thể lao động tiên tiến"],
    ),
    ("TTLDTT thuong 0,6 luong co so giong giay khen tap the dung k", ["Không.", "0,8"]),
]

B = [
    ("co gioi han so nguoi dc LDTT trong 1 co quan xa k ad", ["Tùy", "tỉnh"]),
    ("LDTT o xa co bi khong che ti le k ad", ["Tùy", "tỉnh"]),
    ("truong e co bi gioi han so giao vien dc lao dong gioi k", ["Tùy", "tỉnh"]),
    ("chien si thi dua co so o xa co bi khong che so luong k", ["Tùy", "tỉnh"]),
]

C = [
    (
        "Toi la truong thon Dong. Nam nay thon dan lam 2 km duong be tong, gop hon 1 ty dong. Xa "
        "noi chi khen ca nhan thoi. Giay kheng cho tap the thon co dc k hay chi ca nhan",
        ["Có.", "tập thể"],
    ),
    (
        "ban thi dua xa co con k, hay gio la hoi dong, ai lam chu tich",
        ["Không.", "Hội đồng", "Chủ tịch UBND"],
    ),
    ("to de nghi khen thuong la do ca nhan tu viet gui chu tich dung k", ["Không.", "Tờ trình"]),
    ("ho so giay khen xa co thoi han giai quyet co dinh k ad", ["Tùy", "tỉnh"]),
    ("hoi dong khen thuong xa gio van goi la ban thi dua dung k", ["Không.", "Hội đồng"]),
    ("giay kheng chu tich xa tang cho chi doan thon dc k", ["Có.", "tập thể"]),
    ("xa giai quyet ho so LDTT trong bao nhieu ngay, co co dinh k", ["Tùy", "tỉnh"]),
]

D = [
    (
        "Em la cong chuc van hoa xa hoi. Em da CSTDCS 2023, 2024, 2025, nam 2024 do chu tich "
        "huyen ky. Co sang kien dc tinh cong nhan. Nam nay xin chien si thi dua cap tinh dc k va "
        "nop o dau",
        ["Có.", "3 lần", "Sở Nội vụ"],
    ),
    pytest.param(
        "e CSTDCS 3 nam lien 2024-2026, 2 nam dau do chu tich huyen ky, co sang kien cap tinh, du "
        "dieu kien de nghi CSTD tinh k",
        ["Có.", "3 lần", "1/7/2025"],
        marks=pytest.mark.xfail(
            reason="'sáng kiến cấp tỉnh' is not read as the province's reach: as a met_by it "
            "turned a broken run (b86) to 'Có'; left until the run shortfall outranks met_by",
            strict=False,
        ),
    ),
    (
        "CSTDCS do UBND huyen cu ky nam 2024 van tinh vao 3 lan lien tuc de len CSTD tinh dung k",
        ["Có.", "liên tục", "1/7/2025"],
    ),
    (
        "chi e 3 nam lien chien si thi dua xa, sang kien dc tinh cong nhan, nam nay nop CSTD tinh "
        "dc k, nop o dau",
        ["Có.", "Sở Nội vụ"],
    ),
]

E = [
    (
        "giay khen = danh hieu thi dua cap xa dung k ad, vay danh hieu ca nhan cap xa la gi",
        ["Không.", "hình thức khen thưởng", "Lao động tiên tiến"],
    ),
    (
        "huan chuong cua chu tich xa tang cho cuu chien binh xa dc k, xa thi tang dc hinh thuc gi",
        ["Không.", "giấy khen"],
    ),
    (
        "Em la ke toan xa. Quyet dinh LDTT va CSTDCS nam 2026 du kien ky ngay 15/12/2026. Sep bao "
        "van tinh luong co so 2.340.000 vi du toan lap tu dau nam. Vay dung k a",
        ["Không.", "2.530.000"],
    ),
    ("thon van hoa do ban thi dua xa danh gia dung k", ["Không.", "Hội đồng"]),
    ("sang kien chi can co y tuong la dc tinh cho CSTDCS dung k", ["Không.", "áp dụng"]),
    (
        "huy chuong cua chu tich xa tang cho dan quan dc k, vay xa tang dc gi",
        ["Không.", "giấy khen"],
    ),
    ("sang kien moi de xuat chua lam thu thi tinh cho CSTDCS dc k", ["Không.", "áp dụng"]),
    (
        "QD giay khen ky 20/12/2026 thi tinh luong co so bao nhieu va ca nhan dc bn",
        ["2.530.000", "760.000"],
    ),
]

F = [
    (
        "nam ngoai giay khen thi xa ky cho to dan pho, nam nay ai ky va thuong tap the bn",
        ["1/7/2025", "Chủ tịch UBND", "1.520.000"],
    ),
    (
        "Toi la pho chu tich UBND xa moi sap nhap tu 3 xa cu. Hoi dong TDKT xa chua kien toan. Co "
        "nguoi bao phai doi huyen cho y kien moi thanh lap dc. Vay ai lam chu tich hoi dong",
        ["Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "truoc giay khen cho thon do thi xa ky, nay chu tich xa ky dung k",
        ["Có.", "Chủ tịch UBND", "1/7/2025"],
    ),
    ("hoi dong TDKT xa moi thanh lap co can huyen phe duyet k", ["Không.", "1/7/2025"]),
    (
        "nam ngoai quan ky giay khen cho to dan pho, nam nay phuong ky, tu khi nao",
        ["1/7/2025", "Chủ tịch UBND"],
    ),
]

G = [
    (
        "ke toan hoi: tien thuong 0,3 luong co so thang 12/2026 van la 710 nghin dung k",
        ["Không.", "760.000"],
    ),
    ("cai giay 0,3 ky thang 11/2026 thi van 710 nghin a", ["Không.", "760.000"]),
    ("tien khen 0,3 lan luong co so cuoi nam 2026 la 760 nghin dung k", ["Có.", "760.000"]),
    ("ke toan hoi 0,8 luong co so ky thang 12/2026 la bn", ["2.030.000"]),
]

#: near wordings whose answer must not change (b187 items answered right, and our own)
CONTROLS = [
    (
        "lao dong gioi nam nay chu tich xa ky hay phai trinh len tren, thuong bn a",
        ["Lao động tiên tiến", "Chủ tịch UBND", "760.000"],
    ),
    (
        "cong chuc xa dat lao dong gioi chi can hoan thanh tot nhiem vu tro len la du tieu chuan "
        "chinh dung k",
        ["Có.", "Lao động tiên tiến", "hoàn thành tốt nhiệm vụ"],
    ),
    ("nguoi bi ky luat khien trach trong nam co dc lao dong gioi k", ["Không.", "khiển trách"]),
    ("CSTDCS co gioi han ti le k", ["Tùy", "tỉnh"]),
    (
        "CSTDCS ma co de tai khoa hoc da nghiem thu thi co thay cho sang kien dc k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "E la hieu truong truong mam non xa. Co 1 co giao nam nay hoan thanh xuat sac nhiem vu, "
        "dat LDTT, nhung k co sang kien. Pho chu tich xa bao phai co sang kien moi de nghi chien "
        "si thi dua xa dc. Vay co dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    ("ban thi dua tinh gio la co quan nao nhan ho so cua xa", ["Sở Nội vụ"]),
    ("tap the lao dong gioi cua truong tieu hoc thi ai ky", ["Tập thể lao động tiên tiến"]),
    (
        "hoi dong TDKT huyen con hop xet khen cho xa k, gio hoi dong nao xet",
        ["Không.", "1/7/2025", "Hội đồng"],
    ),
    ("giay khen tap the cua chu tich xa thuong 0,6 luong co so dung k", ["Có.", "0,6"]),
    ("CSTDCS co bat buoc phai co sang kien k", ["Không."]),
    ("ti le 15% LDTT con ap dung k", ["Không."]),
    ("cai giay 0,3 ky thang 5/2026 thi la 710 nghin dung k", ["Có.", "710.000"]),
    ("chu tich huyen con ky quyet dinh khen thuong k, gio ai ky", ["Không.", "1/7/2025"]),
    ("ho so giay khen xa giai quyet trong bao nhieu ngay", ["tỉnh"]),
    ("don vi tien tien cua dan quan xa do ai quyet dinh", ["Đơn vị tiên tiến"]),
    # a coefficient alone, its month told before the lương cơ sở rose (2.340.000 đ then)
    ("0,3 luong co so thang 5/2026 la 710 nghin dung k", ["Có.", "710.000"]),
    ("giay khen ca nhan 0,3 luong co so dung k", ["Có.", "760.000"]),
    # the law's cap claimed stays "Không"
    ("luat co gioi han so nguoi dc LDTT trong 1 co quan k", ["Không."]),
    # a recognised sáng kiến of the province's reach, but only 2 runs of CSTĐCS
    ("e CSTDCS 2 nam lien, co sang kien dc tinh cong nhan, de nghi CSTD tinh dc k", ["Không."]),
    # the province's old body named, not the xã's
    ("ban thi dua khen thuong tinh nay sap nhap vao so noi vu dung k", ["Sở Nội vụ"]),
    ("xa co dc de nghi huan chuong lao dong cho ong A k", ["Sở Nội vụ"]),
]


@pytest.mark.parametrize(("question", "keys"), A + B + C + D + E + F + G)
def test_family(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
