"""Task h431: the families of tuning set b170 (the person whose year did not run straight, and
the officer who judges them; diagnosed in /tmp/p23/diag/b170.md), issue 11.

A. a hearsay claim about the prize's base or amount ("tính theo lương cơ sở lúc chuyển đi", "k
   theo ngày ký QĐ", "xã tự quyết định mức, k theo hệ số", "… chuẩn k ad") is judged, not read as
   "how much": the base of the day the decision is signed, coefficient × lương cơ sở (NĐ
   152/2025 Điều 50); "chuẩn k" closing a line is "đúng k", not the criteria cue.
B. a correct negative line ("mới ký HĐ tháng 10/2026, cuối năm chắc chắn k dc LĐTT đúng k")
   is confirmed "Có" (TT 15/2025: dưới 6 tháng; Luật 2022 Điều 24 khoản 1 điểm a).
C. a sick leave told: the line put up is answered, not the leave-counting passage (LĐTT's
   tự lực, đoàn kết… criterion, Điều 24 khoản 1 điểm b; no paper replaces the rating, điểm a).
D. a wound taken in a rescue told in other words (kéo học sinh khỏi lớp sắp sập, vớt người đuối
   nước, bị điện giật): the treatment time counts (TT 15/2025; Luật 2022 Điều 24 khoản 1).
E. the district's reform told beside a criterion: the criterion is answered (HTNV is never
   LĐTT, sáng kiến not required for CSTĐCS, > 50 % for TTLĐTT), with the reform (Luật 2022
   Điều 23, 24, 28, 80 khoản 3; NĐ 129/2025 Điều 59).
F. the asker's stated facts decide the verdict (a course "kết quả k đạt"; CSTĐCS needs no LĐTT
   of an earlier year, Điều 23).
G1. every attribute of a compound (the rating of each title; the đề tài route raised).
G2. the life event's own ask answers first; a missed registration asked in its own clause is
   the province's (Luật 2022 Điều 7).
H. caps, settled policy: a bare cap question opens "Không." with the province's ratio (NĐ
   152/2025 Điều 6 khoản 2 điểm c); the asker's own unit opens "Tùy".
Controls: near wordings whose answers must not change.
"""

# ruff: noqa: E501 (questions are kept verbatim, as the officers typed them)
from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    return officer_kb


#: family A
PRIZE_CLAIMS: list[tuple[str, list[str]]] = [
    (
        "ba do tram y te nghi sinh tu thang 8/2026, cuoi nam dc LDTT thi tien thuong tinh theo luong co so moi 2.530.000 dung k, la bao nhieu",
        ["Có.", "2.530.000", "760.000"],
    ),
    (
        "nghe noi sau sap nhap xa, tien thuong LDTT cua nguoi hop dong do xa tu quyet dinh muc, k theo he so, dung k",
        ["Không.", "0,3"],
    ),
    (
        "nghe noi can bo chuyen cong tac giua nam thi tien thuong LDTT tinh theo luong co so luc chuyen di, dung k",
        ["Không.", "quyết định"],
    ),
    (
        "nghe noi nguoi nghi huu giua nam thi tien thuong tinh theo luong co so thang nghi, k theo ngay ky QD, dung k",
        ["Không.", "quyết định"],
    ),
    (
        "chi thu quy bao tien thuong CSTDCS tinh theo luong co so luc nop ho so chu k phai luc ky QD, dung k",
        ["Không.", "quyết định"],
    ),
    (
        "nghe noi QD LDTT ky thang 12/2026 van tinh luong co so cu 2.340.000, chuan k ad",
        ["Không.", "760.000"],
    ),
    (
        "phong ke toan bao tien giay khen ca nhan cua xa thi xa tu chon muc, k can theo he so 0,3, phai k",
        ["Không.", "0,3"],
    ),
    (
        "kế toán bảo tiền thưởng CSTĐCS của anh ấy tính theo lương cơ sở khi anh ấy nghỉ việc, đúng không",
        ["Không.", "quyết định"],
    ),
    (
        "nghe bao tien thuong LDTT tinh theo luong co so luc bat dau vao lam, chuan ko",
        ["Không.", "quyết định"],
    ),
    ("xa tu dat muc thuong LDTT cho nguoi hop dong, k theo he so, dung k ad", ["Không.", "0,3"]),
    ("QĐ CSTĐCS ký 20/12/2026 vẫn tính lương cơ sở cũ, chuẩn không ạ", ["Không.", "2.530.000"]),
]


@pytest.mark.parametrize(("question", "keys"), PRIZE_CLAIMS)
def test_prize_claims(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family B
NEGATIVE_LINES: list[tuple[str, list[str]]] = [
    ("e moi ky hop dong thang 10/2026, cuoi nam chac chan k dc LDTT dung k a", ["Có.", "6 tháng"]),
    (
        "e day tieu hoc o xa, nam hoc 2025-2026 bi xep loai hoan thanh nhiem vu do 1 lop co ket qua thap. co ke toan bao van co the dc giay khen cua chu tich xa cuoi nam, con LDTT thi k. e hoi la LDTT thi chac chan k dc dung k, va neu nam sau lam tot thi LDTT dc bao nhieu tien",
        ["Có.", "hoàn thành tốt nhiệm vụ", "760.000"],
    ),
    ("bi canh cao tu thang 5 thi coi nhu nam nay mat LDTT roi phai k a", ["Có.", "khiển trách"]),
    (
        "nghe chi van phong bao chi HTNV thi khoi mo LDTT, dung ko",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "co giao moi ve truong tu thang 3/2026 thi nam hoc nay chua dc xet LDTT dau nhi, dung k",
        ["Có.", "6 tháng"],
    ),
    (
        "mới về trường từ tháng 9/2026 thì cuối năm chắc chắn không được LĐTT đúng không ạ",
        ["Có.", "6 tháng"],
    ),
    ("nv moi ky hd thang 11/2026, cuoi nam k dc LDTT phai k a", ["Có.", "6 tháng"]),
    (
        "nam nay e chi xep loai HTNV, vay LDTT la chac chan k dc dung k",
        ["Có.", "hoàn thành tốt nhiệm vụ"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), NEGATIVE_LINES)
def test_negative_lines(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family C
SICK_LEAVE: list[tuple[str, list[str]]] = [
    (
        "hieu truong hoi: giao vien om dai ngay 4 thang nhung van dc danh gia hoan thanh tot nhiem vu, nghe noi LDTT con can them tinh than tu luc, doan ket, tich cuc thi dua nua, dung k",
        ["Có.", "đoàn kết"],
    ),
    (
        "y si tram nghi om dai ngay, nghe noi van dc LDTT mien co giay ra vien, k can danh gia hoan thanh tot nhiem vu, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "ban e om nam vien 2 dot, cuoi nam dc hoan thanh tot, ngoai muc danh gia ra LDTT con xet tinh than doan ket, tich cuc thi dua nua k",
        ["Có.", "đoàn kết"],
    ),
    (
        "nghe noi nghi om co benh an day du la du LDTT, khoi can xep loai muc nao, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "vien chuc om 4 thang, sep noi chi can nop giay nghi om hop le la van binh LDTT du chi HTNV, chuan k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "cô ấy ốm nằm viện 3 tháng, cuối năm vẫn hoàn thành tốt, LĐTT còn xét tinh thần đoàn kết, tương trợ nữa không",
        ["Có.", "đoàn kết"],
    ),
    (
        "nghe noi om dai ngay co giay ra vien la du LDTT, k can xep loai, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "anh ấy phẫu thuật nghỉ 3 tháng, nghe nói chỉ cần nộp bệnh án là được LĐTT, khỏi cần đánh giá, đúng không",
        ["Không.", "hoàn thành tốt nhiệm vụ"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), SICK_LEAVE)
def test_sick_leave(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family D
RESCUE_WOUND: list[tuple[str, list[str]]] = [
    (
        "nghe noi hop dong lao dong bi thuong cuu nguoi thi chi dc khen, k dc tinh thoi gian dieu tri nhu cong chuc, dung k",
        ["Không.", "cứu người"],
    ),
    (
        "thay giao bi thuong khi cuu hoc sinh duoi ho, nghi 4 thang, nam hoc do van hoan thanh xuat sac thi co bi loai khoi ds CSTDCS vi nghi lau k",
        ["Không.", "cứu người"],
    ),
    (
        "giao vien tieu hoc bi thuong khi keo hoc sinh ra khoi lop luc sap tran, nam vien 6 tuan, phu huynh hoi thoi gian nam vien co bi tru khi binh thi dua k",
        ["Không.", "cứu người"],
    ),
    (
        "chu e lao vao dam chay cuu ba cu bi bong, nam vien 10 tuan, nghe noi nghi lau vay la mat thi dua nam nay, dung k",
        ["Không.", "cứu người"],
    ),
    (
        "co giao bi dien giat khi keo hoc tro ra khoi cho day dien dut, nghi 2 thang, thoi gian do co tinh nhu di lam de binh LDTT k",
        ["Có.", "cứu người"],
    ),
    (
        "nguoi hop dong bi gay tay khi vot nguoi duoi nuoc, co bi gach ten khoi ds xet LDTT vi nghi dieu tri k",
        ["Không.", "cứu người"],
    ),
    (
        "thầy giáo bị thương khi kéo học sinh ra khỏi lớp học bị sập, nghỉ 3 tháng, có bị loại khỏi danh sách LĐTT không",
        ["Không.", "cứu người"],
    ),
    (
        "bao ve bi bong khi cuu nguoi trong dam chay, nam vien 2 thang, thoi gian do co dc tinh de xet LDTT k",
        ["Có.", "cứu người"],
    ),
    (
        "nghe noi nguoi hop dong bi thuong khi cuu nguoi thi k dc tinh thoi gian dieu tri, dung k",
        ["Không.", "cứu người"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), RESCUE_WOUND)
def test_rescue_wound(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family E
REFORM_CRITERIA: list[tuple[str, list[str]]] = [
    (
        "nghe noi gio bo huyen nen chu tich xa co the cho LDTT ca nguoi HTNV, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ", "1/7/2025"],
    ),
    (
        "truoc huyen xet CSTDCS bat buoc co sang kien, gio xa xet thi con bat buoc k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "1/7/2025"],
    ),
    (
        "bo huyen roi thi xa xet TTLDTT cho truong co 55% gv dat LDTT dc k",
        ["Có.", "50%", "1/7/2025"],
    ),
    (
        "nghe noi tu khi bo huyen, nguoi chi HTNV cung dc chu tich xa ky LDTT, dung k",
        ["Không.", "hoàn thành tốt nhiệm vụ", "1/7/2025"],
    ),
    (
        "thoi con huyen thi CSTDCS phai co sang kien, nay chuyen ve xa xet thi van giu dieu kien sang kien a",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "1/7/2025"],
    ),
    (
        "nghe nói từ khi bỏ huyện, chủ tịch xã ký LĐTT cho cả người chỉ hoàn thành nhiệm vụ, đúng không",
        ["Không.", "hoàn thành tốt nhiệm vụ", "1/7/2025"],
    ),
    (
        "truoc day huyen xet CSTDCS phai co sang kien, gio ve xa thi con can sang kien k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ", "1/7/2025"],
    ),
    (
        "to van phong co 70% dat LDTT, truoc huyen cong nhan TTLDTT, nay xa cong nhan TTLDTT cho to dc k",
        ["50 %", "1/7/2025"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), REFORM_CRITERIA)
def test_reform_criteria(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family F
STATED_FACTS: list[tuple[str, list[str]]] = [
    (
        "gv di hoc boi duong ngan han 4 thang nhung ket qua k dat, truong co duoc ket hop thoi gian do de binh LDTT k",
        ["Không.", "khá trở lên"],
    ),
    (
        "toi la truong tram y te. thang 4/2026 tram nhan 1 bac si moi tuyen dung, den cuoi nam da lam dc hon 8 thang, trien khai tot tiem chung va kham sang loc, toi du dinh danh gia hoan thanh xuat sac nhiem vu. ban ay chua tung co LDTT nam nao vi moi ra truong. vay co de nghi CSTDCS luon nam nay dc k hay phai co LDTT nam truoc",
        ["Có.", "Lao động tiên tiến"],
    ),
    (
        "di tap huan 3 thang ket qua trung binh thi thoi gian do co dc cong vao de xet LDTT k",
        ["Không.", "khá trở lên"],
    ),
    (
        "e vao lam tu 1/5/2026, den 31/12 dc gan 8 thang, vay nam nay e co du thoi gian de xet LDTT k",
        ["Có.", "6 tháng"],
    ),
    (
        "nhan vien moi nam dau da HTXS thi de nghi CSTDCS dc ngay hay phai co 1 nam LDTT roi moi xet",
        ["Có.", "Lao động tiên tiến"],
    ),
    (
        "đi bồi dưỡng 5 tháng nhưng kết quả không đạt thì có được kết hợp thời gian để xét LĐTT không",
        ["Không.", "khá trở lên"],
    ),
    (
        "co giao moi nam dau HTXS, de nghi CSTDCS dc luon hay phai co LDTT nam truoc",
        ["Có.", "Lao động tiên tiến"],
    ),
    (
        "nghe noi phai co LDTT nam truoc moi dc de nghi CSTDCS, dung k",
        ["Không.", "Lao động tiên tiến"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), STATED_FACTS)
def test_stated_facts(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family G1
COMPOUND_PARTS: list[tuple[str, list[str]]] = [
    (
        "nghe noi truong tram co quyen tu ky LDTT cho nhan vien HTNV neu thay xung dang, dung k",
        ["Không.", "Chủ tịch UBND", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "can bo HTNV thi k dc danh hieu gi, vay LDTT toi thieu phai muc nao, CSTDCS phai muc nao",
        ["hoàn thành tốt nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "bac si tram HTXS nhiem vu, k co sang kien nhung co de tai cap co so da nghiem thu, xet CSTDCS dc k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "truong phong VHXH tu ky LDTT cho cong chuc chi HTNV dc k",
        ["Không.", "Chủ tịch UBND", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "muon len CSTDCS thi cuoi nam phai xep loai gi, con LDTT thi loai gi",
        ["hoàn thành xuất sắc nhiệm vụ", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "co giao k co sang kien nhung co de tai khoa hoc cap truong da nghiem thu, de nghi CSTDCS theo duong nay dc k",
        ["Có.", "nghiệm thu"],
    ),
    (
        "tổ trưởng tổ chuyên môn tự ký LĐTT cho giáo viên chỉ HTNV được không",
        ["Không.", "Chủ tịch UBND", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "LDTT toi thieu phai muc nao, con CSTDCS thi can muc nao",
        ["hoàn thành tốt nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "y sĩ HTXS, không có sáng kiến nhưng có đề tài đã nghiệm thu, đề nghị CSTĐCS được không",
        ["Có.", "nghiệm thu"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), COMPOUND_PARTS)
def test_compound_parts(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family G2
EVENT_FIRST: list[tuple[str, list[str]]] = [
    (
        "e la truong tram y te, co ban nghi thai san tu thang 6. thai san co tinh la thoi gian cong tac de xet thi dua k, va ban ay co can sang kien moi dc LDTT k",
        ["Có.", "thai sản", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "nguoi nghi thai san tu dau nam nen k kip dang ky thi dua, cuoi nam co bi loai khoi ds xet LDTT k",
        ["Tùy", "đăng ký"],
    ),
    (
        "nghi de tu thang 2 nen k ky ban dang ky thi dua dau nam, cuoi nam co bi gach khoi ds LDTT k",
        ["Tùy", "đăng ký"],
    ),
    (
        "di hoc 4 thang dat kha co dc tinh thoi gian k, va LDTT co can sang kien k",
        ["Có.", "khá trở lên", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "nghi sinh 6 thang co bi tru thoi gian k, va neu dc LDTT thi ai ky",
        ["Không.", "thai sản", "Chủ tịch UBND"],
    ),
    (
        "nghi sinh nen k ky dang ky thi dua dau nam, cuoi nam co bi loai khoi ds LDTT k",
        ["Tùy", "đăng ký"],
    ),
    (
        "nghỉ thai sản có được tính thời gian không, và LĐTT có cần sáng kiến không",
        ["Có.", "thai sản", "hoàn thành tốt nhiệm vụ"],
    ),
    (
        "di tap huan 3 thang dat gioi co dc tinh thoi gian k, va LDTT co can sang kien k",
        ["Có.", "khá trở lên", "hoàn thành tốt nhiệm vụ"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), EVENT_FIRST)
def test_event_first(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family H
CAPS: list[tuple[str, list[str]]] = [
    ("xa e co bi khong che so nguoi dc CSTDCS moi nam k", ["Tùy", "tỉnh"]),
    # a bare cap asked: "Tùy" under the lead's settled policy of stop 46 (was "Không.", task h476)
    ("moi don vi dc de nghi bao nhieu CSTDCS, co tran k", ["Tùy", "tỉnh"]),
]


@pytest.mark.parametrize(("question", "keys"), CAPS)
def test_caps(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: family CTL
CONTROLS: list[tuple[str, list[str]]] = [
    ("QD LDTT ky 20/6/2026 van tinh luong co so cu, chuan k", ["Có."]),
    ("tieu chuan LDTT la gi", ["hoàn thành tốt nhiệm vụ"]),
    ("e vao lam tu thang 3/2026, cuoi nam chac chan k dc LDTT dung k", ["Không.", "6 tháng"]),
    # bare caps asked: "Tùy" under the lead's settled policy of stop 46 (were "Không.", h476)
    ("CSTĐCS có bị giới hạn tỷ lệ không, tối đa bao nhiêu %?", ["Tùy", "tỉnh"]),
    ("xa e co bi khong che so nguoi dc CSTDCS moi nam k", ["Tùy", "tỉnh"]),
    ("moi don vi dc de nghi bao nhieu CSTDCS, co tran k", ["Tùy", "tỉnh"]),
    ("LĐTT có cần sáng kiến không", ["Không."]),
    ("nghỉ thai sản có bị mất LĐTT không", ["Không.", "thai sản"]),
    (
        "bị thương khi cứu người, thời gian nằm viện có bị trừ khi xét LĐTT không",
        ["Không.", "cứu người"],
    ),
    ("QĐ LĐTT ký 15/7/2026 thì thưởng bao nhiêu", ["760.000"]),
    ("CSTDCS co bat buoc sang kien k", ["Không."]),
    ("CSTĐ tỉnh có bắt buộc sáng kiến không", ["Có."]),
    ("tien thuong LDTT tinh theo luong co so ngay ky quyet dinh dung k", ["Có."]),
    ("luong co so 2.530.000 ap dung tu 1/1/2026 dung k", ["Không."]),
    ("khong dang ky thi dua thi co bi loai khoi danh sach LDTT k", ["Tùy", "đăng ký"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


#: older tuning sets' questions the new rules must leave alone (b110, b142, b161)
KEPT: list[tuple[str, list[str]]] = [
    (
        "nghe noi HTNV thi k dc LDTT nhung van dc giay khen cua chu tich UBND huyen, dung k",
        ["Không."],
    ),
    ("chien si thi dua co so co phai dat LDTT truoc roi moi xet k", ["Có."]),
    (
        "nghe noi ho so de nghi CSTDCS theo huong sang kien thi ngoai to trinh, bao cao thanh tich, bien ban con phai kem giay cong nhan sang kien, va chi nop 1 bo, dung k",
        ["Có."],
    ),
]


@pytest.mark.parametrize(("question", "keys"), KEPT)
def test_kept(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
