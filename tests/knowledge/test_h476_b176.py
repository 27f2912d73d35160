# ruff: noqa: E501
"""Task h476: the year-end review desk's misses (tuning set b176, families A-E) and the same
kinds in other tuning sets.

A. the attribute asked not recognised: who details the criteria (the province, Luật 2022 Điều
   23, 24, 28, 75 khoản 2; domain.md §2.1-§2.4), what the council's minutes record (each case's
   vote, Điều 84 khoản 1; domain.md §3.5), the vote share claimed as the Law's (the province's
   quy chế sets it; NĐ 152/2025 Điều 6 khoản 2 điểm c; domain.md §2.3), who sits in the thôn's
   bình xét of Gia đình văn hóa (with the Trưởng ban Công tác Mặt trận, NĐ 86/2023 Điều 8);
B. the settled policy: a bare "is there a cap" or "must one register" opens "Tùy" (no national
   cap since NĐ 91/2017 went; Luật 2022 Điều 7 dropped registration as a căn cứ; the province's
   quy chế may keep either); a claim that the LAW caps or requires it stays "Không.";
C. the claim asked, not its neighbour: a sáng kiến's paper is needed only on the sáng kiến
   route, and an accepted đề tài replaces the sáng kiến (Luật 2022 Điều 23 khoản 2, Điều 84);
D. a yes/no with "bn" / "khác" inside: the time limit fixed or not (the province's procedure
   set: "Tùy"), LĐTT's criteria for farmers and workers (Điều 24 khoản 3, not khoản 1: "Có");
E. the papers missing asked beside another part ("còn thiếu giấy gì, … bao lâu"); the set's own
   bare "vậy còn thiếu gì" is not reached (xfail: as a cue it took the yes/no of "đủ … chưa hay
   còn thiếu gì", test_h376).

Each family holds the set's own questions, the writer's new wordings and ours (other subjects,
marks or none, another order) and other tuning sets' misses of the same kind; the controls are
near wordings whose answers must not change. Assertions read what the officer sees, folded as
the scorer folds (``ask_keyed``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: A: the attribute asked (criteria setter, minutes' content, vote share, who attends)
FAMILY_A = [
    # b176's own
    (
        "nghe noi tinh k dc dat them tieu chuan LDTT ngoai luat, chi theo Dieu 24 thoi, dung k",
        ["Không.", "tỉnh"],
    ),
    (
        "bien ban hop hoi dong TDKT xa xet CSTDCS co can ghi ket qua bieu quyet tung nguoi k",
        ["Có.", "biểu quyết"],
    ),
    (
        "e moi lam thu ky hoi dong TDKT xa. Sap hop xet CSTDCS, anh pho chu tich noi theo luat moi phai dat 2/3 so phieu moi dc de nghi. E tra luat k thay. Vay theo luat phai 2/3 dung k",
        ["Không.", "tỉnh"],
    ),
    ("hop binh xet GDVH thon phai co truong ban cong tac mat tran du dung k", ["Có.", "Mặt trận"]),
    # the lucky pass the diagnosis named: now decided by the criteria's own rule
    (
        "nghe noi tieu chuan giay khen chu tich xa luat quy dinh chi tiet het roi, tinh k quy dinh them, dung k",
        ["Không.", "tỉnh"],
    ),
    # the writer's new wordings
    (
        "nghe noi tieu chuan TTLDTT thi tinh k dc dat them, chi theo dung luat thoi, dung k ad",
        ["Không.", "tỉnh"],
    ),
    (
        "hoi dong xet LDTT bo phieu kin xong, bien ban co phai ghi so phieu dong y cua tung nguoi k a",
        ["Có.", "biểu quyết"],
    ),
    (
        "to dan pho e hop binh xet GDVH, co can moi truong ban cong tac mat tran va cac doan the cung du k",
        ["Có.", "Mặt trận"],
    ),
    # ours
    ("tinh co dc quy dinh them tieu chuan CSTDCS ngoai luat k", ["Có.", "tỉnh"]),
    (
        "nghe noi tieu chuan LDTT chi theo luat, tinh k dc them dieu kien gi, phai k",
        ["Không.", "tỉnh"],
    ),
    (
        "biên bản họp hội đồng xét TTLĐTT có phải ghi kết quả biểu quyết không",
        ["Có.", "biểu quyết"],
    ),
    ("theo luat xet LDTT phai dat 2/3 so phieu dong y phai k", ["Không.", "tỉnh"]),
    (
        "họp bình xét gia đình văn hóa ở thôn có cần mời đại diện các đoàn thể không",
        ["Có.", "Mặt trận"],
    ),
    # other tuning sets' misses of the same kinds (b68, b120, b140, b166)
    (
        "bien ban hop hoi dong TDKT xet CSTDCS phai ghi ket qua bieu quyet hoac bo phieu kin cho tung nguoi dung k",
        ["Có.", "biểu quyết"],
    ),
    (
        "nghe noi bien ban hoi dong chi can ghi danh sach nguoi dat, k can ghi so phieu, dung k",
        ["Không.", "biểu quyết"],
    ),
    (
        "dan khieu nai vi nha ho k dc GDVH, nghe noi truong thon tu chon la dc, k can hop binh xet voi Mat tran, dung k",
        ["Không.", "Mặt trận"],
    ),
    (
        "hoi dong TDKT xa hop xet CSTDCS, nghe noi luat TDKT bat buoc bo phieu kin dat tren 90% moi dc, dung k",
        ["Không.", "tỉnh"],
    ),
    (
        "o phuong thi to truong TDP chu tri binh xet GDVH cung ban cong tac mat tran, vay e moi ca ban cong tac mat tran du hop dung k",
        ["Có.", "Mặt trận"],
    ),
]

#: B: a bare cap or registration asked opens "Tùy" (the settled policy)
FAMILY_B = [
    # b176's own
    ("CSTDCS co gioi han ty le % so voi LDTT k ad", ["Tùy", "tỉnh"]),
    ("LDTT co gioi han so luong % k ad", ["Tùy", "tỉnh"]),
    ("LDTT co can dang ky thi dua k, co gioi han ty le k", ["Tùy", "tỉnh"]),
    # the writer's new wordings
    ("xa minh xet LDTT cuoi nam co bi gioi han so nguoi k hay ai dat la binh het", ["Tùy", "tỉnh"]),
    ("CSTDCS nam nay co bi khong che toi da bao nhieu nguoi k a", ["Tùy", "tỉnh"]),
    ("giao vien muon xet CSTDCS thi co phai dang ky thi dua tu dau nam hoc k", ["Tùy", "tỉnh"]),
    # ours
    ("LĐTT có bị giới hạn số lượng không ạ", ["Tùy", "tỉnh"]),
    ("CSTDCS co tran k", ["Tùy", "tỉnh"]),
    ("chiến sĩ thi đua cơ sở có cần đăng ký thi đua không", ["Tùy", "tỉnh"]),
    ("LDTT co can dang ky thi dua k", ["Tùy", "tỉnh"]),
    # other tuning sets' misses (b71, b102, b111)
    (
        "Lao động tiên tiến có cần đăng ký thi đua đầu năm không, không đăng ký thì có sao không?",
        ["Tùy", "tỉnh"],
    ),
    ("CSTDCS co bi gioi han ti le % tren so LDTT k", ["Tùy", "tỉnh"]),
    ("LDTT co bi gioi han ti le % tren tong so cong chuc k ad", ["Tùy", "tỉnh"]),
]

#: C: the claim asked judged, not the neighbour ("trả hồ sơ", "is a sáng kiến required")
FAMILY_C = [
    # b176's own
    (
        "anh van phong bao CSTDCS bat buoc phai kem QD cong nhan sang kien, k co la tra ho so, dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "e co de tai khoa hoc da nghiem thu, k co sang kien, dat LDTT, de tai co thay dc sang kien de xet CSTDCS k",
        ["Có.", "nghiệm thu"],
    ),
    # the writer's new wordings
    (
        "truong bo phan bao k co sang kien thi tra lai ho so CSTDCS cua chi ke toan, du chi hoan thanh xuat sac nhiem vu, lam vay dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "gv co de an khoa hoc da nghiem thu, dung de an thay cho sang kien de de nghi CSTDCS dc k a",
        ["Có.", "nghiệm thu"],
    ),
    (
        "k co sang kien nhung co de tai cap co so nghiem thu roi thi van len CSTDCS dc dung k",
        ["Có.", "nghiệm thu"],
    ),
    # ours
    (
        "phó chủ tịch bảo hồ sơ CSTĐCS nào cũng phải kèm giấy công nhận sáng kiến, không có thì trả lại, đúng không",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "đề tài khoa học đã nghiệm thu có thay được sáng kiến khi xét CSTĐCS không",
        ["Có.", "nghiệm thu"],
    ),
    (
        "co gv k co sang kien nhung co de tai nghiem thu, de tai co thay dc sang kien de len CSTDCS k",
        ["Có.", "nghiệm thu"],
    ),
]

#: D: a yes/no with "bn" / "khác" inside gets its verdict
FAMILY_D = [
    # b176's own
    ("TTHC tang LDTT o xa co thoi han giai quyet co dinh bn ngay k", ["Tùy", "tỉnh"]),
    (
        "Ong C la thuong binh, nong dan trong cay an qua gioi nhat thon, giup nhieu ho thoat ngheo. Thon muon de nghi LDTT cho ong. LDTT cho nong dan co tieu chuan khac can bo k",
        ["Có.", "sản xuất"],
    ),
    # the writer's new wordings
    (
        "thu tuc tang giay khen cho ho gia dinh o xa co thoi han co dinh may ngay k ad",
        ["Tùy", "tỉnh"],
    ),
    ("tieu chuan LDTT cho cong nhan HTX co khac voi can bo xa k", ["Có.", "sản xuất"]),
    ("tien thuong LDTT cua giao vien mam non co khac cong chuc xa k", ["Không.", "760.000"]),
    # ours
    (
        "thủ tục tặng CSTĐCS ở xã có thời hạn giải quyết cố định bao nhiêu ngày không",
        ["Tùy", "tỉnh"],
    ),
    ("nông dân xét LĐTT thì tiêu chí có khác công chức không ạ", ["Có.", "sản xuất"]),
    (
        "nghe noi tieu chuan LDTT cua nong dan giong het can bo, cung phai hoan thanh tot nhiem vu, dung k",
        ["Không.", "sản xuất"],
    ),
    # another tuning set's miss (b117): "… được chưa hay phải niêm yết đủ bn ngày"
    (
        "e la to truong TDP, to e nam nay co 120 ho, hop binh xet dc 105 ho dat GDVH, da niem yet o nha van hoa 5 ngay roi, a oi nop len phuong luon dc chua hay phai niem yet du bn ngay",
        ["Không.", "10 ngày"],
    ),
]

#: E: the papers missing asked beside another part
FAMILY_E = [
    # the writer's new wordings
    (
        "thon e gui ho so GDVH moi co van ban de nghi va bien ban hop, con thieu giay j, gui du roi bao lau thi co QD",
        ["bảng tổng hợp", "10 ngày"],
    ),
    (
        "ho so TTLDTT cua truong mam non chi co to trinh voi bao cao thanh tich, con thieu giay gi, ai ky QD",
        ["biên bản", "Chủ tịch UBND"],
    ),
    # ours
    ("ho so GDVH thon e moi co van ban de nghi, con thieu giay gi", ["bảng tổng hợp", "biên bản"]),
    (
        "hồ sơ LĐTT của trạm y tế mới có tờ trình, còn thiếu giấy tờ gì, ai ký quyết định",
        ["báo cáo thành tích", "Chủ tịch UBND"],
    ),
]

#: E not reached: a bare "còn thiếu gì" after the joiner "vậy còn" read as the papers asked
#: made "đủ CSTĐ tỉnh chưa hay còn thiếu gì" lose its yes/no (test_h376), so it is no cue
E_NOT_REACHED = [
    (
        "e la truong thon. Thon e nam nay binh xet GDVH xong ngay 20/11, da niem yet du ngay. Can bo xa bao ho so gui len moi co bien ban hop va bang tong hop la chua du. Vay con thieu gi, va chu tich xa phai ky QD trong may ngay",
        ["văn bản đề nghị", "10 ngày"],
    ),
]

#: near wordings whose answers must not change
CONTROLS = [
    # a cap or registration claimed as the LAW's, or a figure put up: "Không."
    ("truong phong VHXH bao CSTDCS k dc vuot 15% so LDTT, dung k", ["Không.", "tỉnh"]),
    ("luat thi dua moi co gioi han ti le % LDTT trong co quan k", ["Không.", "tỉnh"]),
    ("luat co bat buoc LDTT phai dang ky thi dua k", ["Không.", "tỉnh"]),
    ("luat 2022 co bat buoc dang ky thi dua moi dc xet danh hieu ko", ["Không.", "Điều 7"]),
    # the fund's share is capped by NĐ 152/2025 Điều 46 itself
    (
        "xa dong bang, a ke toan bao quy TDKT dc trich toi da 1,0% chi thuong xuyen, dung k",
        ["Có.", "1,0"],
    ),
    # the province's rule put up as the rule: "Có."
    (
        "tieu chuan giay khen cua chu tich xa co phai theo quy che thi dua cua tinh k",
        ["Có.", "tỉnh"],
    ),
    # the vote share claimed as the Law's, shorter
    ("nghe noi luat bat buoc CSTDCS phai dat tu 70% phieu, dung k", ["Không.", "tỉnh"]),
    # who chairs, asked as before
    ("hop binh xet GDVH o thon do truong thon chu tri dung k", ["Có.", "Trưởng thôn"]),
    (
        "nghe noi binh xet gia dinh van hoa thi truong thon chu tri cung truong ban cong tac mat tran, dung k",
        ["Có.", "Ban Công tác Mặt trận"],
    ),
    # the sáng kiến claimed required, no file sent back: "Không." as before
    (
        "nghe noi CSTDCS bat buoc phai co sang kien dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    # the sáng kiến route named: its paper is required, "Có." (b130, b143, b150)
    (
        "ho so CSTDCS de nghi theo duong sang kien thi phai kem giay cong nhan sang kien dung k",
        ["Có.", "sáng kiến"],
    ),
    (
        "de nghi CSTDCS theo dien sang kien thi ho so phai kem giay cong nhan sang kien phai k",
        ["Có.", "sáng kiến"],
    ),
    # the GĐVH list published the full 10 days
    (
        "thon e niem yet danh sach GDVH 10 ngay roi, nop len xa dc chua hay phai cho them",
        ["Có.", "10 ngày"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), FAMILY_A)
def test_attribute_asked_answered(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_B)
def test_bare_cap_or_registration_is_province_s(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_C)
def test_claim_asked_is_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_D)
def test_yes_no_with_how_many_or_other(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_E)
def test_missing_papers_answered(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.xfail(reason="a bare 'còn thiếu gì' is no dossier cue (test_h376)", strict=False)
@pytest.mark.parametrize(("question", "keys"), E_NOT_REACHED)
def test_missing_papers_not_reached(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
