"""Task f196 (diag b196, tuning twin of b47): the remaining misses of set b196 and new wordings.

1: a claim passed on as hearsay ("nghe nói …, đúng k") answered with the topic's "Có." instead of
a verdict on the claim as stated (its comparison or negation); 2: a compound question with one
part dropped; 3: a prize computed on today's lương cơ sở although the question dates the
decision; 4: a yes/no about a central-level award answered without a verdict.
Cases: the set's questions ("1".."4"), the diagnosis's new wordings ("1 new" …), and controls
("ctl"): nearby questions already right whose answers must stay right.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, family_cases

CASES = [
    # 1: the hearsay claim judged as stated
    (
        "1",
        "nghe noi tien thuong khen dot xuat thap hon khen tong ket nam, dung k",
        ["Không.", "760.000"],
    ),
    (
        "1",
        "Nghe nói tiền thưởng giấy khen tập thể bằng 2 lần cá nhân, đúng không ạ",
        ["Có.", "1.520.000"],
    ),
    (
        "1",
        "nghe noi doanh nghiep ung ho quy thi dua cua xa la k dc phep, dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    (
        "1",
        "nghe noi hoi nong dan xa cung dc tang danh hieu gia dinh van hoa cho hoi vien, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "1 new",
        "nghe noi giay khen cho ho gia dinh thuong it hon giay khen ca nhan, dung k",
        ["Không.", "760.000"],
    ),
    (
        "1 new",
        "nghe noi doan thanh nien xa dc tu cong nhan thon van hoa cho thon minh, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "1 new",
        "nghe noi thon van hoa thuong bang xa tieu bieu, dung k ad",
        ["Không.", "3.800.000", "5.060.000"],
    ),
    # 2: every part of a compound question
    (
        "2",
        "ong noi e 80 tuoi hien 300m2 dat lam duong thon, xa co tang giay khen k, dc bao nhieu",
        ["Có.", "760.000"],
    ),
    (
        "2",
        "tap the lao dong tien tien can bao nhieu % ca nhan dat LDTT, con tap the lao dong xuat"
        " sac can bao nhieu",
        ["50%", "70%"],
    ),
    (
        "2",
        "chao ad, cty e la cty co phan may mac tren dia ban xa, co 200 cong nhan. cuoi nam cty"
        " muon khen cong nhan xuat sac va cac to san xuat. e nghe noi phai lap ho so gui UBND xa"
        " de chu tich xa ky LDTT cho cong nhan cty, vay co dung k, cty tu khen dc k",
        ["Không.", "Giám đốc"],
    ),
    (
        "2 new",
        "chu vua lua cho xa muon hien dat lam muong, xa co khen k, ca nhan dc thuong bn",
        ["Có.", "760.000"],
    ),
    (
        "2 new",
        "CSTDCS can dieu kien gi, con CSTD tinh can may lan CSTDCS lien tuc",
        ["hoàn thành xuất sắc nhiệm vụ", "3 lần"],
    ),
    (
        "2 new",
        "nghe noi HTX phai xin xa moi khen dc xa vien, co dung k, giam doc HTX tu tang giay khen"
        " dc k",
        ["Không.", "Giám đốc"],
    ),
    # 3: the lương cơ sở of the decision's date the question tells
    (
        "3",
        "xa tang giay khen tap the cho doi thuyen cuu ho hoi thang 4/2026, thuong bao nhieu",
        ["1.410.000"],
    ),
    ("3 new", "giay khen ca nhan chu tich xa ky thang 5/2026 thi dc thuong bn", ["710.000"]),
    (
        "3 new",
        "thon e dc cong nhan thon van hoa theo quyet dinh thang 2/2026, thuong bao nhieu",
        ["3.510.000"],
    ),
    (
        "3 new",
        "CSTDCS quyet dinh ngay 20/6/2026 thi thuong bn, neu ky ngay 5/7/2026 thi bn",
        ["2.340.000", "2.530.000"],
    ),
    # 4: a verdict on proposing a central-level award
    (
        "4",
        "Xã có được đề nghị Huân chương cho doanh nhân ủng hộ lớn không, gửi hồ sơ qua đâu",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "4 new",
        "xa co de nghi bang khen thu tuong cho chu doanh nghiep tai tro xay truong dc k, nop o dau",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "4 new",
        "chu tich xa co tu ky huan chuong lao dong cho nong dan dc k",
        ["Không.", "Sở Nội vụ"],
    ),
    (
        "4 new",
        "Việt kiều ủng hộ lớn cho xã có được xã đề nghị khen cấp nhà nước không, hồ sơ gửi đâu",
        ["Có.", "Sở Nội vụ"],
    ),
    # controls: nearby questions of the set already right
    (
        "ctl",
        "nghe noi giay khen tap the cung chi thuong 760 nghin bang ca nhan, dung k",
        ["Không.", "1.520.000"],
    ),
    (
        "ctl",
        "ong truong thon bao chu tich xa ky quyet dinh cong nhan gia dinh van hoa, dung k ad",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "ctl",
        "nghe noi doanh nghiep tu nhan k dc tu xet danh hieu thi dua, phai xin UBND xa, dung k",
        ["Không.", "Giám đốc"],
    ),
    (
        "ctl",
        "nghe noi cong nhan cty tu nhan dat LDTT thi phai do chu tich xa ky, dung k",
        ["Không.", "Giám đốc"],
    ),
    (
        "ctl",
        "ho so bang khen tinh cho ong viet kieu ung ho xay truong, xa gui thang len so noi vu"
        " dung k",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "ctl",
        "nghe noi to hop tac cung nhu HTX, to truong dc tu tang LDTT cho thanh vien, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("ctl", "quy thi dua xa co dc nhan tien ung ho cua doanh nghiep k", ["Có.", "Quỹ thi đua"]),
    ("ctl", "giay khen ca nhan thuong bao nhieu", ["760.000"]),
    # b44, b53: a proposal of a state award that is no plain "may the xã propose" (one
    # achievement for two forms; a route past the tỉnh) keeps its own "Không."
    (
        "ctl",
        "cung 1 thanh tich chong lu nam 2026 ma xa de nghi ca bang khen thu tuong va bang khen tinh"
        " cho 1 nguoi dc k",
        ["Không."],
    ),
    (
        "ctl",
        "bang khen thu tuong chinh phu thi chu tich xa co quyen de nghi thang len bo noi vu k hay"
        " qua tinh",
        ["Không."],
    ),
    ("ctl", "tap the lao dong xuat sac thuong bao nhieu", ["3.800.000"]),
]


#: cases not mended in this task's time, each with why it still fails (the question's start)
XFAIL: dict[str, str] = {}


@pytest.mark.parametrize(("family", "question", "keys"), family_cases(CASES, XFAIL))
def test_b196_answer(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
