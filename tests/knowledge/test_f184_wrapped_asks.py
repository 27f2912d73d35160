"""Task f184 (b184 families): the wrapped ask. A greeting, a word of who asks, an emoji, a
"P/S" or "sếp đang đợi" around the real ask must not change what is answered.

A: a yes/no about a detail of a paper gets its verdict: the GĐVH biên bản họp bình xét records
thành phần, số hộ dự họp, kết quả (brief §3.6, NĐ 86/2023 Điều 8); a tập thể with no tổ chức
đảng, đoàn thể writes "không có" in part I of its báo cáo thành tích (brief §3.3, TT 15/2025);
the tờ trình goes with its danh sách (brief §2). B: the verdict of the claim, not of the page:
a phó chủ tịch (phụ trách văn hóa) does not sign the xã's giấy khen (Luật 2022 Điều 80 khoản 3;
NĐ 129/2025 Điều 59); "NĐ 152/2025 … có phải từ đó bỏ thẩm quyền của chủ tịch huyện" is what
the reform did (NĐ 129/2025 Điều 59); a bare "có quy định tỷ lệ phiếu tối thiểu không" is the
province's (brief §2.3). C: "sáng kiến ảnh hưởng cấp tỉnh" is the reach of Luật 2022 Điều 22
khoản 1 điểm b. D: "chủ tịch xã ký được k ạ hay phải lên tỉnh": the "ạ" does not hide the
other way offered (TTLĐXS, xã tiêu biểu: Chủ tịch UBND tỉnh, Luật 2022 Điều 27, 29); two texts'
dates asked in one short message wrapped in a greeting. E: "tranh thủ hỏi" is no "thu hồi";
an emoji between words is a break; CSTĐCS names người lao động (Luật 2022 Điều 23, 24).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


CASES = [
    # A: a detail of a paper
    (
        "ad oi bao cao thanh tich cua tap the k co to chuc dang thi co can ghi ro k a? e viet "
        "cho truong MN",
        ["Có.", "tổ chức đảng"],
    ),
    ("ad oi biên bản binh xet GDVH co can ghi so ho du hop k a?", ["Có.", "biên bản"]),
    (
        "ad oi e soan bao cao thanh tich cho Hoi phu nu xa 😊 hoi k co doan the truc thuoc thi "
        "phan I co phai ghi ro la khong co k a? tks",
        ["Có.", "không có"],
    ),
    (
        "chao ad toi la truong thon 2, bien ban hop binh xet GDVH co can ghi ket qua tung ho k "
        "a? mai toi nop roi 🙏",
        ["Có.", "biên bản"],
    ),
    (
        "Dạ em chào anh, em là Hương VP xã. Tờ trình đề nghị giấy khen có cần kèm danh sách "
        "người được đề nghị không ạ? Sếp đang đợi ạ 🙏",
        ["Có.", "danh sách"],
    ),
    # B: the claim's verdict
    (
        "ad oi giay khen chu tich xa cho ca nhan co phai do pho chu tich phu trach van hoa ky k "
        "a? sep dang hoi 🥲",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "ad oi giay khen tap the cua xa co phai do chu tich MTTQ xa ky k a? sep moi hoi e 🥲",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("giấy khen của xã có phải phó chủ tịch ký không", ["Không.", "Chủ tịch UBND"]),
    (
        "ad oi ND 152/2025 co hieu luc tu ngay nao a, co phai tu do bo tham quyen cua chu tich "
        "huyen k?",
        ["Có.", "1/7/2025"],
    ),
    (
        "chao ad, nghe noi tu 1/7/2025 bo cap huyen nen tham quyen tang thon van hoa chuyen ve "
        "chu tich xa, dung k a?",
        ["Có.", "1/7/2025", "Chủ tịch UBND"],
    ),
    (
        "chao ad, bo phieu kin xet CSTDCS co quy dinh ti le phieu dong y toi thieu k a?",
        ["Tùy", "tỉnh"],
    ),
    (
        "ad oi bo phieu kin xet giay khen co quy dinh phai dat bao nhieu % dong y k a? e can "
        "confirm truoc hop 🙏",
        ["Tùy", "tỉnh"],
    ),
    # C: the case told meets the rule
    (
        "chao ad, e la PCT UBND xa. cong chuc xa dc CSTDCS 3 nam lien tuc 2023-2025 va co sang "
        "kien anh huong cap tinh, nam nay de nghi CSTD tinh dc k? neu dc thi gui ho so cho ai a",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "chao ad, e la GV truong TH 🙏 e dat LDTT nam nay va hoan thanh xuat sac nhiem vu, k co "
        "sang kien. e co du dieu kien de nghi CSTDCS k a?",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # D: both parts, the other way offered
    (
        "ad oi truong THCS muon de nghi TTLDXS thi chu tich xa ky dc k a hay phai len tinh? tks "
        "ad 🙏",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "ad oi xa tieu bieu thi chu tich xa ky dc k a hay phai trinh len tren? P/S ho so gui dau "
        "a 🙏",
        ["Không.", "Chủ tịch UBND tỉnh", "Sở Nội vụ"],
    ),
    (
        "chao ad, luat thi dua khen thuong 2022 co hieu luc tu ngay nao, con ND 152/2025 tu ngay "
        "nao a? e can ghi can cu 🙏",
        ["01/01/2024", "01/7/2025"],
    ),
    (
        "Dạ em chào anh, CSTĐ tỉnh thì chủ tịch xã ký được không hay tỉnh ký, và thưởng bao "
        "nhiêu ạ (QĐ năm 2027)? Tks ad 🙏",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    # E: the attribute asked
    (
        "e chao anh a, e la co giao truong TH Kim Dong, con e om nen e tranh thu hoi: co ban moi "
        "tuyen dung vao truong duoc 4 thang tinh den luc binh xet thi co dc binh LDTT k a 😭",
        ["Không.", "6 tháng"],
    ),
    (
        "chao ad 😊 CSTDCS co phai chi danh cho cong chuc, giao vien truong cong lap k a, hay "
        "nguoi lao dong hop dong cung dc?",
        ["Không.", "người lao động"],
    ),
    (
        "chao ad, e la Linh VP 😅 ban ke toan moi vao xa tu thang 8, den cuoi nam dc gan 5 "
        "thang, sep hoi co dua vao list LDTT k a?",
        ["Không.", "6 tháng"],
    ),
    (
        "ad oi LDTT co phai tang cho ca nguoi lao dong hop dong o xa (bao ve, tap vu) k a hay "
        "chi cong chuc?",
        ["Có.", "người lao động"],
    ),
    (
        "chao ad toi la truong thon 3 🙏 gia dinh van hoa la danh hieu danh cho ho gia dinh hay "
        "cho ca nhan a?",
        ["hộ gia đình"],
    ),
]

# wordings of our own in the same voice
OWN = [
    (
        "chao ad, e la ke toan truong MN Hoa Sen 😊 ho so de nghi TTLDTT cua truong submit cho "
        "ai a? deadline khi nao a?",
        ["công chức phụ trách thi đua", "hằng năm"],
    ),
    (
        "chao ad, e la chu tich hoi phu nu xa 😊 hoi e co dc de nghi giay khen cho hoi vien k a? "
        "submit cho ai a?",
        ["Có.", "Nộp cho công chức"],
    ),
    (
        "ad oi cho e hoi, hoi dong TDKT xa hop xet phai co toi thieu bao nhieu thanh vien du hop "
        "a? e can confirm gap",
        ["Tùy", "quy chế"],
    ),
    ("ND 86/2023 ve gia dinh van hoa co hieu luc tu ngay nao", ["30/01/2024"]),
    (
        "hi ad 👋 e la Minh, giao vien truong THCS xa. E dat CSTDCS 2024, 2025, 2026 lien tuc "
        "nhung sang kien chi ap dung trong truong. E co dc de nghi CSTD tinh k a?",
        ["Không.", "trong tỉnh"],
    ),
]

# near wordings whose answer must not change
CONTROLS = [
    ("bao cao thanh tich tap the khong co to chuc dang thi de trong dc k", ["Không."]),
    ("bao cao thanh tich tap the k co chi bo thi bo trong phan do dc k", ["Không."]),
    ("ho so GDVH co can bien ban hop binh xet k", ["Có.", "biên bản"]),
    ("giay khen cua xa do chu tich xa ky dung k", ["Có.", "Chủ tịch UBND xã"]),
    ("luat quy dinh CSTDCS phai dat 70% phieu dong y dung k", ["Không."]),
    ("huyen con khong ad", ["Không.", "01/7/2025"]),
    ("tu 1/7/2025 thi chu tich huyen con quyen tang giay khen k", ["Không."]),
    ("TTLDXS thi chu tich xa ky dc k hay phai len tinh", ["Không.", "Chủ tịch UBND tỉnh"]),
    ("nguoi lao dong hop dong co dc xet CSTDCS k", ["Có.", "người lao động"]),
    ("lam gia ho so thi LDTT co bi thu hoi k", ["Có."]),
    ("TT 15/2025 co hieu luc tu ngay nao", ["15/2025"]),
    # the abolition told as the premise ("bỏ huyện thì …") is no claim of it (b80, b83, b95)
    (
        "truoc kia bang khen huyen do huyen chi, gio bo huyen thi bang khen tinh xa phai chi "
        "thay dung k",
        ["Không."],
    ),
    (
        "Nghe nói từ khi bỏ huyện thì Nghị định 98/2023 vẫn còn áp dụng cho thi đua khen thưởng "
        "ở xã, đúng không",
        ["Không."],
    ),
    ("ND 98/2023 con hieu luc k", ["Không.", "152/2025"]),
    ("hoi dong TDKT xa hop phai co 2/3 thanh vien moi hop le dung k", ["Tùy"]),
    (
        "cong chuc xa dc CSTDCS 3 nam lien tuc va co sang kien chi ap dung trong xa, de nghi "
        "CSTD tinh dc k",
        ["Không."],
    ),
]


@pytest.mark.parametrize(("question", "keys"), CASES + OWN + CONTROLS)
def test_wrapped_ask(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
