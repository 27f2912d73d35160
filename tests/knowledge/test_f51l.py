"""Task f51l (stop 51 leftovers): L1, a drafted line put up with its purpose after it.

"e ghi 'căn cứ Điều 80 …, chủ tịch UBND huyện' để chủ tịch xã ký LĐTT được không": the drafter
asks whether THE LINE will do for the purpose named after it, so the leading verdict judges the
line. The purpose clause ("để chủ tịch xã ký LĐTT", "cho QĐ khen LĐTT năm 2026") carries a
claim of its own that is true, and the readers of the whole message opened "Có." on it, though
the line names the district level, gone since 01/7/2025 (NĐ 129/2025 Điều 59; Luật Thi đua,
khen thưởng 2022 Điều 80 as amended) or a repealed text (Luật 2003, NĐ 98/2023). Controls: the
same shape with a right line stays "Có."; a paste that is not put up keeps its own ask.
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, family_cases

CASES = [
    # L1: the drafted line, then its purpose, then "được không"
    (
        "L1",
        "e ghi 'can cu Dieu 80 Luat TDKT, chu tich UBND huyen' de chu tich xa ky LDTT dc ko a",
        ["Không.", "01/7/2025"],
    ),
    (
        "L1",
        "to trinh e ghi 'kinh gui Chu tich UBND huyen' de xin chu tich xa ky giay khen duoc khong",
        ["Không.", "01/7/2025"],
    ),
    (
        "L1",
        "e ghi 'Chu tich UBND huyen quyet dinh cong nhan thon van hoa' de chu tich xa ky qd cong nhan thon van hoa dc ko",
        ["Không.", "01/7/2025"],
    ),
    (
        "L1",
        "qd e ghi 'theo de nghi cua Phong Noi vu huyen' de chu tich xa ky khen LDTT co dc ko a",
        ["Không.", "01/7/2025"],
    ),
    (
        "L1",
        "em ghi 'Chủ tịch UBND huyện quyết định tặng giấy khen' để chủ tịch xã ký giấy khen được không ạ",
        ["Không.", "01/7/2025"],
    ),
    (
        "L1",
        "e ghi 'can cu Luat TDKT 2003' cho qd khen LDTT nam 2026 dc k",
        ["Không.", "2022"],
    ),
    # L2 (xfails of f191 and f194b, one mechanism): a share of the council's votes written as a
    # fraction ("2/3 phiếu") or asked as "bao nhiêu %" beside the vote was not read as the share
    # needed (vote_share: the province's quy chế sets it, the law none; claimed as the law's,
    # "Không.")
    ("L2", "nghe noi luat bat CSTDCS phai dat 2/3 phieu hoi dong, dung hong", ["Không."]),
    ("L2", "CSTDCS phai dc 2/3 phieu cua hoi dong theo luat dung k", ["Không.", "tỉnh"]),
    (
        "L2",
        "hoi dong bo phieu kin, CSTDCS phai dat tren 2/3 moi qua theo luat a",
        ["Không.", "tỉnh"],
    ),
    ("L2", "bien ban ghi ty le phieu dong y bao nhieu % thi dat CSTDCS", ["Tùy"]),
    (
        "ctl",
        "HD TDKT xa bo phieu CSTDCS can dat bao nhieu % moi dc, luat co quy dinh k",
        ["Không.", "tỉnh"],
    ),
    (
        "L2",
        "CSTDCS can toi thieu 2/3 phieu dong y theo nghi dinh 152 phai ko",
        ["Không.", "tỉnh"],
    ),
    # L3 (b137, b55, b75, b71, b9: the district's route asked of now): "trước … huyện …, giờ …
    # còn gửi lên phòng đó k" (the past told before "giờ" hid the claim of now; the office
    # pointed back at was not read), "… còn thẩm định … k hay …" (the "k hay" cut off with the
    # way offered), "đi thẳng lên tỉnh" (only "gửi/nộp/trình thẳng" read), "nghe nói … không
    # còn cấp huyện, hồ sơ … gửi thẳng Sở Nội vụ" (the district's end read as the saying's
    # denial, so its "Có" turned): since 01/7/2025 the xã sends straight to the Sở Nội vụ, no
    # district in between (NĐ 129/2025 Điều 59; Luật 2022 Điều 84)
    (
        "L3",
        "truoc ho so khen qua fong noi vu huyen, jo ho so khen cua xa di thang len tinh dung hok",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "L3",
        "phong noi vu huyen cu con tham dinh ho so khen cua xa k hay gui thang len dau",
        ["Không.", "Sở Nội vụ"],
    ),
    (
        "L3",
        "phong noi vu quan truoc xet khen tieu thuong, gio phuong minh con gui ho so len phong do k",
        ["Không.", "1/7/2025"],
    ),
    (
        "L3",
        "nghe noi tu 1/7/2025 khong con cap huyen, ho so de nghi bang khen tinh gui thang So Noi vu, dung k",
        ["Có.", "Sở Nội vụ"],
    ),
    ("L3", "hoi dong thi dua huyen cu con xet ho so cua xa k hay xa tu xet", ["Không."]),
    (
        "L3",
        "phong GD huyen truoc duyet TTLDTT cho truong, gio truong con gui ho so len phong do k",
        ["Không.", "1/7/2025"],
    ),
    (
        "L3",
        "nghe noi tu 1/7/2025 k con cap huyen, ho so CSTD tinh nop thang len So Noi vu, dung k",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "L3",
        "a oi em moi ve lam van phong HDND-UBND xa. em thay ke hoach cu ghi ho so de nghi bang khen tinh nop qua phong noi vu huyen truoc 01/12. nam nay em con nop qua huyen k, hay nop dau",
        ["Không.", "Sở Nội vụ"],
    ),
    # controls: the same shape with a right line; quotes not put up; asks already right
    (
        "ctl",
        "e ghi 'can cu Dieu 80 Luat TDKT, chu tich UBND xa' de chu tich xa ky LDTT dc ko a",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "ctl",
        "em ghi 'Chủ tịch UBND xã quyết định tặng giấy khen' để chủ tịch xã ký giấy khen được không ạ",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "ctl",
        "e ghi 'Can cu Nghi dinh 152/2025/ND-CP' de chu tich xa ky qd LDTT dc ko",
        ["Có.", "152/2025"],
    ),
    ("ctl", "e ghi 'can cu Luat TDKT 2022' cho qd khen LDTT nam 2026 dc k", ["Có."]),
    (
        "ctl",
        "qd e ghi 'Can cu Nghi dinh 98/2023/ND-CP' de chu tich xa ky tang LDTT dc ko",
        ["Không.", "152/2025"],
    ),
    (
        "ctl",
        "e viet 'so CSTDCS khong qua 15% so LDTT theo ND 91/2017' vao ke hoach cho xa ap dung duoc khong",
        ["Không."],
    ),
    (
        "ctl",
        "e ghi 'Chu tich UBND xa quyet dinh tang CSTDCS' cho giao vien truong tieu hoc cua xa, dc k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "ctl",
        "e ghi 'Chu tich UBND xa quyet dinh tang danh hieu Lao dong tien tien' trong qd dc ko",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "ctl",
        "ke hoach hoi dien cua xa ghi 'doi nao doat giai nhat dc tang bang khen chu tich tinh', xa ghi vay dc k",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "ctl",
        "a Hai nhan: 'LDTT cua can bo xa do chu tich UBND huyen ky QD'. gio con dung k",
        ["Không.", "Chủ tịch UBND xã"],
    ),
    # L1 controls: a purpose with a yes/no of the asker's own ("để anh B đc xét LĐTT k", a
    # second clause "vậy hộ gia đình có đc … k") is no line put up
    (
        "ctl",
        "e ghi 'hoan thanh tot nhiem vu, tich cuc thi dua' cho anh B, vay anh B co dc xet LDTT k",
        ["Có."],
    ),
    (
        "ctl",
        "e ghi 'anh B hoan thanh tot nhiem vu nam 2026' trong bao cao de anh B dc xet LDTT k",
        ["Có."],
    ),
    (
        "ctl",
        "e ghi 'Chu tich UBND xa quyet dinh tang giay khen' de trinh chu tich xa ky, vay ho gia dinh co dc giay khen k",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    # L2 controls: a share told bare is the province's ("Tùy"); a count told, a cap, a share
    # of households or members (not of votes) keep their readers
    ("ctl", "nghe noi CSTDCS phai dat 2/3 so phieu moi dc, dung k", ["Tùy"]),
    ("ctl", "o truong e CSTDCS phai dat 3/4 so phieu, co dc k", ["Tùy"]),
    ("ctl", "hoi dong xet CSTDCS phai dat may phan tram phieu", ["Tùy"]),
    ("ctl", "luat TDKT quy dinh phai dat 2/3 so phieu tan thanh dung k", ["Không."]),
    ("ctl", "ty le CSTDCS khong qua 15% so LDTT con ap dung k", ["Không."]),
    ("ctl", "thon co 2/3 so ho dat GDVH thi co dc thon van hoa k", ["Tùy"]),
    ("ctl", "truong e 2/3 giao vien dat LDTT thi truong co dc TTLDTT k", ["Có."]),
    ("ctl", "hoi dong TDKT xa bieu quyet hay bo phieu kin", ["biểu quyết"]),
    # L3 controls: the route asked right already, a xã title said to go up, the xã's own
    # signing put up, a saying whose claim is wrong beside the district's end
    (
        "ctl",
        "truoc nop ho so qua phong noi vu huyen, gio ho so bang khen tinh cua xa di thang len So Noi vu phai k",
        ["Có.", "Sở Nội vụ"],
    ),
    ("ctl", "phong noi vu quan cu con nhan ho so khen cua phuong k hay nop dau", ["Không."]),
    (
        "ctl",
        "ho so bang khen tinh gio con phai qua huyen k hay nop thang len so noi vu",
        ["Không."],
    ),
    ("ctl", "truoc CSTDCS gui huyen, gio gui thang len tinh dung k", ["Không."]),
    ("ctl", "ho so LDTT xa gio gui thang len tinh phai k", ["Không."]),
    (
        "ctl",
        "truoc day ho so phai qua huyen, nay bo huyen roi thi xa tu quyet LDTT dung k",
        ["Có."],
    ),
    ("ctl", "chi van phong bao k con huyen nen LDTT phai gui len tinh, dung k", ["Không."]),
    (
        "ctl",
        "nghe noi k con huyen thi giay khen cua chu tich xa k con tien thuong, dung k",
        ["Không."],
    ),
]


#: cases not mended in this task's time, each with why it still fails (the question's start)
XFAIL: dict[str, str] = {
    "a oi em moi ve lam van phong HDND-UBND xa. em thay ke hoach cu": "the district still in"
    " the route is now read ('Không' in the reform block), but the plan reader ('Kế hoạch của xã"
    " không hứa tặng khen thưởng của tỉnh', 'Có.') takes the old plan's line as a promise of a"
    " provincial award and leads: another reader's gate, left",
    "CSTDCS can toi thieu 2/3 phieu dong y theo nghi": "read as the share needed now, but"
    " 'theo nghị định 152' is not among claim._LAW_SETS ('theo luật' is), so the claim that the"
    " decree sets it keeps the fact's 'Tùy'; adding 'theo nghị định' to _LAW_SETS turned two"
    " tuning answers wrong (b144 'vẫn làm theo nghị định 86/2023 đúng k', b174), so it is left",
}


@pytest.mark.parametrize(("family", "question", "keys"), family_cases(CASES, XFAIL))
def test_f51l_answer(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
