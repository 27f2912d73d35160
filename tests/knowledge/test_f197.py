"""Task f197 (b197 families, diag_b197.md): what the officer must read first.

F1 caps and ratios: no national cap on a title's number (Luật 2022 Điều 23, 24; NĐ 152/2025 does
not set one; NĐ 152/2025 Điều 6 khoản 2 điểm c lets the province's quy chế set one). A cap asked
bare, or laid by a unit on its parts ("mỗi tổ chỉ được 1 CSTĐCS"), is "Tùy" (the province's quy
chế, and the unit's rule within it); the old 15 % of NĐ 91/2017 / TT 08/2017, claimed as the law
in force, is "Không." with the 15 % named as repealed, even inside a long letter.
F2 every part of a compound: CSTĐ toàn quốc 02 lần CSTĐ tỉnh (Điều 21), CSTĐ tỉnh 03 lần CSTĐCS
(Điều 22); the prize is paid from the Quỹ thi đua, khen thưởng of the deciding level (NĐ
152/2025); thôn, tổ dân phố văn hóa under NĐ 86/2023 (NĐ 122/2018 repealed).
F3 a right claim (or the first alternative of "A hay B") answered "Có.": TTLĐTT 0,8 lần lương cơ
sở = 2.030.000 đ (NĐ 152/2025 Điều 50 khoản 2 điểm b); TTLĐXS decided by the Chủ tịch UBND tỉnh,
the xã sends the tờ trình (Luật 2022 Điều 27, 79).
F4 hearsay that thôn / tổ dân phố văn hóa is reviewed every 3 or 5 years: "Không.", reviewed
every year (NĐ 86/2023; the 3- and 5-year rules were NĐ 122/2018's).
Each family: the b197 questions, the diagnosis's new wordings, controls.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


def _keyed_with_basis(kb: KnowledgeBase, question: str, keys: list[str]) -> str:
    """The keyed answer, with the law it stands on (the "Căn cứ" line) shown."""
    text = ask_keyed(kb, question, keys)
    assert "Căn cứ" in text, text
    return text


# F1: caps, quotas, a unit's own rule, the repealed 15 % claimed as the law in force
F1 = [
    ("LDTT co bi gioi han so luong theo ty le k a, phong bao moi bo phan toi da 80%", ["Tùy"]),
    ("truong e quy dinh moi to chi dc 1 CSTDCS, vay co dung k", ["Tùy"]),
    (
        "e la cong chuc van phong xa, nam nay xa co 14 cong chuc, de nghi 12 nguoi LDTT, 3 nguoi "
        "CSTDCS. anh pho chu tich bao theo quy dinh CSTDCS k qua 15% so LDTT nen chi dc 1 nguoi "
        "thoi. vay co dung theo luat hien hanh k a",
        ["Không.", "15%"],
    ),
    # the diagnosis's new wordings
    ("xa e quy dinh moi thon chi dc de nghi toi da 2 giay khen 1 nam, nhu vay co dc k", ["Tùy"]),
    ("hieu truong bao moi khoi chi dc 1 nguoi LDTT tren 3 nguoi, dung k ad", ["Tùy"]),
    (
        "e la thu ky hoi dong TDKT xa, xa co 20 nguoi dat LDTT, ke toan bao theo luat chi dc toi "
        "da 3 CSTDCS vi khong qua 15%. e muon de nghi 5 nguoi. luat hien hanh co cam k a",
        ["Không.", "15%"],
    ),
]
F1_CONTROLS = [
    ("LDTT co bi gioi han ti le % tren tong so cong chuc k ad", ["Tùy", "tỉnh"]),
    ("nghe noi luat moi quy dinh LDTT k qua 50% so nguoi trong co quan, dung k", ["Không."]),
    ("ty le CSTDCS toi da 15% theo ND 91/2017 nam nay con hieu luc k a", ["Không.", "91/2017"]),
    (
        "chu tich xa bao tram y te nam nay chi dc 1 suat CSTDCS, gioi han vay co dung quy dinh k",
        ["Tùy", "tỉnh"],
    ),
    ("a nghe noi CSTDCS toi da 15% so LDTT theo luat, dung k", ["Không.", "15%"]),
]


@pytest.mark.parametrize(("question", "keys"), F1)
def test_cap(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = _keyed_with_basis(kb, question, keys)
    if "Không." in keys:
        # the repealed rule is named as repealed, never confirmed as current
        assert "91/2017" in text, text


@pytest.mark.parametrize(("question", "keys"), F1_CONTROLS)
def test_cap_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F2: each part of a compound answered
F2 = [
    (
        "CSTD toan quoc co phai can 2 lan lien tuc CSTD tinh k, con CSTD tinh can may lan CSTDCS",
        ["Có.", "2 lần", "3 lần"],
    ),
    (
        "nghe noi tien thuong CSTDCS van chi tu quy thi dua cua huyen, dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    (
        "e la thu ky hoi dong TDKT phuong. nam nay phuong co 4 to dan pho de nghi TDP van hoa. anh "
        "pho chu tich bao theo ND 122/2018 phai dat 3 nam lien tuc moi xet va chi tien tu quy cua "
        "quan. e thay ngo ngo. vay nghi dinh nao dang ap dung va quy nao chi",
        ["86/2023", "Quỹ thi đua"],
    ),
    # the diagnosis's new wordings
    ("CSTD tinh can may lan CSTDCS lien tuc, con bang khen tinh thi sao", ["3 lần", "2 lần"]),
    (
        "nghe noi thon van hoa thuong tu ngan sach huyen, dung k, gio chi tu dau",
        ["Không.", "Quỹ thi đua"],
    ),
    ("GDVH gio theo nghi dinh nao, binh xet xong truoc ngay nao", ["86/2023", "25/11"]),
]


@pytest.mark.parametrize(("question", "keys"), F2)
def test_every_part(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    _keyed_with_basis(kb, question, keys)


# F3: a right claim, or the first alternative of "A hay B", answered "Có."
F3 = [
    ("co phai TTLDTT thuong 0,8 lan luong co so k, la bao nhieu tien", ["Có.", "2.030.000"]),
    ("TTLDXS thi xa co phai lap to trinh gui tinh k hay chu tich xa ky luon", ["Có.", "tỉnh"]),
    # the diagnosis's new wordings
    ("CSTDCS thuong 1 lan luong co so phai k ad, vay la bao nhieu", ["Có.", "2.530.000"]),
    (
        "thon van hoa xa co phai lam to trinh cho chu tich xa ky k hay phai gui tinh",
        ["Có.", "Chủ tịch UBND"],
    ),
    ("co phai GDVH binh xet xong truoc 25/11 k", ["Có.", "25/11"]),
]
F3_CONTROLS = [
    # a wrong coefficient or signer claimed stays "Không."
    ("co phai TTLDTT thuong 1,5 lan luong co so k", ["Không.", "0,8"]),
    ("TTLDXS co phai chu tich xa ky k", ["Không.", "tỉnh"]),
    # the xã's chairman offered first: that way is judged
    ("TTLDXS co phai chu tich xa ky k hay phai gui tinh", ["Không.", "tỉnh"]),
]


@pytest.mark.parametrize(("question", "keys"), F3)
def test_right_claim(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    _keyed_with_basis(kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), F3_CONTROLS)
def test_wrong_claim_control(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F4: hearsay of a 3- or 5-year cycle for thôn / tổ dân phố văn hóa, GĐVH: reviewed every year
F4 = [
    (
        "to truong to dan pho 5 day a. to e nam nay bi 2 ho vi pham trat tu nhung ca to van dat "
        "chi tieu. to truong cu bao TDP van hoa 5 nam moi xet 1 lan nen nam nay chua den luot. co "
        "dung k a",
        ["Không."],
    ),
    # the diagnosis's new wordings
    ("nghe noi GDVH bay gio 2 nam moi binh 1 lan, dung k ad", ["Không."]),
    (
        "chi la truong thon, thon chi co 1 ho bi phat hanh chinh, truong ban cu noi thon van hoa 3 "
        "nam moi xet lai 1 lan nen nam nay k lam ho so. dung k",
        ["Không."],
    ),
    ("thon van hoa co phai xet hang nam k", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), F4)
def test_review_period(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = _keyed_with_basis(kb, question, keys)
    assert "hằng năm" in text or "hàng năm" in text, text
