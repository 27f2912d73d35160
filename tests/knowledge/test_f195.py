"""Task f195: b195 families F1, F3 and F4, the verdict on a two-sided claim, on two dates or
amounts, and on a yes/no shown an attribute page (issue 11).

F1: the asker pairs two facts ("X ... còn Y ...", "cả X lẫn Y", "đều"); the verdict judges the
pair (Có. when both hold, Không. when either fails), then each side's decisive fact. F3: two
decision dates or two amounts are compared; the verdict says whether they differ and both
figures follow. F4: a yes/no is answered with an attribute page and no "Có."/"Không." first.
Builds on test_f189a.py / test_f189b.py (b189, the first twin), whose cases are not repeated.

Law: Luật Thi đua, khen thưởng 2022 Điều 20, 21, 22, 23, 24, 27, 84; NĐ 152/2025 Điều 50
(money; lương cơ sở 2.340.000 đ to 30/6/2026, 2.530.000 đ from 01/7/2026); NĐ 129/2025
Điều 59 (the xã chairman's powers since 01/7/2025).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, keyed_cases

#: b195 F1 (keys as tests/knowledge/blind195_questions.yaml writes them) and the diag's new wordings
F1 = [
    ("TTLDXS can 70% LDTT con TTLDTT chi can tren 50% dung k", ["Có.", "50%", "70%"]),
    (
        "CSTD tinh can 3 lan CSTDCS lien tuc con toan quoc can 2 lan CSTD tinh lien tuc dung k",
        ["Có.", "3 lần", "2 lần"],
    ),
    (
        "CSTDCS thi sang kien cap co so la dc, con CSTD tinh thi sang kien phai anh huong ca"
        " tinh dung k",
        ["Có.", "ảnh hưởng"],
    ),
    (
        "chu tich xa ky dc ca TTLDTT lan TTLDXS cho phong ban cua xa dung k",
        ["Không.", "tỉnh"],
    ),
    ("xa tieu bieu voi thon van hoa deu do chu tich xa cong nhan dung k", ["Không.", "tỉnh"]),
    (
        "thon van hoa la danh hieu cho tap the con GDVH cho ho gia dinh dung k",
        ["Có.", "hộ gia đình"],
    ),
    (
        "gia dinh van hoa va thon van hoa ai cong nhan, 2 cai co khac cap k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "truong e 100% hoan thanh nhiem vu, 75% LDTT nhung k ai dat CSTDCS, vay truong chua du"
        " TTLDXS ma chi de nghi dc TTLDTT dung k",
        ["Có.", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "Danh hiệu Lao động tiên tiến và Chiến sĩ tiên tiến khác nhau gì, tiền thưởng có bằng"
        " nhau không",
        ["Có.", "quân nhân", "0,3"],
    ),
    (
        "CSTDCS co sang kien thi ho so co khac CSTDCS hoan thanh xuat sac k",
        ["Có.", "sáng kiến"],
    ),
    # new wordings
    (
        "TTLDTT do chu tich xa ky con xa tieu bieu do chu tich tinh ky, dung k",
        ["Có.", "Chủ tịch UBND", "tỉnh"],
    ),
    ("CSTDCS thuong 1,0 lan con TTLDTT thuong 1,5 lan luong co so dung k", ["Không.", "0,8"]),
    (
        "LDTT can hoan thanh tot nhiem vu, con TTLDTT can tren 70% LDTT, dung k ad",
        ["Không.", "50%"],
    ),
]

#: b195 F3 and the diag's new wordings
F3 = [
    (
        "TTLDTT nam hoc 2025-2026 ky thang 6/2026 voi ky thang 8/2026 co chenh lech k",
        ["Có.", "1.880.000", "2.030.000"],
    ),
    (
        "giay khen tap the ky thang 3/2026 voi thang 11/2026 thuong bang nhau dung k",
        ["Không.", "1.410.000", "1.520.000"],
    ),
    (
        "giay khen dot xuat cho 1 ca nhan thuong co bang giay khen tong ket nam k",
        ["Có.", "760.000"],
    ),
    (
        "Thôn văn hóa thưởng bao nhiêu, so với xã tiêu biểu thì sao, ký cuối năm nay",
        ["3.800.000", "5.060.000"],
    ),
    (
        "nam ngoai chi e dc CSTDCS, quyet dinh ky thang 12/2025. nam nay e cung dc CSTDCS, du"
        " kien ky thang 12/2026. chi e bao 2 lan thuong nhu nhau, e thay k giong. vay thuong nhu"
        " nhau dung k, moi lan bao nhieu",
        ["Không.", "2.340.000", "2.530.000"],
    ),
    # new wordings
    (
        "CSTD tinh ky thang 4/2026 voi ky thang 10/2026 thuong khac nhau k, moi cai bao nhieu",
        ["Có.", "7.020.000", "7.590.000"],
    ),
    (
        "xa tieu bieu ky 12/2025 duoc 4.680.000, ky 12/2026 thi van vay dung k",
        ["Không.", "5.060.000"],
    ),
    (
        "LDTT va giay khen ca nhan neu cung ky thang 12/2026 thi thuong bang nhau dung k",
        ["Có.", "760.000"],
    ),
]

#: b195 F4 and the diag's new wordings
F4 = [
    (
        "e chi hoan thanh tot nhiem vu nhung co sang kien dc xa cong nhan, vay co dc CSTDCS k"
        " hay chi LDTT thoi",
        ["Có.", "sáng kiến"],
    ),
    (
        "ho so CSTD tinh truoc qua phong noi vu huyen, gio qua so noi vu dung k",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "thon van hoa co dc bang chung nhan k hay chi co giay nhu gia dinh van hoa",
        ["Có.", "Bằng chứng nhận"],
    ),
    (
        "thon van hoa thi hoi dong TDKT xa binh xet, con GDVH thi thon hop binh xet dung k",
        ["Có.", "Hội đồng"],
    ),
    (
        "tram y te xa dat TTLDTT thi truong tram co dc tu dong LDTT k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    # new wordings
    (
        "tap the dat TTLDXS thi ca tap the do tu dong dc CSTDCS luon dung k",
        ["Không.", "Chiến sĩ thi đua cơ sở"],
    ),
    ("TTLDXS co dc bang chung nhan k hay chi co tien nhu TTLDTT", ["Có.", "Bằng chứng nhận"]),
    (
        "xa tieu bieu do xa tu binh roi gui so noi vu trinh chu tich tinh dung k",
        ["Có.", "Sở Nội vụ"],
    ),
]

#: cases not mended in time (task f195): kept as the aim, with what is read wrong
LEFT: dict[str, str] = {
    "TTLDTT nam hoc 2025-2026 ky thang 6/2026 voi ky thang 8/2026 co chenh lech k": (
        "'có chênh lệch k' names no prize, so the title's decider is answered; the two decision"
        " dates' rule (prize_by_decision_dates) needs a money word to be read"
    ),
    "giay khen dot xuat cho 1 ca nhan thuong co bang giay khen tong ket nam k": (
        "the two occasions of one form are read as one money ask: both figures, no 'Có.' that"
        " the coefficient is the same whatever the occasion"
    ),
    "Thôn văn hóa thưởng bao nhiêu, so với xã tiêu biểu thì sao, ký cuối năm nay": (
        "'so với xã tiêu biểu thì sao' is not read as a second money ask: xã tiêu biểu's"
        " 5.060.000 is not given"
    ),
}

#: controls: near questions already answered right (b195), which must stay right
CONTROLS = [
    ("TTLDTT voi TTLDXS khac nhau ve ty le LDTT the nao", ["50%", "70%"]),
    ("nghe noi TTLDTT chi can 30% LDTT la dc, dung k ad", ["Không.", "50%"]),
    ("TTLDTT thuong 0,8 con TTLDXS thuong 1,5 lan luong co so phai k", ["Có.", "0,8", "1,5"]),
    (
        "nghe noi TTLDTT va TTLDXS deu do chu tich xa ky tu khi sap xep 2 cap, dung k",
        ["Không.", "tỉnh"],
    ),
    ("nghe noi CSTD tinh chi can 2 nam CSTDCS lien tiep, dung k", ["Không.", "3 lần"]),
    (
        "CSTDCS do chu tich xa ky con CSTD tinh do chu tich tinh ky dung k",
        ["Có.", "Chủ tịch UBND", "tỉnh"],
    ),
    (
        "xa tieu bieu do chu tich tinh ky con thon van hoa do chu tich xa ky, dung k",
        ["Có.", "Chủ tịch UBND", "tỉnh"],
    ),
    ("GDVH do truong thon cong nhan chu k phai chu tich xa, dung k", ["Không.", "Chủ tịch UBND"]),
    ("TTLDTT co dc bang chung nhan nhu TTLDXS k", ["Không.", "Bằng chứng nhận"]),
    (
        "xa tieu bieu voi thon van hoa neu ky thang 12/2026 thi moi cai thuong bao nhieu",
        ["5.060.000", "3.800.000"],
    ),
    ("LDTT thuong 0,3 lan luong co so dung k", ["Có.", "760.000"]),
]


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F1, LEFT))
def test_two_sided_claim_judged_whole(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F3, LEFT))
def test_two_dates_or_amounts_compared(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F4, LEFT))
def test_yesno_attribute_has_verdict(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_kept(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
