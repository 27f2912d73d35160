"""Task h422: the b158 families on a claim or an act judged, read as rules.

F4 the verdict answers the claim or the act reported ("Sở trả vậy là đúng phải k", "hội đồng
có phải loại ra k", "nên phải hủy, đúng k", "không bị tính thuế, đúng k", "hệ số đúng là 0,3
phải k"), not the underlying fact; F5 a clause set aside ("chứ không gửi thẳng …", "hay chỉ bị
kỷ luật thôi") does not take the verdict; F7 a return by the province of a title the xã
chairman decides is right (NĐ 129/2025 Điều 59; Luật 2022 Điều 80 khoản 3). Each case: the b158
question, the evaluator's new wordings, and wordings of our own.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


# F4: the claim or the act judged (Luật 2022 Điều 22, 23, 24, 27; TT 111/2013 Điều 2 khoản 2
# điểm e.1; NĐ 152/2025 Điều 50)
F4 = [
    (
        "ten e tren qd CSTDCS 2025 bi danh may sai 1 chu. neu 2026, 2027 e dat tiep thi lan "
        "2025 do co dc tinh vao chuoi lien tuc de xet CSTD tinh k, can may lan",
        ["Có.", "3 lần"],
    ),
    (
        "e dc CSTDCS theo huong hoan thanh xuat sac nhiem vu, co nguoi to cao la e k co sang "
        "kien nen phai huy, dung k",
        ["Không.", "hoàn thành xuất sắc nhiệm vụ"],
    ),
    (
        "giao vien bi canh cao nhung hieu truong van dua vao danh sach LDTT gui len xa, hoi "
        "dong xa co phai loai ra k",
        ["Có.", "khiển trách"],
    ),
    (
        "so noi vu tra ho so de nghi CSTD tinh vi nguoi do moi co 2 lan CSTDCS lien tuc. so "
        "tra vay la dung phai k, can may lan",
        ["Có.", "3 lần"],
    ),
    (
        "tien thuong thi dua k bi tinh thue TNCN du la CSTD tinh dc 7.590.000, dung k",
        ["Có.", "thuế"],
    ),
    (
        "ke toan nham he so 0,6 cho giay khen ca nhan, he so dung la 0,3 phai k, qd thang "
        "11/2026 thi 1 nguoi bao nhieu",
        ["Có.", "760.000"],
    ),
    # the evaluator's new wordings
    (
        "hoi dong xa gach ten 1 anh bi khien trach khoi danh sach LDTT, gach vay la dung phai k",
        ["Có.", "khiển trách"],
    ),
    (
        "so noi vu tra ho so TTLDXS vi truong chi co 65% LDTT, so lam vay co dung k",
        ["Có.", "70%"],
    ),
    (
        "e dat CSTDCS 2024, 2025, nam nay 2026 dat nua thi du 3 lan lien tuc de len CSTD tinh chua",
        ["Có.", "3 lần"],
    ),
    # our own
    (
        "Hội đồng xã loại 1 chị bị kỷ luật khiển trách trong năm ra khỏi danh sách LĐTT, loại "
        "thế có đúng không",
        ["Có.", "khiển trách"],
    ),
    (
        "so tra ho so TTLDXS cua truong vi chi co 60% dat LDTT, tra vay dung k ad",
        ["Có.", "70%"],
    ),
    (
        "tiền thưởng bằng khen tỉnh 2.530.000 không phải đóng thuế thu nhập cá nhân, đúng không",
        ["Có.", "thuế"],
    ),
    (
        "ke toan ghi nham he so 0,3 cho giay khen tap the, he so dung la 0,6 phai k",
        ["Có.", "0,6"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F4)
def test_claim_or_act_judged(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F5: the clause set aside does not take the verdict (Luật 2022 Điều 79, 93; NĐ 152/2025;
# domain.md 2.11)
F5 = [
    (
        "khai gian de dc khen thi co the bi truy cuu trach nhiem hinh su k hay chi bi ky luat thoi",
        ["Có.", "trách nhiệm hình sự"],
    ),
    (
        "ho so bang khen tinh cua xa phai nop qua so noi vu chu k gui thang chu tich tinh, dung k",
        ["Có.", "Sở Nội vụ"],
    ),
    # the evaluator's new wordings
    (
        "tien thuong CSTDCS chi tu quy thi dua khen thuong chu k phai tu quy luong, dung k",
        ["Có.", "Quỹ thi đua"],
    ),
    ("GDVH do chu tich xa ky chu k phai chu tich tinh ky, phai k ad", ["Có.", "Chủ tịch UBND"]),
    (
        "ho so khen dot xuat chi can to trinh voi bao cao tom tat hay phai co ca bien ban hop",
        ["thủ tục đơn giản"],
    ),
    ("ho so khen dot xuat chi can to trinh va bao cao tom tat la du, dung k", ["Có."]),
    # our own
    (
        "ho so giay khen xa nop cho van phong ubnd xa chu khong gui len tinh, dung k",
        ["Có.", "UBND xã"],
    ),
    (
        "Hồ sơ bằng khen tỉnh gửi Sở Nội vụ chứ không gửi thẳng văn phòng UBND tỉnh, phải không",
        ["Có.", "Sở Nội vụ"],
    ),
    (
        "lam gia ho so de dc khen co bi di tu k hay chi bi phat hanh chinh thoi",
        ["Có.", "trách nhiệm hình sự"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F5)
def test_clause_set_aside(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F7: the province returning a title the xã chairman decides (NĐ 129/2025 Điều 59; Luật 2022
# Điều 80 khoản 3)
F7 = [
    (
        "xa gui ho so CSTDCS cua cong chuc xa len so noi vu de tinh xet, bi so tra ve. so tra "
        "vay co dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    (
        "TTLDTT cua phong kinh te xa nam 2026 gui len tinh bi tra lai vi k thuoc tham quyen "
        "tinh, tra vay la dung phai k",
        ["Có.", "Chủ tịch UBND"],
    ),
    # the evaluator's new wording
    (
        "xa lam ho so TTLDTT cho truong mam non gui so noi vu, so bao k nhan vi k thuoc tham "
        "quyen tinh, so noi dung k",
        ["Có.", "Chủ tịch UBND"],
    ),
    # our own
    (
        "Xã gửi hồ sơ LĐTT của cán bộ xã lên Sở Nội vụ, Sở trả lại vì không thuộc thẩm quyền "
        "tỉnh, Sở làm vậy có đúng không",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "gia dinh van hoa cua thon gui len tinh bi tra ve, tinh tra vay dung k",
        ["Có.", "Chủ tịch UBND xã"],
    ),
    (
        "xa gui ho so giay khen cua chu tich xa len so noi vu, so tu choi nhan, so lam vay co "
        "dung k",
        ["Có.", "Chủ tịch UBND xã"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F7)
def test_province_returns_xa_title(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# controls: the province's own award returned for want of power is a wrong return; an award
# judged right keeps the rule's verdict; a plain cap question keeps the settled policy
CONTROLS = [
    (
        "so tra ho so bang khen tinh cua xa vi k thuoc tham quyen tinh, tra vay co dung k",
        ["Không.", "Chủ tịch UBND tỉnh"],
    ),
    ("xet LDTT cho nguoi bi khien trach trong nam nhu vay co dung k", ["Không.", "khiển trách"]),
    ("giay khen ca nhan he so 0,6 phai k", ["Không.", "0,3"]),
    # a bare cap asked: "Tùy" under the lead's settled policy of stop 46 (was "Không.", task h476)
    ("LDTT co bi gioi han ty le k", ["Tùy", "tỉnh"]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# F5 (cont.): the form of the papers asked ("bản photo … hay phải bản chính"): 01 bộ bản chính
# (NĐ 152/2025 Điều 6 khoản 2 điểm c; the province's procedures)
COPIES = [
    (
        "nop ho so de nghi bang khen tinh bang ban photo co dc k hay phai ban chinh",
        ["Không.", "bản chính"],
    ),
    ("hồ sơ LĐTT nộp bản sao có được không", ["Không.", "bản chính"]),
    ("ho so giay khen xa gui ban scan co dc k ad", ["Không.", "bản chính"]),
    ("ho so CSTDCS nop ban photo thoi dc k hay phai ban goc", ["Không.", "bản chính"]),
]


@pytest.mark.parametrize(("question", "keys"), COPIES)
def test_copies_asked(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
