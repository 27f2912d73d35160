"""Task h92: several titles named, one claim shared, is one mechanism (``_titles_share_claim``
with ``_share_claim``, and ``_listed_claim`` where ``read`` picks each part's attributes).

Each question is our own wording; each test asserts what the officer sees per title: a block
of its own, opening with the verdict the shared claim gets, whichever order the titles and the
claim come in.
"""

from __future__ import annotations

import pytest

from bot.knowledge import KnowledgeBase
from tests.knowledge.asking import ask, ask_part_verdict


@pytest.mark.parametrize(
    ("question", "heads"),
    [
        # titles first, then the clause making the claim
        (
            "giấy khen và LĐTT đều do chủ tịch UBND xã quyết định phải không",
            ["Giấy khen của Chủ tịch UBND xã: Ai quyết định", "Lao động tiên tiến: Ai quyết định"],
        ),
        (
            "ttldtt va cstdcs deu do chu tich xa quyet dinh dung k",
            ["Tập thể lao động tiên tiến: Ai quyết định", "Chiến sĩ thi đua cơ sở: Ai quyết định"],
        ),
        # the claim first, then one more title and the yes/no tail
        (
            "chủ tịch xã có quyết định được LĐTT và TTLĐTT không",
            ["Lao động tiên tiến: Ai quyết định", "Tập thể lao động tiên tiến: Ai quyết định"],
        ),
        (
            "chu tich xa co tang duoc cstdcs va giay khen k",
            [
                "Chiến sĩ thi đua cơ sở: Ai quyết định",
                "Giấy khen của Chủ tịch UBND xã: Ai quyết định",
            ],
        ),
    ],
)
def test_every_title_gets_the_shared_yesno(
    officer_kb: KnowledgeBase, question: str, heads: list[str]
) -> None:
    for head in heads:
        ask_part_verdict(officer_kb, question, f"**{head}**", "Có")


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        (
            "LĐTT, CSTĐCS và TTLĐTT được thưởng bao nhiêu",
            ["Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao động tiên tiến"],
        ),
        (
            "ldtt, ttldtt va ttldxs thuong bao nhieu",
            ["Lao động tiên tiến", "Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc"],
        ),
    ],
)
def test_every_listed_title_gets_the_closing_question(
    officer_kb: KnowledgeBase, question: str, titles: list[str]
) -> None:
    text = ask(officer_kb, question)
    for title in titles:
        assert f"**{title}: Tiền thưởng**" in text, text
