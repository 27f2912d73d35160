"""Task h223 (stop 33): a đoàn thể officer of the xã, a farmer who is no civil servant, and the
line that titles or giấy khen are for State staff only.

Luật 2022 Điều 24 khoản 1: LĐTT for cán bộ, công chức, viên chức, người lao động who complete
their duties well (an officer of the xã's Hội Phụ nữ or Hội CCB is such a person, the xã after
the association's name only says whose); khoản 3: LĐTT also for công nhân, nông dân, người lao
động outside khoản 1, 2; Điều 3, Điều 75: the xã chairman's giấy khen reaches any person with
achievements, not only those working for the State.
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "phó chủ tịch hội phụ nữ xã hoàn thành tốt nhiệm vụ cả năm thì có được xét LĐTT không",
        "can bo hoi cuu chien binh xa hoan thanh tot nhiem vu co du dieu kien lao dong tien tien k",
        "chủ tịch hội CCB xã năm nay hoàn thành xuất sắc nhiệm vụ, có được LĐTT không ạ",
        "cán bộ hội khuyến học xã httnv có được bình LĐTT không",
        "Năm nay chị Hoa, cán bộ chuyên trách hội phụ nữ phường, "
        "hoàn thành tốt nhiệm vụ, chị có đủ LĐTT chưa",
        "can bo hoi chu thap do xa hoan thanh tot nv, xet LDTT dc khong",
    ],
)
def test_an_association_officer_of_the_xa_is_a_person(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "không tặng cho xã" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "bà con nông dân trồng rau giỏi, không phải cán bộ công chức thì có được xét LĐTT không",
        "anh ấy làm ruộng, chả phải công chức thì có được bình lao động tiên tiến không",
        "hoi vien nong dan lam kinh te gioi, ko phai la can bo thi xet danh hieu LDTT dc k",
        "Ông Tư là nông dân, chưa phải là viên chức, ông có được xét Lao động tiên tiến không?",
        "cong nhan xuong go k phai can bo vien chuc co dc xet LDTT k",
    ],
)
def test_a_farmer_who_is_no_civil_servant_keeps_the_farmer_rule(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "nông dân" in text.split("\n\n")[0], text
    assert "Điều 24 khoản 3" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nghe nói nông dân chỉ được giấy khen thôi, "
        "không bao giờ được LĐTT vì LĐTT chỉ cho cán bộ, đúng k",
        "co nguoi bao LDTT chi danh cho can bo cong chuc nha nuoc, "
        "hoi vien nong dan k dc, dung k a",
        "xã viên htx trồng lúa nghe nói không được lao động tiên tiến "
        "vì không phải công chức, có đúng không",
        "Tổ trưởng bảo công nhân nhà máy không được xét LĐTT, "
        "danh hiệu ấy chỉ cho người trong biên chế, đúng không ạ?",
        "nguoi dan lam ruong thi k the dc LDTT phai k ad",
    ],
)
def test_the_line_that_ldtt_is_for_staff_only(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "nông dân" in text.split("\n\n")[0], text


@pytest.mark.parametrize(
    "question",
    [
        "bác ấy đã nghỉ hưu, "
        "nghe nói giấy khen chỉ tặng cho người đang làm việc trong cơ quan nhà nước, đúng k",
        "cu ong 85 tuoi k con di lam, "
        "co nguoi noi giay khen xa chi cho nguoi dang cong tac o co quan nha nuoc, dung k a",
        "hội CCB có hội viên về hưu lâu rồi, "
        "nghe bảo giấy khen chỉ dành cho người đang làm trong nhà nước, phải không",
        "nguoi cao tuoi o thon, "
        "nghe noi giay khen chi xet cho nguoi dang lam viec tai co quan nha nuoc thoi, co dung k",
        "Bà cụ tích cực ở khu dân cư, "
        "có người bảo giấy khen chỉ tặng người đang công tác trong biên chế, có đúng không?",
    ],
)
def test_the_line_that_giay_khen_is_for_state_staff_only(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "cá nhân" in text.split("\n\n")[0], text
