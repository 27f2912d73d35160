"""Task f189b (diag b189 F2, F4): letters with two people or two units, and comparisons of two
amounts, answered for both sides.

F2: the letter tells two candidates (or two units) and asks which qualifies, or whether a claim
about the pair holds; the answer must judge the asker's claim, not one side's general rule.
F4: two amounts (two titles, or one title decided on two days) are weighed; the answer must
give each side's amount, not the criteria, the decider or today's amount alone.
Cases: the tuning set's questions of each family, the diagnosis's new wordings ("new"), and
controls ("ctl") already right whose answers must not change.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed, family_cases

CASES = [
    # F2: two people or two units in one letter
    (
        "F2",
        "e lam van phong xa. phong e co 2 nguoi muon de nghi CSTDCS: anh Hung nam nay HTXSNV, dat"
        " LDTT, k co sang kien; chi Lan HTTNV, co sang kien dc co so cong nhan. phong bao chi anh"
        " Hung du con chi Lan k du, dung k a",
        ["Không."],
    ),
    (
        "F2",
        "toi la hieu truong truong THCS thuoc xa. truong co 40 giao vien, 25 nguoi dat LDTT, 1"
        " nguoi CSTDCS, tat ca deu hoan thanh nhiem vu. toi dinh de nghi TTLDXS, co du k hay chi"
        " du TTLDTT",
        ["Không.", "70%"],
    ),
    (
        "F2",
        "truong thon e day. thon nam nay co 2 ho: ong Ba lao xuong song cuu 2 chau be hoi thang 8,"
        " ba Tu chap hanh tot moi mat ca nam. e nen de nghi khen dot xuat cho nha nao, GDVH cho"
        " nha nao",
        ["đột xuất", "Gia đình văn hóa"],
    ),
    (
        "F2",
        "anh Son cong chuc xa 3 nam 2023 2024 2025 deu CSTDCS, sang kien chi cap co so. chi Thu"
        " cung 3 nam CSTDCS va co sang kien dc tinh cong nhan co pham vi anh huong trong tinh."
        " phong noi ca 2 deu du de nghi CSTD tinh, dung k",
        ["Không."],
    ),
    (
        "F2",
        "e lam thong ke xa, dang lap bao cao thi dua. nam 2026 xa e de nghi danh hieu xa tieu"
        " bieu, con 3 thon de nghi thon van hoa. 2 loai nay ai quyet dinh, tien thuong moi loai bn",
        ["tỉnh", "5.060.000", "3.800.000"],
    ),
    (
        "F2",
        "toi dang phan van: anh Duc cong chuc dia chinh nam nay HTXSNV nhung bi khien trach hoi"
        " thang 4; anh Phu HTTNV, k vi pham gi. toi ky LDTT cho anh Phu chu k phai anh Duc thi"
        " dung k",
        ["Có."],
    ),
    (
        "F2",
        "anh Khoa lam hop dong o UBND xa tu thang 8/2026, lam rat tot; chi Yen la cong chuc tu"
        " 2020, HTTNV. cuoi nam 2026 xet LDTT thi ca 2 deu dc dung k",
        ["Không.", "6 tháng"],
    ),
    (
        "F2",
        "co 2 thon xin khen: thon 1 to chuc tot thang cao diem ve sinh moi truong do xa phat dong,"
        " thon 2 cuu ho sat lo dat bat ngo dem mua lu. thu tuc khen 2 thon nay khac nhau gi",
        ["thủ tục đơn giản"],
    ),
    (
        "F2",
        "Tôi là phó chủ tịch phụ trách văn hóa - xã hội. Trường mầm non xã đề nghị cùng lúc danh"
        " hiệu Tập thể lao động tiên tiến và giấy khen tập thể cho trường vì cùng một thành tích"
        " năm học. Tôi ký cả hai được không?",
        ["Không."],
    ),
    (
        "new",
        "xa e co 2 nguoi: chi Thao HTXSNV va dat LDTT, anh Quang HTTNV va co de tai khoa hoc da"
        " nghiem thu. phong bao chi chi Thao du CSTDCS, anh Quang thi k, dung k",
        ["Không.", "nghiệm thu"],
    ),
    (
        "new",
        "to dan pho 1 co 60% ho GDVH, to 2 tu chuc tot dot cao diem phong chay do phuong phat"
        " dong. e dinh de nghi khen dot xuat cho to 2, vay dung thu tuc k",
        ["Không.", "chuyên đề"],
    ),
    (
        "new",
        "phong van hoa xa 10 nguoi, 8 LDTT, 1 CSTDCS, tat ca hoan thanh nhiem vu; phong kinh te 10"
        " nguoi, 5 LDTT. phong nao du TTLDTT, phong nao len dc TTLDXS",
        ["50%", "70%"],
    ),
    # F4: two amounts, or two things, weighed: each side's decisive fact
    (
        "F4",
        "CSTD toan quoc thuong 4,5 lan luong co so, CSTD tinh 3 lan, vay nam nay chenh nhau the"
        " nao",
        ["11.390.000", "7.590.000"],
    ),
    (
        "F4",
        "GK tap the ky truoc 1/7/2026 voi sau 1/7/2026 tien thuong moi cai bn",
        ["1.410.000", "1.520.000"],
    ),
    (
        "F4",
        "luong co so tang tu 1/7/2026 thi QD CSTDCS ky thang 6 co dc truy linh phan chenh lech k",
        ["2.340.000"],
    ),
    (
        "F4",
        "GDVH voi thon van hoa khac nhau gi, ai cong nhan moi cai",
        ["hộ gia đình"],
    ),
    (
        "F4",
        "truoc day tien thuong CSTDCS lay tu quy thi dua huyen, gio van lay quy huyen dung k",
        ["Quỹ thi đua"],
    ),
    (
        "new",
        "TTLDTT ky thang 5/2026 voi ky thang 9/2026 tien thuong moi cai bn",
        ["1.880.000", "2.030.000"],
    ),
    (
        "new",
        "co thi dua tinh 8 lan, TTLDXS 1,5 lan luong co so, nam nay moi cai bao nhieu tien",
        ["20.240.000", "3.800.000"],
    ),
    (
        "new",
        "GK ho gia dinh voi GK tap the thon, ai ky va moi cai thuong bn",
        ["760.000", "1.520.000"],
    ),
    # controls: nearby questions already right
    ("ctl", "tien thuong CSTD toan quoc bao nhieu", ["11.390.000"]),
    ("ctl", "CSTD tinh can nhung tieu chuan gi", ["sáng kiến"]),
    ("ctl", "CSTD tinh thuong bao nhieu", ["7.590.000"]),
    ("ctl", "GK tap the thuong bao nhieu", ["1.520.000"]),
]


#: the cases not fixed in this task's time, by their first words, with why
_NOT_YET = {
    "e lam van phong xa. phong e co 2 nguoi": "two candidates judged each: the verdict of the"
    " pair's claim lives in the verdict stages (task f189a's ground)",
    "toi la hieu truong truong THCS": "TTLĐXS's 70 % rule against the count told: not read yet",
    "truong thon e day. thon nam nay co 2 ho": "two households, two awards: the letter is declined",
    "anh Son cong chuc xa 3 nam": "two candidates, one lacking the phạm vi trong tỉnh: not split",
    "toi dang phan van: anh Duc": "two candidates, one disciplined: the verdict judges the bar",
    "anh Khoa lam hop dong": "two candidates, one under 6 months: answered as several titles",
    "co 2 thon xin khen": "two procedures (chuyên đề vs đột xuất) weighed: one procedure only",
    "Tôi là phó chủ tịch phụ trách": "one achievement, two forms (Điều 5 khoản 2c): not read",
    "xa e co 2 nguoi: chi Thao": "two candidates judged each: the verdict stages decide",
}


@pytest.mark.parametrize(("family", "question", "keys"), family_cases(CASES, _NOT_YET))
def test_both_sides_answered(
    officer_kb: KnowledgeBase, family: str, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
