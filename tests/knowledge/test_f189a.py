"""Task f189a: b189 families F1 and F3, the verdict on a two-sided claim or a yes/no comparison
(issue 11).

F1: the asker states a pair of facts ("X thì A, còn Y thì B, đúng k"); the verdict judges the
whole proposition (wrong if either side is wrong), then each side's fact follows. F3: a yes/no
comparison ("bằng khen tỉnh thì xã tự ký được như GK k") is answered with the right entry but no
"Có."/"Không." first.

Law: Luật Thi đua, khen thưởng 2022 Điều 5 khoản 2 điểm c, Điều 20, 23, 24, 75, 80, 85;
NĐ 129/2025 Điều 59 (the xã chairman's powers since 01/7/2025); NĐ 152/2025 Điều 50 (money);
TT 111/2013 Điều 2 khoản 2 điểm e.1 (thuế TNCN).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, keyed_cases

#: (question, keys as the question sets write them): b189 F1 and the diag's new wordings
F1 = [
    ("ad oi CSTDCS thi chu tich xa ky con LDTT thi truong phong ky dung k", ["Không."]),
    (
        "LDTT chi can HTTNV tro len, con CSTDCS can HTXSNV hoac sang kien, e hieu vay dung k",
        ["Có."],
    ),
    ("xa e quy dinh CSTDCS k qua 10% so LDTT, vay co dung quy dinh k", ["Tùy"]),
    ("nghe noi GK chu tich xa thuong cao hon LDTT dung k", ["Không.", "760.000"]),
    ("GK tap the 0,6 con TTLDTT 0,8 lan luong co so dung k", ["Có.", "1.520.000", "2.030.000"]),
    ("GDVH la danh hieu thi dua con GK ho gia dinh la hinh thuc khen thuong, dung k", ["Có."]),
    ("nghe noi GK xa va bang khen tinh deu phai gui qua so noi vu, dung k", ["Không."]),
    ("truoc CSTDCS la huyen, LDTT la xa, nay ca 2 ve xa het a", ["Có."]),
    (
        "thon van hoa phai dua ra hoi dong TDKT xa binh xet, con GDVH thi truong thon chu tri"
        " hop binh xet, dung k",
        ["Có.", "Hội đồng"],
    ),
    (
        "nghe noi da nhan bang khen tinh roi thi k bao gio dc GK xa nua, dung k",
        ["Không.", "một thành tích"],
    ),
    ("tien thuong CSTDCS do xa chi tu quy thi dua xa, k phai tinh chi dung k", ["Có."]),
    ("tien thuong TDKT k tinh thue TNCN con tien luong thi tinh, dung k", ["Có."]),
    (
        "TTLDTT do chu tich xa ky con TTLDXS do chu tich tinh ky, e hieu vay dung k",
        ["Có.", "Chủ tịch UBND", "tỉnh"],
    ),
    ("nghe noi GK ho gia dinh thuong it hon GK tap the, dung k", ["Có.", "760.000", "1.520.000"]),
    (
        "LDTT thi k co bang chung nhan, con CSTDCS thi co bang va khung, dung k ad",
        ["Có.", "Bằng chứng nhận"],
    ),
]

#: b189 F3 and the diag's new wordings
F3 = [
    (
        "nghe noi CSTDCS voi LDTT chi khac nhau o tien thuong con tieu chuan giong het nhau,"
        " dung k ad",
        ["Không."],
    ),
    ("LDTT co can sang kien k hay chi CSTDCS moi can", ["Không."]),
    ("ti le CSTDCS toi da 15% so LDTT, gio van ap dung nhu truoc dung k", ["Không."]),
    ("TTLDXS co bat buoc phai co ca nhan dat CSTDCS k, TTLDTT co can k", ["Có."]),
    ("bang khen tinh thi xa tu ky dc nhu GK k", ["Không.", "Chủ tịch UBND tỉnh"]),
    ("GK dot xuat thi chu tich xa tu ky dc, k can trinh tinh dung k", ["Có."]),
    (
        "truong thon e bao nha ong Lam dc GDVH thi nam do k dc GK ho gia dinh nua vi 1 nam chi"
        " dc 1 hinh thuc, dung k",
        ["Không.", "một thành tích"],
    ),
    (
        "CSTD tinh voi CSTDCS thi CSTD tinh bat buoc co sang kien con CSTDCS thi k bat buoc,"
        " dung k",
        ["Có.", "sáng kiến"],
    ),
    (
        "thon van hoa cung do chu tich xa tu ky nhu GDVH chu k can trinh tinh dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "nghe noi LDTT voi GK ca nhan chi khac ten con tien thuong bang nhau, dung k",
        ["Có.", "760.000"],
    ),
]

#: cases not mended in time (task f189a): kept as the aim, with what is read wrong (task f50l
#: lifted the unit's own cap, Tùy, and the 15 % cap said to apply "như trước")
LEFT: dict[str, str] = {
    "LDTT chi can HTTNV tro len, con CSTDCS can HTXSNV hoac sang kien, e hieu vay dung k": (
        "each clause's level is read as the case told (can_httnv), so the LĐTT 'Không cần sáng"
        " kiến' fact and a 'Chưa đủ' eligibility open; no reader judges a requirement per clause"
    ),
    "truoc CSTDCS la huyen, LDTT la xa, nay ca 2 ve xa het a": (
        "'cả 2' is read as several titles at once (Nhiều danh hiệu cùng lúc); the reform block"
        " carries no verdict on the move of both"
    ),
    # f201 (two-clause claims judged whole) lifted "LDTT thi k co bang chung nhan, con CSTDCS …"
    "nghe noi CSTDCS voi LDTT chi khac nhau o tien thuong con tieu chuan giong het nhau,"
    " dung k ad": "only the money pairs are read; the claim that the criteria are the same is not",
    "LDTT co can sang kien k hay chi CSTDCS moi can": (
        "'hay chỉ CSTĐCS mới cần' turns the ask into the criteria, whose text opens no verdict"
    ),
}

#: controls: near questions already answered right, which must stay right
CONTROLS = [
    # b45: the review claimed skipped keeps its "Không" (Luật 2022 Điều 84, NĐ 86/2023)
    (
        "nghe noi LDTT thi chu tich xa tu ky luon k can hop binh xet hay bien ban gi, dung k",
        ["Không."],
    ),
    ("CSTDCS do ai ky", ["Chủ tịch UBND xã"]),
    # b95 (merge mend): a firm's worker is the director's to award (Luật 2022 Điều 80 khoản 4),
    # "cty" as typed as well as "công ty"
    ("cong nhan cty may tren dia ban xa muon dc LDTT thi chu tich xa ky, dung k", ["Không."]),
    ("bang khen tinh do ai ky", ["Chủ tịch UBND tỉnh"]),
    ("GK xa do chu tich xa ky dung k", ["Có."]),
    ("bang khen tinh thi chu tich xa ky dc k", ["Không."]),
    ("CSTD tinh do chu tich tinh ky dung k", ["Có."]),
    ("giay khen tap the gap doi ca nhan phai k", ["Có."]),
    ("LDTT thuong 0,3 lan luong co so dung k", ["Có.", "760.000"]),
    ("TTLDTT thuong 1,5 lan luong co so dung k", ["Không.", "0,8"]),
    ("LDTT k can sang kien dung k", ["Có."]),
    ("CSTDCS co can sang kien k", ["Không."]),
    ("LDTT co can sang kien k", ["Không."]),
    ("CSTDCS do chu tich xa ky dung k", ["Có."]),
    ("bang khen tinh do chu tich tinh ky dung k", ["Có.", "Sở Nội vụ"]),
]


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F1, LEFT))
def test_two_sided_claim_judged_whole(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), keyed_cases(F3, LEFT))
def test_yesno_comparison_has_verdict(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_kept(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
