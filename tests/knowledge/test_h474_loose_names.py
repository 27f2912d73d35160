# ruff: noqa: E501
"""Task h474: tuning set b174 (loose and wrong names, twin of judge b165), its families A–G.

A: a loose or non-existent name ("lao động xuất sắc" for one person, "đơn vị xuất sắc" for a
school, "gia đình văn hóa mẫu mực", the province's "huy hiệu thi đua", "chứng nhận sáng kiến",
"đơn xin khen") read as what exists (``content/facts/loose_names.yaml``; Luật 2022 Điều 3 khoản
4, Điều 9, Điều 19, Điều 20, Điều 27, Điều 84). B: the claim's direction or subject (the
individual put above the collective, the reform date confirmed with "đúng k" in one clause, the
old thị xã said to pay). C: the xã chairman's "bằng khen" (Điều 80 khoản 3). D: who sits at the
GĐVH meeting and what the dossier holds (NĐ 86/2023 Điều 8). E: the CSTĐ tỉnh's three CSTĐCS in
a row, never summed over a gap (Điều 22 khoản 1 điểm a). F: "có phải là …" of a definition
(Điều 3, Điều 85). G: a past decision's prize on its own day's base (NĐ 152/2025). Each family
holds the set's questions, the writer's new wordings and our own; controls must not change.
Assertions read what the officer sees (``ask_keyed``: the verdict the answer opens with, the
decisive facts).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_keyed

#: A: a loose or non-existent name answered with what exists
A = [
    # b174
    (
        "chu tich hoi CCB hoi: xa co xet danh hieu lao dong xuat sac cho ca nhan k",
        ["Không.", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "Tôi là hiệu trưởng trường tiểu học thuộc xã. Năm học này trường hoàn thành xuất sắc nhiệm vụ, 80% giáo viên đạt LĐTT, có 2 thầy cô đạt CSTĐCS. Tôi muốn đề nghị danh hiệu đơn vị xuất sắc cho trường. Chủ tịch xã ký quyết định được không?",
        ["Không.", "Tập thể lao động xuất sắc", "tỉnh"],
    ),
    ("gia dinh van hoa mau muc la danh hieu cao hon gia dinh van hoa, dung k", ["Không."]),
    (
        "tinh gio con tang huy hieu thi dua rieng, nhu mot hinh thuc khen thuong, cho ca nhan co thanh tich k",
        ["Không.", "Huy hiệu"],
    ),
    ("chung nhan sang kien cho giao vien can dieu kien gi, ai cong nhan", ["nhân rộng"]),
    (
        "don xin khen co phai la giay to bat buoc k, ho so de nghi khen thuong gom nhung gi",
        ["Không.", "tờ trình", "báo cáo thành tích"],
    ),
    # the writer's new wordings
    (
        "xa minh co xet danh hieu lao dong xuat sac cho tung can bo k hay chi cho tap the",
        ["Không.", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "don vi tien tien cho phong van hoa xa hoi cua UBND xa thi ten dung la gi, thuong bao nhieu",
        ["Tập thể lao động tiên tiến", "2.030.000"],
    ),
    (
        "nghe noi muon dc giay khen thi ho gia dinh phai viet don xin khen gui xa, dung k",
        ["Không.", "báo cáo thành tích"],
    ),
    # ours: marks, another unit, another order
    (
        "giáo viên có được xét danh hiệu lao động xuất sắc không ạ",
        ["Không.", "Chiến sĩ thi đua cơ sở"],
    ),
    (
        "truong mam non cua xa muon de nghi 'don vi xuat sac' thi ai quyet dinh",
        ["Tập thể lao động xuất sắc", "tỉnh"],
    ),
    ("có danh hiệu gia đình văn hóa mẫu mực không ạ", ["Không.", "Gia đình văn hóa"]),
    ("người dân có phải viết đơn xin khen không", ["Không.", "tờ trình"]),
    ("chứng nhận sáng kiến do ai cấp, cần điều kiện gì", ["nhân rộng"]),
]


@pytest.mark.parametrize(("question", "keys"), A)
def test_loose_name_answered_with_what_exists(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


#: B: the claim judged in its own direction and on its own subject
B = [
    # b174
    (
        "giay kheng ca nhan cua chu tich xa dc thuong gap doi giay khen tap the, dung k",
        ["Không.", "0,6"],
    ),
    (
        "cap huyen bo tu 1/7/2025 dung k, vay ai ky giay khen thay chu tich huyen",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "thi xa cu nay thanh phuong, tien thuong giay khen van do thi xa cu chi tra, dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    # the writer's new wordings
    (
        "giay khen tap the cua chu tich xa thuong thap hon giay khen ca nhan, dung k",
        ["Không.", "0,6"],
    ),
    (
        "tu 1/7/2025 k con cap huyen nua phai k ad, gio LDTT cua cong chuc xa ai ky",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "quan cu nhap vao phuong roi, tien thuong giay khen nam nay van lay tu quy cua quan cu dung k",
        ["Không.", "Quỹ thi đua"],
    ),
    # ours
    (
        "giấy khen cá nhân của chủ tịch xã thưởng cao hơn giấy khen tập thể, phải không",
        ["Không.", "0,6"],
    ),
    ("bỏ cấp huyện từ 1/7/2025 phải không ad, giờ CSTĐCS ai ký", ["Có.", "Chủ tịch UBND"]),
    (
        "huyen cu sap nhap roi, tien thuong giay khen van do huyen cu chi tra dung k",
        ["Không.", "Quỹ thi đua"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), B)
def test_claim_read_in_its_direction(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


#: C: the xã chairman's "bằng khen" is the giấy khen; "Không." leads
C = [
    # b174
    (
        "Nhà tôi năm nay góp đất làm đường liên thôn. Trưởng thôn báo xã sẽ tặng bằng khen của chủ tịch xã cho gia đình tôi. Tôi muốn hỏi có đúng là bằng khen không, và nếu có thì được thưởng bao nhiêu tiền?",
        ["Không.", "giấy khen", "760.000"],
    ),
    (
        "Tôi là chủ tịch xã. Có cán bộ địa chính làm rất tốt việc đo đạc sau sáp nhập, anh em muốn tôi tặng bằng khen cho xứng. Tôi có quyền tặng bằng khen không, nếu không thì muốn bằng khen phải trình ai?",
        ["Không.", "giấy khen", "tỉnh"],
    ),
    # the writer's new wordings
    (
        "pho chu tich bao chu tich phuong ky bang khen cho to truong TDP dc, dung k",
        ["Không.", "giấy khen"],
    ),
    (
        "bang khen cua chu tich xa cho ho gia dinh nam nay thuong bao nhieu tien",
        ["giấy khen", "760.000"],
    ),
    (
        "e la chu tich xa, e co dc ky bang khen cho hieu truong k hay phai xin tinh",
        ["Không.", "tỉnh"],
    ),
    # ours
    (
        "tôi là chủ tịch phường, tôi có được tặng bằng khen cho tổ dân phố không",
        ["Không.", "giấy khen"],
    ),
    (
        "xa sap tang bang khen cua chu tich xa cho nha e, co dung la bang khen k",
        ["Không.", "giấy khen"],
    ),
    ("minh la chu tich xa, minh co quyen ky bang khen cho hoi nong dan k", ["Không.", "tỉnh"]),
]


@pytest.mark.parametrize(("question", "keys"), C)
def test_xa_chair_gives_no_bang_khen(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


#: D: the GĐVH meeting (with the Mặt trận and the đoàn thể) and its dossier
D = [
    # b174
    (
        "nghe noi chi hoi phu nu cung ngoi hop danh gia GDVH tung ho cung truong thon, dung k",
        ["Có.", "Mặt trận"],
    ),
    (
        "Em là công chức văn phòng - thống kê, năm nay lần đầu được giao theo dõi thi đua. Các thôn gửi lên hồ sơ đề nghị công nhận hộ văn hóa. Em phải kiểm tra hồ sơ gồm những giấy tờ gì, và trình ai ký quyết định?",
        ["bảng tổng hợp", "biên bản", "Chủ tịch UBND"],
    ),
    # the writer's new wordings
    ("hop binh xet ho van hoa o thon thi ngoai truong thon con nhung ai ngoi cung", ["Mặt trận"]),
    (
        "ho so thon gui len xa de nghi cong nhan gia dinh van hoa gom nhung giay to gi",
        ["bảng tổng hợp", "biên bản"],
    ),
    (
        "truong thon tu minh hop binh xet GDVH, k can ban cong tac mat tran, dung k",
        ["Không.", "Mặt trận"],
    ),
    # ours
    (
        "nghe nói hội nông dân cũng ngồi họp bình xét gia đình văn hóa ở thôn, đúng không",
        ["Có.", "Mặt trận"],
    ),
    (
        "cac thon gui ho so GDVH len, em kiem tra ho so gom nhung giay to gi",
        ["bảng tổng hợp", "biên bản"],
    ),
    ("họp bình xét gia đình văn hóa thì những ai ngồi cùng trưởng thôn", ["Mặt trận"]),
]


@pytest.mark.parametrize(("question", "keys"), D)
def test_culture_family_meeting_and_dossier(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


#: E: three CSTĐCS in a row, not summed over a gap
E = [
    # b174
    (
        "Cô giáo của trường tôi đạt CSTĐCS năm 2023, 2024, năm 2025 chỉ đạt LĐTT, năm 2026 lại đạt CSTĐCS. Cô có sáng kiến áp dụng trong tỉnh. Hiệu phó bảo cộng dồn đủ 3 lần là được đề nghị CSTĐ tỉnh. Đúng không?",
        ["Không.", "liên tục"],
    ),
    # the writer's new wordings
    (
        "co giao dat CSTDCS nam 2023, 2025, 2026, rieng 2024 k dat, vay du 3 lan de xet CSTD tinh chua",
        ["Không.", "liên tục"],
    ),
    (
        "anh e CSTDCS 2 nam lien roi dut 1 nam, nam nay dat lai, co dc tinh noi tiep de len CSTD tinh k",
        ["Không.", "liên tục"],
    ),
    (
        "3 lan CSTDCS de xet CSTD tinh thi bat buoc phai lien tuc, cong don k dc, dung k",
        ["Có.", "liên tục"],
    ),
    # ours
    (
        "CSTDCS 2022, 2023 va 2025 thi cong don du 3 lan de len CSTD tinh dung k",
        ["Không.", "liên tục"],
    ),
    (
        "chiến sĩ thi đua cơ sở đứt 1 năm thì có được cộng dồn để xét chiến sĩ thi đua tỉnh không",
        ["Không.", "liên tục"],
    ),
    ("CSTDCS dut 1 nam thi k dc cong don de xet CSTD tinh, dung k", ["Có.", "liên tục"]),
]


@pytest.mark.parametrize(("question", "keys"), E)
def test_runs_not_summed(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


#: F: "có phải là …" of a definition opens with its verdict
F = [
    # b174
    ("khen dot xuat co phai la cho thanh tich nam trong ke hoach k", ["Không.", "ngoài"]),
    # the writer's new wordings
    ("khen dot xuat co phai la khen cho viec da giao trong ke hoach nam k", ["Không.", "ngoài"]),
    ("thanh tich dot xuat co phai la thanh tich k luong truoc dc k", ["Có.", "đột xuất"]),
    ("LDTT co phai la mot hinh thuc khen thuong k", ["Không.", "danh hiệu thi đua"]),
    # ours
    (
        "thành tích đột xuất có phải là thành tích trong kế hoạch được giao không",
        ["Không.", "ngoài"],
    ),
    ("CSTDCS co phai la hinh thuc khen thuong k", ["Không.", "danh hiệu thi đua"]),
    (
        "gia đình văn hóa có phải là một hình thức khen thưởng không",
        ["Không.", "danh hiệu thi đua"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F)
def test_definition_asked_gets_verdict(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


#: G: a past decision's prize on the base of its own day, said so
G = [
    # b174
    (
        "Bố tôi được giấy khen của chủ tịch xã, quyết định ký ngày 20/12/2025, đến nay vẫn chưa nhận tiền. Xã bảo đợi sang tháng 7/2026 lương cơ sở tăng thì tính theo mức mới cho bố tôi. Vậy bố tôi nhận bao nhiêu mới đúng?",
        ["710.000", "quyết định"],
    ),
    # the writer's new wordings
    (
        "QD CSTDCS ky 25/12/2025 ma thang 8/2026 xa moi chi tien thi tinh theo luong co so nao",
        ["2.340.000", "quyết định"],
    ),
    (
        "xa ky QD LDTT thang 5/2026, ke toan doi thang 7 luong co so moi roi chi 760.000 moi nguoi, dung k",
        ["Không.", "710.000"],
    ),
    ("tien thuong giay khen tinh theo luong co so luc ky QD hay luc phat tien", ["quyết định"]),
    # ours
    (
        "QĐ LĐTT ký ngày 10/12/2025, tháng 9/2026 xã mới chi tiền, mỗi người được bao nhiêu",
        ["710.000", "ngày ký quyết định"],
    ),
    (
        "giay khen QD ky ngay 15/6/2026 ma thang 10 moi chi tien thi moi nguoi bn",
        ["710.000", "ngày ký quyết định"],
    ),
    ("tien thuong tinh theo luong co so luc ky quyet dinh hay luc chi tien", ["quyết định"]),
]


@pytest.mark.parametrize(("question", "keys"), G)
def test_past_decision_on_its_base(
    officer_kb: KnowledgeBase, question: str, keys: list[str]
) -> None:
    ask_keyed(officer_kb, question, keys)


#: controls: near wordings whose answers must not change
CONTROLS = [
    ("tập thể lao động xuất sắc cần bao nhiêu % LĐTT", ["70"]),
    ("gia đình văn hóa ai công nhận", ["Chủ tịch UBND xã"]),
    ("CSTD tinh co duoc huy hieu k", ["Có.", "Huy hiệu"]),
    ("giấy khen tập thể gấp đôi giấy khen cá nhân đúng không", ["Có.", "0,6"]),
    ("CSTD tinh can 3 lan CSTDCS lien tuc dung k", ["Có."]),
    ("khen dot xuat co phai la khen thanh tich ngoai ke hoach k", ["Có.", "ngoài"]),
    ("bằng khen tỉnh do ai quyết định", ["Chủ tịch UBND tỉnh"]),
    ("chủ tịch xã có quyền tặng giấy khen không", ["Có."]),
    ("họp bình xét gia đình văn hóa có Mặt trận tham gia không", ["Có.", "Mặt trận"]),
    ("lao dong tien tien thuong bao nhieu", ["760.000"]),
    ("TTLDXS thuong bao nhieu", ["1,5"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls_unchanged(officer_kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(officer_kb, question, keys)


#: a decision still to come, or on today's base, gets no note on a past decision's day
@pytest.mark.parametrize(
    "question",
    [
        "LDTT QD ky thang 12/2026 thuong bao nhieu",
        "giấy khen cá nhân của chủ tịch xã thưởng bao nhiêu",
    ],
)
def test_no_decision_day_note_today(officer_kb: KnowledgeBase, question: str) -> None:
    assert "không theo ngày chi tiền" not in ask(officer_kb, question)
