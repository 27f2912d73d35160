"""Task h233 (stop 34): who the person or body asked about is decides the verdict.

- A pupil is no worker: Luật 2022 Điều 23, 24 give CSTĐCS and LĐTT to cán bộ, công chức, viên
  chức, người lao động; a province unit that recognised the deed does not make the pupil one.
- A farmer or worker outside the staff is judged by Điều 24 khoản 3 (lao động, sản xuất có hiệu
  quả …), never by the staff's level of duty (khoản 1 điểm a).
- A cooperative, a firm, a pagoda or a parish is a collective: xã tiêu biểu is for the xã (Điều
  29), thôn văn hóa for thôn and tổ dân phố (Điều 30).
- Folded homographs: "tình nguyện viên" is no province, "TNHH" no typo of "tỉnh", "dân thường"
  no prize ("thưởng").
"""

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    "question",
    [
        "học sinh trường cấp 3 do sở quản lý có được xét lao động tiên tiến không",
        "sinh viên đại học về quê làm tình nguyện hè, có được xét lao động tiên tiến không",
        "chau hoc sinh truong THPT thuoc so, dat giai nhat, co dc xet chien si thi dua co so k",
    ],
)
def test_a_pupil_gets_no_title_for_workers(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Học sinh, sinh viên" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "nông dân có cần hoàn thành tốt nhiệm vụ mới được LĐTT không",
        "bac nong dan co can hoan thanh xuat sac nhiem vu moi dc lao dong tien tien k",
        "người làm ruộng có bắt buộc hoàn thành tốt nhiệm vụ thì mới được bình LĐTT không",
        "xa vien nong dan trong HTX co can hoan thanh tot nhiem vu moi dc xet LDTT k",
        "công nhân, nông dân có phải hoàn thành tốt nhiệm vụ như công chức mới được LĐTT không",
    ],
)
def test_a_farmer_is_not_held_to_the_staff_duty_level(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "sản xuất có hiệu quả" in text, text


@pytest.mark.parametrize(
    "question",
    [
        "hợp tác xã nông nghiệp có được xét danh hiệu xã tiêu biểu không",
        "cong ty co phan tren dia ban co dc xet xa tieu bieu k",
        "HTX dich vu lam an co lai nhieu nam, co duoc de nghi danh hieu xa tieu bieu khong",
        "giáo xứ trong xã có được công nhận thôn văn hóa không",
        "nhà chùa có được công nhận tổ dân phố văn hóa không",
        "ngoi chua o thon co dc cong nhan thon van hoa k",
    ],
)
def test_a_body_on_the_territory_is_no_xa_or_thon(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("nguoi nuoc ngoai lam tinh nguyen vien o xa co dc chu tich xa tang giay khen k", "Có"),
        ("tình nguyện viên mùa hè xanh có được chủ tịch xã tặng giấy khen không", "Có"),
        ("cong ty TNHH co dc tu tang LDTT cho cong nhan k", "Có"),
        ("công ty TNHH trên địa bàn có được tự tặng giấy khen cho người lao động không", "Có"),
        ("ong ay la dan thuong, co dc de nghi bang khen tinh k", "Có"),
        ("chi ay la nguoi dan thuong thi co dc chu tich xa khen k", "Có"),
    ],
)
def test_folded_homographs_name_no_province_and_no_prize(
    officer_kb: KnowledgeBase, question: str, verdict: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert "Tiền thưởng**" not in text.split("\n\n", 1)[0], text
