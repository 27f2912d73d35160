"""Task h84: one word list where there were twins (words of now, of still, of the past).

Each wording is the task's own, not taken from a question set."""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import TODAY


@pytest.mark.parametrize(
    "question",
    [
        # the district told as the past in the clause that then claims the present
        "truoc do huyen ky ldtt {now} xa ky dung khong",
        # a clause of time words only between the rule told and the "còn" yes/no
        "tien thuong cstdcs 1 lan luong co so. {now}. con 1,5 lan k",
    ],
)
def test_bh_is_read_as_gio(officer_kb: KnowledgeBase, question: str) -> None:
    # "bh" (bây giờ) was a word of now to the "còn vậy không" reader only; now every reader
    # of now takes it
    typed = officer_kb.ask(question.format(now="bh"), TODAY).text
    assert typed == officer_kb.ask(question.format(now="gio"), TODAY).text, typed


@pytest.mark.parametrize(
    "question",
    [
        # the district told as the past: the xã asked is the one doing it now
        "{past} huyện tặng giấy khen cho thôn, nay xã có tặng không",
        "ldtt {past} do huyen ky nay xa ky dung khong",
    ],
)
def test_xua_is_read_as_truoc(officer_kb: KnowledgeBase, question: str) -> None:
    # "xưa" was a word of the past to claim's reader only; the analyser's readers take it too
    typed = officer_kb.ask(question.format(past="xua"), TODAY).text
    assert typed == officer_kb.ask(question.format(past="truoc"), TODAY).text, typed
