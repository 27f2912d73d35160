# ruff: noqa: E501
"""Fixer f179b: the misses of tuning set b179 (the asker who pastes someone else's words),
families F2, F3 and F6 of its diagnosis. The verdict judges the PASTED claim as written.

F2. the first verdict answered another block or proposition than the paste: a figure of an old
    prize read as "who may have LĐTT", the old 15 % cap as "who may have CSTĐCS", "văn bản đề
    nghị" not taken for the tờ trình it is, the fund's two regional caps called wrong while
    restated, a vote threshold "theo luật" confirmed (NĐ 152/2025 Điều 50, Điều 46 khoản 3;
    Luật 2022 Điều 84 khoản 1; domain.md §2.3, §2.11);
F3. the part asked answered from the wrong entry (domain.md §2 table; NĐ 152/2025 Điều 50);
F6. "Tùy" where the law decides: CSTĐ tỉnh requires a sáng kiến or đề tài with effect in the
    province (Luật 2022 Điều 22 khoản 1 điểm b); no law fixes the day to register (Điều 7 dropped
    registration; the province's quy chế and the xã's plan set it, domain.md §1.2, §2.10).

Each family holds the set's own questions, the diagnosis's new wordings and ours; the controls
are near wordings whose answers must not change. Assertions read what the officer sees, as the
scorer reads a set's keys (``ask_keyed``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: F6: the law decides, no "Tùy"
FAMILY_F6 = [
    # b179's own
    (
        "CSTĐ tỉnh có bắt buộc phải có sáng kiến hoặc đề tài ảnh hưởng trong tỉnh không, trong hướng dẫn cũ ghi chỉ cần hoàn thành xuất sắc nhiệm vụ 3 năm",
        ["Có.", "Điều 22"],
    ),
    ("fw: han dang ky thi dua la 31/3 do Luat TDKT quy dinh. dung k", ["Không.", "tỉnh"]),
    # the diagnosis's new wordings
    ("fw: 'CSTD toan quoc bat buoc co sang kien anh huong toan quoc'. dung k", ["Có.", "Điều 21"]),
    ("chi Y bao: 'Luat TDKT quy dinh CSTDCS toi da 15%'. dung k", ["Không.", "tỉnh"]),
    ("fw: 'LDTT bat buoc hoan thanh tot nhiem vu tro len'. dung k", ["Có.", "Điều 24"]),
    # ours
    (
        "CSTD cap tinh co bat buoc co sang kien anh huong trong tinh k, huong dan cu ghi chi can hoan thanh xuat sac nhiem vu",
        ["Có.", "Điều 22"],
    ),
    ("fw: han nop ban dang ky thi dua la 15/3 theo luat TDKT. dung k", ["Không.", "tỉnh"]),
    (
        "nhóm zalo: 'Luật TĐKT quy định hạn đăng ký thi đua là 31/3 hằng năm'. Đúng không?",
        ["Không.", "tỉnh"],
    ),
]

#: F2: the pasted claim itself judged, not another block's proposition
FAMILY_F2 = [
    # b179's own
    (
        "van ban nam 2022 ghi: LDTT thuong 0,3 x 1.490.000 = 447.000d. QD cuoi nam nay con dung so tien do k",
        ["Không.", "760.000"],
    ),
    (
        "KH cu ghi: ty le CSTDCS khong qua 15% tong so LDTT. nam nay con ap dung k",
        ["Không.", "15%"],
    ),
    (
        "a X nhan: ho so LDTT gom van ban de nghi kem danh sach, bao cao thanh tich, bien ban binh xet. dung k",
        ["Có.", "biên bản"],
    ),
    (
        "nhom zalo: xet CSTDCS trong hoi dong phai bo phieu kin dat tu 90% tro len theo luat. dung k",
        ["Không.", "tỉnh"],
    ),
    (
        "Quy TDKT cap xa toi da 1% chi thuong xuyen (tinh dong bang), 1,5% mien nui. dung k",
        ["Có.", "Điều 46"],
    ),
    (
        "Chủ tịch Hội Nông dân xã hỏi: nhóm đăng 'hội viên nông dân sản xuất giỏi được xét Lao động tiên tiến'. Có đúng không, thưởng bao nhiêu?",
        ["Có.", "760.000"],
    ),
    (
        "anh pho chu tich xa nhan: 'e dat CSTDCS 2024, 2025 va nam nay 2026 lien tuc, chi can them 1 sang kien anh huong trong tinh la de nghi CSTD tinh dc'. dung k, QD thang 1/2027 thi thuong bn",
        ["Có.", "7.590.000"],
    ),
    (
        "nhom zalo dang: cong chuc nghi thai san 6 thang, phai tru thoi gian do ra, k du 12 thang nen k LDTT. dung k, thuong LDTT nam nay bao nhieu",
        ["Không.", "760.000"],
    ),
    # the diagnosis's new wordings
    (
        "a X nhan: 'so tay cu: CSTDCS thuong 1,0 x 1.800.000 = 1.800.000d'. QD thang 12/2026 con dung k",
        ["Không.", "2.530.000"],
    ),
    pytest.param(
        "chi Y chuyen: 'ho so giay khen gom to trinh kem danh sach, bao cao thanh tich, bien ban hop'. du chua hay con thieu gi",
        ["Có.", "báo cáo thành tích"],
        marks=pytest.mark.xfail(
            reason="'… đủ chưa hay còn thiếu gì' is read as two asks; the story's papers lose their "
            "dossier cue and the giấy khen's 'Ai được xét' answers",
            strict=True,
        ),
    ),
    # ours
    (
        "so tay cu ghi: TTLDTT thuong 0,8 x 1.490.000 = 1.192.000d. QD thang 12/2026 con dung so tien do k",
        ["Không.", "2.030.000"],
    ),
    (
        "van ban huong dan cu: CSTDCS khong qua 15% tong so LDTT. gio con ap dung k",
        ["Không.", "15%"],
    ),
    (
        "chi van phong nhan: ho so LDTT gom van ban de nghi kem danh sach, bao cao thanh tich, bien ban hop binh xet. du chua a",
        ["Có.", "biên bản"],
    ),
    (
        "fw: 'quy TDKT cua xa mien nui toi da 1,5% tong chi thuong xuyen, xa dong bang 1%'. dung k",
        ["Có.", "Điều 46"],
    ),
    (
        "nhóm zalo đăng: 'nông dân sản xuất kinh doanh giỏi cũng được xét Lao động tiên tiến'. Đúng không?",
        ["Có.", "nông dân"],
    ),
    (
        "chị phó chủ tịch xã nhắn: 'em đạt CSTĐCS 2024, 2025, 2026 liên tục, có sáng kiến ảnh hưởng trong tỉnh thì đề nghị CSTĐ tỉnh được'. Đúng không, thưởng bao nhiêu?",
        ["Có.", "7.590.000"],
    ),
    (
        "nhom zalo dang: vien chuc nghi thai san 5 thang, k du thoi gian cong tac nen k LDTT. dung k",
        ["Không.", "thai sản"],
    ),
]

#: F3: the part asked answered from its own entry
FAMILY_F3 = [
    # b179's own
    (
        "Cô hiệu trưởng chuyển tiếp: 'Tập thể lao động tiên tiến cần trên 50% LĐTT, thưởng 0,8 lần'. Đúng không ạ?",
        ["Có.", "0,8"],
    ),
    (
        "Văn bản năm 2020 của UBND huyện ghi: 'Giấy khen của Chủ tịch UBND huyện cho tập thể thưởng 1,0 lần lương cơ sở'. Giờ xã tặng giấy khen tập thể thì thưởng bao nhiêu, ai ký?",
        ["1.520.000", "Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "fw: 'thanh tich den dau khen thuong den do' la nguyen tac cua luat TDKT 2022. dung k",
        ["Có.", "Điều 5"],
    ),
    # the diagnosis's new wordings
    ("chi Y bao: 'TTLDTT thuong 0,8 lan, con LDTT ca nhan 0,3 lan'. dung k", ["Có.", "0,8"]),
    (
        "Văn bản cũ của huyện ghi: 'Giấy khen tập thể của Chủ tịch UBND huyện thưởng 0,3 lần'. Nay xã tặng giấy khen tập thể thưởng bao nhiêu?",
        ["1.520.000", "1/7/2025"],
    ),
    # ours
    ("fw: 'TTLDTT can tren 50% LDTT, thuong 0,8 lan luong co so'. dung k", ["Có.", "0,8"]),
    (
        "chi Y bao: 'thanh tich den dau khen thuong den do' la nguyen tac cua luat 2022, dung k",
        ["Có.", "Điều 5"],
    ),
    (
        "van ban nam 2021 cua UBND huyen ghi: 'giay khen tap the cua chu tich UBND huyen thuong 1,0 lan'. gio xa tang giay khen tap the thuong bn, ai ky",
        ["1.520.000", "Chủ tịch UBND", "1/7/2025"],
    ),
]

#: near wordings whose answers must not change
CONTROLS = [
    ("hạn đăng ký thi đua năm 2027 có phải 15/3 k", ["Tùy", "tỉnh"]),
    ("han dang ky thi dua la ngay nao", ["15/3"]),
    ("CSTĐ tỉnh có bắt buộc phải có sáng kiến không", ["Có.", "Điều 22"]),
    ("CSTDCS co bat buoc phai co sang kien k", ["Không."]),
    ("LDTT thuong bao nhieu", ["760.000"]),
    ("ho so LDTT gom to trinh, bao cao thanh tich, bien ban binh xet dung k", ["Có.", "biên bản"]),
    ("quy TDKT xa mien nui toi da 1% dung k", ["Không.", "1,5"]),
    ("TTLDTT thuong bao nhieu", ["2.030.000"]),
    (
        "TTLDXS can 100% hoan thanh nhiem vu va it nhat 70% LDTT dung k, ai ky quyet dinh",
        ["Có.", "70%", "tỉnh"],
    ),
    ("bao cao thanh tich ca nhan tu viet roi nop luon, hok can ai xac nhan, dung k", ["xác nhận"]),
    ("'phai co giay khen moi duoc bang khen' la nguyen tac cua luat TDKT 2022 dung k", ["Không."]),
    ("fw: Luat TDKT 2022 co hieu luc tu 1/1/2024. dung k", ["Có.", "1/1/2024"]),
    ("ong pho chu tich xa dat CSTDCS 3 nam lien co duoc de nghi CSTD tinh k", ["Tùy"]),
    ("nhóm tình nguyện của xã có được tặng giấy khen tập thể không", ["Có."]),
    ("nghe noi nghi thai san 5 thang thi mat LDTT dung k", ["Không.", "thai sản"]),
    ("hoi dong xet LDTT bo phieu kin dat tren 50% la dc dung k", ["Tùy", "tỉnh"]),
    ("giay khen tap the cua chu tich UBND xa thuong bao nhieu", ["1.520.000"]),
]


@pytest.mark.parametrize(("question", "keys"), FAMILY_F6)
def test_law_decides_no_tuy(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_F2)
def test_pasted_claim_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_F3)
def test_part_from_its_own_entry(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
