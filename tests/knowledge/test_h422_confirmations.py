"""Task h422: the b158 families on confirmations and many-part letters, read as rules.

F6 a confirmation of the papers of a dossier or of the sum paid on the base of the decision's
date opens "Có." (NĐ 86/2023 Điều 8; NĐ 152/2025 Điều 50), and the asker's own unit setting a
cap of its own is "Tùy" its province's quy chế (NĐ 152/2025 Điều 6 khoản 2 điểm c; the settled
policy: a bare cap question stays "Không."); F8 every part of a three-part letter is answered.
Each case: the b158 question, the evaluator's new wordings, and wordings of our own.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    # the session's knowledge base (conftest), not a second load of the content
    return officer_kb


F6 = [
    (
        "ho so GDVH thon gui len bi tra, ho so GDVH can co van ban de nghi, bang tong hop va "
        "bien ban hop binh xet phai k",
        ["Có.", "biên bản"],
    ),
    (
        "ke toan chi tien thuong thon van hoa theo luong co so 2.340.000 cho quyet dinh ky "
        "20/12/2025, nhu vay la dung phai k",
        ["Có.", "3.510.000"],
    ),
    # the evaluator's new wordings
    (
        "ho so thon van hoa gom to trinh, bao cao thanh tich va bien ban hop binh xet, vay la du "
        "roi phai k",
        ["Có.", "biên bản"],
    ),
    (
        "qd giay khen tap the ky thang 3/2026, ke toan chi 1.410.000, chi vay la dung roi phai k",
        ["Có.", "1.410.000"],
    ),
    ("xa e tu dat tran CSTDCS toi da 10% so LDTT, vay co dc k", ["Tùy"]),
    # our own
    (
        "hồ sơ gia đình văn hóa cần có bảng tổng hợp danh sách hộ và biên bản họp bình xét, "
        "đúng không",
        ["Có.", "biên bản"],
    ),
    (
        "ke toan chi thuong LDTT theo luong co so 2.340.000 cho qd ky 15/12/2025, vay dung k",
        ["Có.", "710.000"],
    ),
    ("truong e tu quy dinh LDTT khong qua 70% so giao vien, vay co dc k ad", ["Tùy"]),
]


@pytest.mark.parametrize(("question", "keys"), F6)
def test_confirmations(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


F8 = [
    # the evaluator's new wordings
    (
        "ho so xa tieu bieu gom gi, nop may bo, va qd thang 12/2026 thi thuong bao nhieu",
        ["biên bản", "1 bộ", "5.060.000"],
    ),
    (
        "TTLDTT cua truong can giay to gi, ai quyet dinh, qd thang 10/2026 dc bao nhieu",
        ["tờ trình", "Chủ tịch UBND", "2.030.000"],
    ),
    (
        "CSTDCS can dieu kien gi, ho so nop may bo, qd thang 3/2026 thuong bao nhieu",
        ["hoàn thành xuất sắc nhiệm vụ", "1 bộ", "2.340.000"],
    ),
    # our own
    (
        "hồ sơ TTLĐXS gồm những gì, nộp mấy bộ, quyết định tháng 2/2026 thì thưởng bao nhiêu",
        ["biên bản", "1 bộ", "3.510.000"],
    ),
    (
        "thon van hoa can giay to gi, ai ky, qd thang 11/2026 thuong bao nhieu",
        ["biên bản", "Chủ tịch UBND", "3.800.000"],
    ),
    (
        "LDTT can tieu chuan gi, nop ho so may bo, qd ky thang 12/2026 dc bao nhieu tien",
        ["hoàn thành tốt nhiệm vụ", "1 bộ", "760.000"],
    ),
]


@pytest.mark.parametrize(("question", "keys"), F8)
def test_three_parts(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)


# controls: a bare cap question keeps the settled policy (stop 46: "Tùy", was "Không.", task
# h476); a wrong sum stays wrong
CONTROLS = [
    ("CSTDCS co bi khong che ty le k", ["Tùy", "tỉnh"]),
    ("ty le CSTDCS toi da 15% dung k", ["Không."]),
    ("qd CSTDCS ky 30/6/2026 ma thang 8 moi chi, ke toan chi 2.530.000 co dung k", ["Không."]),
]


@pytest.mark.parametrize(("question", "keys"), CONTROLS)
def test_controls(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
