"""Task f202 (diag_202, set b202 and its voice b194: THE DRAFTER): the line the officer writes.

The drafter quotes the line of a tờ trình, quyết định or báo cáo being written ("e ghi 'X' đúng
chưa", "đoạn tiêu chuẩn e trích 'Điều 24 Luật TĐKT' có đúng điều k") and asks whether THAT line
holds; the bot answered its entry's stock yes/no instead.
F1 the yes/no of the quoted line: NĐ 152/2025 in force from 01/7/2025, signed 14/6/2025 (Điều
59 khoản 1); it replaces NĐ 98/2023 (Điều 59 khoản 2); the prize is no taxable income under TT
111/2013 (Điều 2 khoản 2 điểm e.1); LĐTT has no certificate (NĐ 152/2025 Điều 50); a báo cáo
thành tích lists every award received, the district's too; an old form with NĐ 98/2023 kept is
not usable by changing its number and date.
F2 the quoted item recognised as the thing asked: the Luật named by its passing date ("Luật Thi
đua, khen thưởng ngày 15/6/2022" is Luật 06/2022/QH15, in force 01/01/2024; "ngày 26/11/2003" is
the repealed 2003 law), the article of a rule (CSTĐCS: Điều 23; prize: NĐ 152/2025 Điều 50;
the xã chairman's power: Điều 80), the 15 % of NĐ 91/2017, one achievement one form (Điều 5).
F3 a rule claimed as the LAW's (secret ballot, the 01/12 deadline): "Không." (verdict policy).
F4 the Bằng khen tỉnh's prize for one person: the coefficient is unverified, "Tùy" (brief §2 L).
F5 both asks of "Kính gửi ai, qua cơ quan nào".
Cases: the set's questions ("F1".."F5", "b194"), new wordings ("F1 new" …) and controls ("ctl").
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, family_cases

CASES = [
    # F1: the yes/no of the quoted line
    (
        "F1",
        "e ghi vao dong can cu 'ND 152/2025/ND-CP co hieu luc tu ngay 14/6/2025' dung chua a",
        ["Không.", "01/7/2025"],
    ),
    (
        "F1",
        "cong van gui ke toan: tien thuong LDTT khong tinh thue TNCN, e can cu 'Thong tu "
        "111/2013/TT-BTC' dung k",
        ["Có.", "111/2013"],
    ),
    (
        "F1",
        "co phai ND 152/2025 thay the ND 98/2023 ko a, e ghi chu vao ke hoach",
        ["Có.", "01/7/2025"],
    ),
    (
        "F1",
        "danh hieu thi dua cho ho gia dinh e ghi 'Ho gia dinh tieu bieu' dung ten chua",
        ["Không.", "Gia đình văn hóa"],
    ),
    (
        "F1",
        "Em đang soạn quyết định tặng Lao động tiên tiến năm 2026 cho 30 cán bộ, công chức xã. "
        "Chị phó chủ tịch bảo ghi thêm một điều 'mỗi cá nhân được tặng Giấy chứng nhận Lao động "
        "tiên tiến kèm khung'. Ghi vậy có đúng không ạ",
        ["Không.", "Điều 50"],
    ),
    (
        "F1",
        "E lam to trinh de nghi Bang khen chu tich UBND tinh cho 2 ca nhan co thanh tich xuat "
        "sac dot xuat trong phong chong bao. To trinh cu ghi 'kinh gui Chu tich UBND tinh (qua "
        "Phong Noi vu huyen)'. Khen dot xuat nay co can bien ban hop hoi dong k, va gui qua co "
        "quan nao",
        ["Không.", "Sở Nội vụ", "Điều 85"],
    ),
    (
        "F1",
        "van thu xa: QD khen thuong nam truoc co mau 'QUYET DINH Ve viec tang Giay khen ... CHU "
        "TICH UBND XA ... Can cu Luat Thi dua, khen thuong ngay 15/6/2022; Can cu Nghi dinh "
        "98/2023/ND-CP ...'. E chi can doi so QD va ngay la dung luon cho QD thang 12/2026 dung k",
        ["Không.", "152/2025"],
    ),
    (
        "F1",
        "bao cao thanh tich muc 'cac hinh thuc khen thuong da nhan', giay khen cua chu tich "
        "huyen nam 2023 e van liet ke vao dc k",
        ["Có."],
    ),
    (
        "F1 new",
        "QD e ghi 'Nghi dinh 152/2025/ND-CP co hieu luc ke tu ngay ky' dung k",
        ["Không.", "01/7/2025"],
    ),
    (
        "F1 new",
        "tiền thưởng giấy khen không tính thuế TNCN, em ghi căn cứ Thông tư 111/2013/TT-BTC vậy "
        "có đúng không",
        ["Có.", "111/2013"],
    ),
    (
        "F1 new",
        "bao cao thanh tich e ghi ca giay khen cua UBND huyen nam 2022 vao muc da nhan dc k",
        ["Có."],
    ),
    (
        "ctl",
        "to trinh e ghi 'Luat TDKT 2022 co hieu luc tu ngay 15/6/2022' dung k a",
        ["Không.", "01/01/2024"],
    ),
    # F2: the quoted item recognised as the thing asked
    (
        "F2",
        "to trinh e dang go 'Can cu Luat Thi dua, khen thuong ngay 26/11/2003' van de nguyen dc "
        "k a",
        ["Không.", "06/2022/QH15"],
    ),
    (
        "F2",
        "can cu tham quyen chu tich UBND xa tang giay khen, GDVH, LDTT e trich 'Dieu 80 Luat "
        "TDKT 2022' dung k",
        ["Có.", "Điều 80"],
    ),
    (
        "F2",
        "bao cao thanh tich de nghi CSTDCS, doan tieu chuan e trich 'theo Dieu 24 Luat TDKT "
        "2022' co dung dieu k",
        ["Không.", "Điều 23"],
    ),
    (
        "F2",
        "QD khen thuong co dong 'Can cu Dieu 54 Nghi dinh 152/2025/ND-CP ve muc tien thuong "
        "danh hieu thi dua', e ghi dieu 54 vay dung k",
        ["Không.", "Điều 50"],
    ),
    (
        "F2",
        "Căn cứ trong quyết định tặng giấy khen em ghi 'Luật Thi đua, khen thưởng ngày 15 tháng "
        "6 năm 2022' vậy đúng chưa, luật này hiệu lực từ ngày nào",
        ["Có.", "01/01/2024"],
    ),
    (
        "F2",
        "to trinh cua truong THCS de nghi 'Tap the lao dong xuat sac' ghi vay dung ten chua, ai "
        "quyet dinh danh hieu nay",
        ["Có.", "tỉnh"],
    ),
    (
        "F2",
        "Tờ trình em ghi 'số CSTĐCS không vượt quá 15% tổng số LĐTT theo quy định' có đúng với "
        "quy định hiện hành không",
        ["Không.", "91/2017"],
    ),
    (
        "F2",
        "1 thanh tich co dc khen 2 hinh thuc k (vd GK xa roi bang khen tinh), can cu dieu nao",
        ["Không.", "Điều 5"],
    ),
    (
        "F2 new",
        "QD e ghi 'Can cu Luat Thi dua, khen thuong ngay 15/6/2022' dung chua",
        ["Có.", "01/01/2024"],
    ),
    (
        "F2 new",
        "e trich 'Dieu 23 Luat TDKT 2022' cho doan tieu chuan CSTDCS dung k",
        ["Có.", "Điều 23"],
    ),
    (
        "F2 new",
        "to trinh e ghi muc tien thuong LDTT theo 'Dieu 52 ND 152/2025' dung k",
        ["Không.", "Điều 50"],
    ),
    # F3: a rule claimed as the law's
    ("F3", "theo luat thi bien ban binh xet bat buoc phai bo phieu kin dung k", ["Không."]),
    ("F3", "han nop ho so tong ket nam ve xa truoc 01/12 la do luat TDKT quy dinh a", ["Không."]),
    (
        "F3 new",
        "luat TDKT bat buoc hoi dong phai bo phieu kin khi xet CSTDCS phai k",
        ["Không."],
    ),
    # F4: an unverified coefficient confirmed
    (
        "F4",
        "bang khen chu tich UBND tinh cho ca nhan, QD 12/2026, e ghi so tien 2.530.000 co chac "
        "dung k",
        ["Tùy", "152/2025"],
    ),
    ("F4 new", "BK chu tich tinh cho ca nhan so tien 2.530.000 dung k a", ["Tùy", "152/2025"]),
    # F5: both asks of a compound
    (
        "F5",
        "to trinh de nghi TTLDXS cho truong tieu hoc, dong 'Kinh gui: ......' ghi ai, qua co "
        "quan nao",
        ["Chủ tịch UBND", "tỉnh", "Sở Nội vụ"],
    ),
    (
        "b194",
        "dong 'nguon kinh phi khen thuong: ……' trong qd e ghi quy thi dua khen thuong cua xa "
        "dung ko",
        ["Có.", "Quỹ thi đua"],
    ),
    # the mechanisms on wordings of no set (each a fix's other reach)
    (
        "F2 new",
        "doan tieu chuan LDTT trong bao cao e trich 'Dieu 23 Luat TDKT' dung k",
        ["Không.", "Điều 24"],
    ),
    (
        "F2 new",
        "tờ trình ghi tên danh hiệu 'Tập thể lao động tiên tiến' cho thôn vậy đúng tên chưa",
        ["Có."],
    ),
    (
        "F2 new",
        "QD tang CSTDCS e ghi 'Can cu Luat Thi dua, khen thuong ngay 15 thang 6 nam 2022' dung k",
        ["Có."],
    ),
    (
        "F3 new",
        "bien ban e ghi 'theo quy dinh cua luat, hoi dong phai bo phieu kin' dung k",
        ["Không."],
    ),
    ("ctl", "han nop ban dang ky thi dua truoc 31/3 la do nghi dinh quy dinh a", ["Không."]),
    ("F4 new", "QD e ghi Bang khen chu tich UBND tinh cho tap the 5.060.000 dung k", ["Tùy"]),
    (
        "ctl",
        "dong 'So tien thuong: ......... dong' cho LDTT trong QD thang 12/2026 ghi bn",
        ["760.000"],
    ),
    (
        "ctl",
        "nguon kinh phi thuong GDVH e ghi trich tu quy thi dua khen thuong cua xa dc k",
        ["Có.", "Quỹ thi đua"],
    ),
    (
        "ctl",
        "QĐ cũ ghi 'Căn cứ Nghị định 98/2023/NĐ-CP' em giữ nguyên được không",
        ["Không.", "152/2025"],
    ),
    # controls: near questions already right, which must stay right
    ("ctl", "NĐ 152/2025 có hiệu lực từ ngày nào", ["01/7/2025"]),
    ("ctl", "e ghi 'ND 152/2025 co hieu luc tu ngay 01/7/2025' dung k", ["Có.", "01/7/2025"]),
    ("ctl", "ND 152/2025 thay cho ND 98/2023 phai k ad", ["Có.", "01/7/2025"]),
    ("ctl", "ND 98/2023 con hieu luc k", ["Không.", "152/2025"]),
    ("ctl", "tien thuong giay khen co phai nop thue TNCN k", ["Không."]),
    ("ctl", "bao cao thanh tich co can ghi cac danh hieu da nhan k", ["Có."]),
    ("ctl", "luat TDKT 2022 co hieu luc tu ngay nao", ["01/01/2024"]),
    ("ctl", "luat TDKT 2003 con dung dc k", ["Không."]),
    (
        "ctl",
        "QĐ em để 'Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003' còn dùng được không",
        ["Không.", "06/2022/QH15"],
    ),
    ("ctl", "QD e ghi 'Can cu Luat Thi dua, khen thuong 2022' dung chua", ["Có.", "01/01/2024"]),
    ("ctl", "truong e quy dinh moi to chi dc 1 CSTDCS, vay co dung k", ["Tùy"]),
    (
        "ctl",
        "ke hoach e ghi 'ty le CSTDCS khong qua 15% so LDTT theo quy dinh hien hanh' dung k",
        ["Không.", "91/2017"],
    ),
    ("ctl", "LDTT co duoc tang giay chung nhan k", ["Không."]),
    (
        "ctl",
        "QĐ tặng LĐTT em ghi thêm 'kèm theo Giấy chứng nhận Lao động tiên tiến' được không",
        ["Không."],
    ),
    (
        "ctl",
        "giay khen chu tich xa cho ca nhan QD thang 12/2026 e ghi so tien 760.000 dung k",
        ["Có.", "760.000"],
    ),
    ("ctl", "1 nguoi dc khen nhieu lan cho cac thanh tich khac nhau dc k", ["Có."]),
    ("ctl", "cung 1 thanh tich co dc tang ca giay khen xa va bang khen tinh k", ["Không."]),
    ("ctl", "khen dot xuat co can hop hoi dong thi dua k", ["Không."]),
    ("ctl", "danh hieu cho ho gia dinh e ghi 'Gia dinh van hoa' dung ten k", ["Có."]),
    ("ctl", "tieu chuan CSTDCS quy dinh o dieu nao", ["Điều 23"]),
    ("ctl", "han 01/12 nop ho so khen thuong la quy dinh cua luat dung k", ["Không."]),
    ("ctl", "to trinh ghi 'ND 152/2025 co hieu luc tu 01/7/2025' dung k", ["Có.", "01/7/2025"]),
    ("F1 new", "nghe noi ND 98/2023 thay the ND 152/2025 dung k", ["Không."]),
    ("ctl", "khen dot xuat cho anh A cuu nguoi, ho so co can bien ban hop hoi dong k", ["Không."]),
    ("ctl", "1 thanh tich co khen 2 hinh thuc dc ko, con 1 hinh thuc tang nhieu lan dc ko", []),
    ("ctl", "xa co duoc khen cac ho gia dinh tieu bieu trong phong trao bang giay khen k", ["Có."]),
    ("ctl", "bien ban hop hoi dong xet CSTDCS bo phieu kin hay bieu quyet", ["biểu quyết"]),
    ("ctl", "tien thuong bang khen chu tich UBND tinh cho ca nhan bao nhieu", ["152/2025"]),
    ("ctl", "cung 1 thanh tich ko ai cam khen 2 hinh thuc chu", ["Không."]),
    ("ctl", "Cam khen 2 hinh thuc cho 1 thanh tich dung ko a", ["Có."]),
    (
        "ctl",
        "ho so giay khen chu tich xa theo thu tuc thong thuong (k phai dot xuat) co can bien ban "
        "xet khen thuong k",
        ["Có."],
    ),
]

#: cases not fixed here, each with its reason (not strict: a later fix shows as XPASS)
XFAIL: dict[str, str] = {}


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


@pytest.mark.parametrize(("family", "question", "keys"), family_cases(CASES, XFAIL))
def test_b202_answer(kb: KnowledgeBase, family: str, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
