# ruff: noqa: E501
"""Task h477: the misses of tuning set b177 (Centre and South officers, unit heads; families
A-E of its diagnosis) and the Southern and Central words they were typed in ("ấp", "khóm",
"hông", "tui", "nhen").

A. a yes/no about another attribute of a title fell to its "Ai được xét" block: who sits in the
   thôn's bình xét of Gia đình văn hóa (the trưởng ấp with the Trưởng ban Công tác Mặt trận, NĐ
   86/2023 Điều 8), whether the ấp văn hóa title went with the district (no: the Chủ tịch UBND
   xã decides it, Luật 2022 Điều 20 khoản 1 điểm e; NĐ 129/2025 Điều 59), who decides TTLĐXS
   (the Chủ tịch UBND tỉnh, never the district: Luật 2022 Điều 27, 79), whether one must register
   for a văn hóa title (the province's quy chế, Luật 2022 Điều 7), how often xã tiêu biểu is
   given (every year: Điều 29; domain.md §2.8);
B. the settled policy on what the province sets: a bare "must units register" is "Tùy"; the
   giấy khen's minutes are "Tùy" (the simple procedure needs none, the province sets the dossier:
   Luật 2022 Điều 84, 85; NĐ 152/2025 Điều 6 khoản 2 điểm c); the national public-service portal
   claimed required is "Không." (the procedures are mostly internal, the province sets how
   they are sent; domain.md §1.3, §5.1). The bare caps of LĐTT and CSTĐCS are h476's (b176 B);
C. a firm or HTX registering WITH the xã: the province's quy chế decides (Luật 2022 Điều 7),
   its own people's registration the firm's (Điều 80 khoản 4);
D. no member disciplined, asked as a criterion of TTLĐTT: the province's (Điều 28; domain.md
   §2.4);
E. what the xã chairman decides now, asked after the reform: the whole list, Gia đình văn hóa
   with it (NĐ 129/2025 Điều 59; Luật 2022 Điều 80 khoản 3).

Each family holds the set's own questions, the writer's new wordings and ours (other subjects,
marks or none, another order); the controls are near wordings whose answers must not change.
Assertions read what the officer sees, folded as the scorer folds (``ask_keyed``).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed

#: A: the attribute the yes/no asks, not who may have the title
FAMILY_A = [
    # b177's own
    (
        "truong ban cong tac mat tran ap ngoi chung voi truong ap de binh xet GDVH dung k, danh sach niem yet may ngay",
        ["Có.", "Ban Công tác Mặt trận", "10 ngày"],
    ),
    ("nghe noi TTLDXS bay gio van do huyen xet, dung k", ["Không.", "Chủ tịch UBND tỉnh"]),
    (
        "nghe may ong noi bo huyen roi thi danh hieu ap van hoa cung bo luon, dung hong",
        ["Không.", "Chủ tịch UBND"],
    ),
    ("ap co phai dang ky phan dau ap van hoa tu dau nam k", ["Tùy", "tỉnh"]),
    ("ho gia dinh co can dang ky GDVH tu dau nam k ad", ["Tùy", "tỉnh"]),
    ("nghe noi xa tieu bieu 5 nam moi xet 1 lan, dung k", ["Không.", "hằng năm"]),
    pytest.param(
        "Trường MN xã tui lần đầu tự làm hồ sơ đề nghị CSTĐCS cho 2 cô, cả 2 được đánh giá hoàn thành xuất sắc nhiệm vụ nhưng không có sáng kiến. Kế toán bảo phải có giấy chứng nhận sáng kiến mới nộp được. Vậy có bắt buộc không, còn hồ sơ gồm gì?",
        ["Không.", "tờ trình", "báo cáo thành tích"],
        marks=pytest.mark.xfail(
            reason="the route's own block ('Có.': she may be proposed) still leads the paper's yes/no",
            strict=True,
        ),
    ),
    # the writer's new wordings
    (
        "truong ap co chu tri hop binh xet GDVH cung truong ban cong tac mat tran k may anh",
        ["Có.", "Ban Công tác Mặt trận"],
    ),
    (
        "nghe noi bo huyen roi thi danh hieu khom van hoa k con nua, phai hong",
        ["Không.", "Chủ tịch UBND"],
    ),
    (
        "TTLDXS cua truong tieu hoc xa tui thi chu tich xa ky QD dung k",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    # ours
    (
        "bí thư chi bộ ấp ngồi chung với trưởng ban công tác mặt trận để bình xét gia đình văn hóa phải không",
        ["Ban Công tác Mặt trận"],
    ),
    (
        "truong khom chu tri hop binh xet GDVH cung cac doan the phai hong",
        ["Có.", "Ban Công tác Mặt trận"],
    ),
    (
        "chu tich xa chu tri hop binh xet GDVH cung truong ban mat tran dung k",
        ["Không.", "Trưởng thôn"],
    ),
    ("bang khen tinh gio van phai qua huyen xet dung k", ["Không.", "Chủ tịch UBND tỉnh"]),
    (
        "nghe noi CSTD tinh bay gio van do huyen quyet dinh phai hong",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    (
        "bỏ huyện rồi thì danh hiệu khóm văn hóa cũng bỏ luôn, đúng không",
        ["Không.", "Chủ tịch UBND xã"],
    ),
    ("khom co bat buoc dang ky khom van hoa tu dau nam k", ["Tùy", "tỉnh"]),
    ("hộ tui có cần đăng ký gia đình văn hóa từ đầu năm không", ["Tùy", "tỉnh"]),
    ("phường tiêu biểu có phải 3 năm mới công nhận 1 lần không", ["Không.", "hằng năm"]),
    ("xa tieu bieu co xet hang nam k", ["Có.", "hằng năm"]),
]

#: B: the opener for what the province sets
FAMILY_B = [
    # b177's own
    ("dau nam co bat buoc cac don vi dang ky thi dua k ad", ["Tùy", "tỉnh"]),
    pytest.param(
        "ho so giay khen chu tich xa co bat buoc kem bien ban hop hoi dong k",
        ["Tùy", "tỉnh"],
        marks=pytest.mark.xfail(
            reason="test_h401_readings keys the same ask 'Có.' (the list has the minutes); the lead settles which key stands",
            strict=True,
        ),
    ),
    (
        "ho so khen thuong cua xa gui tinh co phai nop qua cong dich vu cong quoc gia k",
        ["Không.", "nội bộ"],
    ),
    # the writer's new wordings
    ("dau nam truong hoc co phai nop ban dang ky thi dua len xa k hen", ["Tùy", "tỉnh"]),
    (
        "ho so LDTT cua xa theo luat bat buoc nop qua cong dich vu cong quoc gia phai k",
        ["Không.", "tỉnh"],
    ),
    # ours
    ("đầu năm có bắt buộc các trường học đăng ký thi đua không", ["Tùy", "tỉnh"]),
    (
        "hồ sơ CSTĐCS xã gửi lên có bắt buộc nộp trên cổng dịch vụ công quốc gia không",
        ["Không.", "tỉnh"],
    ),
]

#: B items the settled policy answers by h476's bare-cap rule (b176 B): not this branch's
FAMILY_B_CAPS = [
    ("LDTT co gioi han ty le bao nhieu phan tram k ad", ["Tùy", "tỉnh"]),
    ("CSTDCS co gioi han so luong hay ty le k ad", ["Tùy", "tỉnh"]),
]

#: C: a firm or HTX registering with the xã
FAMILY_C = [
    # b177's own
    ("HTX co phai dang ky thi dua voi xa k nhen", ["Tùy", "tỉnh"]),
    ("cong ty tren dia ban xa co bat buoc dang ky thi dua voi UBND xa k", ["Tùy", "tỉnh"]),
    # the writer's new wordings
    (
        "HTX tren dia ban muon dc chu tich xa tang giay khen thi co phai dang ky thi dua voi xa tu dau nam k",
        ["Tùy", "tỉnh"],
    ),
    (
        "nghe noi theo luat doanh nghiep k dang ky thi dua voi phuong thi phuong k khen dc, dung k",
        ["Không.", "tỉnh"],
    ),
    (
        "cong ty tui dong o dac khu, co phai gui ban dang ky thi dua cho UBND dac khu k hen",
        ["Tùy", "tỉnh"],
    ),
    # ours
    (
        "hợp tác xã có bắt buộc đăng ký thi đua với UBND phường không",
        ["Tùy", "tỉnh", "chính doanh nghiệp, hợp tác xã"],
    ),
    ("doanh nghiep co can dang ky thi dua len xa k hen", ["Tùy", "tỉnh"]),
]

#: D: a member's discipline asked as a collective title's criterion
FAMILY_D = [
    # b177's own
    (
        "TTLDTT co can dieu kien trong tap the k co ai bi ky luat tu canh cao tro len k",
        ["Tùy", "tỉnh"],
    ),
    # the writer's new wordings
    ("tap the co 1 nguoi bi ky luat canh cao thi co bi loai khoi TTLDTT k ad", ["Tùy", "tỉnh"]),
    pytest.param(
        "nghe noi theo luat TTLDTT thi trong tap the k dc co ai bi ky luat, dung k",
        ["Không.", "tỉnh"],
        marks=pytest.mark.xfail(
            reason="'không có ai bị kỷ luật' is read as no case told", strict=True
        ),
    ),
    pytest.param(
        "TTLDXS co bat buoc ca tap the k ai bi ky luat k may anh",
        ["Tùy", "tỉnh"],
        marks=pytest.mark.xfail(
            reason="'không ai bị kỷ luật' is read as no case told", strict=True
        ),
    ),
    # ours
    (
        "TTLĐXS có cần điều kiện trong tập thể không có ai bị kỷ luật từ khiển trách trở lên không",
        ["Tùy", "tỉnh"],
    ),
    (
        "Tập thể lao động tiên tiến có cần điều kiện trong tập thể không có ai bị kỷ luật từ cảnh cáo trở lên không",
        ["Tùy", "tỉnh"],
    ),
    (
        "TTLĐXS có cần điều kiện trong tập thể không có ai bị kỷ luật từ cảnh cáo trở lên hông",
        ["Tùy", "tỉnh"],
    ),
]

#: E: the whole list the xã's chairman decides after the reform
FAMILY_E = [
    # b177's own
    (
        "sau khi bo cap huyen thi chu tich xa dc quyet dinh tang nhung danh hieu nao",
        ["Chiến sĩ thi đua cơ sở", "Gia đình văn hóa"],
    ),
    # the writer's new wordings
    (
        "tu 1/7/2025 chu tich xa ky dc nhung danh hieu gi, ke ra giup tui voi",
        ["Gia đình văn hóa", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "chu tich phuong gio ky nhung danh hieu nao, con cai nao phai trinh tinh",
        ["Gia đình văn hóa", "Chủ tịch UBND tỉnh"],
    ),
    (
        "truoc huyen ky CSTDCS, TTLDTT, gio bo huyen thi chu tich xa ky tong cong nhung danh hieu gi",
        ["Gia đình văn hóa", "Tập thể lao động tiên tiến"],
    ),
    # ours
    (
        "bỏ cấp huyện rồi, chủ tịch phường được ký những danh hiệu gì",
        ["Gia đình văn hóa", "Thôn, tổ dân phố văn hóa", "Chủ tịch UBND tỉnh"],
    ),
    (
        "khong con huyen nua thi ct xa quyet dinh nhung hinh thuc nao a",
        ["Gia đình văn hóa", "giấy khen"],
    ),
]

#: near wordings whose answers stay as they were
CONTROLS = [
    # who chairs, asked and claimed as before
    ("hop binh xet GDVH o thon do truong thon chu tri dung k", ["Có.", "Trưởng thôn"]),
    ("chu tich mat tran xa la thanh vien hoi dong TDKT xa phai k", ["Có.", "Mặt trận"]),
    # the district's own titles claimed gone: the xã decides them
    (
        "nghe noi bo huyen roi thi danh hieu thon van hoa cung bo luon, dung k",
        ["Không.", "Chủ tịch UBND xã"],
    ),
    ("CSTDCS bay gio van do huyen xet dung k", ["Không.", "Chủ tịch UBND xã"]),
    # registering told missing, the titles' dossiers: unchanged readers
    (
        "thon em dang ky thon van hoa tu dau nam, cuoi nam can ho so gi",
        ["báo cáo thành tích"],
    ),
    ("ho so khen dot xuat co can bien ban hop k", ["Không.", "tờ trình"]),
    # a firm's own people: its director's rule
    (
        "cong ty e co phai dang ky thi dua cho nhan vien k",
        ["Tùy", "chính doanh nghiệp, hợp tác xã"],
    ),
    # the review period asked, not claimed
    ("xa tieu bieu bao lau xet 1 lan", ["hằng năm"]),
    # the discipline case of TTLĐTT as a title asked
    ("tap the co nguoi bi canh cao thi co dc xet TTLDTT k", ["Tùy", "tỉnh"]),
    # the xã chairman's titles asked with no reform: the passage as before
    ("chu tich xa ky dc nhung danh hieu gi", ["Gia đình văn hóa"]),
]


@pytest.mark.parametrize(("question", "keys"), FAMILY_A)
def test_attribute_asked_not_eligibility(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_B)
def test_province_set_matters_open_per_policy(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_B_CAPS)
def test_bare_caps_open_tuy(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_C)
def test_firm_registering_with_xa(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_D)
def test_member_discipline_is_province_s(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), FAMILY_E)
def test_xa_chairman_titles_listed(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)
