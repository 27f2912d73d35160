"""Who is asked about when a letter reports what a unit said (task h193). Questions of our own
wording, none from a set.

"Phòng bảo …", "tổ chức nói …", "xã hướng dẫn …": the unit before a verb of telling is the
source of a saying, not the subject asked about; read as the subject, it turned an individual's
title into a collective's ("Không. Lao động tiên tiến là danh hiệu cá nhân …"). Lao động tiên
tiến is for cán bộ, công chức, viên chức, người lao động (Luật 2022 Điều 24 khoản 1) and for
công nhân, nông dân, người lao động khác (khoản 3).
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


@pytest.mark.parametrize(
    ("question", "needle"),
    [
        ("phòng bảo cán bộ không chuyên trách cũng được xét LĐTT, đúng không", "Cá nhân"),
        ("to chuc noi nhan vien van phong cung dc xet LDTT, dung k", "Cá nhân"),
        ("cơ quan bảo viên chức được xét Lao động tiên tiến, có đúng không", "Cá nhân"),
        ("đoàn thể hướng dẫn là cán bộ xã được xét LĐTT, đúng ko", "Cá nhân"),
        ("đơn vị nói công chức được xét LĐTT phải không ạ", "Cá nhân"),
        ("tổ chức bảo nông dân cũng được xét LĐTT, có đúng không", "nông dân"),
        ("tổ bảo bác sĩ trạm y tế được xét LĐTT, đúng k", "Cá nhân"),
    ],
)
def test_a_unit_telling_is_no_subject(
    officer_kb: KnowledgeBase, question: str, needle: str
) -> None:
    text = ask_verdict(officer_kb, question, "Có")
    assert needle in text, text
    assert "danh hiệu cá nhân; tập thể" not in text, text


@pytest.mark.parametrize(
    "question",
    [
        "tập thể có được xét LĐTT không",
        "phòng văn hóa xã hội có được Lao động tiên tiến không",
    ],
)
def test_a_unit_asked_about_stays_the_subject(officer_kb: KnowledgeBase, question: str) -> None:
    text = ask_verdict(officer_kb, question, "Không")
    assert "Tập thể lao động tiên tiến" in text, text
