"""Stop 45's merge falls: readings one fixer added that took over other sets' questions.

"bỏ huyện (rồi) thì …" tells the abolition as the premise of another claim, which that claim's
part judges (NĐ 129/2025 Điều 59: the district's work went to the xã, the province's stayed
with it); only "bỏ cấp huyện từ 1/7/2025 đúng k" puts the abolition itself up. "có đúng là khen
đột xuất k" names a kind whose case the case rules judge (an end-of-campaign award is khen theo
đợt, Luật 2022 Điều 85). The one deed commended by both the firm and the xã is one achievement
(Luật 2022 Điều 5 khoản 2), not the firm head's own award asked. Controls: the fixers' readings.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_keyed


@pytest.fixture
def kb(officer_kb: KnowledgeBase) -> KnowledgeBase:
    return officer_kb


CASES = [
    # the abolition as a premise (b31, b80, b83, b95)
    ("bo cap huyen thi TTLDTT cua tram y te xa van phai cho huyen duyet dung k", ["Không."]),
    (
        "nghe noi gio bo huyen thi xa trinh thang chu tich tinh ma k qua so noi vu, dung k",
        ["Không."],
    ),
    (
        "truoc kia bang khen huyen do huyen chi, gio bo huyen thi bang khen tinh xa phai chi "
        "thay dung k",
        ["Không."],
    ),
    (
        "Nghe nói từ khi bỏ huyện thì Nghị định 98/2023 vẫn còn áp dụng cho thi đua khen thưởng "
        "ở xã, đúng không",
        ["Không."],
    ),
    ("từ khi bỏ huyện thì hồ sơ LĐTT vẫn phải gửi huyện duyệt đúng k", ["Không."]),
    ("bo huyen roi thi giay khen ho gia dinh van phai trinh huyen ky dung ko", ["Không."]),
    # controls: the abolition itself put up (h434, h101)
    ("bỏ cấp huyện từ 1/7/2025 đúng k", ["Có."]),
    ("cấp huyện bị bỏ từ 1/7/2025 đúng không", ["Có."]),
    # a kind named after "có đúng là" (b108)
    (
        "tui la bi thu doan xa. thang 7 doan to chuc chien dich mua he xanh, cuoi dot xa muon "
        "khen cac doan vien tieu bieu. ong pho chu tich noi day la khen dot xuat nen lam thu tuc "
        "don gian. tui hoi vay co dung la khen dot xuat k",
        ["Không."],
    ),
    (
        "cuối đợt thi đua xã khen các hội viên tiêu biểu, chủ tịch hội bảo là khen đột xuất, vậy "
        "có đúng là khen đột xuất không",
        ["Không."],
    ),
    # the one deed commended twice (b85); control: the firm head's own award (h432)
    (
        "Chào ad, em là công nhân nhà máy chế biến gỗ đóng trên địa bàn xã. Tháng 8 em lao vào "
        "đám cháy kho cứu 2 đồng nghiệp. Giám đốc nói sẽ khen, xã cũng muốn khen đột xuất. Em "
        "hỏi một việc như vậy có được cả công ty lẫn xã cùng khen hai hình thức không, và hồ sơ "
        "khen đột xuất cần gì?",
        ["Không."],
    ),
    ("giam doc cong ty tang giay khen dot xuat cho cong nhan cuu nguoi dc k", ["Có."]),
]


@pytest.mark.parametrize(("question", "keys"), CASES)
def test_merge_fall_mended(kb: KnowledgeBase, question: str, keys: list[str]) -> None:
    ask_keyed(kb, question, keys)
