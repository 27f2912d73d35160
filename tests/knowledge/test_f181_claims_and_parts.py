"""Task f181 (tuning set b181, fifth twin of a judge whose officer states a rule and asks on):
every part of the question answered, the verdict judging the officer's own claim.

F1: a RIGHT premise put up ("… theo đường đề tài dc k", "… quá hạn rồi phải k", "… về số lần
thì đủ chưa") opens "Có.", not the verdict of the card's own question (CSTĐCS by a đề tài
nghiệm thu, Luật 2022 Điều 23 khoản 2; thôn văn hóa decided within 10 ngày, NĐ 86/2023;
no district since 01/7/2025, NĐ 129/2025 Điều 59; CSTĐ toàn quốc 02 lần CSTĐ tỉnh, Điều 21).
F2: a rule told as the premise ("… nên …, vậy ai ký / gửi đâu"): "Có." on it, then the step.
F3: the attribute asked outranks the title's card (tiền thưởng not taxable, TT 111/2013 Điều 2
khoản 2 điểm e.1; one achievement, one form, Luật 2022 Điều 5 khoản 2 điểm c).
F4: a WRONG detail inside the claim ("2 năm liền", "chỉ thu hồi tiền, QĐ vẫn giữ", the payment
date for the decision date) opens "Không." (Điều 23 khoản 1; Điều 93 khoản 8; NĐ 152/2025
Điều 50).
F5: each part of a compound gets its block (Hội đồng TĐKT xã reviews, Chủ tịch UBND xã signs).
F7: a question off TĐKT that only names "huyện" is declined, not answered with the reform.
Each list: the set's wordings, the evaluator's new ones, then ours; controls keep near wordings
whose answer must not change.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY, ask_keyed

# F1 (b181 tuning, evaluator's new wordings, ours)
RIGHT_PREMISE = [
    (
        "anh can bo dia chinh co de tai khoa hoc da nghiem thu, dat LDTT, vay de nghi CSTDCS "
        "theo duong de tai dc k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "nhu nam ngoai xa e de ho so thon van hoa 1 thang moi ky QD, vay la qua han roi phai k, "
        "han la may ngay",
        ["Có.", "10 ngày"],
    ),
    (
        "tu 1/7/2025 bo huyen nen ho so giay khen cua xa do hoi dong TDKT xa tham dinh, k qua "
        "phong noi vu huyen nua, dung k",
        ["Có.", "Hội đồng"],
    ),
    (
        "can bo phuong e dat CSTD tinh 2 lan lien tuc, vay ve so lan thi da du de de nghi CSTD "
        "toan quoc chua",
        ["Có.", "2 lần"],
    ),
    (
        "co giao THCS cua xa dat LDTT, co sang kien dc hoi dong cap co so cong nhan, vay theo "
        "Dieu 23 la du de nghi CSTDCS roi phai k",
        ["Có.", "Điều 23"],
    ),
    (
        "GDVH chu tich xa ky sau 20 ngay ke tu khi du ho so thi la cham hon quy dinh roi dung k, "
        "han dung la bn ngay",
        ["Có.", "10 ngày"],
    ),
    (
        "huyen bo tu 1/7/2025 nen nam nay ho so CSTDCS cua xa chi can qua hoi dong TDKT xa roi "
        "chu tich xa ky, k gui phong noi vu huyen nua, dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "chi e co de tai cap co so da nghiem thu, nam nay dat LDTT, vay xet CSTDCS theo de tai "
        "duoc k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "thon e nop du ho so thon van hoa ma 15 ngay sau xa moi ky QD, vay la tre han roi phai k",
        ["Có.", "10 ngày"],
    ),
    (
        "anh K dat CSTD tinh 2 lan lien tuc roi, vay rieng ve so lan thi du xet CSTD toan quoc "
        "chua",
        ["Có.", "2 lần"],
    ),
]

RIGHT_PREMISE_CONTROLS = [
    ("CSTDCS co bat buoc phai co sang kien k", ["Không."]),
    ("CSTD toan quoc chi can 2 lan CSTD tinh la du, k can sang kien dung k", ["Không."]),
    ("thon van hoa thi chu tich xa ky QD trong bao nhieu ngay", ["10 ngày"]),
    ("phong noi vu huyen van tham dinh ho so giay khen cua xa dung k", ["Không."]),
]

# F2
PREMISE_THEN_STEP = [
    (
        "nong dan san xuat gioi o thon cung dc xet LDTT theo Dieu 24 nen e dua ong vao ds trinh "
        "xa, vay ai ky QD",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "CSTD toan quoc xet trong so nguoi 2 lan lien tuc CSTD tinh, vay anh H dat CSTD tinh "
        "2024, 2025 thi xa gui ho so qua dau",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "truong e 100% hoan thanh nhiem vu, 75% LDTT, co 1 CSTDCS nen du dieu kien TTLDXS, vay "
        "ho so gui tinh qua dau",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "e o dac khu, phu trach van hoa. dac khu e nhieu ho ngu dan di bien dai ngay, e dinh de "
        "den 10/12 tau ve moi binh xet GDVH. van phong bao han binh xet la truoc 25/11. van "
        "phong noi dung k, va sau do ai ky QD",
        ["Có.", "25/11", "Chủ tịch UBND"],
    ),
    (
        "vi thon van hoa xet hang nam theo ND 86/2023 nen nam nay thon e lam ho so tiep, vay nop "
        "cho ai",
        ["Có.", "Chủ tịch UBND"],
    ),
    pytest.param(
        "TTLDTT can tren 50% LDTT, truong mam non e 12/20 nguoi dat nen lam ho so luon, vay ai "
        "ky QD",
        ["Có.", "Chủ tịch UBND"],
        # the share told would have to be weighed against the rule's before a "Có." may lead
        # (left for a later task)
        marks=pytest.mark.xfail(reason="the unit's share is not weighed", strict=True),
    ),
    (
        "nhu moi nam xa tieu bieu do chu tich UBND tinh ky, nam nay xa e du tieu chuan thi ho so "
        "gui co quan nao",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "ba con nuoi trong gioi o thon cung dc xet LDTT nen thon de nghi 2 nguoi, vay ai ky QD",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "bang khen tinh do chu tich UBND tinh ky nen nam nay xa e de nghi cho anh T, vay ho so "
        "gui qua dau",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "TTLDXS phai 100% hoan thanh nhiem vu, tren 70% LDTT va co CSTDCS, truong e du roi nen "
        "lam ho so, vay gui dau",
        ["Có.", "Sở Nội vụ"],
    ),
]

PREMISE_THEN_STEP_CONTROLS = [
    ("LDTT thi ai ky QD", ["Chủ tịch UBND"]),
    ("ho so TTLDXS gui dau", ["Sở Nội vụ"]),
    ("LDTT chi xet cho can bo cong chuc thoi nen nong dan k dc xet dung k", ["Không."]),
]

# F3
ATTRIBUTE_ASKED = [
    (
        "ke toan cu noi tien thuong CSTDCS tren 2 trieu thi phai khau tru 10% thue TNCN, vay chi "
        "2.530.000 thi e tru bn",
        ["Không.", "111/2013"],
    ),
    (
        "chu tich xa e dang xet: anh B la truong thon, thang 9 chi huy dan di doi an toan trong "
        "bao. xa da tang giay khen dot xuat cho anh. nay hoi nong dan xa lai muon de nghi tinh "
        "tang bang khen cho anh cung vi thanh tich do. e nghe noi 1 thanh tich k dc khen nhieu "
        "hinh thuc, vay xa k trinh tinh nua la dung phai k",
        ["Có.", "Điều 5"],
    ),
    (
        "chi LDTT 760.000 ma ke toan kho bac doi khau tru thue thu nhap ca nhan, vay co phai tru k",
        ["Không.", "111/2013"],
    ),
    (
        "e la ke toan, QD TTLDTT cua truong TH se ky cuoi thang 12/2026 ma du toan lap tu dau nam "
        "theo luong cu, vay du toan moi tap the bn moi dung",
        ["2.030.000"],
    ),
    (
        "anh C dc giay khen xa vi cuu nguoi roi, doan thanh nien lai muon xin giay khen lan nua "
        "cho chinh vu do, vay k lam nua la dung phai k",
        ["Có.", "Điều 5"],
    ),
    (
        "tien thuong GK chu tich xa 760.000 co phai khau tru thue TNCN k",
        ["Không.", "111/2013"],
    ),
    (
        "kho bac bao thuong CSTDCS 2.530.000 phai tru thue thu nhap ca nhan 10%, vay e tru bao "
        "nhieu",
        ["Không.", "111/2013"],
    ),
]

ATTRIBUTE_ASKED_CONTROLS = [
    ("CSTDCS thuong bn", ["2.530.000"]),
    ("tien thuong LDTT chi tu quy nao", ["Quỹ thi đua"]),
]

# F4
WRONG_DETAIL = [
    (
        "QD LDTT nam 2025 ky ngay 10/1/2026, den thang 7/2026 moi chi sau khi luong co so tang, "
        "vay e tinh 760.000 dc k",
        ["Không.", "710.000"],
    ),
    (
        "CSTDCS phai 2 nam lien LDTT moi dc de nghi, nam ngoai chi e k dat LDTT thi nam nay k de "
        "nghi dc, dung k",
        ["Không.", "Điều 23"],
    ),
    (
        "phat hien ho so lam gia giay xac nhan sang kien thi chi can thu hoi tien thuong thoi, QD "
        "van giu, dung k",
        ["Không.", "hủy bỏ"],
    ),
    (
        "QD CSTDCS ky 28/6/2026, thang 9 moi chi tien nen e chi theo luong moi 2.530.000, dung k",
        ["Không.", "2.340.000"],
    ),
    (
        "LDTT phai dat 2 nam lien thi moi dc de nghi CSTDCS, nen anh moi dat LDTT nam nay thi "
        "chua xet dc, dung k",
        ["Không.", "Điều 23"],
    ),
    (
        "giay khen cap cho nguoi khai gian thanh tich thi chi can thu lai giay khen, tien thuong "
        "k phai nop lai, dung k",
        ["Không.", "thu hồi"],
    ),
    (
        "muon xet CSTDCS thi phai dat LDTT 2 nam lien tuc, chi H nam ngoai k dat nen nam nay k "
        "trinh dc phai k",
        ["Không.", "Điều 23"],
    ),
    (
        "QD LDTT ky 20/6/2026 ma thang 8 moi chi nen tinh theo luong co so moi la 760.000 phai k",
        ["Không.", "710.000"],
    ),
    (
        "lam gia ho so de dc CSTDCS thi chi thu hoi tien thuong, QD khen van giu nguyen dung k",
        ["Không.", "hủy bỏ"],
    ),
]

WRONG_DETAIL_CONTROLS = [
    (
        "anh A nam nay k dat LDTT nhung co sang kien, vay de nghi CSTDCS dc k",
        ["Không.", "Lao động tiên tiến"],
    ),
    ("khai gian thanh tich thi QD khen bi huy bo va thu hoi tien thuong dung k", ["Có."]),
    ("QD LDTT ky 15/7/2026 thi thuong bn", ["760.000"]),
]

# F5
COMPOUND_PARTS = [
    (
        "CSTDCS cho hieu truong truong tieu hoc thuoc xa thi ai xet va ai ky QD",
        ["Hội đồng", "Chủ tịch UBND"],
    ),
    (
        "truong e nop ban dang ky thi dua tre han, vay cuoi nam giao vien co bi mat quyen xet "
        "LDTT k",
        ["Tùy", "Điều 7"],
    ),
    (
        "TTLDTT cho truong tieu hoc cua xa thi ai tham dinh, ai ky va thuong bn neu QD thang "
        "12/2026",
        ["Hội đồng", "Chủ tịch UBND", "2.030.000"],
    ),
    (
        "giao vien k nop dang ky thi dua thi co mat LDTT k, luat TDKT 2022 noi o dieu nao",
        ["Tùy", "Điều 7"],
    ),
    pytest.param(
        "LDTT cho giao vien truong mam non cua xa thi ai xet, ai ky QD",
        ["Hội đồng", "Chủ tịch UBND"],
        # "ai xét" alone is the decider's cue; the two asks split by a comma are not yet read
        # as the reviewer and the decider (left for a later task)
        marks=pytest.mark.xfail(reason="'ai xét, ai ký' read as one decider ask", strict=True),
    ),
    (
        "to dan pho e nop dang ky thi dua muon, vay cuoi nam co bi mat quyen xet to dan pho van "
        "hoa k",
        ["Tùy", "Điều 7"],
    ),
]

# F7: off TĐKT, only "huyện" named
OFF_TOPIC = [
    "con e thi vao lop 10 nam nay diem chuan truong huyen bao nhieu",
    "benh vien huyen cu gio con kham bao hiem k ad",
    "duong len huyen cu bi sat lo, di duong nao",
    "nha van hoa huyen cho thue lam dam cuoi gia bn",
    "cho huyen cu hop phien ngay nao",
    "xe buyt ve huyen cu may gio chay",
]

OFF_TOPIC_CONTROLS = [
    ("huyen bo roi thi ai ky giay khen", ["Chủ tịch UBND"]),
    ("phong noi vu huyen cu con nhan ho so khen thuong k", ["Không."]),
]


@pytest.mark.parametrize(
    ("question", "keys"),
    RIGHT_PREMISE
    + RIGHT_PREMISE_CONTROLS
    + PREMISE_THEN_STEP
    + PREMISE_THEN_STEP_CONTROLS
    + ATTRIBUTE_ASKED
    + ATTRIBUTE_ASKED_CONTROLS
    + WRONG_DETAIL
    + WRONG_DETAIL_CONTROLS
    + COMPOUND_PARTS
    + OFF_TOPIC_CONTROLS,
)
def test_claim_and_parts_answered(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize("question", OFF_TOPIC)
def test_off_topic_naming_district_declined(officer_kb: KnowledgeBase, question: str) -> None:
    answer = officer_kb.ask(question, TODAY)
    assert not answer.answered, answer.text
