# ruff: noqa: E501
"""Task f180b: tuning set b180's misses where the wrong part is judged (families 3, 4, 5, 7, 8 of
its diagnosis; families 1, 2, 6 are fixer f180a's, the ambiguous item 9 is not fitted).

3. hearsay letters ("vậy là đúng à?", "nói sai rồi à?"): the verdict judges what the quoted
   person said (giấy khen cá nhân 0,3 / tập thể 0,6 lần lương cơ sở, NĐ 152/2025 Điều 50;
   người mới tuyển dụng dưới 6 tháng, thai sản, domain.md §2.2; Luật 2022 Điều 23, 75, 84);
4. long letters: the subject and attribute come from the closing ask and the reported claim,
   not from a side detail of the story (Luật 2022 Điều 5, 7, 22, 23, 24; domain.md §2.2);
5. a question naming huyện / quận: the reform note (01/7/2025) stays, but the verdict on the
   claim and the part asked come with it (NĐ 129/2025 Điều 59; domain.md §1.2, §1.3);
7. compound: every part answered and the verdict judges the first ask;
8. one word read as another subject ("chủ hộ" is a person, Luật 2022 Điều 24 khoản 3; a
   giấy khen of 710 nghìn is the cá nhân amount).

Each family holds the set's own questions, the diagnosis's new wordings and ours; the controls
are near questions whose answers must not change. Assertions read what the officer sees, folded
as the scorer folds (``ask_keyed``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: a case of these families not reached by this task (a miss at its start too): the GĐVH
#: deadline told against a later step, a dossier act judged, "k ai ký à" / "ai bảo …" / a
#: province-sent stand-in, a compound part dropped (fixer f48l reached the bare money claim, the
#: TTLĐXS letter, the opening ask before a saying, "hồi tháng 3" read as an association and
#: "chủ hộ" beside "hộ nông dân")
_NOT_REACHED = pytest.mark.xfail(reason="not reached by task f180b", strict=False)

#: 3. the hearsay letter's report judged
HEARSAY = [
    # b180's own
    (
        "anh e la can bo dia chinh xa, nam 2025 dat LDTT, nam 2026 duoc danh gia hoan thanh xuat sac nhiem vu nhung k co sang kien hay de tai nao. pho chu tich bao k co sang kien thi lam gi co chuyen de nghi CSTDCS. vay la pho chu tich noi dung a? neu dc thi thuong bn",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "2.530.000"],
    ),
    (
        "Tổ dân phố số 5 phường tôi được Chủ tịch UBND phường tặng giấy khen tập thể, quyết định ký ngày 10/9/2026. Tổ trưởng bảo tiền thưởng tập thể gấp đôi cá nhân, tức 0,6 lần lương cơ sở, chứ không phải 0,3 như cá nhân. Tổ trưởng nói vậy là đúng chứ ạ?",
        ["Có.", "1.520.000"],
    ),
    (
        "nha toi hien dat lam duong lien thon 300m2. truong thon bao chi can bo moi dc giay khen, nguoi dan hien dat thi cam on bang loa thoi. vo ly vay. vay la truong thon noi sai roi a?",
        ["Có."],
    ),
    (
        "Em là giáo viên, năm học vừa rồi được giấy khen của chủ tịch xã, quyết định ký 15/8/2026. Kế toán trường bảo giấy khen không có tiền, chỉ có tờ giấy thôi. Vậy là kế toán nói sai rồi à?",
        ["Có.", "760.000"],
    ),
    pytest.param(
        "ong bi thu chi bo thon e bao giay khen chu tich xa nam nay thuong 500 nghin cho ca nhan. so do dung k",
        ["Không.", "760.000"],
    ),
    pytest.param(
        "toi la truong thon Ha, nam nay thon binh GDVH xong ngay 20/11, niem yet 10 ngay roi moi gui xa. can bo van hoa xa bao qua han 25/11 roi, nam nay thon k co ai GDVH. vo ly vay, vay la dung a?",
        ["Không.", "25/11"],
        marks=_NOT_REACHED,
    ),
    pytest.param(
        "e la cong chuc VH-XH moi nhan viec TDKT. truong thon gui ho so giay khen ho gia dinh, thieu bao cao thanh tich, chi co to trinh. chi pho phong bao cu trinh chu tich ky roi bo sung sau. nhu vay la sai quy trinh roi phai k?",
        ["Có.", "báo cáo thành tích"],
        marks=_NOT_REACHED,
    ),
    (
        "Em mới về trường được 4 tháng, hiệu trưởng vẫn đưa em vào danh sách Lao động tiên tiến. Như vậy là hiệu trưởng làm sai rồi phải không ạ?",
        ["Có.", "6 tháng"],
    ),
    (
        "co giao mam non truong e nghi sinh tu thang 1 den thang 7/2026, quay lai day tot, danh gia hoan thanh tot nhiem vu. ke toan truong bao nghi qua nua nam thi k dc xet LDTT. vay la sai roi a?",
        ["Có.", "thai sản"],
    ),
    # the diagnosis's new wordings
    (
        "chi van phong bao giay khen ca nhan quyet dinh thang 9/2026 dc 760 nghin. chi ay noi dung chu a?",
        ["Có.", "760.000"],
    ),
    (
        "thay hieu truong bao co nghi thai san 5 thang thi nam nay k dc xet LDTT. vay la thay noi sai roi a?",
        ["Có.", "thai sản"],
    ),
    (
        "truong thon bao thon van hoa gio do chu tich xa cong nhan, k con trinh len huyen nhu truoc. truong thon noi dung ha?",
        ["Có.", "Chủ tịch UBND", "1/7/2025"],
    ),
    # ours
    (
        "chu tich hoi phu nu bao giay khen chu tich xa cho ca nhan nam nay dc 300 nghin. chi ay noi vay dung k",
        ["Không.", "760.000"],
    ),
    (
        "ke toan xa bao giay khen tap the cua chu tich xa k co tien thuong, chi co giay. vay la ke toan noi sai roi a?",
        ["Có.", "1.520.000"],
    ),
    (
        "Trưởng thôn bảo người dân hiến đất thì không được giấy khen của Chủ tịch xã, chỉ cán bộ mới được. Trưởng thôn nói sai rồi phải không?",
        ["Có."],
    ),
]

#: 4. the long letter's closing ask, not its side detail
LONG_LETTERS = [
    # b180's own
    (
        "em lam hop dong o bo phan mot cua cua xa tu 2022, nam nao cung duoc danh gia hoan thanh tot nhiem vu, k bi ky luat gi. nam nay chi van phong bao nguoi hop dong k nam trong bien che nen k dua vao danh sach LDTT, chi cong chuc moi dc. vay la dung luat a?",
        ["Không.", "người lao động"],
    ),
    (
        "e di boi duong chuyen mon 8 thang o tinh, ket qua loai kha, ve xa lam tiep. truong phong bao di hoc gan ca nam thi nam nay mat LDTT. vay la mat that roi u",
        ["Không.", "khá"],
    ),
    (
        "CSTDCS thi Hoi dong TDKT xa bo phieu xong la xong, k can ai ky quyet dinh chu nhi",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "sang kien de xet CSTDCS thi phai dc co so cong nhan chu k phai tinh cong nhan, dung k, con CSTDCS ai ky",
        ["Có.", "cơ sở công nhận", "Chủ tịch UBND"],
    ),
    (
        "e la cong chuc tu phap xa, 2024 va 2025 deu CSTDCS, nam 2026 hoan thanh xuat sac nhiem vu. e dang phan dau CSTD tinh. pho chu tich bao CSTDCS 2 nam lien roi thi nam nay phai nhuong nguoi khac. vay la luat cam dc 3 nam lien ha?",
        ["Không.", "3 lần"],
    ),
    (
        "em la can bo doan xa. thang 10/2026 ca doi thanh nien tinh nguyen cuu tro lu suot 2 tuan, xa lam giay khen dot xuat tap the. pho chu tich bao dot xuat chi khen ca nhan, tap the phai doi tong ket nam. chang le the?",
        ["Không.", "1.520.000"],
    ),
    (
        "e la hieu truong. thang 3/2026 truong nop ban dang ky thi dua muon 1 tuan. phong VH-XH xa bao luat TDKT 2022 quy dinh nop muon la ca truong mat TTLDTT. luat noi the that ha?",
        ["Không.", "Điều 7"],
    ),
    (
        "e duoc tuyen dung cong chuc xa tu 1/4/2026, den thang 12 la 8 thang, lam viec hoan thanh tot nhiem vu. chi to chuc bao nguoi moi vao trong nam thi phai doi nam sau moi binh. vay la dung luat a?",
        ["Không.", "6 tháng"],
    ),
    (
        "e bi khien trach nam 2025, sang nam 2026 het thoi han ky luat, lam tot. chang le van bi cam xet LDTT nam 2026",
        ["Không.", "khiển trách"],
    ),
    # the diagnosis's new wordings
    (
        "e la giao vien mam non xa, 2024 va 2025 deu LDTT, nam hoc 2025-2026 hoan thanh tot nhiem vu. to truong bao da 2 nam LDTT roi thi nam nay phai nhuong nguoi khac. chang le LDTT bi gioi han so nam lien tiep?",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "anh Son can bo van phong xa bi khien trach thang 11/2025, ca nam 2026 lam tot, hoan thanh tot nhiem vu. chi to chuc bao ky luat nam truoc van tinh nen 2026 k xet LDTT. vay ha",
        ["Không.", "khiển trách"],
    ),
    (
        "e la cong chuc xa, di hoc lop boi duong 6 thang tu thang 3 den thang 8/2026, ket qua loai gioi. truong phong bao di hoc qua 3 thang thi k binh LDTT. dung that a?",
        ["Không.", "khá"],
    ),
    # ours
    (
        "toi lam hop dong lao dong o tram y te xa 3 nam, nam nao cung hoan thanh tot nhiem vu. truong tram bao hop dong k duoc xet LDTT. vay la dung a?",
        ["Không.", "người lao động"],
    ),
    (
        "e vao lam cong chuc van phong xa tu thang 3/2026, den thang 12 la 10 thang, hoan thanh tot nhiem vu. truong phong bao nguoi moi thi nam sau moi binh. vay la dung a?",
        ["Không.", "6 tháng"],
    ),
    (
        "CSTDCS thi chi can hoi dong thi dua xa bo phieu la xong, k can chu tich xa ky quyet dinh dung k",
        ["Không.", "Chủ tịch UBND"],
    ),
]

#: 5. a question naming huyện / quận: the reform note, then the verdict's part
REFORM = [
    # b180's own
    pytest.param(
        "CSTDCS thi k ai ky a? tu khi bo huyen xa minh gui len dau",
        ["Không.", "Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "CSTDCS truoc la chu tich UBND huyen ky, gio chang le xa tu ky dc sao, thuong bn",
        ["Có.", "Chủ tịch UBND", "2.530.000"],
    ),
    (
        "ho so khen tinh k phai van qua phong noi vu huyen truoc roi moi len so a",
        ["Không.", "Sở Nội vụ", "1/7/2025"],
    ),
    pytest.param(
        "ai bao Hoi dong TDKT huyen van hop xet khen cho xa? bo cap huyen tu bao gio roi",
        ["Không.", "1/7/2025"],
    ),
    pytest.param(
        "toi lam van phong o xa moi sap nhap tu 3 xa cua huyen cu. truoc day TTLDTT cua truong mam non do chu tich huyen ky, nam nay pho chu tich xa bao van phai doi tinh cu nguoi ve giai quyet thay huyen. vay la dung a?",
        ["Không.", "Chủ tịch UBND"],
        marks=_NOT_REACHED,
    ),
    (
        "em la cong chuc phuong, truoc thuoc quan Hai Chau. phuong dinh trinh tap the to dan pho van hoa len UBND quan nhu moi nam, chi pho phong bao quan van con lam TDKT den het nam 2026. chang le the that?",
        ["Không.", "1/7/2025"],
    ),
    (
        "toi la truong thon Tan Lap. thang 11/2026 thon gui bao cao thanh tich de nghi thon van hoa. can bo xa bao phai doi huyen cu cho y kien vi truoc la chu tich huyen ky. vay la dung a?",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "xa e vua sap nhap, chua kien toan Hoi dong TDKT moi. pho chu tich bao cu lay Hoi dong TDKT huyen cu xet cho nhanh. vay la dung a?",
        ["Không.", "1/7/2025"],
    ),
    # the diagnosis's new wordings
    (
        "chang le Chu tich UBND huyen van ky LDTT cho cong chuc xa nam 2026?",
        ["Không.", "Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "phong noi vu huyen cu k con tham dinh ho so thi dua cua xa nua, dung k",
        ["Có.", "1/7/2025"],
    ),
    (
        "truoc huyen ky giay khen cho truong tieu hoc xa, gio chu tich xa ky dc roi chu nhi, tap the thuong bn",
        ["Có.", "Chủ tịch UBND", "1.520.000"],
    ),
    # ours
    (
        "LDTT truoc la chu tich huyen ky, gio chang le chu tich xa tu ky dc sao",
        ["Có.", "Chủ tịch UBND", "1/7/2025"],
    ),
    (
        "ho so CSTD tinh van phai nop phong noi vu huyen truoc a",
        ["Không.", "Sở Nội vụ", "1/7/2025"],
    ),
    (
        "can bo xa bao GDVH nam nay van phai cho huyen cong nhan. vay la dung a?",
        ["Không.", "Chủ tịch UBND"],
    ),
]

#: 7. compound: the verdict part and the other part both answered
COMPOUND = [
    # b180's own
    pytest.param(
        "LDTT thi k duoc thuong dong nao a? ke toan xa bao chi co ten trong quyet dinh thoi. ma ai ky quyet dinh do",
        ["Không.", "760.000", "Chủ tịch UBND"],
    ),
    pytest.param(
        "em la van thu truong tieu hoc xa. nam hoc 2025-2026 truong dat 80% LDTT, co 2 CSTDCS, hieu truong muon de nghi TTLDXS. chi van phong UBND xa bao TTLDXS gio thuoc tham quyen chu tich xa nen nop xa la xong, k phai len tinh. vay la dung a? tien thuong TTLDXS la bn",
        ["Không.", "Chủ tịch UBND tỉnh", "3.800.000"],
    ),
    # the diagnosis's new wordings
    (
        "TTLDXS thi xa tu ky dc chu nhi, tien thuong bn",
        ["Không.", "Chủ tịch UBND tỉnh", "3.800.000"],
    ),
    ("LDTT chang le k co tien thuong, ma ai ky quyet dinh", ["Không.", "760.000", "Chủ tịch UBND"]),
    (
        "thon van hoa k duoc tien thuong a, cong khai lay y kien may ngay",
        ["Không.", "3.800.000", "10 ngày"],
    ),
    # ours
    ("TTLDXS chu tich xa ky dc k, thuong bn", ["Không.", "Chủ tịch UBND tỉnh", "3.800.000"]),
    ("CSTDCS k co tien thuong a, ma ai ky", ["Không.", "2.530.000", "Chủ tịch UBND"]),
    pytest.param(
        "ban the thao thon e duoc giay khen tap the chu tich xa, ke toan bao tap the k co tien thuong. vay la dung a? ma ai ky",
        ["Không.", "1.520.000", "Chủ tịch UBND"],
    ),
]

#: 8. one word read as another subject
ONE_WORD = [
    # b180's own
    pytest.param(
        "ho nong dan san xuat gioi thi chu ho van dc xet LDTT theo khoan 3 dieu 24, phai the k, ai ky",
        ["Có.", "Điều 24", "Chủ tịch UBND"],
    ),
    pytest.param(
        "giay khen quyet dinh hoi thang 3/2026 thi tinh theo luong co so 2.340.000, tuc la 710 nghin, phai the k",
        ["Có.", "710.000"],
    ),
    # the diagnosis's new wordings
    (
        "ong chu ho san xuat gioi o thon e thi ca nhan ong ay dc xet LDTT theo khoan 3 dieu 24 chu",
        ["Có.", "Điều 24"],
    ),
    ("giay khen ca nhan quyet dinh thang 2/2026 thi thuong 710 nghin, dung k", ["Có.", "710.000"]),
    (
        "ba em trong ho gia dinh dc giay khen ca nhan cua chu tich xa thang 10/2026 thi thuong bn",
        ["760.000"],
    ),
    # ours
    ("chu ho nong dan lam kinh te gioi co dc xet LDTT k", ["Có.", "Điều 24"]),
    ("giay khen chu tich xa quyet dinh thang 9/2026 la 760 nghin, dung k", ["Có.", "760.000"]),
    ("giấy khen ký tháng 4/2026 thì thưởng 710 nghìn phải không", ["Có.", "710.000"]),
]

#: near questions whose answers must not change
CONTROLS = [
    ("ho gia dinh co dc xet LDTT k", ["Không.", "Gia đình văn hóa"]),
    ("giay khen tap the cua chu tich xa thuong bn", ["1.520.000"]),
    ("giay khen tap the quyet dinh thang 3/2026 thuong 1.410.000 dung k", ["Có.", "1.410.000"]),
    ("nguoi moi tuyen dung 4 thang co dc xet LDTT k", ["Không.", "6 tháng"]),
    ("nghi thai san 6 thang co dc xet LDTT k", ["Có.", "thai sản"]),
    (
        "Chủ tịch UBND huyện không còn, vậy ai ký quyết định Chiến sĩ thi đua cơ sở cho công chức xã, thưởng bao nhiêu",
        ["Chủ tịch UBND", "2.530.000"],
    ),
    (
        "Không phải Gia đình văn hóa vẫn do Chủ tịch UBND huyện công nhận như trước à?",
        ["Không.", "Chủ tịch UBND", "1/7/2025"],
    ),
    ("TTLDXS ho so gui Phong noi vu huyen nhu moi nam a?", ["Không.", "Sở Nội vụ", "1/7/2025"]),
    ("tien thuong TTLDXS la bn", ["3.800.000"]),
    ("CSTDCS co can sang kien k", ["Không.", "hoàn thành xuất sắc nhiệm vụ"]),
    ("khen dot xuat tap the thuong bn", ["1.520.000"]),
    ("nguoi bi khien trach trong nam co dc xet LDTT k", ["Không.", "khiển trách"]),
    ("nguoi lam hop dong o xa co dc xet LDTT k", ["Có.", "người lao động"]),
]


@pytest.mark.parametrize(("question", "keys"), HEARSAY)
def test_hearsay_report_judged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), LONG_LETTERS)
def test_long_letter_closing_ask(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), REFORM)
def test_reform_note_with_verdict_and_part(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), COMPOUND)
def test_compound_parts_answered(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), ONE_WORD)
def test_one_word_subject(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
