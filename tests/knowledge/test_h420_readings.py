"""Task h420: b161's failure families, read as rules (issue 11).

Each case is what the officer sees: the first verdict the answer opens with (a reform block
opens with none) and the decisive facts, folded as the scorer folds them. Per family: the
tuning questions (b161), the evaluator's new wordings, and our own; then controls whose answer
must not change.

1. reform told only as who said the rule ("phòng Nội vụ huyện cũ bảo …, giờ còn đúng k"): the
   rule's part decides (NĐ 129/2025 Điều 59; Luật 2022 Điều 23, 27); the chairman's own power
   asked ("tôi vẫn ký … được chứ") is Có; "huyện tiêu biểu" is gone, the đặc khu is up for
   xã, phường, đặc khu tiêu biểu (Luật 2022 Điều 29; Luật 72/2025/QH15).
2. a negation opens a list ("không có sáng kiến hay đề tài gì", "chưa có xác nhận hiệu quả,
   phạm vi ảnh hưởng trong tỉnh") and "nghe nói bỏ quận …" reports a saying (Luật 2022 Điều
   22, 23, 30).
3. the record decides: a pasted table's LĐTT column (Luật 2022 Điều 28), a review held after
   25/11 (NĐ 86/2023 Điều 8), an unpaid decision's own day (NĐ 152/2025 Điều 49 khoản 1).
4. the claim's own rule: a cut of one's own list for a cap (Tùy, NĐ 152/2025 Điều 6 khoản 2
   điểm c), "chứ không chỉ cá nhân" widens (Luật 2022 Điều 75), giấy khen not only at the
   year-end (Luật 2022 Điều 75, 85).
5. what the province details opens "Tùy": the thôn văn hóa's hall (Luật 2022 Điều 30; NĐ
   86/2023), the deadline (NĐ 152/2025 Điều 6), a local registration rule (Luật 2022 Điều 7),
   giấy khen's standard (Luật 2022 Điều 75 khoản 2).
6. a plan of another service is declined.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict or None, facts the answer must hold)
REFORM = [
    # b161
    (
        "van phong xa co 14 nguoi, phong noi vu huyen cu bao LDTT toi da 50% quan so, tuc chi dc"
        " 7 nguoi, nam 2026 con dung k",
        "Tùy",
        ["tỉnh"],
    ),
    (
        "hieu truong TH: phong GD huyen truoc bao GV muon CSTDCS chi can LDTT + hoan thanh xuat"
        " sac nhiem vu la du, sang kien k bat buoc. bay gio con dung k a",
        "Có",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "Phòng Nội vụ huyện trước hướng dẫn TTLĐXS phải có 100% cá nhân hoàn thành nhiệm vụ, ít"
        " nhất 70% đạt LĐTT và có người đạt CSTĐCS, giờ còn đúng không?",
        "Có",
        ["70%"],
    ),
    (
        "chu tich xa: khong con huyen thi toi van ky giay khen nhu truoc dc chu, hay giay khen gio"
        " chuyen len tinh",
        "Có",
        ["Chủ tịch UBND"],
    ),
    (
        "can bo dac khu: truoc dac khu la huyen dao, danh hieu huyen tieu bieu gio con k, dac khu"
        " gio xet danh hieu gi",
        "Không",
        ["đặc khu tiêu biểu"],
    ),
    # evaluator
    (
        "phong noi vu huyen cu huong dan TTLDTT phai tren 50% ca nhan dat LDTT, gio xa xet van ap"
        " dung ty le do dung k",
        "Có",
        ["trên 50%"],
    ),
    (
        "truoc huyen bao danh sach GDVH phai niem yet 10 ngay, bo huyen roi thi thon van niem yet"
        " 10 ngay phai k",
        "Có",
        ["10 ngày"],
    ),
    (
        "chu tich huyen truoc ky giay khen ca nhan thuong 0,3 luong co so, gio chu tich xa ky QD"
        " thang 12/2026 thi van muc do a",
        "Có",
        ["760.000"],
    ),
    # ours
    (
        "phòng nội vụ huyện cũ hướng dẫn TTLĐXS phải có ít nhất 70% đạt LĐTT và có người đạt"
        " CSTĐCS, giờ xã vẫn theo vậy đúng không",
        "Có",
        ["70%", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "truoc phong GD huyen bao CSTDCS k can sang kien, chi can LDTT va HTXS, nam nay con dung k",
        "Có",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    ("bo huyen roi, toi van ky QD cong nhan thon van hoa dc chu", "Có", ["Chủ tịch UBND xã"]),
    ("danh hieu huyen tieu bieu con xet k", "Không", ["đặc khu tiêu biểu"]),
]

NEGATED = [
    # b161
    (
        "Phường em có chị Hoa đạt LĐTT năm 2026 nhưng chỉ hoàn thành tốt nhiệm vụ, không có sáng"
        " kiến hay đề tài gì. Đề nghị Chiến sĩ thi đua cơ sở cho chị ấy được không?",
        "Không",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "chu tich xa: anh Phong CSTDCS 3 nam lien 2024, 2025, 2026, co sang kien nhung chi dc hoi"
        " dong sang kien xa cong nhan, chua co xac nhan hieu qua, pham vi anh huong trong tinh. du"
        " CSTD tinh chua, neu sau nay dc thi thuong bao nhieu",
        "Không",
        ["trong tỉnh", "7.590.000"],
    ),
    ("to truong TDP: nghe noi bo quan roi thi TDP van hoa k con xet nua, dung k", "Không", []),
    # evaluator
    (
        "anh Nam dat LDTT, chi hoan thanh tot nhiem vu, sang kien chua dc cong nhan, de tai cung"
        " chua nghiem thu, de nghi CSTDCS dc k",
        "Không",
        [],
    ),
    ("nghe noi TTLDXS chi can 70% LDTT la du, k can ai dat CSTDCS, dung k", "Không", []),
    ("nghe noi sau sap nhap xa thi giay khen cho ho gia dinh k con tang nua, dung k", "Không", []),
    # ours
    (
        "chi Mai LDTT, hoan thanh tot nhiem vu, ko co sang kien hoac de tai nao, de nghi CSTDCS"
        " dc ko",
        "Không",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    ("nghe nói bỏ huyện rồi thì LĐTT không còn xét nữa, đúng không", "Không", []),
    ("nghe noi bo huyen roi thi thon van hoa k con cong nhan nua, dung k", "Không", []),
    (
        "anh Hung CSTDCS 3 nam lien 2024 2025 2026, sang kien chi ap dung trong xa, chua co hieu"
        " qua hay pham vi anh huong trong tinh, du CSTD tinh chua",
        "Không",
        ["trong tỉnh"],
    ),
]

RECORD = [
    # b161
    (
        "bo phan mot cua xa nam 2026: Ho ten | Xep loai | LDTT / Hoa | HTT | co / Minh | HTXS |"
        " co / Lan | HTT | co / Tuan | HTT | co / Hai | HT | k / Nga | HTT | k / Son | HT | k /"
        " Ly | HTT | k. ca bo phan hoan thanh tot nhiem vu, k ai bi ky luat. de nghi TTLDTT dc k",
        "Không",
        ["trên 50%"],
    ),
    (
        "tram y te nam 2026: Ho ten | Xep loai | LDTT / A | HTT | co / B | HTT | co / C | HTXS |"
        " co / D | HT | k / E | HTT | k. tram hoan thanh tot nhiem vu, k ai bi ky luat. vay tram"
        " co dc TTLDTT k, thuong bn",
        "Có",
        ["2.030.000"],
    ),
    (
        "truong thon: thon e 186 ho. lich du kien: 20/11 hop tien binh xet, 27/11/2026 hop binh"
        " xet GDVH chinh thuc, niem yet 10 ngay den 7/12 roi gui xa. lich nay co on k",
        "Không",
        ["25/11"],
    ),
    (
        "ke toan: QD CSTDCS nam 2024 do chu tich UBND huyen ky 20/12/2024 nhung chua chi, gio xa"
        " chi theo muc 2.530.000 dung k",
        "Không",
        ["2.340.000"],
    ),
    # evaluator
    (
        "to dan so xa: Ho ten | Xep loai | LDTT / Mai | HTT | co / Hung | HT | k / Thao | HTT |"
        " co. to hoan thanh tot nhiem vu, de nghi TTLDTT dc k",
        "Có",
        [],
    ),
    (
        "nhan vien hop dong vao lam ngay 20/7/2026, lam tot, den 31/12 co dua vao danh sach LDTT"
        " 2026 dc k",
        "Không",
        ["6 tháng"],
    ),
    (
        "QD TTLDXS cua tinh ky 10/3/2025, den nay xa moi nhan tien, ke toan tinh 3.800.000 dung k",
        "Không",
        ["3.510.000"],
    ),
    # ours
    (
        "Bộ phận một cửa năm 2026:\nHọ tên | Xếp loại | LĐTT\nHoa | HTT | có\nMinh | HTXS | có\n"
        "Lan | HT | không\nTuấn | HTT | có\nCả bộ phận hoàn thành tốt nhiệm vụ, không ai bị kỷ"
        " luật. Đề nghị TTLĐTT được không?",
        "Có",
        ["3/4"],
    ),
    (
        "to van phong xa: Ho ten | Xep loai | Dat LDTT / An | HTT | x / Binh | HTT | x / Cuc | HT"
        " | - / Dung | HTT | - . to hoan thanh tot nhiem vu, de nghi TTLDTT dc ko",
        "Không",
        ["2/4", "trên 50%"],
    ),
    (
        "QD LDTT do chu tich huyen ky ngay 15/12/2024, toi chua nhan tien, nay xa chi 760.000 dung"
        " ko",
        "Không",
        ["710.000"],
    ),
    ("thôn em định 29/11 mới họp bình xét GĐVH, như vậy có ổn không", "Không", ["25/11"]),
    (
        "ke toan: QD CSTDCS nam 2024 ky 20/12/2024 nhung chua chi, gio xa chi theo muc 2.530.000"
        " dung k",
        "Không",
        ["2.340.000"],
    ),
]

CLAIM_RULE = [
    # b161
    (
        "xa e 38 nguoi dat LDTT, de nghi 9 nguoi CSTDCS (23,7%), nghe noi CSTDCS k dc qua 15% so"
        " LDTT, vay phai cat bot dung k",
        "Tùy",
        ["tỉnh"],
    ),
    (
        "mat tran xa: nghe noi giay khen chu tich xa tang dc cho ca ho gia dinh chu k chi ca nhan,"
        " dung k",
        "Có",
        ["hộ gia đình"],
    ),
    (
        "cong chuc TDKT: nghe noi giay khen chi dc tang luc tong ket cuoi nam, giua nam k tang dc,"
        " dung k",
        "Không",
        ["đột xuất"],
    ),
    # evaluator ("LĐTT trong cơ quan không được quá 70 %": a bare cap claim, see CONTROLS)
    (
        "nghe noi giay khen chu tich xa chi tang cho ca nhan, thon va chi hoi thi k dc, dung k",
        "Không",
        [],
    ),
    (
        "phong bao giay khen dot xuat cho nguoi cuu nguoi phai doi co QD tong ket nam moi tang dc,"
        " dung k",
        "Không",
        ["đột xuất"],
    ),
    # ours
    ("truong e 20 gv de nghi 6 CSTDCS, phong bao qua 15% phai bot lai, dung k", "Tùy", ["tỉnh"]),
    ("giấy khen chủ tịch xã có phải chờ tổng kết năm mới tặng không", "Không", ["đột xuất"]),
    (
        "nghe nói giấy khen xã tặng được cả hộ gia đình chứ không chỉ cá nhân, đúng không",
        "Có",
        ["hộ gia đình"],
    ),
]

PROVINCE = [
    # b161
    ("tieu chuan thon van hoa co bat buoc thon phai co nha van hoa dat chuan k", "Tùy", ["tỉnh"]),
    (
        "cong chuc TDKT: nam ngoai phong bao han gui ho so TTLDXS, CSTD tinh ve So Noi vu la"
        " 15/12, nam nay xa e tinh nop 20/12 vi nghe noi luat cho nop den het 31/12. vay han nop"
        " that su la ngay nao, do luat hay do tinh quy dinh",
        "Tùy",
        ["Sở Nội vụ"],
    ),
    (
        "doan thanh nien: xa bat cac chi doan nop ban dang ky thi dua truoc 31/3, k nop thi k xet"
        " khen cuoi nam, vay co can cu luat k",
        "Tùy",
        ["đăng ký"],
    ),
    # evaluator
    ("HD TDKT xa bo phieu kin xet CSTDCS thi can bao nhieu % dong y moi dat", "Tùy", []),
    (
        "tieu chuan giay khen tap the cua chu tich xa co bat buoc tap the phai dat TTLDTT truoc k",
        "Tùy",
        ["tỉnh"],
    ),
    (
        "xa quy dinh ca nhan k dang ky CSTDCS tu dau nam thi cuoi nam k dc de nghi, lam vay co"
        " dung k",
        "Tùy",
        [],
    ),
    # ours
    ("thôn muốn đạt thôn văn hóa thì có phải có nhà văn hóa không", "Tùy", ["tỉnh"]),
    (
        "phuong yeu cau to dan pho nop dang ky thi dua dau nam, k nop thi k xet TDP van hoa, dung"
        " luat k",
        "Tùy",
        [],
    ),
    ("hạn nộp hồ sơ TTLĐXS lên Sở Nội vụ do luật hay tỉnh quy định vậy", "Tùy", ["Sở Nội vụ"]),
    ("giay khen ho gia dinh co can dat gia dinh van hoa k", "Tùy", ["tỉnh"]),
]

#: near wordings whose answer must not change
CONTROLS = [
    # the settled cap policy: a bare cap claim opens "Không" (the evaluator's "LĐTT trong cơ
    # quan k dc qua 70 % quân số" keys "Tùy": disputed, the policy holds)
    ("nghe noi CSTDCS k dc qua 15% so LDTT, dung k", "Không", ["tỉnh"]),
    ("nghe noi LDTT trong co quan k dc qua 70% quan so, dung k", "Không", ["tỉnh"]),
    # a route had is still met; an "only" claimed is still wrong
    (
        "chi Mai LDTT, hoan thanh tot nhiem vu, khong vi pham gi, co de tai da nghiem thu, de nghi"
        " CSTDCS dc ko",
        "Có",
        ["đề tài"],
    ),
    ("giay khen chi tang cho ca nhan thoi dung k", "Không", ["hộ gia đình"]),
    ("nghe noi TDP van hoa k con xet nua, dung k", "Không", []),
    # a district's decision with no sum claimed or unpaid: a new decision's base today
    ("nam 2024 chu tich huyen ky LDTT cho toi, gio LDTT ai ky, thuong bn", None, ["760.000"]),
    # the district claimed to act still: the reform's own "Không"
    ("phong noi vu huyen con nhan ho so LDTT k", "Không", []),
    # registration asked bare; a deadline asked bare
    ("dang ky thi dua co bat buoc k", "Tùy", []),
    ("han nop ho so CSTD tinh la khi nao", None, ["Sở Nội vụ"]),
    # LĐTT's own year-end review is no giấy khen claim
    ("LDTT chi xet luc tong ket cuoi nam dung k", "Có", []),
    # the field's own plans are still shown
    ("xin mau ke hoach thi dua khen thuong cua xa nam 2027", None, ["kế hoạch"]),
]

FAMILIES = {
    "reform": REFORM,
    "negated": NEGATED,
    "record": RECORD,
    "claim_rule": CLAIM_RULE,
    "province": PROVINCE,
    "control": CONTROLS,
}
CASES = [
    pytest.param(q, v, facts, id=f"{family}-{i}")
    for family, cases in FAMILIES.items()
    for i, (q, v, facts) in enumerate(cases)
]

#: plans of another service: declined, not answered with the example plans
DECLINED = [
    # b161
    "cong chuc VH-XH: xin mau ke hoach to chuc le hoi dan gian cua xa nam 2027",
    # evaluator
    "xin mau ke hoach tiem chung mo rong cua tram y te xa nam 2027",
    "mau ke hoach phong chong lut bao cua xa nam 2026 lay o dau",
    "cho e mau ke hoach to chuc dai hoi chi bo thon",
    # ours
    "mẫu kế hoạch tổ chức lễ hội truyền thống của xã",
    "cho xin ke hoach phong chong dich cua tram y te",
    "xin mẫu kế hoạch tiêm chủng cho trẻ năm 2027",
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_reading(
    officer_kb: KnowledgeBase, question: str, verdict: str | None, facts: list[str]
) -> None:
    text = ask(officer_kb, question)
    if verdict is not None:
        assert leading_verdicts(text)[:1] == [verdict], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)


@pytest.mark.parametrize("question", DECLINED)
def test_other_service_plan_declined(officer_kb: KnowledgeBase, question: str) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert not answer.answered, answer.text
