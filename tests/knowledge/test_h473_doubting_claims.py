"""Task h473: b173 families A–C, the doubting asker's claim judged as stated (issue 11).

The negative / doubting voice puts a claim up with a tag of surprise, and the verdict judges the
proposition as the asker states it, its negation included ("Có." = what the message asserts is
right, "Không." = it is wrong):

A. a negative claim closed by "à / ư / hả / đâu (nhỉ) / thật sao" or opened by "chẳng lẽ / lẽ
   nào … à": "hồ sơ LĐTT k cần biên bản bình xét đâu nhỉ" is wrong (Luật 2022 Điều 84 khoản 1),
   "TTLĐXS chủ tịch xã k ký dc à, phải lên tỉnh?" is right (Luật 2022 Điều 27, 79);
B. the asker's own closing claim after a saying told first: "ai bảo X, Y", "… vậy là sai rồi à,
   (lẽ ra) Y?", "… k phải Y sao?";
C. a "k" only in the contrast set aside ("… chứ k chỉ có tiền", "… chứ k phải làm tròn xuống
   à") or in a condition ("k có sáng kiến nhưng hoàn thành xuất sắc … thì vẫn đủ đk").

Controls: "chẳng lẽ X sao" keeps b71's reading on X's positive core; "không phải X à" (isn't it
X), "k … thì k được xét" where the rule itself bars, plain "có … k ạ" asks.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask
from tests.knowledge.officer_eval import has_fact, leading_verdicts

#: (question, first verdict, facts the answer must hold)
A_NEGATED = [
    # b173
    (
        "chang le nguoi lam hop dong o UBND xa thi k dc binh LDTT a, vo ly vay",
        "Không",
        ["người lao động"],
    ),
    ("de tai khoa hoc da nghiem thu thi k tinh de xet CSTDCS dau nhi", "Không", ["nghiệm thu"]),
    ("TTLDXS chu tich xa k ky dc a, phai len tinh?", "Có", ["Chủ tịch UBND tỉnh"]),
    (
        "Từ khi bỏ cấp huyện, Chủ tịch UBND xã không được tặng Chiến sĩ thi đua cơ sở ư?",
        "Không",
        ["Chủ tịch UBND xã"],
    ),
    ("ho so LDTT k can bien ban binh xet dau nhi", "Không", ["biên bản"]),
    (
        "dung cam bat trom thi chu tich xa k khen dot xuat dc a, phai tinh khen?",
        "Không",
        ["Chủ tịch UBND"],
    ),
    ("dang ky thi dua k con la can cu xet danh hieu theo luat 2022 nua chu nhi", "Có", ["căn cứ"]),
    (
        "chao ad, e la cong chuc van hoa xa moi sap nhap. truoc day thon van hoa do chu tich huyen"
        " ky quyet dinh. nam nay e trinh len chu tich xa thi anh pho phong bao xa k co tham quyen,"
        " phai cho tinh. chang le bo huyen roi thi xa k dc ky thon van hoa a?",
        "Không",
        ["Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "xa e co anh B can bo dia chinh hoan thanh xuat sac nhiem vu ca nam, dat LDTT, nhung k co"
        " sang kien hay de tai gi. hoi dong bao k co sang kien thi k de nghi CSTDCS duoc. vo ly"
        " vay, k co sang kien thi k dc that sao? neu dc thi thuong bao nhieu?",
        "Không",
        ["hoàn thành xuất sắc nhiệm vụ", "2.530.000"],
    ),
    (
        "Tôi là trưởng thôn. Năm nay thôn tôi họp bình xét gia đình văn hóa xong, có ý kiến nói"
        " danh sách không cần niêm yết vì đã họp dân rồi. Không niêm yết lấy ý kiến thì cũng chẳng"
        " sao đâu nhỉ?",
        "Không",
        ["10 ngày"],
    ),
    # the writer's new wordings
    ("chang le giay khen ho gia dinh k dc tien thuong a", "Không", ["760.000"]),
    (
        "TTLDTT cua truong mam non k phai do chu tich xa quyet dinh dau nhi, phai len tinh a",
        "Không",
        ["Chủ tịch UBND"],
    ),
    # ours: other titles, marks or none, "ư", "thật à", "lẽ nào", "k … đâu nhỉ"
    ("chang le CSTDCS k dc tien thuong a", "Không", ["2.530.000"]),
    ("chang le TTLDTT k dc thuong tien a", "Không", ["0,8"]),
    ("CSTDCS k can dat LDTT dau nhi", "Không", ["Lao động tiên tiến"]),
    ("LDTT k can bao cao thanh tich dau nhi", "Không", ["báo cáo thành tích"]),
    ("ho so CSTDCS k can bao cao thanh tich dau nhi", "Không", ["báo cáo thành tích"]),
    ("Gia đình văn hóa không cần họp bình xét ở thôn ư?", "Không", ["bình xét"]),
    ("Lao động tiên tiến không cần có sáng kiến ư?", "Có", ["sáng kiến"]),
    ("nghi thai san 6 thang thi k dc xet LDTT ư?", "Không", ["thai sản"]),
    ("k le nao nguoi lam hop dong k dc xet LDTT a", "Không", ["người lao động"]),
    ("le nao chu tich xa k dc ky giay khen a", "Không", ["Chủ tịch UBND xã"]),
    ("giay khen ca nhan k co tien thuong that a", "Không", ["760.000"]),
    ("chang le GDVH k can binh xet o thon a", "Không", ["bình xét"]),
    ("chu tich xa k con quyen cong nhan GDVH nua that a", "Không", ["Chủ tịch UBND xã"]),
    ("LDTT k can sang kien dau nhi", "Có", ["sáng kiến"]),
    # the xã's act denied on a province title: right
    ("chu tich xa k dc ky bang khen tinh a, phai trinh tinh?", "Có", ["Chủ tịch UBND tỉnh"]),
    ("chu tich xa k ky dc CSTD tinh a, phai trinh tinh?", "Có", ["Chủ tịch UBND tỉnh"]),
    ("chu tich xa k ky dc TTLDXS, dung k", "Có", ["Chủ tịch UBND tỉnh"]),
]

B_OWN_CLAIM = [
    # b173
    (
        "ai bao LDTT cua xa do chu tich UBND xa ky, chang phai van la chu tich huyen ky sao",
        "Không",
        ["Chủ tịch UBND xã"],
    ),
    (
        "ai bao CSTDCS van phai trinh huyen, gio chu tich xa ky roi chu",
        "Có",
        ["Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "xa e o tinh mien nui. ke toan bao quy thi dua khen thuong cua xa chi dc trich toi da 1%"
        " chi ngan sach thuong xuyen nhu moi noi, k hon dc. vay la sai roi a, mien nui le ra phai"
        " dc cao hon chu?",
        "Có",
        ["1,5%"],
    ),
    (
        "bo phan mot cua cua xa co 10 nguoi, nam nay chi 4 nguoi dat LDTT. to truong bao van de"
        " nghi TTLDTT dc vi ca bo phan hoan thanh tot nhiem vu. k phai TTLDTT can tren 50% dat"
        " LDTT sao?",
        "Có",
        ["50 %"],
    ),
    # the writer's new wordings
    (
        "phong van hoa bao TTLDTT chi can 1/3 so nguoi dat LDTT. vay la sai roi a, le ra phai tren"
        " 50% chu?",
        "Có",
        ["50 %"],
    ),
    (
        "ai bao GDVH do truong thon cong nhan, chu tich UBND xa moi ky quyet dinh chu",
        "Có",
        ["Chủ tịch UBND"],
    ),
    # ours
    (
        "ai bao TTLDTT van do huyen tang, bo huyen roi thi chu tich xa quyet chu",
        "Có",
        ["Chủ tịch UBND"],
    ),
    ("ai bao thon van hoa phai trinh tinh, chu tich xa cong nhan chu", "Có", ["Chủ tịch UBND"]),
    (
        "ai bao GDVH do chu tich xa cong nhan, chang phai truong thon cong nhan sao",
        "Không",
        ["Chủ tịch UBND"],
    ),
    (
        "ke toan bao LDTT chi thuong 0,2 lan luong co so. vay la sai roi a, le ra phai 0,3 lan"
        " chu?",
        "Có",
        ["0,3"],
    ),
    (
        "co nguoi bao CSTD tinh chi can 2 lan CSTDCS. vay la sai roi a, le ra phai 3 lan lien tuc"
        " chu?",
        "Có",
        ["03 lần"],
    ),
    (
        "van phong bao TTLDXS chu tich xa ky. k phai TTLDXS do chu tich tinh quyet dinh sao?",
        "Có",
        ["Chủ tịch UBND tỉnh"],
    ),
    (
        "pho chu tich UBND xa bao ong lam chu tich hoi dong, chu tich UBND chi lam thanh vien. vay"
        " la sai roi a, k phai chu tich hoi dong phai la chu tich UBND xa sao?",
        "Có",
        ["Chủ tịch UBND xã"],
    ),
]

C_CONTRAST = [
    # b173
    (
        "k co sang kien nhung hoan thanh xuat sac nhiem vu thi van du dk CSTDCS chu nhi",
        "Có",
        ["hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "CSTDCS dc tang bang chung nhan va khung, chu k chi co tien dung k",
        "Có",
        ["Bằng chứng nhận"],
    ),
    ("tien thuong lam tron len hang chuc nghin chu k phai lam tron xuong a", "Có", ["10.000"]),
    # the writer's new wordings
    (
        "da dat LDTT, k co de tai nhung co sang kien dc co so cong nhan thi van du dk CSTDCS"
        " chu nhi",
        "Có",
        ["sáng kiến"],
    ),
    (
        "thon van hoa dc bang chung nhan va khung chu k chi co tien thuong dung k",
        "Có",
        ["Bằng chứng nhận"],
    ),
    (
        "tien thuong tinh theo luong co so ngay ky quyet dinh chu k phai ngay nop ho so a",
        "Có",
        ["quyết định"],
    ),
    # ours
    (
        "tien thuong CSTDCS tinh theo luong co so ngay ky quyet dinh chu k phai ngay chi tien a",
        "Có",
        ["quyết định"],
    ),
    ("TTLDXS dc bang chung nhan va khung chu k chi co tien dung k", "Có", ["Bằng chứng nhận"]),
]

#: near wordings whose answer must not change
CONTROLS = [
    ("nguoi bi ky luat khien trach thi k dc xet LDTT dung k", "Có", ["khiển trách"]),
    ("nguoi bi ky luat khien trach thi k dc xet LDTT a", "Có", ["khiển trách"]),
    ("nguoi moi tuyen dung 3 thang thi k dc xet LDTT a", "Có", ["6 tháng"]),
    ("nguoi moi tuyen dung 3 thang co dc xet LDTT k a", "Không", ["6 tháng"]),
    ("chu tich xa co dc ky bang khen tinh k", "Không", ["Chủ tịch UBND tỉnh"]),
    ("ho so LDTT co can bien ban binh xet k a", "Có", ["biên bản"]),
    ("CSTDCS co dc thuong tien k a", "Có", ["2.530.000"]),
    ("LDTT k can sang kien dung k", "Có", ["sáng kiến"]),
    # b71's "chẳng lẽ X sao": read on X's positive core
    ("chang le hoan thanh tot nhiem vu ma k dc xet LDTT sao", "Có", ["hoàn thành tốt nhiệm vụ"]),
    ("chang le chu tich xa k dc ky CSTD tinh sao", "Không", ["Chủ tịch UBND tỉnh"]),
    ("chang le chu tich xa k dc ky bang khen tinh sao", "Không", ["Chủ tịch UBND tỉnh"]),
    ("chang le dung cam cuu nguoi duoi lu ma k khen dot xuat dc sao", "Có", ["đột xuất"]),
    # a bare one-clause "X k … à" keeps the tuning keys' (yesno_tuning2) positive reading
    ("chu tich xa k dc cong nhan thon van hoa nua a", "Có", ["Chủ tịch UBND xã"]),
    ("chu tich xa k dc ky giay khen cho ho gia dinh a", "Có", ["Chủ tịch UBND xã"]),
    ("Người làm hợp đồng không được xét Lao động tiên tiến à?", "Có", ["người lao động"]),
    ("nong dan k dc xet LDTT a", "Có", ["nông dân"]),
    ("bang khen tinh xa k tu ky dc a", "Không", ["Chủ tịch UBND tỉnh"]),
    # "không phải X à": isn't it X
    ("khong phai LDTT thuong 1 lan luong co so a?", "Không", ["0,3"]),
    ("nghe noi chu tich xa ky dc TTLDXS dung k", "Không", ["Chủ tịch UBND tỉnh"]),
    ("TTLDXS chu tich xa ky dc dung k", "Không", ["Chủ tịch UBND tỉnh"]),
    (
        "Chủ tịch UBND xã có được ký giấy khen cho hộ gia đình không hay phải đề nghị lên tỉnh ạ",
        "Có",
        ["Chủ tịch UBND"],
    ),
]

CASES = [
    pytest.param(q, v, facts, id=f"{family}-{i}")
    for family, cases in {
        "A": A_NEGATED,
        "B": B_OWN_CLAIM,
        "C": C_CONTRAST,
        "control": CONTROLS,
    }.items()
    for i, (q, v, facts) in enumerate(cases)
]


@pytest.mark.parametrize(("question", "verdict", "facts"), CASES)
def test_reading(officer_kb: KnowledgeBase, question: str, verdict: str, facts: list[str]) -> None:
    text = ask(officer_kb, question)
    assert leading_verdicts(text)[:1] == [verdict], text
    missing = [f for f in facts if not has_fact(text, f)]
    assert not missing, (missing, text)
