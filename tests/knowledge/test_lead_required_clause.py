"""A title is asked to be required only inside the yes/no that asks it (the lead's spot check,
stop 23): "đăng ký có bắt buộc không, nếu không đăng ký thì có được xét LĐTT không" does not
ask whether registration requires LĐTT."""

from __future__ import annotations

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask_verdict


def test_the_next_question_s_title_is_not_a_requirement(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(
        officer_kb,
        "dang ky thi dua dau nam co bat buoc k, neu k dang ky thi cuoi nam co dc xet ldtt k",
        # stop 35 (h263): with no law named, whether the asker must register and may be reviewed
        # without it is the province's quy chế; the law's side is said right after
        "Tùy",
    )
    assert "không đòi hỏi" not in text, text
    assert "Theo luật thì chưa đăng ký vẫn được xét" in text, text


def test_a_title_required_in_the_same_question_is_still_read(officer_kb: KnowledgeBase) -> None:
    text = ask_verdict(officer_kb, "chien si thi dua co so co can dat ldtt khong", "Có")
    assert "Lao động tiên tiến" in text, text
