"""Task f200 (diag_200, tuning twin of b141): the officer who takes a rule for granted and asks
the next step.

F1 the verdict judges the proposition as stated, against the answer's own reason: a premise with
a negation ("k hoàn thành", "k cần", "chưa có") or a colleague's claim is not read inversely.
F2 the entry for the asker's next step: two titles or two attributes confused (TTLĐXS read as
TTLĐTT, giấy khen tập thể as cá nhân, decision date vs payment, "xã văn hóa" as thôn văn hóa).
F3 a district-level mention must not let the reform block stand in for the real ask.
F4 a rule the law itself sets, or one claimed as the LAW's, is not answered "Tùy".
Cases: the set's questions ("F1".."F4"), earlier twins of the same voice ("twin"), new wordings
("new") and controls ("ctl"): near questions already right whose answers must stay right.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, family_cases

CASES = [
    # F1: a negated premise or a quoted claim judged as stated
    (
        "F1",
        "LDTT bat buoc phai co sang kien nen may ban chua co SK e loai ra luon dung k, LDTT ai ky"
        " QD",
        ["Không.", "Điều 24", "Chủ tịch UBND"],
    ),
    (
        "F1",
        "TTLDXS k can co ai dat CSTDCS, chi can 70% LDTT la du phai k",
        ["Không.", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "F1",
        "CSTĐ tỉnh cần 3 lần liên tục CSTĐCS nên bạn e mới 2 lần thì năm nay chưa đề nghị dc đúng"
        " k, CSTĐ tỉnh QĐ 12/2026 thưởng bn",
        ["Có.", "Điều 22", "7.590.000"],
    ),
    (
        "F1",
        "TTLDXS thi 100% ca nhan phai hoan thanh nhiem vu, tram e co 1 nguoi k hoan thanh thi k du"
        " dung k",
        ["Có.", "100%"],
    ),
    (
        "F1",
        "tram y te xa e co BS Hung nam 2026 dat LDTT, hoan thanh xuat sac nhiem vu, co 1 sang kien"
        " cai tien quy trinh tiem chung dc cong nhan o co so. truong tram bao CSTDCS phai co de"
        " tai khoa hoc cap tinh moi dc nen k de nghi. vay noi nhu vay co dung k",
        ["Không.", "Điều 23"],
    ),
    ("F1", "xa e k gioi han ti le LDTT nen 20 nguoi dat thi xet het 20 dc k", ["Tùy"]),
    (
        "F1 twin",
        "nghe noi CSTDCS bat buoc phai co sang kien, anh A k co sang kien nhung HTXSNV, vay xa k"
        " de nghi anh ay dc dung k",
        ["Không."],
    ),
    (
        "F1 twin",
        "bac si tram y te xa HTXSNV nhung k co de tai khoa hoc nen k du CSTDCS, dung k",
        ["Không."],
    ),
    (
        "F1 twin",
        "CSTD toan quoc chon tu nguoi co 2 lan lien tuc CSTD tinh, vay chi B moi 1 lan CSTD tinh"
        " thi de nghi dc chua, va CSTD toan quoc thuong bn",
        ["Không."],
    ),
    (
        "F1 twin",
        "TTLDXS do chu tich tinh quyet dinh, vay phuong co tu xet va ky TTLDXS cho truong THCS cua"
        " phuong dc k",
        ["Không."],
    ),
    # F2: the entry for the asker's next step
    (
        "F2",
        "QD CSTDCS ky 25/6/2026 ma thang 7 moi chi, e lo tinh 2.530.000 roi, co phai tinh lai theo"
        " muc cu k, he so CSTDCS la bn",
        ["Có.", "2.340.000", "1,0"],
    ),
    (
        "F2",
        "xa e tong ket nam 2025 xong, QD LDTT ky ngay 05/01/2026, nhung thieu kinh phi den thang"
        " 9/2026 moi chi. luc chi thi luong co so da len 2.530.000. bo phan ke toan tinh theo muc"
        " moi 760.000 vi tra muon. vay tinh nhu the la dung k",
        ["Không.", "710.000"],
    ),
    (
        "F2",
        "phuong e cuoi nam 2026 tang GK cua chu tich UBND phuong cho 3 to dan pho lam tot ve sinh"
        " moi truong, QD ky 10/12/2026. ban ke toan tinh moi to 760.000 giong GK ca nhan. e thay"
        " hoi la nhung k chac. vay tinh nhu vay dung k",
        ["Không.", "1.520.000"],
    ),
    (
        "F2",
        "tram y te e co 8 nguoi. nam 2026 ca 8 nguoi deu hoan thanh nhiem vu, 6 nguoi dat LDTT, 1"
        " nguoi CSTDCS. truoc gio tram chi dc TTLDTT. nam nay muon de nghi TTLDXS. e tinh 6/8 ="
        " 75% la vuot muc 70% roi, vay ti le LDTT da du chua",
        ["Có.", "70%"],
    ),
    (
        "F2",
        "GK cua chu tich xa gio bo roi, chi con bang khen tinh thoi dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "F2",
        "nhieu thon dat van hoa roi thi xa de nghi danh hieu xa van hoa len tinh dc k",
        ["Không.", "tiêu biểu"],
    ),
    (
        "F2",
        "hoi CCB xa nam ngoai dc GK chu tich xa roi, nam nay co thanh tich moi thi van dc GK tiep"
        " phai k",
        ["Có.", "Điều 5"],
    ),
    (
        "F2",
        "GK chu tich xa phai 2 nam lien hoan thanh tot nhiem vu moi dc, ban e moi 1 nam nen chua de"
        " nghi dc dung k",
        ["Tùy", "Điều 75"],
    ),
    (
        "F2 twin",
        "thon la tap the ma GK chu tich xa chi khen ca nhan, vay thon e muon dc khen thi phai xin"
        " bang khen tinh dung k",
        ["Không."],
    ),
    # F3: the reform block does not stand in for the real ask
    (
        "F3",
        "LDTT do chu tich xa QD, tien thuong truoc do phong tai chinh huyen cap, gio so noi vu"
        " chuyen ve cho xa chi dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    (
        "F3",
        "truoc day xa dang ky thi dua voi huyen, gio bo huyen roi thi luat quy dinh xa phai dang ky"
        " voi so noi vu moi dc xet dung k",
        ["Không.", "Điều 7"],
    ),
    (
        "F3 twin",
        "giay khen cho ca nhan xuat sac phai la giay khen chu tich huyen, chu tich xa chi dc tang"
        " cho ho gia dinh thoi, dung k",
        ["Không."],
    ),
    # F4: the law's own rule, or a rule claimed as the law's, is not "Tùy"
    (
        "F4",
        "co giao Mai truong TH xa e da 2 lan lien tuc dat CSTD tinh nam 2025 va 2026, co sang kien"
        " ve day doc dc ap dung rong. nghe noi CSTD toan quoc phai 3 lan CSTD tinh lien tuc nen co"
        " con thieu 1 lan, de sang nam. vay noi co con thieu 1 lan la dung k",
        ["Không.", "Điều 21"],
    ),
    (
        "F4",
        "xa e dau nam 2026 co 3 cong chuc chuyen den sau han dang ky thi dua nen k co ten trong"
        " bang dang ky. cuoi nam ca 3 lam rat tot. anh noi vu bao luat quy dinh k dang ky thi k dc"
        " xet danh hieu nen loai ca 3. vay loai theo luat nhu vay co dung k",
        ["Không.", "Điều 7"],
    ),
    # new wordings of the same mechanisms (each wrong before this task)
    (
        "F1 new",
        "LDTT bat buoc co sang kien nen e gach ten 2 ban chua co SK, vay dung k",
        ["Không.", "Điều 24"],
    ),
    ("F1 new", "CSTDCS phai co de tai cap tinh moi duoc xet dung k", ["Không.", "Điều 23"]),
    (
        "F1 new",
        "TTLDXS doi 100% hoan thanh nhiem vu, to e co 1 ban k hoan thanh nen k de nghi, dung k",
        ["Có.", "100%"],
    ),
    (
        "F1 new",
        "anh Tuan moi 2 lan CSTDCS lien tuc, nen chua de nghi CSTD tinh dc phai k",
        ["Có.", "Điều 22"],
    ),
    (
        "F1 new",
        "co giao Lan moi dat 2 lan CSTDCS 2025, 2026 nen nam nay truong chua de nghi CSTD tinh,"
        " vay dung k",
        ["Có."],
    ),
    (
        "F1 new",
        "phuong e k dat gioi han ty le CSTDCS nen de nghi het 5 nguoi dat chuan dc k",
        ["Tùy", "tỉnh"],
    ),
    (
        "F1 new",
        "truong e k co ti le LDTT nen ca 30 giao vien dat chuan deu de nghi het dc k",
        ["Tùy", "tỉnh"],
    ),
    (
        "F2 new",
        "nghe noi giay khen cua chu tich xa bi bai bo roi, gio chi con bang khen tinh, dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "F2 new",
        "GK cua chu tich xa khong con nua, gio chi co bang khen tinh thoi dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "F2 new",
        "giay khen chu tich xa co phai 3 nam lien tuc hoan thanh tot nhiem vu moi de nghi dc k",
        ["Tùy", "Điều 75"],
    ),
    (
        "F2 new",
        "QD CSTDCS ky 10/3/2026, thang 10 moi chi, co phai tinh lai theo luong co so cu k",
        ["Có.", "2.340.000"],
    ),
    (
        "F3 new",
        "tien thuong GDVH gio so noi vu chuyen ve cho xa chi phai k",
        ["Không.", "Quỹ thi đua"],
    ),
    (
        "F3 new",
        "tien thuong LDTT gio so noi vu cap ve cho xa chi dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    # controls: near questions already right, with their own verdicts, that must stay right
    ("ctl", "LDTT k can sang kien phai k", ["Có."]),
    ("ctl", "CSTD tinh co can de tai khoa hoc cap tinh k", ["Có."]),
    ("ctl", "TTLDXS can co ca nhan dat CSTDCS phai k", ["Có.", "Chiến sĩ thi đua cơ sở"]),
    (
        "ctl",
        "to e co 2 nguoi hoan thanh nhiem vu nhung k hoan thanh tot, TTLDXS van du 100% hoan"
        " thanh nhiem vu dung k",
        ["Có."],
    ),
    ("ctl", "CSTD tinh can 3 lan CSTDCS lien tuc phai k", ["Có.", "03 lần"]),
    ("ctl", "anh Tuan moi 1 lan CSTDCS thi de nghi CSTD tinh dc chua", ["Không."]),
    ("ctl", "chi Mai moi 1 lan CSTD tinh, vay de nghi CSTD toan quoc dc chua", ["Không."]),
    ("ctl", "nghe noi CSTD toan quoc phai co 3 lan CSTD tinh, dung k", ["Không.", "02 lần"]),
    ("ctl", "LDTT co bi gioi han ti le k", ["Tùy"]),
    ("ctl", "xa e quy dinh CSTDCS toi da 3 nguoi, vay co dung k", ["Tùy"]),
    ("ctl", "nghe noi luat quy dinh CSTDCS k qua 15% so LDTT, dung k", ["Không.", "15 %"]),
    ("ctl", "giay khen cua chu tich huyen bo roi phai k", ["Có."]),
    ("ctl", "chu tich xa co con tang giay khen k", ["Có."]),
    ("ctl", "thon van hoa do chu tich xa cong nhan dung k", ["Có."]),
    (
        "ctl",
        "luat quy dinh giay khen phai 2 nam lien tuc hoan thanh tot nhiem vu moi dc dung k",
        ["Không."],
    ),
    (
        "ctl",
        "mot nguoi dc giay khen xa 2 nam lien cho 2 thanh tich khac nhau thi co vi pham gi k",
        ["Không."],
    ),
    ("ctl", "xa e quy dinh phai dang ky thi dua dau nam moi dc xet, vay co dung k", ["Tùy"]),
    ("ctl", "han dang ky thi dua nam 2027 van la 15/3 nhu luat quy dinh dung k", ["Tùy"]),
    ("ctl", "tien thuong bang khen tinh do quy cua tinh chi dung k", ["Có."]),
    ("ctl", "tien thuong CSTDCS chi tu quy thi dua cua xa dung k", ["Có."]),
    ("ctl", "giay khen chu tich xa tang cho ca nhan, tap the, ho gia dinh dung k", ["Có."]),
    ("ctl", "GK cho ho gia dinh thuong 760.000 dung k", ["Có.", "760.000"]),
    ("ctl", "QD LDTT ky 20/8/2026 thi thuong bn", ["760.000"]),
    ("ctl", "TTLDXS do chu tich tinh quyet dinh phai k", ["Có."]),
    ("ctl", "xa co tu ky bang khen cho truong dc k", ["Không."]),
    ("ctl", "bac si tram y te HTXSNV, k co sang kien, vay co dc CSTDCS k", ["Có."]),
]

#: cases not mended in this task's time, each with why it still fails (the question's start)
XFAIL: dict[str, str] = {
    "tram y te e co 8 nguoi. nam 2026": (
        "the facts answer the share for TTLĐTT (trên 50 %) when TTLĐTT is named first as last"
        " year's title: the title asked NOW (TTLĐXS, 70 %) is not yet picked over the one told"
        " as the past; a fix of the facts' title choice, not of a hearsay rule"
    ),
}


@pytest.mark.parametrize(("family", "question", "keys"), family_cases(CASES, XFAIL))
def test_b200_answer(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
