"""Task h417 (tuning set b163, the twin of judge b90's life-events voice): every part of an
officer's letter about a person's year is read as that person's case, not as a neighbouring
rule a side word names. Each family holds the tuning questions of b163 it fixes, the
evaluator's new wordings and at least three of our own; the facts asserted are what the officer
must read (folded match, as the scorer), the verdict the one the first block opens with;
controls are near wordings whose answer must not change.

Legal basis: Luật Thi đua, khen thưởng 2022 Điều 22 khoản 1 điểm a (CSTĐ tỉnh: 03 lần liên tục
CSTĐCS), Điều 23 (CSTĐCS: the LĐTT standard first), Điều 24 khoản 1 (LĐTT: hoàn thành tốt nhiệm
vụ trở lên), Điều 27, 28 (TTLĐXS: 100 % hoàn thành nhiệm vụ, ≥ 70 % LĐTT; TTLĐTT: trên 50 %
LĐTT), Điều 59 khoản 1 (danh hiệu vinh dự nhà nước: tặng hoặc truy tặng), Điều 90 khoản 4 (the
council advises, the head decides); TT 15/2025/TT-BNV (no LĐTT for a discipline from khiển trách
in the year; short courses under a year graded khá or above count with the time at work); NĐ
152/2025 Điều 49 khoản 1, 5, 7 and Điều 50 khoản 1 điểm d (a title and a form at once bring both
prizes, 0,3 × lương cơ sở at the decision's date; 2.530.000 đ from 01/7/2026); Luật Xử lý vi
phạm hành chính 2012 Điều 2 (a fine is no discipline; the province's quy chế may bar it).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_keyed

#: F1: a side word of the review ("danh sách", "bỏ phiếu", "năm học", "tờ trình") does not turn a
#: person's failing case asked against LĐTT into the dossier or the time limit
SIDE_WORD = [
    # b163 tuning
    (
        "gv bi khien trach vi vi pham day them, nam hoc do hieu truong van dua vao danh sach "
        "LDTT dc k",
        ["Không.", "khiển trách"],
    ),
    (
        "y si tram y te xep loai HTNV, tram truong bao van binh LDTT dc neu bo phieu dong y "
        "nhieu, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "cong chuc TDKT: ca nhan xep loai HTNV co dc dua vao danh sach de nghi LDTT de hoi dong "
        "bo phieu k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    # evaluator's new wordings
    (
        "hoi dong bo phieu 100% dong y cho 1 cong chuc bi khien trach thang 6, vay chu tich xa "
        "ky LDTT cho ng do dc k",
        ["Không.", "khiển trách"],
    ),
    (
        "co giao chi dat HTNV nam hoc 2025-2026 ma to van ghi ten vao danh sach LDTT gui len xa, "
        "xa co duyet dc k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "ke toan tram y te bi canh cao nam nay, ho so LDTT cua chi van nop du to trinh va bien "
        "ban binh xet thi co dc xet k",
        ["Không.", "kỷ luật"],
    ),
    # our own
    (
        "Thầy Hùng bị khiển trách hồi tháng 3, năm học này tổ vẫn ghi tên thầy vào danh sách "
        "Lao động tiên tiến, có được không?",
        ["Không.", "khiển trách"],
    ),
    (
        "nv van phong xa chi HTNV, bien ban hop binh xet van ghi LDTT cho ban ay, vay co dc k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "chị kế toán bị khiển trách, tờ trình LĐTT của đơn vị vẫn có tên chị, xã có duyệt được "
        "không",
        ["Không.", "khiển trách"],
    ),
]

#: controls of F1: the dossier or the time limit asked of its own is still answered so
SIDE_WORD_CONTROLS = [
    ("ho so de nghi LDTT gom nhung gi", ["tờ trình", "biên bản"]),
    ("giáo viên xét Lao động tiên tiến theo năm học hay năm dương lịch", ["năm học"]),
    ("bi khien trach thi ho so LDTT gom nhung gi", ["tờ trình"]),
]

#: F2: the life event or the asker's role is not swapped for a neighbouring rule's keyword
NEIGHBOUR_RULE = [
    # b163 tuning
    (
        "toi phu trach thi dua o phuong (truoc la thi tran cua huyen). nam nay co 3 cong chuc di "
        "hoc: 1 nguoi boi duong 3 thang loai gioi, 1 nguoi 5 thang loai trung binh, 1 nguoi di "
        "hoc thac si 2 nam. truoc day cac truong hop nay toi hoi phong noi vu huyen, gio thi tu "
        "xu ly. nguoi hoc 3 thang loai gioi co dc ket hop thoi gian de xet LDTT k",
        ["Có.", "khá", "1/7/2025"],
    ),
    (
        "y si tram y te bi khien trach nam nay, nguoi do co dc tinh vao so nguoi dat LDTT cua "
        "tram de xet TTLDTT k",
        ["Không.", "khiển trách"],
    ),
    (
        "pho chu tich hoi nong dan xa bi xu phat hanh chinh vi vi pham giao thong, nam nay co con "
        "dc LDTT k",
        ["Tùy", "tỉnh"],
    ),
    # evaluator's new wordings
    (
        "e dc cu di 2 lop boi duong lien nhau, 2 thang va 3 thang, deu dat kha, tong 5 thang vang "
        "co quan, nam nay LDTT con xet dc k",
        ["Có.", "khá"],
    ),
    (
        "phong co 8 nguoi, 5 nguoi LDTT, 1 nguoi bi canh cao, nguoi bi canh cao co dc tinh vao ti "
        "le tren 50% de xet TTLDTT k",
        ["Không.", "kỷ luật"],
    ),
    (
        "chu tich hoi cuu chien binh xa (khong chuyen trach) bi phat nguoi vi vuot den do, cuoi "
        "nam con dc LDTT k",
        ["Tùy", "tỉnh"],
    ),
    # our own
    (
        "anh địa chính đi bồi dưỡng 4 tháng xếp loại khá, về đơn vị làm tiếp, cuối năm có được "
        "tính thời gian đó để xét Lao động tiên tiến không",
        ["Có.", "khá"],
    ),
    (
        "truong co 20 gv, 1 co bi khien trach, co ay co dc dem vao so nguoi dat LDTT de truong "
        "xet TTLDTT k",
        ["Không.", "khiển trách"],
    ),
    (
        "chị phó chủ tịch hội phụ nữ xã bị phạt nguội vì vượt đèn đỏ, năm nay chị còn được xét "
        "LĐTT không",
        ["Tùy", "tỉnh"],
    ),
]

#: controls of F2: a new hire's months and a farmer stay their own rules
NEIGHBOUR_CONTROLS = [
    ("e moi tuyen dung 3 thang co dc xet LDTT k", ["Không.", "6 tháng"]),
    ("nong dan trong lua gioi o thon co dc xet LDTT k", ["Có.", "nông dân"]),
    ("hoi nong dan xa co dc tang giay khen k", ["Có.", "tập thể"]),
    ("to co 10 nguoi, 6 nguoi dat LDTT, to co dc xet TTLDTT k", ["Tùy", "50 %"]),
]

#: F3: the asker's own question is answered, not the saying or a neighbouring question
OWN_QUESTION = [
    # b163 tuning
    (
        "e nghi om dieu tri 4 thang, cuoi nam danh gia van hoan thanh tot nhiem vu, ban e bao "
        "LDTT chi xet muc hoan thanh tot nhiem vu tro len, dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "Em làm hợp đồng thủ quỹ ở UBND xã, hợp đồng chấm dứt tháng 12/2026. Tháng 1/2026 em được "
        "Chủ tịch xã ký cùng lúc quyết định LĐTT năm 2025 và giấy khen vì hoàn thành xuất sắc đợt "
        "thu thuế. Kế toán bảo chỉ được nhận một khoản thưởng thôi. Em có được nhận cả hai khoản "
        "không, mỗi khoản bao nhiêu ạ",
        ["Có.", "710.000"],
    ),
    (
        "gv da 2 nam lien CSTDCS, nam nay chi HTNV thi co anh huong chuoi lien tuc de xet CSTD "
        "tinh k",
        ["Có.", "liên tục"],
    ),
    # evaluator's new wordings
    (
        "ke toan bao e dc LDTT va giay khen cung 1 dot thi chi linh tien LDTT thoi, vay e co dc "
        "linh ca tien giay khen k",
        ["Có."],
    ),
    (
        "e CSTDCS 2024 va 2025, nam 2026 bi danh gia HTNV, vay chuoi 3 lan de len CSTD tinh cua "
        "e co bi dut k",
        ["Có.", "liên tục"],
    ),
    (
        "e nghi om 3 thang nhung cuoi nam van xep hoan thanh tot nhiem vu, chi trong phong bao "
        "muc do la dat tieu chuan toi thieu cua LDTT, dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    # our own
    (
        "ke toan bao chi dc nhan 1 khoan thuong thoi, vay e co dc nhan ca 2 khoan LDTT va giay "
        "khen k",
        ["Có.", "cả hai"],
    ),
    (
        "chị ấy đạt CSTĐCS 2 năm liền, năm nay chỉ hoàn thành nhiệm vụ, chuỗi liên tục có bị ảnh "
        "hưởng không",
        ["Có.", "liên tục"],
    ),
    (
        "nghe noi LDTT chi xet cho nguoi hoan thanh tot nhiem vu tro len, dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
]

#: controls of F3: the saying put up with "đúng k" is still judged as a saying
OWN_QUESTION_CONTROLS = [
    (
        "ke toan bao LDTT va giay khen chi dc nhan 1 khoan tien thuong thoi, dung k",
        ["Không.", "Ý kiến đó chưa đúng"],
    ),
    ("nghe noi LDTT chi can hoan thanh nhiem vu la du, dung k", ["Không."]),
]

#: F4: numbers and dates inside a letter are read for what they count or date
LETTER_NUMBERS = [
    # b163 tuning
    (
        "Tôi là hiệu trưởng trường tiểu học của xã. Năm học này trường hoàn thành xuất sắc nhiệm "
        "vụ, có 2 giáo viên đạt CSTĐCS, 30 trên 32 người đạt LĐTT, 2 người còn lại chỉ hoàn thành "
        "nhiệm vụ. Không ai bị kỷ luật. Một phó hiệu trưởng nói chỉ cần có người chỉ hoàn thành "
        "nhiệm vụ là trường mất TTLĐXS. Trường tôi có còn được đề nghị TTLĐXS không, và ai quyết "
        "định?",
        ["Có.", "70%", "tỉnh"],
    ),
    (
        "chao ad, e tot nghiep thang 6/2025, thang 1/2026 e ky hop dong lam nhan vien ky thuat o "
        "trung tam dich vu nong nghiep cua xa. den nay e lam duoc hon 10 thang, duoc danh gia "
        "hoan thanh tot nhiem vu, co tham gia day du phong trao. e muon hoi e co thuoc doi tuong "
        "xet LDTT khong vi e chi la hop dong, va neu dc thi tien thuong la bao nhieu",
        ["Có.", "760.000"],
    ),
    # evaluator's new wordings
    (
        "truong mam non co 25 nguoi, 20 nguoi dat LDTT, 3 nguoi CSTDCS, 5 nguoi con lai HTNV, "
        "truong HTXS nhiem vu, co de nghi TTLDXS dc k",
        ["Có.", "70%"],
    ),
    (
        "e vao lam hop dong tu thang 2/2026, cuoi nam 2026 neu dc LDTT thi thuong bao nhieu",
        ["760.000"],
    ),
    (
        "to co 12 nguoi, 7 nguoi dat LDTT, 5 nguoi chi HTNV, to du ti le xet TTLDTT chua",
        ["Có.", "50%"],
    ),
    # our own
    (
        "tram y te 10 nguoi, 8 tren 10 nguoi dat LDTT, 2 nguoi con lai HTNV, 1 nguoi CSTDCS, tram "
        "HTXS nhiem vu, co de nghi TTLDXS dc k",
        ["Có.", "70%"],
    ),
    (
        "tháng 3/2026 em ký hợp đồng với trạm y tế xã, cuối năm được LĐTT thì thưởng bao nhiêu",
        ["760.000"],
    ),
    (
        "phong 15 nguoi, 9 tren 15 nguoi dat LDTT, co du ti le TTLDTT k",
        ["Có.", "50%"],
    ),
]

#: controls of F4: a decision dated by its signing keeps its base; a share short stays short
LETTER_NUMBERS_CONTROLS = [
    ("QĐ LĐTT ký tháng 1/2026 thì thưởng bao nhiêu", ["710.000"]),
    ("phong 10 nguoi, 4 tren 10 nguoi dat LDTT, co du ti le TTLDTT k", ["Không."]),
]

#: F5: in a long letter the yes/no is read before a reason typed after its tail, each part
#: answered
LONG_LETTER = [
    # evaluator's new wordings
    (
        "e lam hop dong bao ve truong tieu hoc xa duoc 2 nam, nam nay hoan thanh tot nhiem vu, "
        "hieu truong bao hop dong chi dc giay khen. e co thuoc dien xet LDTT k va ai ky",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "hoi dong xa e tranh luan 2 viec: cong chuc HTXS ma k co sang kien co dc CSTDCS k, va so "
        "CSTDCS co bi khong che toi da k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ", "tỉnh"],
    ),
    (
        "vien chuc tram y te lam du ca nam, hoan thanh tot nhiem vu, nhung chi la hop dong lao "
        "dong, vay co dc LDTT k, tien bao nhieu",
        ["Có.", "760.000"],
    ),
    # our own
    (
        "em là nhân viên hợp đồng ở UBND xã, làm đủ năm, hoàn thành tốt nhiệm vụ. Em có thuộc "
        "đối tượng xét LĐTT không vì em không phải công chức, và nếu được thì thưởng bao nhiêu",
        ["Có.", "760.000"],
    ),
    (
        "a lam hop dong o tram y te tu 2024, nam nay HTTNV, a co dc xet LDTT k vi a chi la hop "
        "dong",
        ["Có."],
    ),
    (
        "bác bảo vệ trường là hợp đồng, cả năm hoàn thành tốt nhiệm vụ, có được xét Lao động "
        "tiên tiến không bởi vì bác không có biên chế",
        ["Có."],
    ),
]

#: F6: a state honour put up for one who died, told as a story, may be awarded posthumously
POSTHUMOUS = [
    # b163 tuning
    (
        "co giao mat thang 8/2026 vi benh, truong muon de nghi truy tang Nha giao uu tu cho co, "
        "co dc k",
        ["Có.", "truy tặng"],
    ),
    # evaluator's new wordings
    (
        "thay hieu truong cu mat nam ngoai, truong lam ho so de nghi Nha giao uu tu cho thay sau "
        "khi mat dc k",
        ["Có.", "truy tặng"],
    ),
    (
        "y si tram y te qua doi vi tai nan, co the de nghi danh hieu Thay thuoc nhan dan cho ong "
        "sau khi mat k",
        ["Có.", "truy tặng"],
    ),
    ("nghe noi nguoi da mat thi k con xet Nha giao uu tu nua, dung k", ["Không.", "truy tặng"]),
    # our own
    (
        "bác sĩ trạm trưởng đã qua đời năm 2025, xã muốn đề nghị Thầy thuốc ưu tú cho bác, có "
        "được không",
        ["Có.", "truy tặng"],
    ),
    (
        "thầy giáo đã mất thì không thể đề nghị Nhà giáo ưu tú, đúng không",
        ["Không.", "truy tặng"],
    ),
    (
        "co giao da mat, truong de nghi truy tang Nha giao uu tu duoc k",
        ["Có.", "truy tặng"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), SIDE_WORD + SIDE_WORD_CONTROLS)
def test_side_word_not_attribute(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(officer_kb, question, keys)
    if keys[0] == "Không.":
        # the person's case is answered, not the dossier's papers or the review's time
        assert "Lao động tiên tiến: Hồ sơ" not in text, text
        assert "Lao động tiên tiến: Thời hạn" not in text, text


@pytest.mark.parametrize(("question", "keys"), NEIGHBOUR_RULE + NEIGHBOUR_CONTROLS)
def test_neighbour_rule(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize("question", [q for q, _ in NEIGHBOUR_RULE[:1] + NEIGHBOUR_RULE[3:4]])
def test_course_months_no_new_hire(officer_kb: KnowledgeBase, question: str) -> None:
    """A course's months are no new hire's: the 6-month rule is not put to them."""
    assert "Người mới tuyển dụng dưới 6 tháng" not in ask(officer_kb, question)


@pytest.mark.parametrize(("question", "keys"), OWN_QUESTION + OWN_QUESTION_CONTROLS)
def test_own_question(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(officer_kb, question, keys)
    # never two verdicts in one opening ("Không. Tùy …")
    assert "Không. Tùy" not in text and "Có. Tùy" not in text, text


@pytest.mark.parametrize(("question", "keys"), LETTER_NUMBERS + LETTER_NUMBERS_CONTROLS)
def test_letter_numbers(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    text = ask_keyed(officer_kb, question, keys)
    assert "(2/32" not in text, text


@pytest.mark.parametrize(("question", "keys"), LONG_LETTER)
def test_long_letter(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


#: control of F6 (b53): a saying that the dead cannot be honoured, told after another
#: proposal, is still judged wrong
POSTHUMOUS_CONTROLS = [
    (
        "Xin chào, tôi là chủ tịch hội người cao tuổi xã. Hội muốn đề nghị khen một cụ ông 90 "
        "tuổi có nhiều năm cống hiến cho địa phương. Tôi nghe nói cụ đã mất thì không thể truy "
        "tặng danh hiệu vinh dự nhà nước được nữa. Có đúng không?",
        ["Không."],
    ),
]


@pytest.mark.parametrize(("question", "keys"), POSTHUMOUS + POSTHUMOUS_CONTROLS)
def test_posthumous(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


#: siblings in older tuning sets read by the same rules (b104, b158, b159, b42, b98)
SIBLINGS = [
    (
        "bi ky luat khien trach trong nam co dc dua vao danh sach de nghi LDTT roi de chu tich xa "
        "quyet k",
        ["Không."],
    ),
    (
        "giao vien bi canh cao nhung hieu truong van dua vao danh sach LDTT gui len xa, hoi dong "
        "xa co phai loai ra k",
        ["Có."],
    ),
    (
        "chu tich hoi phu nu xa nam ni chi hoan thanh nhiem vu, k dat muc tot, nghe noi van binh "
        "LDTT dc, dung k",
        ["Không."],
    ),
    (
        "nguoi bi ky luat canh cao trong nam co dc tinh vao ty le LDTT cua tap the k",
        ["Không.", "khiển trách"],
    ),
    (
        "nguoi chi hoan thanh nhiem vu co dc tinh vao ty le tren 50% ca nhan dat LDTT cua TTLDTT k",
        ["Không."],
    ),
]

#: controls of the siblings: who decides asked outright, the rule of the share put up
SIBLING_CONTROLS = [
    ("LDTT do ai quyet dinh", ["Chủ tịch UBND xã"]),
    ("nghe noi TTLDTT can tren 50% ca nhan dat LDTT, dung k", ["Có.", "50 %"]),
    ("nguoi chi HTNV thi k dat LDTT dung k", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), SIBLINGS + SIBLING_CONTROLS)
def test_siblings(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


#: F5 (a part dropped): the first ask of the persons told is answered first, with its own verdict
FIRST_PART = [
    # b163 tuning
    (
        "xa toi nam nay co 9 ca nhan dc de nghi CSTDCS, trong do 6 nguoi co sang kien, 3 nguoi k "
        "co sang kien nhung HTXS nhiem vu. co y kien trong hoi dong bao 3 nguoi k co sang kien "
        "phai loai vi luat moi bat buoc sang kien, lai co y kien bao chi dc chon toi da 15% so "
        "LDTT. xin hoi 3 nguoi do co dc xet k va co gioi han 15% k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ", "tỉnh"],
    ),
    # our own
    (
        "truong e co 4 co de nghi CSTDCS, 2 co k co sang kien nhung HTXS. hieu pho bao CSTDCS "
        "bat buoc sang kien. vay 2 co do co dc xet k",
        ["Có.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "Xã đề nghị 5 người CSTĐCS, 2 người không có sáng kiến nhưng hoàn thành xuất sắc nhiệm "
        "vụ; có ý kiến nói chỉ được chọn tối đa 15% số LĐTT. Vậy 2 người đó có được xét không và "
        "có giới hạn 15% không?",
        ["Có.", "tỉnh"],
    ),
]

#: the disputed key of b163 (kept, not wrong in law): the answer names the asker's "cảnh cáo"
DISCIPLINE_NAMED = [
    (
        "toi la cong chuc phu trach TDKT. trong dot xet cuoi nam 2026 co 3 truong hop: mot cong "
        "chuc bi khien trach thang 2/2026, mot vien chuc bi canh cao thang 10/2026, va mot nguoi "
        "hop dong bi nhac nho mieng. truong phong bao ca 3 deu bi loai khoi LDTT. xin hoi nguoi "
        "bi khien trach co dc xet LDTT k, va nguoi bi canh cao co the de nghi CSTDCS k",
        ["Không.", "khiển trách", "cảnh cáo"],
    ),
    ("nguoi bi canh cao trong nam co dc xet CSTDCS k", ["Không.", "cảnh cáo"]),
]


@pytest.mark.parametrize(("question", "keys"), FIRST_PART + DISCIPLINE_NAMED)
def test_first_part_and_discipline(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)
