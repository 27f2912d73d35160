# ruff: noqa: E501
"""Task f185b: tuning set b185's misses where a reported claim or a doubting ask is judged
(families B, C, D, E of its diagnosis; family A, the negated question read, is fixer f185a's).

B. a reported claim judged ("X bảo Y. Vậy là (X nói) đúng à / sai rồi à"): the verdict says
   whether Y holds, turned when the asker puts Y up as wrong (người lao động, công nhân are
   LĐTT's, Luật 2022 Điều 24 khoản 1, 3; the base of the signing day, NĐ 152/2025 Điều 50;
   giấy khen for a collective, Điều 75; the xã decides since 01/7/2025, NĐ 129/2025 Điều 59;
   no legal 15 days, NĐ 152/2025 Điều 6; xã tiêu biểu is the province's, Luật Điều 29);
C. the verdict missing after "k lẽ nào", "chưa đủ … ư", "chắc k … đâu nhỉ", "Vậy là đúng à";
D. registration for thi đua: "Tùy" (Luật 2022 Điều 7; the province's quy chế may require it);
E. a part or a decisive fact dropped (01/7/2025 with the district named; who reviews before the
   chairman signs: công chức TĐKT, Hội đồng TĐKT xã, Luật 2022 Điều 90 khoản 4 (sic, Điều 84)).

Each family holds the set's own questions and the diagnosis's new wordings; the controls are
near questions whose answers must not change. Assertions read what the officer sees, folded
as the scorer folds (``ask_keyed``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

_NOT_REACHED = pytest.mark.xfail(reason="not reached by task f185b", strict=False)

#: B. the reported claim judged
REPORTED = [
    (
        "Toi la truong thon. Con trai toi lam cong nhan o khu cong nghiep, nam nao cung lam tot, chap hanh phap luat. Truong thon cu bao cong nhan k phai can bo nen k bao gio dc LDTT. Vo ly vay. Vay la truong thon cu noi sai roi a?",
        ["Có.", "công nhân"],
    ),
    (
        "Em la tap vu lam hop dong o truong mam non cua xa. Nam hoc nay e lam du 12 thang, danh gia hoan thanh tot nhiem vu. Hieu truong bao chi vien chuc moi dc binh LDTT, nguoi lao dong hop dong thi k. Vay la hieu truong noi dung a?",
        ["Không.", "người lao động"],
    ),
    (
        "Toi la ke toan UBND xa. QD tang giay khen cho 12 ca nhan dc chu tich ky ngay 20/5/2026. Den thang 8/2026 xa moi chi tien. Chi truong phong bao chi theo luong co so moi 2.530.000 vi chi sau ngay 1/7. Vay la dung a?",
        ["Không.", "710.000"],
    ),
    (
        "Hội trưởng hội phụ nữ xã đây. Chi hội thôn Bắc làm rất tốt mô hình tiết kiệm, chị em muốn xin giấy khen cho cả chi hội. Phó chủ tịch bảo giấy khen chỉ tặng cá nhân thôi, tập thể thì phải xin bằng khen tỉnh. Vậy là sai rồi à?",
        ["Có.", "tập thể"],
    ),
    (
        "Toi la chu tich xa moi sap nhap. Truoc day toi chi ky giay khen, LDTT va GDVH, con CSTDCS, TTLDTT, thon van hoa la chu tich huyen ky. Nay toi ky het nhung cai do luon, vay la dung chu, co can xin y kien tinh k?",
        ["Có.", "1/7/2025", "Chủ tịch UBND"],
    ),
    (
        "Toi la ke toan truong THCS xa. QD tang LDTT cho 25 giao vien ky ngay 10/6/2026, QD CSTDCS cho 3 giao vien ky ngay 15/7/2026. Toi tinh ca hai theo luong co so 2.340.000 cho gon. Vay la dung a?",
        ["Không.", "710.000", "2.530.000"],
    ),
    (
        "Toi la van thu xa. Thang truoc xa gui ho so de nghi giay khen cho 3 ho gia dinh len bo phan mot cua. Nguoi dan hoi bao lau co ket qua, toi tra loi luat quy dinh 15 ngay lam viec. Vay la toi noi dung luat a?",
        ["Không.", "tỉnh"],
    ),
    (
        "Xa toi nam 2026 hoan thanh 100% chi tieu kinh te - xa hoi, an ninh on dinh. Chu tich xa muon tu ky QD cong nhan xa tieu bieu de khich le can bo. Van phong bao chu tich xa k co tham quyen. Vay la van phong dung a? Neu dat thi xa dc thuong bao nhieu?",
        ["Có.", "tỉnh", "5.060.000"],
    ),
    # the diagnosis's new wordings
    (
        "Ke toan xa toi bao QD CSTDCS ky ngay 5/3/2026 thi thuong theo luong co so 2.530.000 vi chi tien thang 9. Toi thay la la. Vay la ke toan noi sai roi a?",
        ["Có.", "2.340.000"],
    ),
    (
        "To truong TDP bao ho gia dinh k phai ca nhan nen k ai khen ca, chi GDVH thoi. Nha toi vua giup phuong chong lu. Vay la to truong noi dung a?",
        ["Không.", "hộ gia đình"],
    ),
    (
        "Pho chu tich xa bao TTLDTT cua truong mam non gio van phai gui len tinh vi huyen bo roi. Truong toi 20 nguoi, 12 nguoi LDTT. Vay la dung a?",
        ["Không.", "1/7/2025", "Chủ tịch UBND"],
    ),
]

#: C. the verdict missing after a doubting ask
MISSING = [
    (
        "k le nao nong dan trong lua nhu toi cung dc tang LDTT? ai xet cho toi",
        ["Có.", "nông dân", "Chủ tịch UBND"],
    ),
    (
        "ho so CSTDCS chua du chi voi 1 to trinh u? can them nhung gi",
        ["Có.", "báo cáo thành tích", "biên bản"],
    ),
    (
        "Anh Son, truong tram y te xa toi, da 2 nam lien dat CSTD tinh va co sang kien ap dung toan quoc. Xa muon de nghi CSTD toan quoc cho anh. Pho chu tich bao xa tu lam to trinh gui thang Thu tuong, k can qua tinh. Vay la dung a?",
        ["Không.", "tỉnh"],
    ),
    (
        "k le nao ho gia dinh cung dc tang giay khen cua chu tich xa? thuong bn",
        ["Có.", "hộ gia đình", "760.000"],
    ),
    (
        "Toi la cong chuc van hoa xa. Chu tich xa nhan du ho so GDVH cua 8 thon ngay 26/11 ma den 20/12 van chua ky. Nguoi dan hoi thi anh van phong bao viec nay k co thoi han gi ca. Vay la dung a?",
        ["Không.", "10 ngày"],
    ),
    (
        "Tram y te xa toi co 8 nguoi, 5 nguoi dat LDTT, ca tram hoan thanh tot nhiem vu. Truong tram hoi ke toan thi ke toan bao TTLDTT bat buoc phai co 1 CSTDCS. Toi thay la la. Vay la ke toan noi sai roi a? Neu dat thi tram dc thuong bao nhieu?",
        ["Có.", "2.030.000"],
    ),
    (
        "khen dot xuat cho nguoi dung cam bat trom thi chac k can hop hoi dong dau nhi, thuong bn",
        ["Có.", "thủ tục đơn giản", "760.000"],
    ),
    # the diagnosis's new wordings
    ("k le nao tram y te xa cung dc xet TTLDTT? thuong bn", ["Có.", "2.030.000"]),
    ("ho so thon van hoa chua du chi voi bao cao thanh tich u?", ["Có.", "tờ trình", "biên bản"]),
    (
        "Toi la truong thon. Xa nhan ho so GDVH ngay 25/11, den nay 15/12 chua co QD, van phong bao chu tich muon ky luc nao cung dc. Vay la dung a?",
        ["Không.", "10 ngày"],
    ),
]

#: D. registration for thi đua: the province decides
REGISTRATION = [
    ("dang ky thi dua khong bat buoc chu", ["Tùy", "tỉnh"]),
    (
        "Toi la cong chuc VH-XH xa. Dau nam UBND xa phat dong thi dua nhung nhieu truong, tram chua nop ban dang ky. Hieu truong hoi toi: dang ky thi dua khong bat buoc chu, k dang ky thi cuoi nam van xet binh thuong?",
        ["Tùy", "tỉnh"],
    ),
    ("dang ky thi dua dau nam co bat buoc k hay tuy don vi", ["Tùy", "tỉnh"]),
    (
        "truong toi k nop ban dang ky thi dua thi cuoi nam chac van dc xet binh thuong chu nhi",
        ["Tùy", "tỉnh"],
    ),
    ("co phai la xa nao cung bat buoc dang ky thi dua truoc 31/3 k", ["Tùy", "tỉnh"]),
]

#: E. a part or a decisive fact dropped
PARTS = [
    (
        "giay khen cho can bo xa tu 1/7/2025 la chu tich xa tang chu k phai chu tich huyen nua ha?",
        ["Có.", "1/7/2025", "Chủ tịch UBND"],
    ),
    (
        "Toi la cong chuc VH-XH xa moi nhan nhiem vu TDKT. Pho chu tich giao lap ho so de nghi giay khen tong ket nam cho 5 tap the, 20 ca nhan. Toi chua lam bao gio. Ho so gom nhung gi, nop may bo, va ai xem xet truoc khi chu tich ky?",
        ["báo cáo thành tích", "1 bộ", "Hội đồng"],
    ),
    (
        "giay khen cho ho gia dinh truoc chu tich huyen ky, gio la chu tich xa ky dung k",
        ["Có.", "1/7/2025", "Chủ tịch UBND"],
    ),
    ("ho so CSTDCS ai tham dinh, hoi dong nao xet truoc khi chu tich xa ky", ["Hội đồng"]),
    (
        "Toi moi lam TDKT o xa. Ho so thon van hoa gom gi, lay y kien may ngay, ai xet truoc khi chu tich ky?",
        ["tờ trình", "10 ngày", "Hội đồng"],
    ),
]

#: near questions whose answers must not change
CONTROLS = [
    (
        "truong thon bao cong nhan cung dc xet LDTT. vay la truong thon noi dung a?",
        ["Có.", "công nhân"],
    ),
    (
        "Hieu truong bao nguoi lao dong hop dong cung dc binh LDTT. Vay la hieu truong noi dung a?",
        ["Có.", "người lao động"],
    ),
    (
        "hieu truong bao chi can bo cong chuc moi dc LDTT, nhan vien hop dong thi k. dung k",
        ["Không.", "người lao động"],
    ),
    (
        "QD giay khen ky ngay 20/5/2026, chi truong phong bao chi theo luong co so 2.340.000. Vay la dung a?",
        ["Có.", "710.000"],
    ),
    ("luat quy dinh bat buoc dang ky thi dua dung k", ["Không."]),
    ("dang ky thi dua co bat buoc k", ["Tùy", "tỉnh"]),
    ("nong dan co dc xet LDTT k", ["Có.", "nông dân"]),
    ("ho gia dinh co dc tang giay khen cua chu tich xa k", ["Có.", "hộ gia đình"]),
    ("ho so CSTDCS gom nhung gi", ["tờ trình", "báo cáo thành tích", "biên bản"]),
    # b135's: the household's only title is GĐVH (Luật 2022 Điều 20 khoản 2)
    ("nghe noi danh hieu thi dua cho ho gia dinh chi co Gia dinh van hoa thoi, dung k a", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), REPORTED)
def test_reported_claim_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), MISSING)
def test_doubting_ask_gets_verdict(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), REGISTRATION)
def test_registration_left_to_province(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), PARTS)
def test_parts_kept(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
