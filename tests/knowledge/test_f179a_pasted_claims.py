"""Task f179a (diag b179 F1, F4, F5): a forwarded or pasted claim gets its own verdict first.

The officer pastes someone else's words (">>", "fw:", "a X nhan:", "van ban nam 2020 ghi:",
"nhom zalo dang:", quotes) and asks "dung k" / "gio con dung k", often with a second ask
(who signs, how much, where to send). The answer opens with the verdict on the pasted sentence
as written (F1), unless the asker plainly asks another yes/no of their own case (F4); a paste
that itself states the current rule in the negative ("k co ty le toi da", "khong con chu tich
huyen") is confirmed, not read backwards (F5). Cases: the set's questions of each family, the
diagnosis's new wordings ("new"), three of this task's own ("own"), and controls ("ctl") whose
answers must not change.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

CASES = [
    # F1: a verdict on the pasted claim, then the second ask
    (
        "F1",
        ">> TTLDXS duoc tang bang chung nhan, khung va thuong 1,5 lan luong co so. dung k, va ai"
        " ky QD",
        ["Có.", "Chủ tịch UBND", "tỉnh"],
    ),
    (
        "F1",
        "fw: 'muc thuong CSTDCS la 1,5 lan luong co so' (trich huong dan nam 2021). gio con dung"
        " k, ai ky QD CSTDCS",
        ["Không.", "1,0", "Chủ tịch UBND"],
    ),
    (
        "F1",
        "a Hai nhan: 'LDTT cua can bo, cong chuc xa do chu tich UBND huyen ky QD'. gio ai ky",
        ["Không.", "Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "F1",
        "chi Y bao: LDTT tinh theo nam hoc doi voi giao vien truong MN, TH, THCS thuoc xa. dung k",
        ["Có.", "năm học"],
    ),
    (
        "F1",
        "ho so CSTDCS theo HD cu: to trinh, bien ban, bao cao thanh tich va QD cong nhan sang"
        " kien bat buoc cho moi truong hop. gio con dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "F1",
        "van ban nam 2020 ghi: CSTD cap tinh chon trong so ca nhan 3 lan lien tuc dat CSTDCS va co"
        " sang kien anh huong trong tinh. gio con dung k, ho so gui dau",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "F1",
        "a X nhan: CSTD tinh thuong 7.020.000 nhu nam 2025. QD thang 12/2026 van vay a",
        ["Không.", "7.590.000"],
    ),
    (
        "F1",
        "fw: ho so thon van hoa gom to trinh, bao cao thanh tich, bien ban hop binh xet. con dung"
        " k, theo nghi dinh nao",
        ["Có.", "86/2023"],
    ),
    (
        "F1",
        "e la van phong dac khu. checklist cua So Noi vu nam 2022 ghi: 'ho so de nghi Bang khen"
        " chu tich UBND tinh: 02 bo ban chinh'. nam nay dac khu e gui 5 ho so bang khen, moi ho so"
        " may bo, gui cho ai",
        ["Không.", "1 bộ", "Sở Nội vụ"],
    ),
    (
        "F1",
        "a X nhan: nguoi co tham quyen quyet dinh tang thi co tham quyen huy bo QD do. dung k,"
        " dieu nao",
        ["Có.", "Điều 93"],
    ),
    (
        "F1",
        "Văn bản năm 2021 của phòng Nội vụ huyện ghi: 'Hồ sơ đề nghị LĐTT, CSTĐCS gửi về phòng Nội"
        " vụ huyện trước 15/12'. Năm nay xã em gửi cho ai?",
        ["Không.", "Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "F1",
        "Tin nhắn nhóm: 'Giấy khen của Chủ tịch UBND xã được tặng cho cả tập thể, cá nhân và hộ"
        " gia đình'. Có đúng không ạ?",
        ["Có.", "hộ gia đình"],
    ),
    (
        "F1",
        "KH nam 2020 ghi: hoan thanh ho so khen thuong tong ket nam truoc 01/12. nam nay co phai"
        " van vay k",
        ["Tùy"],
    ),
    (
        "new",
        "chuyen tiep: 'TTLDTT thuong 0,8 lan luong co so, k co bang chung nhan'. dung k, chu tich"
        " xa ky dc k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "new",
        "van ban nam 2023 ghi: CSTD tinh thuong 3,0 lan luong co so = 5.400.000d. QD thang 12/2026"
        " con dung k",
        ["Không.", "7.590.000"],
    ),
    (
        "new",
        ">> ho so CSTD tinh chi nop 1 bo ban chinh qua So Noi vu. dung k, ho so gom gi",
        ["Có.", "Sở Nội vụ", "báo cáo thành tích"],
    ),
    (
        "own",
        ">> CSTDCS thuong 1,0 lan luong co so. dung k, ai ky QD",
        ["Có.", "2.530.000", "Chủ tịch UBND"],
    ),
    (
        "own",
        "fw: 'TTLDXS thuong 1,0 lan luong co so'. gio con dung k, ai quyet dinh",
        ["Không.", "3.800.000"],
    ),
    (
        "own",
        "nhom zalo dang: giay khen chu tich xa thuong 0,3 lan luong co so cho ca nhan. dung k, ai"
        " ky",
        ["Có.", "760.000"],
    ),
    # F4: the asker's own yes/no about their case is what the verdict answers
    (
        "F4",
        "ad oi, chi van phong chuyen cho e tin nhan: 'nguoi moi tuyen dung duoi 6 thang trong nam"
        " thi khong xet LDTT, tu 6 thang tro len thi xet binh thuong'. ban e vao lam tu thang"
        " 7/2026, den cuoi nam la hon 5 thang. vay ban e co dc xet LDTT nam nay k, va neu k thi"
        " nam sau moi xet a",
        ["Không.", "6 tháng"],
    ),
    (
        "F4",
        "Cán bộ đặc khu hỏi: văn bản cũ chỉ ghi 'xã, phường, thị trấn tiêu biểu', vậy đặc khu có"
        " được xét danh hiệu này không, thưởng bao nhiêu?",
        ["Có.", "5.060.000"],
    ),
    (
        "F4",
        "KH cu ghi: can cu xet danh hieu gom phong trao thi dua, thanh tich va tieu chuan. dung k,"
        " dang ky thi dua con la can cu k",
        ["Có.", "Điều 7"],
    ),
    (
        "new",
        "nhom zalo dang: 'LDTT xet cho nguoi lam du 6 thang tro len'. e vao lam thang 3/2026, vay"
        " e co dc xet nam nay k",
        ["Có.", "6 tháng"],
    ),
    (
        "new",
        "van ban cu ghi 'thi tran tieu bieu'. phuong e co dc xet danh hieu tieu bieu k, ai tang",
        ["Có.", "Chủ tịch UBND", "tỉnh"],
    ),
    (
        "new",
        "fw: 'CSTDCS can dat LDTT'. dung k, con CSTDCS co bat buoc sang kien k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # F5: a paste stating the current rule in the negative is confirmed
    (
        "F5",
        "fw: LDTT gio k co ty le toi da chung ca nuoc, tinh co the tu quy dinh. dung k",
        ["Có.", "tỉnh"],
    ),
    (
        "F5",
        "hieu truong truong MN cua xa nhan: 'tu 1/7/2025 khong con chu tich UBND huyen, TTLDTT"
        " cua truong MN, TH, THCS thuoc xa do chu tich UBND xa tang'. dung k, nam hoc nay truong"
        " dc TTLDTT, QD thang 8/2026 thi thuong bn",
        ["Có.", "Chủ tịch UBND", "2.030.000"],
    ),
    (
        "new",
        "chi Y bao: 'gio k con Hoi dong TDKT huyen, xa tu xet LDTT, CSTDCS'. dung k",
        ["Có.", "1/7/2025"],
    ),
    ("new", "fw: 'CSTDCS k con bi gioi han 15% theo nghi dinh'. dung k", ["Có.", "91/2017"]),
    ("new", "nhom zalo: 'LDTT khong can sang kien'. dung k", ["Có.", "hoàn thành tốt nhiệm vụ"]),
    # controls: nearby questions whose answers hold already
    ("ctl", "TTLDXS thuong 1,5 lan luong co so. dung k", ["Có.", "3.800.000"]),
    ("ctl", "CSTDCS thuong 1,5 lan luong co so dung k", ["Không.", "2.530.000"]),
    ("ctl", "TTLDXS do ai quyet dinh", ["Chủ tịch UBND tỉnh"]),
    ("ctl", "LDTT thuong 0,5 lan luong co so dung k", ["Không.", "760.000"]),
    ("ctl", "ho so khen thuong cap xa nop 2 bo dung k", ["Không.", "1 bộ"]),
    ("ctl", "CSTD tinh thuong bao nhieu", ["7.590.000"]),
    (
        "ctl",
        "Phòng em 8 người, 5 người đạt LĐTT. Anh văn phòng nói phải trên 70 % mới được. Vậy phòng"
        " em có đủ tỷ lệ đề nghị TTLĐTT không?",
        ["Có."],
    ),
]


@pytest.mark.parametrize(("family", "question", "keys"), CASES)
def test_pasted_claim_judged_first(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
