"""Task f194a: a quoted or proposed draft line is judged by the line (b194 family F1).

"e ghi 'Khu dan cu van hoa' nhu qd cu dc k", "e de ten danh hieu 'Chien si thi dua cap xa' …
dung ten chua", "ban cu co cau '… theo Nghi dinh 91/2017'. e co giu cau nay dc ko", "mau cu ghi
'UBND huyen quyet dinh …', e sua thanh 'Chu tich UBND xa quyet dinh' la dung chua": the drafter
asks whether THE LINE is right, and the leading "Có."/"Không." must judge that line, not open
with the topic's stock verdict (the district abolished, NĐ 98/2023 repealed, who may have the
title). Law: Luật Thi đua, khen thưởng 2022 Điều 19, 20, 22, 23, 24, 28, 29, 30; NĐ 129/2025
Điều 59 (the xã chairman's powers since 01/7/2025); NĐ 152/2025 Điều 50 (replaces NĐ 98/2023);
NĐ 86/2023 (replaces NĐ 122/2018). Controls: nearby questions already right stay right.
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: (question, keys as the tuning sets write them)
CASES = [
    # F1 of diag_b194: the quoted or proposed line is judged
    pytest.param(
        "e ghi 'can cu khoan 2 Dieu 80 Luat TDKT ve tham quyen cua Chu tich UBND cap huyen' de chu tich xa ky TTLDTT, vay dung ko a",
        ["Không.", "129/2025"],
        id="district-power-cited-for-xa",
    ),
    pytest.param(
        "can cu tien thuong e chep tu qd nam ngoai la 'Dieu 54 ND 98/2023', gio thay bang ND 152/2025 Dieu 50 dung ko",
        ["Có.", "152/2025", "Điều 50"],
        id="nd98-replaced-by-nd152",
    ),
    pytest.param(
        "ke hoach thi dua nam 2027, can cu e ghi ca Luat TDKT 2022 va ND 152/2025 la dung chua, hay con ND 98/2023",
        ["Có.", "152/2025"],
        id="plan-cites-law-and-nd152",
    ),
    pytest.param(
        "qd ghi 'danh hieu: Lao dong gioi' cho cong chuc xa dc ko hay phai ghi ten khac",
        ["Không.", "Lao động tiên tiến"],
        id="lao-dong-gioi-written",
    ),
    pytest.param(
        "danh hieu cho thon e ghi 'Khu dan cu van hoa' nhu qd cu dc k",
        ["Không.", "tổ dân phố văn hóa"],
        id="khu-dan-cu-van-hoa-written",
    ),
    pytest.param(
        "to trinh de nghi xa dat 'xa, phuong, thi tran tieu bieu', e ghi dung ten danh hieu chua",
        ["Không.", "đặc khu tiêu biểu"],
        id="thi-tran-tieu-bieu-written",
    ),
    pytest.param(
        "bao cao thanh tich de nghi CSTD tinh, muc cac danh hieu da nhan e ghi ca CSTDCS do huyen cu tang dc ko",
        ["Có."],
        id="cstdcs-from-former-district-listed",
    ),
    pytest.param(
        "to trinh thon van hoa truoc kinh gui chu tich UBND huyen, gio e sua thanh kinh gui chu tich UBND xa dung ko",
        ["Có.", "Chủ tịch UBND"],
        id="to-trinh-to-xa-chairman",
    ),
    pytest.param(
        "e dang soan ke hoach thi dua nam 2027 cua xa. ban cu co cau 'so luong CSTDCS khong vuot qua 15% tong so LDTT theo Nghi dinh 91/2017'. e co giu cau nay dc ko",
        ["Không.", "91/2017"],
        id="nd91-15-percent-kept",
    ),
    pytest.param(
        "e ghi ten danh hieu 'Tap the lao dong tien tien' cho thon 2 dc ko",
        ["Không.", "Thôn, tổ dân phố văn hóa"],
        id="ttldtt-for-thon-written",
    ),
    # new wordings of F1
    pytest.param(
        "qd e ghi 'Can cu Nghi dinh 152/2025/ND-CP ngay 14/6/2025 cua Chinh phu', con dung ko",
        ["Có.", "152/2025"],
        id="new-nd152-cited",
    ),
    pytest.param(
        "e de ten danh hieu 'Chien si thi dua cap xa' trong to trinh, vay dung ten chua",
        ["Không.", "Chiến sĩ thi đua cơ sở"],
        id="new-cstd-cap-xa-name",
    ),
    pytest.param(
        "mau cu ghi 'UBND huyen quyet dinh cong nhan thon van hoa', e sua thanh 'Chu tich UBND xa quyet dinh' la dung chua",
        ["Có.", "Chủ tịch UBND"],
        id="new-thon-van-hoa-decider-edited",
    ),
    # controls: nearby questions already right
    pytest.param(
        "con danh hieu khu dan cu van hoa khong",
        ["Không.", "tổ dân phố văn hóa"],
        id="control-khu-dan-cu-still",
    ),
    pytest.param(
        "ND 98/2023 con hieu luc khong",
        ["Không.", "152/2025"],
        id="control-nd98-in-force",
    ),
    pytest.param(
        "a Hai nhan: 'LDTT cua can bo xa do chu tich UBND huyen ky QD'. gio con dung k",
        ["Không.", "Chủ tịch UBND xã"],
        id="control-paste-district-signs",
    ),
    pytest.param(
        "thon van hoa do chu tich xa cong nhan dung ko",
        ["Có.", "Chủ tịch UBND xã"],
        id="control-thon-van-hoa-xa",
    ),
    pytest.param(
        "e ghi 'Chu tich UBND xa quyet dinh tang danh hieu Lao dong tien tien' trong qd dc ko",
        ["Có.", "Chủ tịch UBND xã"],
        id="control-ldtt-xa-written",
    ),
    pytest.param(
        "thi tran tieu bieu con k hay doi ten la gi",
        ["Không.", "đặc khu tiêu biểu"],
        id="control-thi-tran-renamed",
    ),
    pytest.param(
        "chien si thi dua cap xa can dieu kien gi",
        ["Lao động tiên tiến"],
        id="control-cstd-cap-xa-criteria",
    ),
    # merge mend (b96 fell): the name an old decision wrote, then the asker's own hearsay that
    # it is still the name: the hearsay is judged, not the old line as a draft
    pytest.param(
        'thon e dc cong nhan thon van hoa nhung qd ghi "khu dan cu van hoa". nghe noi ten danh'
        " hieu bay gio van la khu dan cu van hoa, dung k",
        ["Không.", "Thôn, tổ dân phố văn hóa"],
        id="control-old-name-then-hearsay",
    ),
    pytest.param(
        'xa e duoc cong nhan tu nam 2024, qd ghi "xa, phuong, thi tran tieu bieu". nghe noi bay'
        " gio ten danh hieu van vay, dung ko",
        ["Không.", "đặc khu tiêu biểu"],
        id="control-old-town-name-then-hearsay",
    ),
]


@pytest.mark.parametrize(("question", "keys"), CASES)
def test_draft_line_is_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(officer_kb, question, keys)
    assert "Căn cứ:" in text, text
