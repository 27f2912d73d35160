"""Task f191 (diag b191 A-D): the remaining misses of tuning set b191 and their new wordings.

A: a yes/no answered with the right block but no plain verdict; B: a verdict of the wrong
polarity, or firm where the province decides (Tùy); C: "huy QD" (hủy, not huyện) and "thu hồi"
read as revocation (Luật 2022 Điều 93 khoản 8); D: a part of a compound question left out.
Cases: the set's questions ("A".."D"), the diagnosis's new wordings ("A new" ...), and controls
("ctl") whose answers must not change.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, family_cases

CASES = [
    # A: verdict first
    (
        "A",
        "chi em trong hoi di boi duong 3 thang ket qua kha, ve lam tiep hoan thanh tot nv, van dc"
        " LDTT hen",
        ["Có.", "khá"],
    ),
    (
        "A",
        "tap the va ca nhan cung dc giay khen thi tap the thuong cao hon hen",
        ["Có.", "1.520.000"],
    ),
    ("A", "tien thuong thon van hoa do xa chi tu quy thi dua cua xa hen", ["Có.", "Quỹ thi đua"]),
    ("A", "nghe noi luat bat CSTDCS phai dat 2/3 phieu hoi dong, dung hong", ["Không."]),
    ("A", "ho so khen dot xuat chi can to trinh va bao cao tom tat thanh tich thoi hen", ["Có."]),
    ("A", "hoi dong thi dua xa co chu tich mat tran tham gia hong", ["Có."]),
    (
        "A new",
        "di hoc lop boi duong 2 thang dat loai kha thi van tinh thoi gian xet LDTT hen ad",
        ["Có.", "khá"],
    ),
    ("A new", "giay khen xa cho tap the thuong gap doi ca nhan phai hong", ["Có.", "1.520.000"]),
    (
        "A new",
        "ap van hoa dc thuong tien thi tien do lay tu quy thi dua khen thuong cua xa hen",
        ["Có.", "Quỹ thi đua"],
    ),
    # B: the verdict on the proposition as asked
    (
        "B",
        "xa tui tu quy dinh LDTT k qua 70% bien che moi phong, quy dinh vay co dc hong",
        ["Tùy"],
    ),
    (
        "B",
        "Tui la cong chuc tai chinh ke toan phuong. QD CSTDCS cua nam 2025 phuong ky ngay"
        " 15/1/2026, ... Vay van tinh theo luong co so 2.340.000 cua ngay ky QD dung hong",
        ["Có."],
    ),
    ("B", "ho so giay khen nop xa co phai 20 ngay lam viec moi co ket qua hong", ["Tùy"]),
    (
        "B",
        "da khen dot xuat thanh tich cuu nguoi roi thi cuoi nam k khen lai thanh tich do nua"
        " dung k",
        ["Có."],
    ),
    (
        "B new",
        "truong tui tu dat quy dinh moi to chi dc 1 CSTDCS, lam vay co dung hong ad",
        ["Tùy"],
    ),
    (
        "B new",
        "QD LDTT nam 2025 xa ky thang 3/2026, thang 12/2026 moi phat tien, van tinh luong co so"
        " 2.340.000 dung hong",
        ["Có.", "2.340.000"],
    ),
    (
        "B new",
        "ho so LDTT cua truong nop len xa co phai dung 20 ngay lam viec la co QD hong",
        ["Tùy"],
    ),
    # C: revocation (Luật 2022 Điều 93 khoản 8)
    (
        "C",
        "phat hien nguoi dc CSTDCS khai gian sang kien thi xa co huy QD va thu hoi tien thuong dc"
        " hong",
        ["Có.", "hủy bỏ", "thu hồi"],
    ),
    (
        "C",
        "ho dc GDVH sau do bi phat hien khai gian thi xa co huy dc hong, ai huy",
        ["Có.", "Chủ tịch UBND"],
    ),
    ("C", "thu hoi tien thuong thi thu hoi ca hien vat bang khung hong", ["Có.", "hiện vật"]),
    (
        "C new",
        "LDTT cap cho nguoi khai gian thanh tich thi chu tich xa huy QD dc hong",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "C new",
        "bi huy danh hieu CSTDCS thi bang chung nhan va tien thuong co bi thu hoi luon hong",
        ["Có.", "thu hồi", "hiện vật"],
    ),
    (
        "C new",
        "xa xet duyet sai luat cho 1 ap dc ap van hoa, gio xa huy QD do dc hong",
        ["Có.", "hủy bỏ"],
    ),
    # D: every part of a compound question
    (
        "D",
        "Tui la ke toan UBND phuong, cuoi nam ni phuong ra QD khen 20 nguoi LDTT, 3 nguoi CSTDCS,"
        " 2 to TTLDTT. Sep bao tui tinh tien thuong theo luong co so cu 2.340.000 cho do chenh."
        " Tui muon hoi dung muc luong co so nao va moi nguoi LDTT nhan bao nhieu",
        ["2.530.000", "760.000"],
    ),
    (
        "D",
        "Tui moi lam truong ap nam dau. Ong truong ap cu ban giao noi ap van hoa 5 nam moi xet 1"
        " lan, ... hoi ad co dung vay hong hay ap van hoa xet moi nam",
        ["Không.", "hằng năm"],
    ),
    (
        "D",
        "Tổ dân phố tui có anh shipper dập lửa cứu nhà hàng xóm, muốn đề nghị khen đột xuất thì"
        " làm sao, ai ký",
        ["tờ trình", "Chủ tịch UBND"],
    ),
    (
        "D new",
        "cuoi nam ni xa ky QD TTLDTT cho 3 to, tinh theo luong co so nao va moi to dc bao nhieu",
        ["2.530.000", "2.030.000"],
    ),
    (
        "D new",
        "khom tui dat khom van hoa nam 2025 roi, nam 2026 co phai lam ho so xet lai hong hay giu 3"
        " nam",
        ["Có.", "hằng năm"],
    ),
    (
        "D new",
        "anh dan quan ap cuu nguoi duoi nuoc, muon xin khen dot xuat thi lam giay to chi, ai ky,"
        " thuong bn",
        ["tờ trình", "Chủ tịch UBND", "760.000"],
    ),
    # controls: nearby questions already right
    ("ctl", "LDTT co gioi han ty le toi da toan quoc khong", ["Không."]),
    ("ctl", "bi mat bang chung nhan CSTDCS thi co bi thu hoi danh hieu khong", ["Không."]),
]


#: cases not mended in this task's time, each with why it still fails (the question's start);
#: task f50l lifted the unit's own caps (Tùy), the yearly review of khóm văn hóa, the
#: collective's giấy khen "cao hơn", the days until the result (Tùy)
XFAIL = {
    "Tui moi lam truong ap nam dau": "the 'ai được xét' attribute answers; the review period"
    " (hằng năm, NĐ 86/2023) is not read from '5 năm mới xét 1 lần'",
    "hoi dong thi dua xa co chu tich mat tran": "'có X tham gia' of the council is read as"
    " its eligibility, not its members (the chair attribute), so no verdict",
    "da khen dot xuat thanh tich cuu nguoi roi": "a negated claim ('k khen lại … nữa đúng k')"
    " gets the rule's own 'Không'; the sign is not turned for the negation",
    "Tui la ke toan UBND phuong, cuoi nam ni": "'cuối năm nay' is not read as a decision"
    " after 01/7/2026; the 2.340.000 the asker names is used (LĐTT 710.000, not 760.000)",
    "Tổ dân phố tui có anh shipper": "only 'ai quyết định' is answered; the 'làm sao' part"
    " (tờ trình + báo cáo tóm tắt, Điều 85) is left out",
}


@pytest.mark.parametrize(("family", "question", "keys"), family_cases(CASES, XFAIL))
def test_b191_answer(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
