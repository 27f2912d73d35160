"""Task h172: a denial of who may be considered, put up for confirmation, and a colleague's
colloquial denial ("đừng mơ", "đừng hòng").

Questions of our own, in an officer's voice (none copied from a question set). Keys
(``../shared/reference``): Luật 2022 Điều 24 khoản 1 (LĐTT for cán bộ, công chức, viên chức,
người lao động, a contract worker included), khoản 2 (soldiers and standing or mobile militia get
"Chiến sĩ tiên tiến", not LĐTT), Điều 23 (CSTĐCS: LĐTT plus hoàn thành xuất sắc nhiệm vụ OR a
sáng kiến OR a study; excellent duty needs no initiative).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "verdict", "fact"),
    [
        # "có phải X không được xét / bình / tặng LĐTT": the denial is the claim answered
        (
            "có phải người làm hợp đồng ở xã không được bình xét LĐTT",
            "Không",
            "Người lao động",
        ),
        (
            "Có phải công chức văn phòng xã không được tặng Lao động tiên tiến không?",
            "Không",
            "công chức",
        ),
        ("co phai dan quan co dong khong duoc binh LDTT", "Có", "Chiến sĩ tiên tiến"),
        # the same denial closed by "đúng không" instead of opened by "có phải"
        ("dân quân thường trực không được xét LĐTT đúng không", "Có", "Chiến sĩ tiên tiến"),
    ],
)
def test_denial_of_who_is_considered_is_the_claim(
    officer_kb: KnowledgeBase, question: str, verdict: str, fact: str
) -> None:
    text = ask_verdict(officer_kb, question, verdict)
    assert fact in text


@pytest.mark.parametrize(
    "question",
    [
        "anh pho phong bao chua co sang kien thi dung hong de nghi cstdcs,"
        " em dat LDTT, hoan thanh xuat sac nhiem vu, vay anh ay noi dung k",
        "em đạt LĐTT, hoàn thành xuất sắc nhiệm vụ; chị tổ trưởng nói không có sáng kiến thì"
        " đừng mơ Chiến sĩ thi đua cơ sở. Chị ấy nói vậy có đúng không",
    ],
)
def test_colloquial_denial_of_cstdcs_without_initiative(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "hoàn thành xuất sắc nhiệm vụ" in text


@pytest.mark.parametrize(
    "question",
    [
        "chị Hoa là dân quân cơ động của xã, phòng đang định bình LĐTT cho chị ấy, em nghĩ chị ấy"
        " phải được xét một danh hiệu khác, đúng không",
        "anh Nam dan quan thuong truc, van phong de nghi LDTT cho anh ay, toi cho la anh ay"
        " phai xet danh hieu khac, phai k",
    ],
)
def test_asker_counter_claim_of_another_title_for_militia(
    officer_kb: KnowledgeBase, question: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert "Chiến sĩ tiên tiến" in text


@pytest.mark.parametrize(
    "question",
    [
        # a wrong figure inside the denial: the figure is what is judged (6 months, not 9)
        "LĐTT không xét người mới vào làm dưới 9 tháng phải không",
        "có phải LĐTT không xét người mới tuyển chưa đủ 12 tháng",
    ],
)
def test_denial_with_a_wrong_figure_is_not_turned(officer_kb: KnowledgeBase, question: str) -> None:
    ask_verdict(officer_kb, question, "Không")
