"""`tdkt bench ask` times the engine the chat answers with (stop 42).

Until stop 42 the bench built its own knowledge base without the hearsay rules and the legal
texts, so it timed less work than the chat does. These questions are answered differently by a
knowledge base without the hearsay rules: the bench's engine must answer them as the chat does.
"""

from __future__ import annotations

import pytest

from benchmarks import ask_bench
from bot.knowledge import KnowledgeBase
from tests.knowledge.evaluation import CONTENT

QUESTIONS = [
    # a hearsay rule answers it (the farmer's LĐTT, Luật 2022 Điều 24 khoản 3)
    "nong dan o thon co dc tang danh hieu LDTT k hay chi danh cho can bo cong chuc",
    "bi khien trach trong nam thi van binh LDTT dc vi khien trach la muc nhe nhat, dung k",
    "nghe noi LDTT cua cong chuc xa gio phai trinh len tinh ky, dung k",
]


@pytest.fixture(scope="module")
def engines() -> tuple[KnowledgeBase, KnowledgeBase]:
    ours, _baseline, _build_s = ask_bench._engines(extra=20)
    return ours, KnowledgeBase.load(CONTENT)


@pytest.mark.parametrize("question", QUESTIONS)
def test_bench_engine_answers_as_the_chat(
    engines: tuple[KnowledgeBase, KnowledgeBase], question: str
) -> None:
    ours, chat = engines
    assert ours.ask(question, ask_bench.AS_OF).text == chat.ask(question, ask_bench.AS_OF).text


def test_bench_engine_indexes_the_extra_passages(
    engines: tuple[KnowledgeBase, KnowledgeBase],
) -> None:
    ours, chat = engines
    assert len(ours._passages) == len(chat._passages) + 20
