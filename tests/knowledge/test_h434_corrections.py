"""Task h434: the asker who corrects himself, b167's families (issue 11).

F1. A correction keeps what it does not correct: "tin 1: … 760.000 đúng k / tin 2: ý e là
    710.000 đúng k", "… a nhầm, k phải tính thuế đúng k", "8 người, 5 người *4 người đạt LĐTT":
    the second message with no subject of its own corrects the first; the title, unit and ask
    named before the marker stay (bot/knowledge/facts/corrections.py).
F2. A value corrected mid-sentence keeps the rest of the sentence ("65% LĐTT *75%, có 2 CSTĐCS,
    đủ TTLĐXS chưa"), and a negated claim corrected keeps its "đúng k".
F3. "sửa:", "ý là", "xin lỗi gõ nhầm … chứ k phải …", a bare "m/yyyy" after a star, and a value
    with its restated words ("*01 bộ bản chính") are applied before any reading.
F4. Verdicts the corrected claims need: the abolition of cấp huyện on 01/7/2025 confirmed
    (Luật 72/2025/QH15; NĐ 129/2025 Điều 59); a paper claimed attached ("kèm") on the đề tài
    route (Luật 2022 Điều 84; TT 15/2025); a deadline the province sets claimed set by national
    law is "Không" (Luật 2022 Điều 7; NĐ 152/2025 Điều 6 khoản 2 điểm c).
F6. The asked part bound to what is meant: "…, ai ký" after TTLĐXS's condition is TTLĐXS's
    decider (Chủ tịch UBND tỉnh, Luật 2022 Điều 79); "QĐ … ai ký" is who decides; "lương cơ sở ở
    ngày ký QĐ" is the money date (NĐ 152/2025 Điều 50: the base pay on the day of the decision);
    "vậy 5 lần có đúng k" puts the told multiple up (CSTĐ tỉnh: 3,0 lần, NĐ 152/2025 Điều 50
    khoản 1 điểm b).
Controls: the same questions without a correction, and near wordings whose answer must not
change.
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import KnowledgeBase
from bot.knowledge.facts.corrections import corrected, load_corrections
from tests.knowledge.asking import ask_keyed

RULES = load_corrections(Path(__file__).resolve().parents[2] / "content")

#: (question, what the readers must see after the rewrite)
REWRITES: list[tuple[str, str]] = [
    (
        "tin 1: LDTT nam 2026, QD du kien 25/12/2026 thi thuong 760.000 dung k\ntin 2: e go nham, y e la 710.000 dung k",
        "LDTT nam 2026, QD du kien 25/12/2026 thi thuong 710.000 dung k",
    ),
    (
        "tram y te co 8 nguoi, 5 nguoi *4 nguoi dat LDTT, vay du ty le LDTT de xet TTLDTT chua",
        "tram y te co 8 nguoi, 4 nguoi dat LDTT, vay du ty le LDTT de xet TTLDTT chua",
    ),
    (
        "truong dat 100% hoan thanh nhiem vu, 65% LDTT *75%, co 2 CSTDCS, du TTLDXS chua",
        "truong dat 100% hoan thanh nhiem vu, 75% LDTT, co 2 CSTDCS, du TTLDXS chua",
    ),
    (
        "khoa e dat 100% HTNV, 60% LDTT *72%, co 1 CSTDCS, du TTLDXS k",
        "khoa e dat 100% HTNV, 72% LDTT, co 1 CSTDCS, du TTLDXS k",
    ),
    (
        "tien thuong thi dua vuot 2 trieu phai tinh thue TNCN, a nham, k phai tinh thue dung k",
        "tien thuong thi dua vuot 2 trieu k phai tinh thue dung k",
    ),
    (
        "luat quy dinh CSTDCS k qua 15% so LDTT dung k ad. *k qua 15% tong so CBCC",
        "luat quy dinh CSTDCS k qua 15% tong so CBCC dung k ad.",
    ),
    (
        "co giao nghi thai san 5 thang trong nam hoc, LDTT van xet dc k, neu dc thi thuong bn, QD thang 6/2026 *8/2026",
        "co giao nghi thai san 5 thang trong nam hoc, LDTT van xet dc k, neu dc thi thuong bn, QD thang 8/2026",
    ),
    (
        "giay khen ca nhan QD thang 5/2026 *9/2026 thuong bao nhieu",
        "giay khen ca nhan QD thang 9/2026 thuong bao nhieu",
    ),
    (
        "ho so khen thuong cap xa nop 2 bo, 1 ban chinh 1 ban sao dung k\n*01 bo ban chinh",
        "ho so khen thuong cap xa nop 01 bo ban chinh dung k",
    ),
    (
        "bang khen tinh do chu tich UBND xa ky phai k. sửa: chủ tịch UBND tỉnh ký",
        "bang khen tinh do chủ tịch UBND tỉnh ký phai k.",
    ),
    (
        "thon van hoa binh xet xong thi lay y kien nhan dan 10 ngay dung k. ý là 7 ngày",
        "thon van hoa binh xet xong thi lay y kien nhan dan 7 ngày dung k.",
    ),
    (
        "tin 1: TTLDTT QD thang 12/2026 thuong bao nhieu a\ntin 2: sua lai, hoi TTLDXS chu k phai TTLDTT",
        "TTLDXS QD thang 12/2026 thuong bao nhieu a",
    ),
    (
        "e vao lam tu 01/3/2026, cuoi nam co dc xet LDTT k.\nXin loi go nham, e vao tu 15/9/2026 chu k phai 01/3. Vay nam 2026 e co dc xet k",
        "e vao lam tu 15/9/2026, cuoi nam co dc xet LDTT k. Vay nam 2026 e co dc xet k",
    ),
]

#: questions with no correction: returned as typed
UNCHANGED: list[str] = [
    "LDTT nam 2026 QD du kien 25/12/2026 thi thuong 760.000 dung k",
    "tin 1 hoi ve LDTT, tin 2 hoi ve CSTDCS: tieu chuan moi cai la gi",
    "giay khen cua chu tich xa cho ca nhan thuong 0,3 lan luong co so dung k",
    "bo cap huyen tu 1/7/2025 dung k",
    "sua chua nha van hoa thon co dc tinh la thanh tich de khen k",
]


@pytest.mark.parametrize(("question", "seen"), REWRITES)
def test_correction_keeps_what_it_does_not_correct(question: str, seen: str) -> None:
    assert corrected(question, RULES) == seen


@pytest.mark.parametrize("question", UNCHANGED)
def test_no_correction_untouched(question: str) -> None:
    assert corrected(question, RULES) == question


#: (family, question, keys as the question sets write them): the tuning questions of b167, the
#: evaluator's new wordings and our own
CASES: list[tuple[str, str, list[str]]] = [
    # F1: the subject kept (tuning)
    (
        "F1",
        "hieu truong noi gv moi tuyen duoi 6 thang van dc xet LDTT, a nham, thay noi duoi 10 thang thi k dc xet. vay dung k a",
        ["Không.", "6 tháng"],
    ),
    (
        "F1",
        "tin 1: LDTT nam 2026, QD du kien 25/12/2026 thi thuong 760.000 dung k\ntin 2: e go nham, y e la 710.000 dung k",
        ["Không.", "760.000"],
    ),
    (
        "F1",
        "tin 1: CSTDCS dc tang Bang chung nhan kem khung dung k\ntin 2: y e la kem ca Huy hieu nua dung k",
        ["Không.", "Bằng chứng nhận"],
    ),
    (
        "F1",
        "tin 1: e dat CSTDCS 2023, 2024, 2025, co sang kien dc UBND xa cong nhan, de nghi CSTD tinh dc k\ntin 2: xin loi, sang kien do dc tinh cong nhan co pham vi anh huong trong tinh",
        ["Có.", "3 lần"],
    ),
    (
        "F1",
        "tram y te co 8 nguoi, 5 nguoi *4 nguoi dat LDTT, vay du ty le LDTT de xet TTLDTT chua",
        ["Không.", "50%"],
    ),
    (
        "F1",
        "nghe noi giay khen cua chu tich xa cho ca nhan thuong 0,3 lan. a k, nghe noi k co tien thuong, chi co giay thoi. dung k",
        ["Không.", "760.000"],
    ),
    (
        "F1",
        "tin 1: giay khen ca nhan QD ky 20/6/2026 chi 710k dung k\ntin 2: e gui nham ngay, QD la 20/7/2026. vay 710k dung k",
        ["Không.", "760.000"],
    ),
    (
        "F1",
        "tien thuong thi dua vuot 2 trieu phai tinh thue TNCN, a nham, k phai tinh thue dung k",
        ["Có.", "thuế"],
    ),
    (
        "F1",
        "tin 1: luong co so tu 1/7/2026 la 2.340.000 dung k\ntin 2: a nham, 2.530.000 dung k",
        ["Có.", "2.530.000"],
    ),
    # F1: the evaluator's wordings
    (
        "F1",
        "giay khen tap the cho thon thuong 1,41 trieu dung k, QD thang 10/2026. a nham, y e la 1,52 trieu",
        ["Có.", "1.520.000"],
    ),
    (
        "F1",
        "tin 1: TTLDTT QD thang 12/2026 thuong bao nhieu a\ntin 2: sua lai, hoi TTLDXS chu k phai TTLDTT",
        ["3.800.000"],
    ),
    (
        "F1",
        "to 9 nguoi co 5 nguoi LDTT *4 nguoi, vay to minh con du dk TTLDTT k ad",
        ["Không.", "50%"],
    ),
    # F1: our own
    (
        "F1",
        "tin 1: TTLDXS QD thang 11/2026 thuong 3.510.000 dung k\ntin 2: a nham, 3.800.000 dung k",
        ["Có.", "3.800.000"],
    ),
    (
        "F1",
        "tiền thưởng LĐTT phải đóng thuế TNCN, à nhầm, không phải đóng thuế đúng không",
        ["Có.", "thuế"],
    ),
    ("F1", "to e 10 nguoi, 6 nguoi *5 nguoi dat LDTT thi co du TTLDTT k", ["Không.", "50%"]),
    (
        "F1",
        "tin 1: Giấy khen cá nhân QĐ ký 10/8/2026 thưởng 760.000 đúng không\ntin 2: em gõ nhầm, ý em là 710.000 đúng không",
        ["Không.", "760.000"],
    ),
    # F2: the rest of the sentence kept (tuning, evaluator's, own)
    (
        "F2",
        "truong dat 100% hoan thanh nhiem vu, 65% LDTT *75%, co 2 CSTDCS, du TTLDXS chua",
        ["Có.", "70%"],
    ),
    (
        "F2",
        "luat quy dinh CSTDCS k qua 15% so LDTT dung k ad. *k qua 15% tong so CBCC",
        ["Không.", "15"],
    ),
    (
        "F2",
        "CSTDCS QD ky 28/6/2026 *28/8/2026 thi thuong bao nhieu, tien lay quy nao",
        ["2.530.000", "Quỹ thi đua"],
    ),
    (
        "F2",
        "nghe noi xa tieu bieu do chu tich xa *chu tich tinh cong nhan, dung k ad",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
    ("F2", "khoa e dat 100% HTNV, 60% LDTT *72%, co 1 CSTDCS, du TTLDXS k", ["Có.", "70%"]),
    (
        "F2",
        "xa tieu bieu do chu tich xa *chu tich UBND tinh quyet dinh phai k",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
    ("F2", "giay khen ca nhan QD thang 5/2026 *9/2026 thuong bao nhieu", ["760.000"]),
]

CASES += [
    # F3: the correction applied (tuning)
    (
        "F3",
        "co giao nghi thai san 5 thang trong nam hoc, LDTT van xet dc k, neu dc thi thuong bn, QD thang 6/2026 *8/2026",
        ["Có.", "thai sản", "760.000"],
    ),
    (
        "F3",
        "chao ad, e la nhan vien hop dong o van phong UBND xa, ky hop dong tu 01/6/2026, lam viec binh thuong, cuoi nam dc danh gia hoan thanh tot nhiem vu. Chi pho van phong bao nguoi moi vao chua du 1 nam thi k dc binh LDTT.\nXin loi go nham, e vao tu 01/8/2026 chu k phai 01/6. Vay cuoi nam 2026 e co dc xet LDTT k a?",
        ["Không.", "6 tháng"],
    ),
    (
        "F3",
        "CSTDCS k bat buoc phai co sang kien dung k. sua: nghe ben noi vu noi la bat buoc phai co sang kien. dung k",
        ["Không."],
    ),
    (
        "F3",
        "bang khen tinh do chu tich UBND xa ky phai k. sửa: chủ tịch UBND tỉnh ký",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "F3",
        "thon van hoa binh xet xong thi lay y kien nhan dan 10 ngay dung k. ý là 7 ngày",
        ["Không.", "10 ngày"],
    ),
    (
        "F3",
        "ho so khen thuong cap xa nop 2 bo, 1 ban chinh 1 ban sao dung k\n*01 bo ban chinh",
        ["Có.", "1 bộ"],
    ),
    # F3: the evaluator's wordings
    ("F3", "CSTD tinh thuong 3 lan luong co so dung k. sửa: 4 lần", ["Không.", "7.590.000"]),
    (
        "F3",
        "gia dinh van hoa do chu tich xa cong nhan phai k, ý là do chủ tịch tỉnh công nhận",
        ["Không.", "Chủ tịch UBND xã"],
    ),
    ("F3", "TTLDXS QD ngay 15/6/2026 thi thuong bn\n*15/9/2026", ["3.800.000"]),
    # F3: our own
    ("F3", "LDTT thuong 0,5 lan luong co so dung k. sửa: 0,3 lần", ["Có.", "760.000"]),
    (
        "F3",
        "e vao lam tu 01/3/2026, cuoi nam co dc xet LDTT k.\nXin loi go nham, e vao tu 15/9/2026 chu k phai 01/3. Vay nam 2026 e co dc xet k",
        ["Không.", "6 tháng"],
    ),
    (
        "F3",
        "bằng khen tỉnh do chủ tịch UBND xã ký phải không. sửa: chủ tịch UBND tỉnh ký",
        ["Có.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "F3",
        "ho so khen thuong o xa nop 3 bo ban photo dung k\n*01 bo ban chinh",
        ["Có.", "bản chính"],
    ),
    # F4: the verdict the claim needs (tuning)
    ("F4", "bo cap huyen tu 1/7/2024 dung k\n*1/7/2025", ["Có.", "1/7/2025"]),
    (
        "F4",
        "E la cong chuc noi vu xa. Dau nam 2026 tinh co van ban yeu cau cac don vi dang ky thi dua truoc 31/3. Mot so thon nop muon thang 4. Hoi lai cho ro: han 31/3 do co phai luat Thi dua khen thuong ca nuoc quy dinh k, hay do tinh quy dinh a?",
        ["Không.", "tỉnh"],
    ),
    (
        "F4",
        "CSTDCS de nghi theo duong sang kien thi kem giay xac nhan sang kien, dung k. sửa: theo đề tài khoa học thì kèm biên bản nghiệm thu đúng k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "F4",
        "Phuong e moi thanh lap tu 7/2025 (truoc la 2 phuong thuoc quan cu). To dan pho so 5 lam tot phong trao ve sinh moi truong, muon de nghi khen. Anh em cu noi giay khen phai trinh chu tich quan ky. A nham, ho noi giay khen cho to dan pho thi chu tich UBND phuong ky. Vay dung k a?",
        ["Có.", "Chủ tịch UBND"],
    ),
    # F4: the evaluator's wordings
    ("F4", "tu 1/7/2025 khong con UBND huyen nua, dung k a", ["Có.", "1/7/2025"]),
    (
        "F4",
        "de nghi CSTDCS theo duong de tai khoa hoc thi ho so phai co van ban nghiem thu dung k",
        ["Có.", "nghiệm thu"],
    ),
    # F4: our own
    ("F4", "da bo cap huyen tu 1/7/2025 phai k", ["Có.", "1/7/2025"]),
    ("F4", "bỏ cấp huyện từ 1/7/2025 đúng không", ["Có.", "1/7/2025"]),
    (
        "F4",
        "hồ sơ đề nghị CSTĐCS theo đề tài khoa học thì kèm biên bản nghiệm thu đúng không",
        ["Có.", "nghiệm thu"],
    ),
    (
        "F4",
        "han dang ky thi dua 15/3 co phai nghi dinh quy dinh k, hay tinh dat",
        ["Không.", "tỉnh"],
    ),
]

CASES += [
    # F6: the asked part bound to what is meant (tuning)
    (
        "F6",
        "TTLDXS can it nhat 70% LDTT va co ca nhan dat CSTDCS dung k, ai ky",
        ["Có.", "70%", "Chủ tịch UBND tỉnh"],
    ),
    (
        "F6",
        "Thua ad, e la ke toan kiem nhiem o tram y te xa. Nam 2026 xa ky QD khen thuong cho tram ngay 25/6 nhung den thang 8 moi phat tien. Truong tram bao tinh tien theo luong co so ngay phat thuong, tuc 2.530.000. Y e la hoi: tien thuong phai tinh theo luong co so o ngay ky QD dung k a?",
        ["Có.", "quyết định"],
    ),
    (
        "F6",
        "Bo e la can bo xa, nam nay dc de nghi CSTD tinh. Ca nha mung, nghe ba con noi CSTD tinh dc thuong 3 lan luong co so. *k phai 3 lan, ho noi 5 lan luong co so. QD chac cuoi nam moi ky. Vay 5 lan co dung k a?",
        ["Không.", "7.590.000"],
    ),
    # F6: the evaluator's wordings
    (
        "F6",
        "TTLDTT can tren 50% LDTT va co ca nhan CSTDCS k, QD do ai ky",
        ["Chủ tịch UBND xã quyết định tặng danh hiệu Tập thể lao động tiên tiến", "50 %"],
    ),
    (
        "F6",
        "xa ky QD LDTT ngay 28/6/2026 ma thang 9 moi chi tien, tinh theo luong co so luc ky hay luc chi",
        ["710.000", "ngày ký quyết định"],
    ),
    # F6: our own
    (
        "F6",
        "TTLDXS phai co it nhat 70% LDTT va co nguoi dat CSTDCS, ai ky QD",
        ["70 %", "Chủ tịch UBND tỉnh quyết định"],
    ),
    (
        "F6",
        "QD khen LDTT ky 20/6/2026 nhung thang 8 moi chi, tinh theo luong co so ngay ky hay ngay chi",
        ["710.000", "ngày ký quyết định"],
    ),
    (
        "F6",
        "nghe noi TTLDTT thuong 2 lan luong co so. vay 2 lan co dung k",
        ["Không.", "2.030.000"],
    ),
    (
        "F6",
        "tiền thưởng giấy khen tính theo lương cơ sở ở ngày ký quyết định đúng không",
        ["Có.", "ngày ký quyết định"],
    ),
    # controls: the same rules asked without a correction, and near wordings
    ("ctl", "cấp huyện bỏ từ 1/1/2025 đúng không", ["Không.", "01/7/2025"]),
    ("ctl", "con cap huyen k", ["Không."]),
    (
        "ctl",
        "nghe noi van con danh hieu thi tran tieu bieu nhu hoi chua bo huyen, thi tran cu cua tui van xin danh hieu do dc, dung k",
        ["Không."],
    ),
    ("ctl", "han dang ky thi dua do tinh quy dinh phai k", ["Có."]),
    ("ctl", "hạn đăng ký thi đua 31/3 là do luật quy định đúng không", ["Không."]),
    ("ctl", "CSTD tinh thuong bao nhieu", ["7.590.000"]),
    ("ctl", "TTLDXS do ai quyet dinh", ["Chủ tịch UBND tỉnh"]),
    ("ctl", "CSTDCS do ai ky QD", ["Chủ tịch UBND xã"]),
    ("ctl", "ai ky to trinh de nghi khen thuong", ["thủ trưởng"]),
    ("ctl", "tien thuong LDTT co phai tinh thue TNCN k", ["Không."]),
    ("ctl", "ho so khen thuong cap xa nop 2 bo dung k", ["Không.", "1 bộ"]),
    ("ctl", "LDTT thuong 0,5 lan luong co so dung k", ["Không.", "760.000"]),
]


@pytest.mark.parametrize(("family", "question", "keys"), CASES)
def test_corrected_question_answered(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
