"""Task h84: one word list where there were twins (words of now, of still, of the past).

Each wording is the task's own, not taken from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY


@pytest.mark.parametrize(
    ("question", "typed", "read_as"),
    [
        # "bh" (bây giờ) was a word of now to the "còn vậy không" reader only; now every reader
        # of now takes it. The district told as the past in the clause that claims the present:
        ("truoc do huyen ky ldtt {} xa ky dung khong", "bh", "gio"),
        # a clause of time words only between the rule told and the "còn" yes/no
        ("tien thuong cstdcs 1 lan luong co so. {}. con 1,5 lan k", "bh", "gio"),
        # "xưa" was a word of the past to claim's reader only; the analyser's readers take it
        # too. The district told as the past: the xã asked is the one doing it now
        ("{} huyện tặng giấy khen cho thôn, nay xã có tặng không", "xua", "truoc"),
        ("ldtt {} do huyen ky nay xa ky dung khong", "xua", "truoc"),
    ],
)
def test_a_time_word_read_as_its_sibling(
    officer_kb: KnowledgeBase, question: str, typed: str, read_as: str
) -> None:
    text = officer_kb.ask(question.format(typed), TODAY).text
    assert text == officer_kb.ask(question.format(read_as), TODAY).text, text
